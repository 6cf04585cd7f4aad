"""Completions while typing: speakers and themes whose name has a word starting with it.

A type-ahead asks on every keystroke, so answers come from a table built once per
generation, not from a query: every speaker (display name, key, articles) and every theme
(:mod:`search.themes`), indexed by each word-start of the name folded to ASCII lowercase
("samuel abrijani pangerapan", "abrijani pangerapan", "pangerapan"; for a speaker also
"samuel pangerapan") and, for speakers, of the name's spelling code
(:func:`index.names.name_code`: "samal abrajana pangarapan"), so that "Semuel" or
"Soekarno" complete to the spellings the index uses. A prefix is a binary
search in that sorted list; the matches are ranked by appearances, ties by name, those
matching as typed before those matching only by spelling code, and the answers to recent
prefixes are kept.

Measured on 2,110 documents with about 7,000 speakers and themes (36,000 word-starts): a
completion takes about 0.1 ms from three letters on, and up to a few milliseconds for one
or two letters, which match a large part of the table (then the answer is kept).
"""

from __future__ import annotations

import bisect
import heapq
import re
import threading
import unicodedata
from collections import OrderedDict

from index.names import name_code

from .facets import FacetTable
from .results import Suggestion

_KEPT = 512
MIN_CODED = 3
"""A prefix is also compared by its spelling code once that code has this many letters
(shorter codes match nearly everyone)."""
_WORDS = re.compile(r"[a-z0-9]+")


def fold(text: str) -> list[str]:
    """``text`` as ASCII lowercase words."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return _WORDS.findall(ascii_text.casefold())


def _word_starts(words: list[str], names: bool) -> set[str]:
    """The label from each of its words on; for a name also the given name followed by a
    later part ("hendarto prasetya" for "Hendarto A. Prasetya"), since middle names and
    initials are often left out."""
    forms = {" ".join(words[i:]) for i in range(len(words))}
    if names:
        forms |= {" ".join(words[:1] + words[i:]) for i in range(2, len(words))}
    return forms


class Suggester:
    """The completion table of one generation."""

    def __init__(self, table: FacetTable) -> None:
        self._entries: list[Suggestion] = []
        keys: list[tuple[str, int]] = []
        for key, count in table.speaker_counts().items():
            if count:
                self._add(Suggestion("speaker", key, table.name(key) or key, count), keys,
                          codes=True)
        for theme in table.themes.top(limit=len(table.themes.docs)):
            self._add(Suggestion("theme", theme.key, theme.label, theme.count), keys)
        keys.sort()
        self._strings = [s for s, _ in keys]
        self._ids = [i for _, i in keys]
        self._cache: OrderedDict[tuple[str, int], list[Suggestion]] = OrderedDict()
        self._lock = threading.Lock()

    def _add(self, entry: Suggestion, keys: list[tuple[str, int]], codes: bool = False) -> None:
        index = len(self._entries)
        self._entries.append(entry)
        words = fold(entry.label)
        forms = _word_starts(words, names=codes)
        if codes:
            forms |= _word_starts([name_code(w) or w for w in words], names=True)
        keys.extend((form, index) for form in forms if form)

    def complete(self, prefix: str, limit: int = 8) -> list[Suggestion]:
        """The ``limit`` best entries with a word-start matching ``prefix``."""
        words = fold(prefix)
        if not words or limit <= 0:
            return []
        cache_key = (" ".join(words) + (" " if prefix[-1:].isspace() else ""), limit)
        with self._lock:
            cached = self._cache.get(cache_key)
            if cached is not None:
                self._cache.move_to_end(cache_key)
                return cached
        typed = cache_key[0]
        rank = self._rank
        found = self._matching(typed)
        answer = [self._entries[i] for i in heapq.nsmallest(limit, found, key=rank)]
        coded = " ".join(name_code(w) or w for w in words)
        if len(answer) < limit and coded != typed.strip() and len(coded) >= MIN_CODED:
            spelled = {i for i in self._matching(coded)
                       if self._entries[i].kind == "speaker" and i not in found}
            answer += [self._entries[i]
                       for i in heapq.nsmallest(limit - len(answer), spelled, key=rank)]
        with self._lock:
            self._cache[cache_key] = answer
            if len(self._cache) > _KEPT:
                self._cache.popitem(last=False)
        return answer

    def _rank(self, index: int) -> tuple[int, str, int]:
        entry = self._entries[index]
        return (-entry.count, entry.label.casefold(), index)

    def _matching(self, prefix: str) -> set[int]:
        start = bisect.bisect_left(self._strings, prefix)
        stop = bisect.bisect_left(self._strings, prefix + "\uffff", lo=start)
        return set(self._ids[start:stop])
