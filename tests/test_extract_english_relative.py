"""English reports: "A, who delivered the opening remarks" (the relative pronoun stands
between a person and the role phrase as "yang" does) and the style "H.E." (His/Her
Excellency), which is no part of a name.

Every sentence is invented for these tests (fictional people, places and bodies).
"""

from __future__ import annotations

from index.extract.event import extract_event
from index.names import is_honorific, strip_degrees
from index.pipeline.records import article_from_text


def _speakers(text: str) -> dict[str, str]:
    event = extract_event(article_from_text("Port Safety Webinar\n\n" + text,
                                            "https://uji.example/news"))
    assert event is not None
    return {s.name: s.role for s in event.speakers}


def test_who_links_a_person_to_the_role_phrase() -> None:
    found = _speakers(
        "The Maritime Institute held a webinar on port safety on 3 March 2021.\nThe Canadian "
        "Ambassador to Malaysia, John Carter, who delivered the Opening Remarks, praised "
        "the event.\nThe panel featured Dr Ahmad Faiz, a port economist.")
    assert found == {"John Carter": "opening", "Ahmad Faiz": "speaker"}


def test_his_excellency_is_a_style_not_a_name() -> None:
    assert strip_degrees("H.E. John Carter") == "John Carter"
    assert strip_degrees("H.E John Carter") == "John Carter"
    assert is_honorific("H.R.H.")
    assert not is_honorific("He")
    found = _speakers(
        "Webinar ini dibuka dengan sambutan dari H.E Yosef Carter selaku Duta Besar Sukamaju "
        "untuk Malaysia.")
    assert found == {"Yosef Carter": "opening"}
