"""Event titles and dates, round 12: a serial comma before a list's last item, a country after
"di", a bracket the theme opened, a bracketed date after a dateline's dash (invented
sentences)."""

from __future__ import annotations

import pytest

from index.extract.dates import event_date
from index.extract.meta import event_title
from index.extract.sentences import split_sentences


def _title(text: str) -> str | None:
    return event_title(split_sentences(text), set())


@pytest.mark.parametrize(("text", "title"), [
    # a serial comma before the list's last item: the title-case theme goes on to it
    ("Himpunan Mahasiswa Geologi menggelar seminar daring bertema, Kolaborasi Antara Petani, "
     "Peneliti, dan Penyuluh dalam menjaga Lahan Gambut, melalui Zoom, Jumat (4/9).",
     "Kolaborasi Antara Petani, Peneliti, dan Penyuluh dalam menjaga Lahan Gambut"),
    # ... and a bracket the theme opened is closed with it
    ("Dinas Koperasi menggelar Webinar Penguatan Pemasaran Koperasi Desa, Kelurahan, dan "
     "Dusun (KDKD) secara daring. Kegiatan tersebut berlangsung Rabu (3/3/2021).",
     "Penguatan Pemasaran Koperasi Desa, Kelurahan, dan Dusun (KDKD)"),
    # a bracket the theme opened is closed with it
    ("Dinas Koperasi menggelar Webinar Pemasaran Daring Usaha Kecil Menengah (UKM) secara "
     "daring, Rabu (3/3/2021).", "Pemasaran Daring Usaha Kecil Menengah (UKM)"),
    # an item that opens with another event's noun is another event of the programme
    ("Ikatan Wartawan menyelenggarakan Webinar Literasi Energi Hijau, Diskusi Pers Daerah, dan "
     "Pelatihan Menulis Feature di Hotel Mawar, Senin (2/8/2021).",
     "Literasi Energi Hijau, Diskusi Pers Daerah"),
    # a country after "di" is the theme's scope, not the venue
    ("Jurusan Sosiologi menggelar diskusi daring dengan tema ketahanan keluarga nelayan di "
     "Indonesia, Kamis (8/4/2021).", "ketahanan keluarga nelayan di Indonesia"),
])
def test_event_title(text: str, title: str) -> None:
    assert _title(text) == title


@pytest.mark.parametrize(("text", "title"), [
    # a town after "di" in a sentence-case theme is still the venue
    ("Jurusan Sosiologi menggelar diskusi dengan tema ketahanan keluarga nelayan di Kendari, "
     "Kamis (8/4/2021).", "ketahanan keluarga nelayan"),
    # a comma and a lowercase word that opens no list item end the title-case theme
    ("Seminar bertema Kolaborasi Petani dan Peneliti, dan dibuka oleh Dekan, Jumat (4/9).",
     "Kolaborasi Petani dan Peneliti"),
])
def test_event_title_still_ends(text: str, title: str) -> None:
    assert _title(text) == title


@pytest.mark.parametrize(("text", "date"), [
    # a dateline's dash before a bracketed date, spaces around its slashes
    ("Kota Uji,Warta Uji.com – (5 /11/2024) Dinas Pertanian bersama Politeknik Uji "
     "menyelenggarakan webinar tentang irigasi tetes.", "2024-11-05"),
    ("KENDARI – (14/2/2023) Fakultas Hukum menggelar seminar daring tentang hukum adat.",
     "2023-02-14"),
])
def test_bracketed_date_after_a_dateline(text: str, date: str) -> None:
    assert event_date(split_sentences(text)) == date


def test_a_dash_still_ends_a_range_before_an_unbracketed_date() -> None:
    text = "Pameran daring dibuka 1 Maret – 30 Juni 2022 dan webinar digelar Rabu, 6 April 2022."
    assert event_date(split_sentences(text)) == "2022-04-06"


def test_a_later_event_in_a_relative_clause_after_the_title_leaves_the_title() -> None:
    text = ("Kota Uji - Himpunan Mahasiswa Tani menyelenggarakan webinar dengan tema “Menulis "
            "Laporan Magang yang Baik” yang bertujuan membekali mahasiswa dalam menyiapkan "
            "kegiatan magang yang nantinya akan dilaksanakan bulan depan.")
    assert _title(text) == "Menulis Laporan Magang yang Baik"


def test_a_later_event_before_the_title_still_hides_it() -> None:
    text = ("Webinar seri kedua yang akan digelar pekan depan bertajuk “Menulis Laporan Magang” "
            "terbuka untuk umum.")
    assert _title(text) is None


@pytest.mark.parametrize(("text", "title"), [
    # the named event is the subject of a passive verb of holding
    ("Seminar Nasional Tata Kelola Air Desa Tahun 2022 dilaksanakan secara hybrid di Aula "
     "Rektorat.", "Seminar Nasional Tata Kelola Air Desa Tahun 2022"),
    # ... or of another of the event's own verbs
    ("Pusat Kajian Uji memulai seri diskusinya. Webinar Kota Cerdas #2 dimoderatori oleh Rina "
     "Wulandari dari Universitas Uji.", "Kota Cerdas #2"),
])
def test_named_event_as_the_subject_of_its_verb(text: str, title: str) -> None:
    assert _title(text) == title


def test_a_capitalised_verb_after_the_name_is_a_headline() -> None:
    assert _title("Webinar Kota Cerdas Digelar Dinas Uji") is None
