"""English "present" takes a thing as its object, never a clause: what a speaker presented
("A presented the guidelines on ...", "B was presenting the four findings ...") is the
subject of the talk; "presented the plaque to the speakers" is handing over, and
"presented Dr C as the keynote speaker" introduces a person.

Every sentence is invented for these tests (fictional people, places and bodies).
"""

from __future__ import annotations

from index.extract.english_presenting import presented_object
from index.extract.event import extract_event
from index.pipeline.records import article_from_text


def _speakers(text: str) -> dict[str, tuple[str, str | None]]:
    event = extract_event(article_from_text("Delta Webinar\n\n" + text,
                                            "https://uji.example/news"))
    assert event is not None
    return {s.name: (s.role, s.talk_title) for s in event.speakers}


def test_presented_object_reads_only_a_definite_thing_not_handed_over() -> None:
    assert presented_object("presented", "the rules on how ferries will run")
    assert presented_object("presenting", "her “Maps of the Delta”")
    assert not presented_object("presented", "the plaque to the speakers")
    assert not presented_object("presented", "Dr. Lina Marsh as the keynote speaker")
    assert not presented_object("presented", "3 resource persons")
    assert not presented_object("memaparkan", "the rules on how ferries will run")


def test_presented_definite_object_is_the_talk() -> None:
    found = _speakers(
        "The River Council held a webinar on flood response on 3 May 2021.\nHajah Nurul "
        "Binti Sahak, Director of Harbour Safety Division, Ministry of Ports, presented the "
        "rules on how ferries will run in the rainy months. A translator was provided.")
    role, talk = found["Nurul Binti Sahak"]
    assert talk is not None and talk.startswith("the rules on how ferries will run")


def test_past_progressive_presenting_object_is_the_talk() -> None:
    found = _speakers(
        "The Forum held a webinar on flood response on 3 May 2021.\nHendra Wiguna, Chair of "
        "the Delta Forum, opened the workshop and greeted all attendees. Also, Rosalind "
        "Tamsin, from the Pacific River Basin Council (PRBC), was presenting the four "
        "findings from PRBC regarding the basins. A highlight came later.")
    assert found["Rosalind Tamsin"][1] == "the four findings from PRBC regarding the basins"

