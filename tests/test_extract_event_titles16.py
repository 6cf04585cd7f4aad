"""Event titles, round 16: an English name written before its head noun "webinar", and a
colon after the cue's words before a quoted title (invented sentences)."""

from __future__ import annotations

import pytest

from index.extract.meta import event_title
from index.extract.sentences import split_sentences


def _title(text: str) -> str | None:
    return event_title(split_sentences(text), set())


@pytest.mark.parametrize(("text", "title"), [
    # a capitalised "Webinar" is a word of the name, with the title-case words after it
    ("Dr. Mira Santoso took part as a panelist in the Coral Reefs Webinar Relay, which ran "
     "for three days.", "Coral Reefs Webinar Relay"),
    ("Prof. Anton Wiguna joined as one of the speakers for PACIFICA Coastal Webinar on Port "
     "Logistics in Oceania that was held on Friday.",
     "PACIFICA Coastal Webinar on Port Logistics in Oceania"),
    # a lowercase "webinar" is only the head noun; the name ends before it
    ("Rina Lestari, founder of a seed bank, spoke to participants of the interactive Rivers "
     "and People: Lessons From the Delta’ webinar series held on 3 May.",
     "Rivers and People: Lessons From the Delta"),
    ("The #GreenCampus Moving Forward webinar sought to explain the new waste plan.",
     "#GreenCampus Moving Forward"),
    # a colon after the cue's words sets the quoted title off
    ("Our second regional forum series with the theme of: \"Water Governance in Small Island "
     "States\" was held on 4 May 2021.", "Water Governance in Small Island States"),
])
def test_event_title(text: str, title: str) -> None:
    assert _title(text) == title


@pytest.mark.parametrize("text", [
    # a headline in title case: no determiner opens the run
    "Students of Fishery Faculty Holds National Webinar to Support Young Fishers",
    # one capitalised word before the noun is a sponsor or an audience, not a name
    "Director Maya Lestari moderated the 2nd episode of the Youth webinar and thanked the "
    "panel.",
])
def test_no_event_title(text: str) -> None:
    assert _title(text) is None
