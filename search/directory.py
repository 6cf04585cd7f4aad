"""The speaker directory: every speaker of a generation, in a stable order, by letter, paged.

Order: most events first (a webinar several sites reported counts once), and within the
same count alphabetically by the name shown (accents folded, case ignored), so a page of
people who each appear once reads A to Z instead of in the order of their internal keys.
The first letter of a speaker is the first letter of that shown name ("Zainal Arifin" is
under Z), not of the spelling-tolerant identity key, which rewrites letters ("z" -> "s")
and would hide Zainal from the Z page.
A typed ``prefix`` still matches keys (:func:`index.names.speaker_key`), so "Semuel" finds
Samuel and "Pang" finds Samuel Pangerapan.

The sorted list is built once per generation from the facet table (a few milliseconds per
10,000 speakers); every page request is then a filter and a slice.
"""

from __future__ import annotations

import string
import unicodedata
from collections import Counter
from dataclasses import dataclass

from index.errors import QueryError
from index.names import speaker_key

from .collapse import EventFacets
from .facets import FacetTable
from .results import SpeakerPage, SpeakerSummary

LETTERS = string.ascii_lowercase
MAX_PER_PAGE = 500


def fold(name: str) -> str:
    """``name`` without accents, case-folded: "Éka" -> "eka"."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def first_letter(name: str) -> str:
    """The letter a name is listed under (a-z), or ``""`` when it starts with none."""
    for ch in fold(name):
        if ch.isalpha():
            return ch if ch in LETTERS else ""
    return ""


@dataclass(frozen=True)
class _Entry:
    summary: SpeakerSummary
    letter: str


class SpeakerDirectory:
    """Every speaker of one generation, sorted once."""

    def __init__(self, table: FacetTable | EventFacets) -> None:
        rows = [(key, table.name(key) or key, count)
                for key, count in table.speaker_counts().items() if count > 0]
        rows.sort(key=lambda row: (-row[2], fold(row[1]), row[1], row[0]))
        self._entries = [_Entry(SpeakerSummary(key, name, count), first_letter(name))
                         for key, name, count in rows]
        self.letters: dict[str, int] = dict(sorted(
            Counter(e.letter for e in self._entries if e.letter).items()))

    def page(self, prefix: str = "", letter: str = "", page: int = 1,
             per_page: int = 100) -> SpeakerPage:
        """One page of the speakers whose key (or a part of it) starts with ``prefix``'s
        key and whose shown name starts with ``letter``."""
        letter = letter.casefold()
        if letter and (len(letter) != 1 or letter not in LETTERS):
            raise QueryError(f"letter must be one letter a-z, not {letter[:20]!r}")
        if page < 1:
            raise QueryError(f"page must be 1 or more, not {page}")
        if not 1 <= per_page <= MAX_PER_PAGE:
            raise QueryError(f"per_page must be between 1 and {MAX_PER_PAGE}, not {per_page}")
        wanted = speaker_key(prefix) if prefix.strip() else ""
        found = [
            e.summary for e in self._entries
            if (not letter or e.letter == letter)
            and (not wanted or e.summary.key.startswith(wanted)
                 or f"-{wanted}" in f"-{e.summary.key}")
        ]
        start = (page - 1) * per_page
        return SpeakerPage(speakers=found[start:start + per_page], total=len(found),
                           page=page, per_page=per_page, prefix=prefix, letter=letter,
                           letters=dict(self.letters))
