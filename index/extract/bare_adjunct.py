"""A fronted prepositional adjunct written without its comma, before a job and a name.

Indonesian fronts a short adjunct of place or occasion ("Pada bagian lain", "Di sisi lain",
"Dalam kesempatan itu") and often leaves out the comma after it: "Pada bagian lain Kepala
Bidang X Nama mengatakan ...". A preposition and its lower-case object are never part of a
job title or a name (a body after a preposition is written in capitals), so the sentence
proper starts at the first capitalised word after them, when a job and a name follow there.

Left alone: a possessive noun of speaking or presenting ("Dalam sambutannya Bupati X ...",
"Dalam paparannya Dr. A ..."): that noun is a role cue its own readers keep reading from the
sentence's start (opening_adverbial, the talk readers); and a verb among the words (a clause,
not an adjunct).

See docs/ARCHITECTURE.md (speakers: where a sentence proper starts).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .people_1_runs import looks_like_verb
from .people_2_positions import head_is_position
from .people_3_phrase import PersonPhrase

# A preposition of place or occasion, then one to three words in lower case, then a capital.
_BARE = re.compile(r"(?:Pada|Di|Dalam)\s+((?:[a-z]+\s+){1,3})(?=[A-Z])")


def bare_adjunct_end(text: str,
                     parse: Callable[[str], PersonPhrase | None]) -> int:
    """Where the sentence proper starts after a fronted adjunct with no comma ("Pada bagian
    lain | Ketua X A menyampaikan"), or 0. ``parse``: the person parser (passed in so this
    module stays below the parser's callers)."""
    if not text.startswith(("Pada ", "Di ", "Dalam ")):
        return 0  # (the cheap necessary condition first)
    bare = _BARE.match(text)
    if bare is None:
        return 0
    words = bare.group(1).split()
    if any(w.endswith("nya") or looks_like_verb(w) for w in words):
        return 0
    rest = text[bare.end():]
    person = parse(rest)
    if person is None or person.start == 0 or person.position is None or not head_is_position(
            rest[:person.start]):
        return 0
    return bare.end()
