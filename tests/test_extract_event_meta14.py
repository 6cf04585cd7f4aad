"""Event titles and dates, round 14: a regulation's year, a page's date field, a misspelt
month, a province or a nameless area noun as a theme's scope, a theme noun that points back
(invented sentences)."""

from __future__ import annotations

import pytest

from index.extract.dates import event_date, misspelt_month
from index.extract.meta import event_title
from index.extract.sentences import split_sentences


def _title(text: str) -> str | None:
    return event_title(split_sentences(text), set())


def _date(text: str) -> str | None:
    return event_date(split_sentences(text))


def test_a_regulations_year_dates_no_event() -> None:
    # 14 March 2016 was a Monday too: only the law's year would agree with the weekday
    text = ("Balai Bahasa Uji mengikuti seminar daring tentang merek dagang pada Senin (14/3). "
            "Pemateri mengulas Peraturan Pemerintah Nomor 24 Tahun 2016 tentang Merek.")
    assert _date(text) is None


def test_a_date_field_opening_the_text_gives_the_year() -> None:
    # the nearest year written on its own (2019) disagrees with the weekday
    text = (" date 2022-05 SURABAYA - Forum Guru menggelar webinar literasi sains. Ketua "
            "Forum Guru periode 2019, Rina Wulandari, berbicara dalam webinar itu, Selasa "
            "(10/05).")
    assert _date(text) == "2022-05-10"


@pytest.mark.parametrize(("text", "expected"), [
    ("Diskusi daring itu diselenggarakan oleh Prodi Hukum, Kamis, 16 Novmber 2023.",
     "2023-11-16"),
    ("Webinar berlangsung pada Sabtu, 5 Agutus 2022 melalui Zoom.", "2022-08-05"),
])
def test_a_long_month_name_misspelt_by_one_letter(text: str, expected: str) -> None:
    assert _date(text) == expected


@pytest.mark.parametrize(("word", "month"), [
    ("desmber", 12), ("septmber", 9), ("febuari", 2), ("market", None), ("juni", None),
])
def test_misspelt_month(word: str, month: int | None) -> None:
    assert misspelt_month(word) == month


@pytest.mark.parametrize(("text", "title"), [
    # a province closing the theme is its scope, not where the webinar sat
    ("Politeknik Uji menggelar Webinar Nasional dengan tema Penguatan Ekonomi Kreatif Pemuda "
     "Pesisir di Provinsi Maluku Utara.",
     "Penguatan Ekonomi Kreatif Pemuda Pesisir di Provinsi Maluku Utara"),
    # ... as a bare area noun that names no place is
    ("Dinas Koperasi menggelar Webinar Digitalisasi Pemasaran Koperasi Simpan Pinjam di "
     "Daerah. Kegiatan tersebut berlangsung Rabu (3/3/2021).",
     "Digitalisasi Pemasaran Koperasi Simpan Pinjam di Daerah"),
    # a building after "di" stays the venue
    ("Dinas Koperasi menggelar Webinar Digitalisasi Pemasaran Koperasi di Aula Bappeda, "
     "Rabu (3/3/2021).", "Digitalisasi Pemasaran Koperasi"),
])
def test_theme_scope(text: str, title: str) -> None:
    assert _title(text) == title


def test_a_theme_noun_with_a_demonstrative_points_back() -> None:
    text = ("Himpunan Mahasiswa Biologi menggelar Webinar Ekologi Laut, Kamis (3/6). “Kami "
            "sengaja memilih tema itu, “ tuturnya.")
    assert _title(text) != "tuturnya"
