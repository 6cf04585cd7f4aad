"""A body's short name that the article spells out is no first name (acronym_heads).

Every sentence is invented for these tests (fictional people, places and bodies).
"""

from __future__ import annotations

from extract_people import HELD, people

from index.extract.acronym_heads import body_acronym


def test_a_bracketed_short_name_starts_no_name() -> None:
    found = people(HELD + "Warga menyalurkan infak melalui Lembaga Amil Wakaf Daerah "
                          "(Lawakda). Narasumber webinar yaitu Wakil Ketua Lawakda Rinaldi "
                          "Saputra dan Kepala Lawakda Budi Harsono.")
    assert "Rinaldi Saputra" in found
    assert found["Rinaldi Saputra"].position == "Wakil Ketua Lawakda"
    assert "Budi Harsono" in found
    assert not any(n.startswith("Lawakda") for n in found)


def test_the_short_name_alone_does_not_merge_two_people() -> None:
    found = people(HELD + "Program dijalankan Lembaga Amil Wakaf Daerah (Lawakda). Panelis "
                          "terdiri dari pejabat Lawakda, akademisi dan jurnalis. Narasumber "
                          "yaitu Direktur Lawakda R Hendra Kusuma dan Wakil Ketua Lawakda "
                          "Rukmini Hapsari.")
    assert "R Hendra Kusuma" in found
    assert "Rukmini Hapsari" in found


def test_syllables_of_a_region_written_in_prose() -> None:
    found = people(HELD + "Webinar dibuka oleh Kepala BPMigas Sumbagsel Darto Wiryo. Acara "
                          "digelar bersama kontraktor di Sumatera Bagian Selatan.")
    assert "Darto Wiryo" in found
    assert found["Darto Wiryo"].position == "Kepala BPMigas Sumbagsel"


def test_a_nickname_in_brackets_stays_a_name() -> None:
    text = "Pelatih Rahmat Hidayat (Dayat) hadir. Pelatih Dayat Kurnia juga hadir."
    assert not body_acronym("Dayat", text)


def test_a_short_given_name_is_not_read_from_prose() -> None:
    text = "Kegiatan Riset Nasional digelar. Peneliti Rina Marlina hadir."
    assert not body_acronym("Rina", text)
