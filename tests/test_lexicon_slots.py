"""A ``{category}`` in a ``role_cues.tsv`` phrase stands for each phrase of that
``phrases.tsv`` category: "{event_noun} presented" is one line for every event noun.

Every sentence is invented for these tests (fictional people and bodies).
"""

from __future__ import annotations

import pytest
from extract_people import people

from index.lexicon import expand_slots, phrases, role_cues

HELD_EN = ("UJI – The Uji Institute held a symposium titled “Coastal Towns” on Monday "
           "(6/3/2023).\n\n")


def test_the_event_noun_template_expands_in_file_order() -> None:
    nouns = phrases("event_noun")
    assert {"webinar", "symposium", "talk show"} <= set(nouns)
    assert expand_slots("{event_noun} presented") == tuple(f"{n} presented" for n in nouns)


def test_role_cues_hold_the_expansion_not_the_template() -> None:
    weak = [c for c in role_cues() if c.kind == "weak"]
    assert not [c.phrase for c in role_cues() if "{" in c.phrase]
    presented = [c for c in weak if c.phrase.endswith(" presented")]
    assert [c.phrase for c in presented] == [f"{n} presented" for n in phrases("event_noun")]
    assert {(c.role, c.strength) for c in presented} == {("speaker", 1)}


def test_slots_multiply_and_plain_phrases_pass_through() -> None:
    assert expand_slots("menghadirkan") == ("menghadirkan",)
    both = expand_slots("{event_noun} and {event_noun}")
    assert len(both) == len(phrases("event_noun")) ** 2
    assert both[0] == "webinar and webinar" and both[1] == "webinar and seminar"


def test_a_misspelt_category_is_an_error() -> None:
    with pytest.raises(ValueError, match="event_nouns"):
        expand_slots("{event_nouns} presented")


def test_an_expanded_noun_presents_people() -> None:
    """'symposium presented' is written nowhere in role_cues.tsv: only the template has it."""
    found = people(HELD_EN + "The symposium presented Lena Marsh (University of Uji) and "
                             "Oskar Brandt (Uji Institute of Technology).")
    assert {n: s.position for n, s in found.items()} == {
        "Lena Marsh": "University of Uji", "Oskar Brandt": "Uji Institute of Technology"}
