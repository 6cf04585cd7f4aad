"""A position shared by a coordinated list of names: when the grammar makes it distributive.

A job or body written once for a list of people holds for each of them when it is
attached to the whole list, not to its last member:

- before the list, as the qualifier of the plural role noun the list spells out
  ("pembahas dari UNY yakni A, B, dan C", "narasumber psikolog, A dan B"): the list after
  the noun names who the noun phrase is, so each member is what the noun phrase says;
- after the list, marked as distributive: a quantifier over the members ("A dan B yang
  keduanya merupakan dosen X", "A, B dan C yang masing-masing ...", "A and B, both of X"),
  a relative clause on a list of bare names ("A dan B yang merupakan Tim X"), or a
  prepositional origin after a pair ("A and B of the Committee for X", "A dan B dari X");
- after the role noun that is predicated of the whole list ("A dan B sebagai pembicara dari
  Universitas X"): the predicate noun phrase, with its origin, applies to every subject.

A position that belongs to the last member alone is not spread: an apposition after a
comma ("A, B, dan C, Ketua X"), or a list whose other members carry positions of their own,
or names with anything but connectors between them.
"""

from __future__ import annotations

import re

from index.lexicon import position_words

from .gazetteer import place_at, place_words
from .people_1_runs import looks_like_verb
from .people_2_positions import position_after, position_before

# Between two members of a bare list: commas and one conjunction.
_JOINED = re.compile(r"[\s,]*(?:(?:dan|serta|and|&)\s*)?[\s,]*")

COUNTED = {"keduanya": 2, "ketiganya": 3, "keempatnya": 4, "kelimanya": 5, "both": 2}
"""The quantifiers over a list that state how many it has ("A dan B yang keduanya ..."):
one of the distributive marks here, and a count for ``people_6_slots.read_backward``."""

# A quantifier over the members of the list, right after it.
_QUANTIFIER = re.compile(
    r"\s*,?\s*(?:yang\s+|who\s+(?:are|were)\s+)?(?:" + "|".join(COUNTED) + r"|"
    r"kesemuanya|semuanya|seluruhnya|masing-masing|sama-sama|all|each)\b"
    r"(?:\s+(?:of\s+(?:them|whom)\b))?\s*,?", re.IGNORECASE)

# A relative clause on the list, or a quantifier, then what the members are.
_RELATIVE = re.compile(r"\s*,?\s*(?:yang|who\s+(?:are|were))\s+(?=\w)", re.IGNORECASE)
_COPULA = re.compile(r"\s*(?:juga\s+|pula\s+)?(?:merupakan|adalah|ialah|sebagai|selaku|"
                     r"menjabat\s+sebagai|bertugas\s+sebagai|are|were|as)\b\s*(?:a\s+|an\s+|"
                     r"the\s+)?", re.IGNORECASE)

# The origin after a pair: "of the X", "dari X" (an aside in parentheses may come first).
_ORIGIN = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?,?\s*(?:of|from|dari)\s+(?:the\s+)?(?=[A-Z])")

# Where a list starts after a role noun's qualifier ("yakni", "yaitu", ":", ",").
_LEAD_END = re.compile(r"\s*(?:,\s*)?(?:(?:yakni|yaitu|ialah|adalah|antara\s+lain|namely|"
                       r"including)\b\s*:?|:)?[\s,]*$", re.IGNORECASE)
_LEAD_ORIGIN = re.compile(r"\s*(?:yang\s+)?(?:berasal\s+)?(?:dari|from)\s+(?:the\s+)?"
                          r"(?=[A-Z])", re.IGNORECASE)


def bare_list(text: str, spans: list[tuple[int, int]]) -> bool:
    """The people at ``spans`` (name with degrees, in ``text``) form one list with nothing
    but commas and a conjunction between them."""
    return len(spans) >= 2 and all(
        _JOINED.fullmatch(text, a[1], b[0]) is not None for a, b in zip(spans, spans[1:]))


def _body(words: list[str]) -> bool:
    """The words name a body one works at, not only a place one comes from ("dari
    Malaysia", "from Surabaya"), which is no position (see ``origin_end``)."""
    if len(words) == 1 and words[0].casefold() in place_words().national:
        return False
    return place_at(words) < len(words)


def _origin(text: str) -> str | None:
    """The body after an origin word ("Universitas X" in "Universitas X menyampaikan")."""
    position = position_after(text)
    if position is None or not position[:1].isupper() or not _body(position.split()):
        return None
    return position


def lead_position(lead: str) -> str | None:
    """The qualifier of a plural role noun before the list that spells it out: "dari UNY"
    ("pembahas dari UNY yakni A, B"), a job noun ("narasumber psikolog, A dan B"). A body
    is taken only with a list word after it ("yakni", "yaitu", ":"): the list is then what
    the whole noun phrase names."""
    end = _LEAD_END.search(lead)
    introduced = end is not None and bool(end.group().strip(" ,"))
    lead = lead[:end.start()] if end else lead
    if not lead.strip():
        return None
    if origin := _LEAD_ORIGIN.match(lead):
        if not introduced:
            return None  # set off by a comma only, it may be the first member's alone
        body = lead[origin.end():].strip()
        return body if position_before(body + " ") == body and _body(body.split()) else None
    words = lead.split()
    if not 1 <= len(words) <= 3 or not all(w.isalpha() and w.islower() for w in words):
        return None
    if words[0] not in position_words() or any(looks_like_verb(w) for w in words):
        return None
    return " ".join(words)


def tail_position(tail: str) -> str | None:
    """What the last member's tail says of the whole list: a quantifier or a relative
    clause then a job ("yang keduanya merupakan dosen X", "yang merupakan Tim X"), or an
    origin ("of the Committee for X", "dari Universitas X")."""
    if (mark := _QUANTIFIER.match(tail)) or (mark := _RELATIVE.match(tail)):
        copula = _COPULA.match(tail, mark.end())
        rest = tail[copula.end():] if copula else tail[mark.end():]
        if copula is None and not _QUANTIFIER.match(tail):
            return None  # "A dan B yang menyampaikan ...": a clause, no job
        if origin := _LEAD_ORIGIN.match(rest):
            return _origin(rest[origin.end():])
        return position_after(rest)
    if origin := _ORIGIN.match(tail):
        return _origin(tail[origin.end():])
    return None


def predicate_origin(text: str, end: int) -> str | None:
    """"A dan B sebagai pembicara dari Universitas X": the body after the role noun (ending
    at ``end``) that is predicated of the list."""
    origin = _LEAD_ORIGIN.match(text, end)
    return _origin(text[origin.end():]) if origin else None
