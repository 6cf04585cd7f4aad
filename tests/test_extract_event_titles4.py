"""Event titles written in further frames (invented sentences; round 4 of the fresh sets)."""

from __future__ import annotations

import pytest

from index.extract.meta import event_title
from index.extract.sentences import split_sentences


def title_of(text: str) -> str | None:
    return event_title(split_sentences(text), set())


@pytest.mark.parametrize(("text", "expected"), [
    # the theme noun, a lower-case description, then the quoted title
    ("Paguyuban Tani Lestari menggelar webinar dengan tema yang hangat dan sangat menarik "
     "“Benih Lokal untuk Kedaulatan Pangan” bagi para petani muda.",
     "Benih Lokal untuk Kedaulatan Pangan"),
    ("Under this year’s theme, “Rivers and Resilient Cities”, experts shared their views.",
     "Rivers and Resilient Cities"),
    ("The theme of the symposium, ‘Oceans in a Warming World’ reflects the urgency of action.",
     "Oceans in a Warming World"),
    ("Pertemuan daring itu mengangkat thema “Kopi Rakyat Naik Kelas” dan diikuti 80 peserta.",
     "Kopi Rakyat Naik Kelas"),
])
def test_theme_noun_with_a_description_before_the_quote(text: str, expected: str) -> None:
    assert title_of(text) == expected


def test_a_capitalised_possessor_names_another_events_theme() -> None:
    text = ("Menurut pembicara, topik ini relevan bagi tema Kongres ke-12 “Bersatu Membangun "
            "Negeri”. Diskusi berjalan lancar.")
    assert title_of(text) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("Webinar Budidaya Lebah Madu Hutan yang dilaksanakan pada Selasa, 4 Mei 2021 diikuti "
     "oleh 150 peserta.", "Budidaya Lebah Madu Hutan"),
    ("Webinar Tata Kelola Air Bersih yang digagas Forum Warga Sungai Deras berjalan lancar.",
     "Tata Kelola Air Bersih"),
])
def test_a_named_event_before_a_relative_clause_of_holding(text: str, expected: str) -> None:
    assert title_of(text) == expected


def test_a_programme_named_after_an_umbrella_noun_is_no_title() -> None:
    text = ("Pemerintah terus bekerja, salah satunya lewat kegiatan Webinar Cakap Digital yang "
            "diselenggarakan kali ini, katanya.")
    assert title_of(text) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("BANDUNG - Politeknik Nusa Indah menggelar International Guest Lecturers, dengan "
     "mengundang empat dosen tamu.", "International Guest Lecturers"),
    ("Dinas Kebudayaan pada Senin menyelenggarakan Silaturahmi Seniman Daring berkaitan dengan "
     "kondisi sanggar saat ini.", "Silaturahmi Seniman Daring"),
])
def test_a_title_case_object_of_a_verb_of_holding(text: str, expected: str) -> None:
    assert title_of(text) == expected


def test_an_event_noun_spelt_out_is_not_a_name() -> None:
    text = "Prodi Agronomi menyelenggarakan Web Seminar (Webinar) pada hari Kamis."
    assert title_of(text) is None
