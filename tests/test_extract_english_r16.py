"""English reports (round 16): a discourse connective set off by commas ("on the other hand",
"for its part", "meanwhile", "in turn") after a person's job closes the job, as Indonesian
"sementara itu" does: it links the sentence to the one before and names no office.

Every sentence is invented for these tests (fictional people, places and bodies).
"""

from __future__ import annotations

from index.extract.event import extract_event
from index.extract.people_2_after import position_after
from index.pipeline.records import article_from_text


def test_on_the_other_hand_closes_the_job() -> None:
    assert position_after(", a Programme Lead of the Reef Trust, on the other hand, shared "
                          "her notes") == "a Programme Lead of the Reef Trust"


def test_for_its_part_and_in_turn_close_the_job() -> None:
    assert position_after(", Head of the Harbor Board, for his part, said") == \
        "Head of the Harbor Board"
    assert position_after(", Chair of the Delta Forum, in turn, noted") == \
        "Chair of the Delta Forum"


def test_connective_after_a_speakers_job_in_a_report() -> None:
    event = extract_event(article_from_text(
        "Mangrove Webinar\n\nThe Delta Forum held its second webinar on 3 May 2021. The event "
        "was moderated by Rudi Santoso, Forum Fellow. Mira Castillo, an Executive Director of "
        "the Harbor Trust, on the other hand, shared her work on reefs in Cebu.",
        "https://uji.example/news"))
    assert event is not None
    found = {s.name: s.position for s in event.speakers}
    assert found["Mira Castillo"] == "an Executive Director of the Harbor Trust"
