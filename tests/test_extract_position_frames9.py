"""Positions read as whole grammatical frames (invented sentences; round 9 of the fresh
sets): a copula before a dated or indefinite job, a country that is only an origin, and a
subject's job set off by commas whatever its verb."""

from __future__ import annotations

import pytest

from index import article_from_text, extract_event
from index.extract.people_2_after import position_after


@pytest.mark.parametrize(("tail", "expected"), [
    # a word dating the office stands before the job noun after a copula
    (" adalah mantan rektor Universitas Lembah Uji.", "mantan rektor Universitas Lembah Uji"),
    (" is a former director of the Lakeside Water Institute.",
     "a former director of the Lakeside Water Institute"),
    # "adalah seorang": the classifier goes, as after a comma
    (" adalah seorang pengamat pajak daerah, sekaligus dosen Fakultas Hukum Universitas Uji.",
     "pengamat pajak daerah, sekaligus dosen Fakultas Hukum Universitas Uji"),
    # an indefinite article before a capitalised job
    (" is a Marine Biology lecturer at Universitas Pantai Uji.",
     "a Marine Biology lecturer at Universitas Pantai Uji"),
    # a copula that is the sentence's main verb still reads no job
    (" adalah semakin banyak warga yang ikut.", None),
    (" is a great way to meet new friends.", None),
])
def test_a_copula_before_a_dated_or_indefinite_job(tail: str, expected: str | None) -> None:
    assert position_after(tail) == expected


@pytest.mark.parametrize(("tail", "expected"), [
    (" (Malaysia) dan Rina Uji (Indonesia).", None),
    (" from Thailand; Programme Coordinator, Uji University", None),
    (" from Kenya, Director of Research, Uji College, Dr. Lana Obi", None),
    # a body in that country is one
    (", Universiti Lembah Uji, Malaysia", "Universiti Lembah Uji, Malaysia"),
])
def test_a_country_alone_is_an_origin_not_a_job(tail: str, expected: str | None) -> None:
    assert position_after(tail) == expected


def _positions(text: str) -> dict[str, str | None]:
    event = extract_event(article_from_text(text, "https://uji.example/berita/1"))
    assert event is not None
    return {s.name: s.position for s in event.speakers}


def test_an_origin_in_parentheses_gives_way_to_the_job_stated_later() -> None:
    text = ("Komunitas Sastra Uji menggelar webinar sastra secara daring pada Sabtu "
            "(4/12/2021). Webinar menghadirkan narasumber Darto Wiguna (Malaysia) dan "
            "Lestari Ayu (Indonesia). Darto Wiguna adalah Ketua Persatuan Penyair Lembah "
            "Uji. Diskusi berlangsung selama dua jam.")
    assert _positions(text)["Darto Wiguna"] == "Ketua Persatuan Penyair Lembah Uji"


def test_a_subject_apposition_gives_the_job_whatever_the_verb() -> None:
    text = ("The Uji Institute held an online forum on coastal health on 3 May 2021. "
            "Professor Marta Lindqvist, Head of the Tidal Research Unit and Professor at "
            "the Faculty of Marine Science, attended the forum as one of the panel "
            "speakers in its Ocean Health session. "
            "Professor Marta Lindqvist also explained the progress of the unit's tidal "
            "models and the plans for next year.")
    assert _positions(text).get("Marta Lindqvist") == (
        "Head of the Tidal Research Unit and Professor at the Faculty of Marine Science")


def test_a_comma_clause_that_only_begins_with_a_job_word_is_no_apposition() -> None:
    text = ("Dinas Kominfo Uji menggelar webinar literasi digital pada Senin (7/6/2021). "
            "Narasumber webinar yaitu Bayu Lestanto dan Rara Wening. "
            "Menurut Bayu Lestanto, keamanan data yang terjaga dan bersifat pribadi itu "
            "sangat penting, harus dijaga sebelum diunggah.")
    assert _positions(text).get("Bayu Lestanto") is None
