"""Positions written in apposition that a reader lost (invented sentences; round 15, second
pass): a job noun right after a name's degrees with no comma, where the degree's full stop
ended the sentence; job nouns joined by a slash ("dosen/peneliti"); and a lower-case job
after a comma that was taken for the subject of the passive "dipandu oleh" after it."""

from __future__ import annotations

import pytest

from extract_people import HELD, people
from index.extract.people_2_after import position_after
from index.extract.sentences import split_sentences


@pytest.mark.parametrize(("text", "expected"), [
    ("Acara dibuka oleh Bapak Rudi Hartono, S.H. Direktur LBH Jalan Lurus dan Ibu Sinta "
     "Dewi, S.H., M.H. Kepala Badan Uji Nasional.",
     ["Acara dibuka oleh Bapak Rudi Hartono, S.H. Direktur LBH Jalan Lurus dan Ibu Sinta "
      "Dewi, S.H., M.H. Kepala Badan Uji Nasional."]),
    # a programme role noun opens a sentence of its own
    ("Acara dibuka oleh Rudi Hartono, M.Si. Narasumber pertama Dewi Lestari menjelaskan "
     "banyak hal.", ["Acara dibuka oleh Rudi Hartono, M.Si.",
                     "Narasumber pertama Dewi Lestari menjelaskan banyak hal."]),
])
def test_a_job_after_degrees_goes_on_with_the_name(text: str, expected: list[str]) -> None:
    assert [s.text for s in split_sentences(text)] == expected


def test_the_jobs_after_degrees_are_the_positions() -> None:
    found = people(HELD + "Acara dibuka oleh Bapak Rudi Hartono, S.H. Direktur LBH Jalan "
                   "Lurus. Materi disampaikan oleh Sinta Dewi, S.Sos., M.H. Kepala Pusat "
                   "Kajian Hukum Uji.")
    assert found["Rudi Hartono"].position == "Direktur LBH Jalan Lurus"
    assert found["Sinta Dewi"].position == "Kepala Pusat Kajian Hukum Uji"


@pytest.mark.parametrize(("tail", "expected"), [
    (", S.H., M.H. dosen/peneliti Pusat Studi Uji.", "dosen/peneliti Pusat Studi Uji"),
    (" guru/penulis buku anak", "guru/penulis buku anak"),
    # a slash between words that are no jobs starts none
    (" naik/turun tangga", None),
])
def test_job_nouns_joined_by_a_slash(tail: str, expected: str | None) -> None:
    assert position_after(tail) == expected


def test_a_lower_case_job_before_a_guided_clause_is_the_apposition() -> None:
    found = people(HELD + "Webinar menghadirkan narasumber ibu Wati Lestari, owner Rumah "
                   "Sayur dan dipandu oleh Tono Prasetyo.")
    assert found["Wati Lestari"].position == "owner Rumah Sayur"
    assert found["Tono Prasetyo"].role == "moderator"


@pytest.mark.parametrize("text", [
    # the holder's name after the title and a comma: the title opens a sentence
    "Acara dibuka oleh Rudi Hartono, M.Si. Kepala Dinas Kominfo Uji, Sinta Dewi, "
    "mengatakan hal itu.",
    # a job noun with a common noun speaks of whoever holds it
    "Materi dibawakan oleh Dra. Rina Sari, MM. Kepala sekolah lalu menutup acara.",
])
def test_a_title_that_opens_a_sentence_after_degrees(text: str) -> None:
    assert len(split_sentences(text)) == 2


@pytest.mark.parametrize(("head", "expected"), [
    # a caption's label before a colon names a field, not a job
    ("Foto: ", None),
    ("Photo: ", None),
    # ... unless it holds a job noun
    ("Ketua Panitia: ", "Ketua Panitia"),
    # a collective noun names the circle a person comes from
    ("webinar mengundang pembicara dari kalangan praktisi ", None),
])
def test_labels_and_circles_are_no_jobs(head: str, expected: str | None) -> None:
    from index.extract.people_2_positions import position_before
    assert position_before(head) == expected


def test_an_english_relative_clause_of_office_with_also() -> None:
    # "who also serves as" is "who serves as" with the adverb the Indonesian "yang juga
    # menjabat sebagai" has
    assert position_after(", who also serves as a lecturer at Uji University, said") == (
        "a lecturer at Uji University")


@pytest.mark.parametrize(("head", "expected"), [
    ("selaku moderator Wakil Direktur II ", "Wakil Direktur II"),
    ("menghadirkan Narasumber Dosen FH Uji ", "Dosen FH Uji"),
    # a trade that is also a role on some programmes stays
    ("menghadirkan presenter TV Uji ", "presenter TV Uji"),
])
def test_a_programme_role_before_the_job_is_no_word_of_it(head: str, expected: str) -> None:
    from index.extract.people_2_positions import position_before
    assert position_before(head) == expected
