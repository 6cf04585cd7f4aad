"""English announcement style: the active verb "moderated" names the moderator whatever it
takes as object, and an English body name ends with its head noun ("... Workers Union"),
so a capitalised run after "President of the ..." starts the person's name after that noun.

Every sentence is invented for these tests (fictional people, places and bodies).
"""

from __future__ import annotations

from index.extract.event import extract_event
from index.pipeline.records import article_from_text


def _speakers(text: str) -> dict[str, str]:
    event = extract_event(article_from_text(
        "Harbour Safety Webinar\n\nThe Harbour Institute held a webinar on port safety on "
        "3 March 2021.\n" + text, "https://uji.example/news"))
    assert event is not None
    return {s.name: s.role for s in event.speakers}


def test_moderated_with_any_object() -> None:
    assert _speakers("Dr. Rina Kusuma and Paul Bremer of the Coastal Youth Council moderated "
                     "the dialogues.") == {"Rina Kusuma": "moderator", "Paul Bremer": "moderator"}
    assert _speakers("Daniel Rourke moderated the second episode of the series.") == {
        "Daniel Rourke": "moderator"}


def test_name_starts_after_the_head_noun_of_an_english_body() -> None:
    found = _speakers("President of the Sukamaju Port Workers Union Daniel Rourke moderated "
                      "the session.")
    assert found == {"Daniel Rourke": "moderator"}
