"""Event titles, round 8 of the fresh sets (invented sentences in the same style)."""

from __future__ import annotations

import pytest

from index.extract.meta import event_title
from index.extract.sentences import split_sentences


def _title(text: str) -> str | None:
    return event_title(split_sentences(text), set())


@pytest.mark.parametrize(("text", "title"), [
    # the event noun with a demonstrative is the theme cue's subject
    ("Jakarta - Lokakarya Petani Muda bertajuk “Sapa Ladang” digelar oleh Himpunan Tani "
     "Lestari pada Sabtu (05/10/2024).\n\nLokakarya ini mengusung tema “Benih Unggul untuk "
     "Lahan Kering di Tengah Kemarau Panjang”.",
     "Benih Unggul untuk Lahan Kering di Tengah Kemarau Panjang"),
    # the name the naming cue gave is the theme cue's subject
    ("Tangkapan layar saat webinar bertajuk Kelas Ayah: Obsesi (Obrolan Sore) yang digelar "
     "Sekolah Pelita.\n\nDukungan itu diberikan dalam wadah Kelas Ayah: Obsesi (Obrolan Sore) "
     "dengan topik Siapkah Kita Belajar Lagi?. Kegiatan itu menghadirkan dua psikolog.",
     "Siapkah Kita Belajar Lagi?"),
    # an English demonstrative subject
    ("The alumni network held a webinar entitled “Coffee Talk”. This webinar was themed "
     "“Careers After the Campus”.",
     "Careers After the Campus"),
])
def test_the_events_theme_wins_over_its_name(text: str, title: str) -> None:
    assert _title(text) == title


def test_a_theme_of_another_occasion_leaves_the_name() -> None:
    text = ("Ikatan Pelajar Nusantara menggelar temu daring Ruang Cerita 3.0 dengan judul "
            "‘Langkah Kecil, Arah Besar’ pada 2 sampai 4 Juni 2021. Ruang Cerita 3.0 dibuka "
            "dengan peringatan HUT Ikatan dengan tema “Sepuluh Tahun Bersama” pada Rabu (2/6).")
    assert _title(text) == "Langkah Kecil, Arah Besar"


@pytest.mark.parametrize(("text", "title"), [
    ("Demikian disampaikan Rudi Hartono saat menjadi pemateri pada seminar sejarah daerah "
     "dengan tema \n \"Pesisir Sebagai Jalur Dagang Lama\",  Rabu (8/6).\n\nMenurut Rudi, ...",
     "Pesisir Sebagai Jalur Dagang Lama"),
    ("Kepala Dinas mendampingi Bupati dalam webinar bertajuk\n“Tangguh Menghadapi Musim Hujan”."
     "\nWebinar itu diikuti 300 peserta.",
     "Tangguh Menghadapi Musim Hujan"),
])
def test_a_line_break_after_a_cue_does_not_end_the_sentence(text: str, title: str) -> None:
    assert _title(text) == title


@pytest.mark.parametrize(("text", "title"), [
    ("MALANG - Bank Daerah bekerja sama dengan Dinas Pendidikan menyelenggarakan Webinar Kiat "
     "Menabung Emas kepada Guru SD dan SMP se-Kota Malang.",
     "Kiat Menabung Emas"),
    ("Panitia menggelar Webinar Cakap Bermedia kepada pelajar SMA se-Kabupaten Sleman, Rabu "
     "(3/3).",
     "Cakap Bermedia"),
    # a capitalised "Kepada" is the title's own word
    ("Balai Besar mengangkat tema Pangan Sehat Kepada Warga, Informasi yang Benar Warga "
     "Cerdas pada webinar itu.",
     "Pangan Sehat Kepada Warga, Informasi yang Benar Warga Cerdas"),
])
def test_to_whom_the_event_was_given_is_no_part_of_its_title(text: str, title: str) -> None:
    assert _title(text) == title


def test_a_quote_never_closed_ends_where_the_clause_goes_on() -> None:
    text = ("Dinas Kelautan menggelar Webinar Seri III di Hotel Pantai Indah, Kamis 15 April 2021."
            "\nAcara bertajuk “Jaga Laut, Jaga Pantai, Jaga Nelayan ini diikuti 80 nelayan dan "
            "ratusan peserta daring dari berbagai kota.")
    assert _title(text) == "Jaga Laut, Jaga Pantai, Jaga Nelayan"


def test_a_quote_cut_off_by_the_excerpt_stays_a_fragment() -> None:
    text = "Webinar ketiga mengangkat tema “Hoaks, Fakta Digital, dan Regulasi y"
    assert _title(text) == "Hoaks, Fakta Digital, dan Regulasi y"
