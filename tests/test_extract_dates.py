"""The event's date among all the dates an article mentions (invented sentences)."""

from __future__ import annotations

import pytest

from index.extract_dates import event_date
from index.sentences import split_sentences


def date_of(text: str, published: str | None = None) -> str | None:
    return event_date(split_sentences(text), published)


@pytest.mark.parametrize(("text", "expected"), [
    ("Webinar digelar Selasa, 6 Juli 2021 secara daring.", "2021-07-06"),
    ("Kegiatan berlangsung pada Kamis (10/09/2021) melalui Zoom.", "2021-09-10"),
    ("Webinar dimulai 24 Juni 2021 pukul 09.00 WIB.", "2021-06-24"),
    ("Acara berlangsung Rabu (2/9/2020) sore.", "2020-09-02"),
    ("Pada Sabtu, 03-07-2021 pukul dua siang, webinar dimulai.", "2021-07-03"),
    ("The webinar was held on Saturday, October 23, 2021.", "2021-10-23"),
    ("LSPR held another webinar on 18 May, 2020.", "2020-05-18"),
    ("Jum’at, 3 Desember 2021, Jam 09.00 WIB, webinar dibuka.", "2021-12-03"),
])
def test_indonesian_and_english_forms(text: str, expected: str) -> None:
    assert date_of(text) == expected


def test_missing_year_comes_from_another_date_in_the_text() -> None:
    text = ("Webinar perdana digelar Jumat (18/6). Webinar berikutnya bakal diselenggarakan "
            "Senin, 21 Juni 2021.")
    assert date_of(text) == "2021-06-18"


def test_missing_year_comes_from_the_publication_date() -> None:
    assert date_of("Webinar itu digelar Sabtu (23/11).", "2024-11-26") == "2024-11-23"
    # An event in late December reported in early January belongs to the year before.
    assert date_of("Webinar itu digelar Rabu (29/12).", "2022-01-03") == "2021-12-29"


def test_without_any_year_the_date_stays_unknown() -> None:
    assert date_of("Webinar itu digelar Sabtu (23/7) di taman kota.") is None


def test_ranges_past_references_and_releases_are_not_the_event() -> None:
    assert date_of("Program ini berlangsung selama 6 Mei – 6 Desember 2021.") is None
    text = ("Gerakan yang pada 20 Mei 2021 lalu dibuka presiden kembali bergulir. Kegiatan "
            "berlangsung pada Selasa, 29 Juni 2021 pukul 14.00 WIB.")
    assert date_of(text) == "2021-06-29"
    text = ("Polteknik Uji menggelar webinar pada Sabtu (23/11). \"Tujuannya baik,\" ujarnya "
            "dalam siaran pers, Selasa (26/11/2024).")
    assert date_of(text) == "2024-11-23"


def test_byline_date_loses_to_the_event_date() -> None:
    text = "November 4, 2020, oleh: admin\n\nPada 2 November 2020, kampus menggelar diskusi."
    assert date_of(text) == "2020-11-02"
