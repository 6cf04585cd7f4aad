"""English appositions after a name (invented sentences; round 16 of the fresh sets): the
definite article of a capitalised office is kept as written ("A, the Rector of X"), a
possessive determiner is not ("A, our Research Fellow"), and the comma that closes the
apposition ends it before the clause goes on ("A, Manager of X, held ...", "A, Director of
Y, on the other hand, shared ...", "A, the Minister himself, this ...")."""

from __future__ import annotations

import pytest

from index.extract.event import extract_event
from index.extract.people_2_after import position_after
from index.extract.people_2_positions import position_before
from index.pipeline.records import article_from_text


def _positions(text: str) -> dict[str, str | None]:
    event = extract_event(article_from_text("Seminar Report\n\n" + text,
                                            "https://example.org/news/test"))
    assert event is not None
    return {s.name: s.position for s in event.speakers}


_HELD = "The Faculty of Engineering held an online seminar on Monday, 4 May 2021.\n\n"


@pytest.mark.parametrize(("tail", "expected"), [
    (", the Deputy Director of Nordic Energy Council, gave a talk.",
     "the Deputy Director of Nordic Energy Council"),
    (" who is the Principal of the Harbour Vocational School.",
     "the Principal of the Harbour Vocational School"),
    (" as the Consul of Norway to Indonesia as the keynote speaker.",
     "the Consul of Norway to Indonesia"),
    # after a preposition the article is the body's, and a description is no title
    (" from the University of Leeds, gave a talk.", "University of Leeds"),
    (", the founder of a dive shop in Alor, gave a talk.", "founder of a dive shop in Alor"),
])
def test_the_article_of_an_office_is_kept(tail: str, expected: str) -> None:
    assert position_after(tail) == expected


@pytest.mark.parametrize(("tail", "expected"), [
    (", our Research Fellow from Universitas Andalas, gave a talk.",
     "Research Fellow from Universitas Andalas"),
    (", Programme Officer of Sahabat Pesisir Foundation, held the moderator role.",
     "Programme Officer of Sahabat Pesisir Foundation"),
    (", an Executive Director of Nordic Coast Institute, on the other hand, shared it.",
     "an Executive Director of Nordic Coast Institute"),
    (", the Minister himself, this webinar began with a video.", "the Minister"),
    # the title goes on after a comma with a capital, a conjunction or another job noun
    (", Senior Lecturer, Faculty of Forestry, Tanjung University, gave a talk.",
     "Senior Lecturer, Faculty of Forestry, Tanjung University"),
    (", National Coordinator of Sahabat Pesisir, as well as co-chair of C30.",
     "National Coordinator of Sahabat Pesisir, as well as co-chair of C30"),
    (", Wageningen Alumni in disaster studies, founder of Hijau Foundation, spoke.",
     "Wageningen Alumni in disaster studies, founder of Hijau Foundation"),
    # Indonesian lists of lower-case jobs are untouched
    (", dosen Universitas Uji, konselor keluarga, dan peneliti, hadir.",
     "dosen Universitas Uji, konselor keluarga, dan peneliti"),
])
def test_an_english_apposition_ends_at_its_comma(tail: str, expected: str) -> None:
    assert position_after(tail) == expected


def test_a_possessive_before_a_title_before_the_name() -> None:
    assert position_before("Our Vice Dean for Research, ") == "Vice Dean for Research"


def test_in_an_article() -> None:
    positions = _positions(
        _HELD + "Rina Hadi, Programme Officer of Sahabat Pesisir Foundation, guided the "
        "discussion as moderator. Opening the panel was Tomas Berg, the Deputy "
        "Director of Nordic Energy Council. Tomas delivered key messages.")
    assert positions["Rina Hadi"] == "Programme Officer of Sahabat Pesisir Foundation"
    assert positions["Tomas Berg"] == "the Deputy Director of Nordic Energy Council"
    positions = _positions(
        _HELD + "As for the speakers, Dr. Anne Lee, our Senior Research Fellow from Universitas "
        "Andalas gave her view.")
    assert positions["Anne Lee"] == "Senior Research Fellow from Universitas Andalas"
