"""English progressives of a presenting verb ("A, from X, was presenting ..."): the form of
*be* is only the auxiliary, the participle is the predicate's verb; an appositive phrase of
origin set off by commas after the name is not the predicate.

Every sentence is invented for these tests (fictional people, places and bodies).
"""

from __future__ import annotations

from index.extract.event import extract_event
from index.extract.progressive import past_of_participle, progressive_pasts
from index.pipeline.records import article_from_text


def _speakers(text: str) -> dict[str, str]:
    event = extract_event(article_from_text("Delta Webinar\n\n" + text,
                                            "https://uji.example/news"))
    assert event is not None
    return {s.name: s.role for s in event.speakers}


def test_participle_past_forms() -> None:
    assert past_of_participle("presenting") == "presented"
    assert past_of_participle("sharing") == "shared"
    assert past_of_participle("was") is None
    assert progressive_pasts("B were explaining the plan") == ["explained"]
    assert progressive_pasts("B explained the plan") == []


def test_past_progressive_after_an_origin_apposition_presents() -> None:
    found = _speakers(
        "The Forum held a webinar on flood response on 3 May 2021.\nHendra Wiguna, Chair of "
        "the Delta Forum, opened the workshop and greeted all attendees. Also, Rosalind "
        "Tamsin, from the Pacific Water and River Basin Council for Oceania and the Islands "
        "(PWRC), was presenting the four findings of the council on river basins.")
    assert found.get("Rosalind Tamsin") == "speaker"


def test_past_progressive_right_after_the_name_presents() -> None:
    found = _speakers(
        "The Forum held a webinar on flood response on 3 May 2021.\nHendra Wiguna, Chair of "
        "the Delta Forum, opened the workshop. Meanwhile, Dr. Rosalind Tamsin was sharing the "
        "lessons of the delta towns.")
    assert found.get("Rosalind Tamsin") == "speaker"
