"""A capitalised phrase spelled out before its acronym is a named term, not a person.

Why: Indonesian writing introduces a body, a programme or a subject with its acronym in
brackets right after it ("Badan Kerja Sama Antar Daerah (BKSAD)", "Pembelajaran Tatap Muka
Terbatas (PTMT)", "Balai Guru Penggerak (BGP)"). Slicing such a phrase at a job word or a
list mark leaves a run of capitalised words that reads like a name ("Antar Daerah", "Muka
Terbatas", "Balai"). When the initials of the words before the bracket spell the acronym and
the candidate is a proper part of those words, the candidate is a fragment of the term. A
person's own initials in brackets ("Sandra Wulan Kencana (SWK)") cover the whole name and no
more, so they are not taken; nor is a name that the article also writes outside such a
phrase.
"""

from __future__ import annotations

import re

from .phrase_find import phrase_spans

_ACRONYM = re.compile(r"\s*\(([A-Z][A-Za-z]*[A-Z])(?![A-Za-z])")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_CONNECTORS = frozenset({"dan", "dari", "untuk", "di", "of", "and", "the", "for", "&"})
_CAP_RUN = re.compile(r"(?:\s+(?:dan|&|of|and)?\s*[A-Z][\w'’-]*)*")


def _initials(words: list[str]) -> str:
    """The first letters of ``words`` without the small connecting words, which an acronym
    leaves out ("Badan Kerja Sama Antar Daerah" -> "BKSAD")."""
    return "".join(w[0] for w in words if w.casefold() not in _CONNECTORS)


def _spelled(text: str, start: int, end: int) -> bool:
    """The name at ``text[start:end]`` lies inside a phrase whose initials spell the acronym
    bracketed after it, and the phrase has more words than the name."""
    tail = _CAP_RUN.match(text, end)
    stop = tail.end() if tail else end
    bracket = _ACRONYM.match(text, stop)
    if bracket is None:
        return False
    letters = "".join(c for c in bracket.group(1) if c.isupper())
    before = _WORD.findall(text[max(0, start - 200):stop])
    name_len = len(_WORD.findall(text[start:stop]))
    for size in range(name_len + 1, min(len(before), 12) + 1):
        words = before[-size:]
        if not all(w[:1].isupper() or w.casefold() in _CONNECTORS for w in words):
            return False
        if _initials(words).upper() == letters:
            return True
    return False


def acronym_fragment(name: str, text: str) -> bool:
    """Every capitalised occurrence of ``name`` in the article ``text`` is a proper part of a
    phrase spelled out before its acronym ("Kerja Sama Antar Daerah (BKSAD)")."""
    words = name.split()
    if not words or not text:
        return False
    found = list(phrase_spans(text, words))
    return bool(found) and all(_spelled(text, a, b) for a, b in found)
