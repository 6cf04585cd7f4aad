"""An English run that opens with a participle or an -able adjective is a noun phrase, not a
person.

Why: English reports capitalise the names of programmes, plans and frameworks ("Enabling
Masterplan", "Sustainable Urban Development Framework", "Accessible Cities Agenda"), and a
reader cutting such a name at a place or an acronym leaves two capitalised words that read
as a given name and a surname. Such a name opens with a word derived from a verb: an -ing
form or an -able/-ible adjective, an open class told by its suffix and the English
dictionary (the generated SCOWL list), not enumerated. A person's name opens with a given
name, which is no such word; surnames may be ("Manning", "Fielding"), so only the first word
is read, and short words ("Ming", "Ling") are left alone.
"""

from __future__ import annotations

from index.model import Speaker

from .english_words import english_words

_SUFFIXES = ("ing", "able", "ible")


def derived_opening(name: str) -> bool:
    """``name`` has two words or more and its first is a capitalised English -ing or
    -able/-ible word of six letters or more that the dictionary holds."""
    first, _, rest = name.partition(" ")
    if not rest or len(first) < 6 or not first[:1].isupper():
        return False
    lower = first.casefold()
    return lower.endswith(_SUFFIXES) and lower in english_words()


def without_derived_openings(speakers: list[Speaker]) -> list[Speaker]:
    """``speakers`` without noun phrases that open with a derived word (module docstring)."""
    return [s for s in speakers if not derived_opening(s.name)]
