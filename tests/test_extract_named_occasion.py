"""Speakers of reports that never introduce a programme: the occasion named by its proper
name where the speech is reported ("..., ungkap A, jabatan, dalam acara Pembukaan X"), a
congress named with its online format ("Virtual Conference"), and an attendee introduced
after a setting ("Hadir juga dalam webinar tersebut A") whom a pronoun then gives remarks
("Ia mengatakan dalam sambutannya ...").

All sentences are invented for these tests (fictional people, outlets and places).
"""

from __future__ import annotations

from index.extract.event import extract_event
from index.extract.named_occasion import names_occasion
from index.model import Speaker
from index.pipeline.records import article_from_text


def people(text: str) -> dict[str, Speaker]:
    event = extract_event(article_from_text(text, "https://uji.example/berita"))
    assert event is not None
    return {s.name: s for s in event.speakers}


def test_a_named_occasion_places_the_report_at_it() -> None:
    assert names_occasion("ujar A, Ketua B, dalam acara Pembukaan Pekan Tani Lestari 2022.")
    assert names_occasion("kata A pada acara puncak Festival Kopi Rakyat.")
    assert not names_occasion("kata A dalam acara tersebut.")  # no name: may point elsewhere
    assert not names_occasion("Acara itu ramai.")


def test_a_report_at_a_named_virtual_conference_is_read_without_a_programme() -> None:
    found = people(
        "SURABAYA – Pengolahan sampah plastik di kota pesisir masih tertinggal.\n\n"
        "Hingga tahun lalu baru sebagian kecil sampah plastik yang didaur ulang.\n\n"
        "Karena itu diperlukan kerja sama industri dan warga untuk mengejar ketertinggalan.\n\n"
        "“Kita tidak bisa menunggu lebih lama lagi,” ungkap Ratna Kusumadewi, Ketua Umum "
        "Perkumpulan Daur Ulang Nusantara (PDUN), dalam acara Peluncuran Green Coast Expo "
        "2021, Selasa (9/11).\n\n"
        "Gelaran Green Coast Virtual Conference 2021 diikuti lebih dari 900 peserta.")
    assert "Ratna Kusumadewi" in found
    assert found["Ratna Kusumadewi"].position == (
        "Ketua Umum Perkumpulan Daur Ulang Nusantara (PDUN)")


def test_an_attendee_after_a_setting_gives_the_remarks_a_pronoun_reports() -> None:
    found = people(
        "Universitas Lembah Hijau menggelar webinar nasional secara daring bertema "
        "“Pangan Lokal untuk Negeri” pada Sabtu, 5 Maret 2022.\n\n"
        "“Kami menyambut baik kegiatan ini,” kata Kepala Dinas Pangan Provinsi Sumber Makmur "
        "Dr. Bambang Haryadi.\n\n"
        "Hadir juga dalam webinar tersebut Rektor ULH Ibu Dr. Lestari Ningrum, M.Si.\n\n"
        "Ia mengatakan dalam sambutannya bahwa kampus siap mendampingi petani setempat.")
    assert found["Lestari Ningrum"].role == "opening"
