"""A word found nowhere: a typo to correct, or someone's name to leave as typed?

The nearest indexed words (Damerau-Levenshtein distance 1, else 2 for words of six letters
or more; two swapped letters count as one edit) of the fields people type from memory
(speaker names, event themes, titles) are the candidates, found in one pass over those
fields' words; the most frequent wins, unless one of them turns a stretch of the query into
the name of an indexed speaker ("puli andoi" -> "puli andri", a speaker, not "puli andi").

What happens next depends on what the word is:

- an ordinary word ("digitl") is replaced and the query runs corrected ("showing results
  for ...": :attr:`Correction.is_name` is false);
- a name ("meilnai", or any word whose best candidate is a word of speakers' names) is
  never replaced by another name, since two names a letter or two apart are often two
  people ("Ika Jailani" is not "Ika Meilani"): the query keeps its words and offers the
  correction as "did you mean"; a name one edit away (a typo: "Meilnai") also matches, so
  the person is found, while one two edits away is only offered (:mod:`search.plain`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from whoosh.support.levenshtein import damerau_levenshtein

from index.names import speaker_key

from .query import SPELLING_FIELDS

_NAME_FIELD = "speakers"
_MAX_NAME_WORDS = 4


@dataclass(frozen=True)
class Correction:
    """The best replacement for a word found nowhere, and what kind of word it is."""

    word: str
    distance: int
    is_name: bool
    key: str | None = None
    """The speaker whose name the corrected query (or a stretch of it) is."""
    span: tuple[int, int] | None = None
    """The query words ``[start, end)`` that name that speaker."""


def correct(word: str, reader: Any, words: list[str], position: int,
            is_speaker: Any = None) -> Correction | None:
    """The correction of ``words[position]`` (``word``), or ``None`` if nothing is near.

    ``is_speaker(key)`` tells whether a key is an indexed speaker's (else the reader's
    ``speaker_keys`` field is asked).
    """
    if len(word) < 3 or not word.isalpha():
        return None
    known = is_speaker or (lambda key: ("speaker_keys", key) in reader)
    names: dict[str, int] = {}
    others: dict[str, int] = {}
    edits: dict[str, int] = {}
    for fieldname in SPELLING_FIELDS:
        into = names if fieldname == _NAME_FIELD else others
        for candidate in reader.terms_within(fieldname, word, 2, prefix=0):
            if isinstance(candidate, bytes):
                candidate = candidate.decode("utf-8")
            if candidate == word:
                continue
            if candidate not in edits:
                edits[candidate] = damerau_levenshtein(word, candidate)
            if edits[candidate] > 1 and len(word) < 6:
                continue
            into[candidate] = into.get(candidate, 0) + reader.doc_frequency(
                fieldname, candidate)
    scores = {c: names.get(c, 0) + others.get(c, 0) for c in set(names) | set(others)}
    if not scores:
        return None
    nearest = min(edits[c] for c in scores)
    ranked = sorted((c for c in scores if edits[c] == nearest), key=lambda c: (-scores[c], c))
    for candidate in ranked:
        found = _named_span(words, position, candidate, known)
        if found is not None:
            key, span = found
            return Correction(candidate, nearest, True, key, span)
    best = ranked[0]
    return Correction(best, nearest, names.get(best, 0) >= others.get(best, 0))


def _named_span(words: list[str], position: int, candidate: str, known: Any
                ) -> tuple[str, tuple[int, int]] | None:
    """The speaker key of the longest stretch around ``position`` that names a speaker once
    ``candidate`` replaces the word there (one word only when it is the whole query)."""
    fixed = words[:position] + [candidate] + words[position + 1:]
    shortest = 1 if len(words) == 1 else 2
    for length in range(min(_MAX_NAME_WORDS, len(words)), shortest - 1, -1):
        for start in range(max(0, position - length + 1), min(position, len(words) - length) + 1):
            key = speaker_key(" ".join(fixed[start:start + length]))
            if key and known(key):
                return key, (start, start + length)
    return None
