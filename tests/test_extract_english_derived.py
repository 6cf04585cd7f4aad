"""An English run opening with an -ing form or an -able/-ible adjective ("Caring Masterplan",
"Readable Towns") is the name of a plan, not a person; a surname of that shape is kept.

Every name here is invented for these tests.
"""

from __future__ import annotations

from index.extract.english_derived import derived_opening, without_derived_openings
from index.model import Speaker


def test_the_class_is_told_by_suffix_dictionary_and_place() -> None:
    assert derived_opening("Caring Masterplan") and derived_opening("Readable Towns")
    assert derived_opening("Accessible Cities Agenda")
    # only the first word; one word alone; short words
    assert not derived_opening("Laura Manning") and not derived_opening("Caring")
    assert not derived_opening("Ling Hartono") and not derived_opening("Bening Larasati")


def test_a_plan_read_as_a_speaker_is_dropped() -> None:
    speakers = [Speaker("Caring Masterplan", role="keynote"), Speaker("Laura Finch")]
    assert [s.name for s in without_derived_openings(speakers)] == ["Laura Finch"]
