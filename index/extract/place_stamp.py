"""A place written inline with a day stamp: the newsroom's dateline inside a sentence.

Indonesian press releases and the news agencies that copy them close a statement with where
and when it was issued: "..., kata Rina di Jakarta, Senin (3/5)", "... ujarnya dalam
seminar itu dari Jakarta, Kamis (3/9/2020)", "... membuka lokakarya secara virtual di
Jakarta (14/9)". The place, right after "di"/"dari", and the bracketed day together are
the release's dateline moved to the end of its first statement: they say where the text was
filed, as a dateline at the head does, not where an online event was (README: "national
online events with only a Jakarta dateline have no location"; an inline one is the same
dateline). A stated venue ("digelar di Hotel Uji Kendari, Jumat (3/5)") is read before this
and is not a stamp; the caller only asks for plain mentions ("di X", a bare "X"). The town
ending an address ("di Gedung Uji, Cipete, Jakarta Selatan, Kamis (5/11)") follows a comma,
not the preposition: the room's town, no stamp.
"""

from __future__ import annotations

import re
from functools import lru_cache

from index.lexicon import day_names, phrase_pattern


@lru_cache(maxsize=1)
def _stamp() -> re.Pattern[str]:
    day = phrase_pattern(sorted(day_names()))
    # ", Senin (3/5)", " (14/9)", ", Kamis (3 Mei 2021)": an optional weekday, then a bracket
    # opening on the day's figures
    return re.compile(rf"\s*,?\s*(?:(?:{day})\s*,?\s*)?\(\s*\d{{1,2}}\b", re.IGNORECASE)


_PREPOSITION = re.compile(r"\b(?:di|dari|in|from)\s+$", re.IGNORECASE)


def stamped(text: str, start: int, end: int) -> bool:
    """The place at ``start:end`` follows "di"/"dari" and is followed by a day stamp
    ("dari Jakarta, Senin (3/5)")."""
    return _stamp().match(text, end) is not None and \
        _PREPOSITION.search(text, max(0, start - 6), start) is not None
