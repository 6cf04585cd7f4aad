"""Document sets straight from posting lists: counting matches without scoring them.

A results page needs the ranked top ten (Whoosh's scorer, with its block-max skipping, is
good at that) and the exact number and facets of *every* match, which Whoosh would get by
scoring every match, one Python call chain per document. Here a match set is computed
from the posting lists instead: per term, the document numbers of each posting block are
read as a whole (a Python ``set`` built at C speed), unions across fields and
intersections across words are set operations. A cache keeps the postings of recently
used terms (bounded by their total size), since the same words come back page after page.

The sets are shared by every thread of a process, but Whoosh readers are not (they share
file positions), so a :class:`DocSets` reads through ``reader()``, which gives the calling
thread's own reader (:mod:`search.searcher` leases one per call); one short lock guards
the cache's bookkeeping, never the reading.

Reading whole blocks uses the block attributes of Whoosh 2.7's W3 posting reader (the
version is pinned); any other matcher falls back to the public ``all_ids()``.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable
from typing import Any, NamedTuple

POSTING_BYTES = 100
"""Bytes one cached posting costs, about (a ``(docnum, weight)`` tuple, its float, its slot in
the list and in the term's frozenset)."""

CACHE_POSTINGS = 640_000
"""Postings kept in the per-generation cache by default, over all its terms (64 MB)."""


class _Term(NamedTuple):
    docs: frozenset[int]
    postings: list[tuple[int, float]]


class DocSets:
    """Posting-list document sets for one open index generation, read through ``reader()``
    (the calling thread's reader of that generation)."""

    def __init__(self, reader: Callable[[], Any]) -> None:
        self._reader = reader
        self._cache: OrderedDict[tuple[str, str], _Term] = OrderedDict()
        self._cached_postings = 0
        self._lock = threading.Lock()
        self._everything: frozenset[int] | None = None

    def term(self, field: str, text: str) -> frozenset[int]:
        """Live document numbers whose ``field`` contains the (analysed) term ``text``."""
        return self._term(field, text).docs

    def postings(self, field: str, text: str) -> list[tuple[int, float]]:
        """``(docnum, weight)`` of the live documents containing the term."""
        return self._term(field, text).postings

    def _term(self, field: str, text: str) -> _Term:
        key = (field, text)
        with self._lock:
            cached = self._cache.get(key)
            if cached is not None:
                self._cache.move_to_end(key)
                return cached
        pairs: list[tuple[int, float]] = []
        for leaf, offset in self._reader().leaf_readers():
            if (field, text) not in leaf:
                continue
            found = _leaf_postings(leaf.postings(field, text))
            if leaf.has_deletions():
                found = [(i, w) for i, w in found if not leaf.is_deleted(i)]
            pairs.extend(found if not offset else [(i + offset, w) for i, w in found])
        entry = _Term(frozenset(i for i, _ in pairs), pairs)
        with self._lock:
            old = self._cache.pop(key, None)
            if old is not None:
                self._cached_postings -= len(old.postings)
            self._cache[key] = entry
            self._cached_postings += len(pairs)
            while self._cached_postings > self.max_postings and len(self._cache) > 1:
                _, dropped = self._cache.popitem(last=False)
                self._cached_postings -= len(dropped.postings)
        return entry

    max_postings = CACHE_POSTINGS
    """This cache's budget in postings (a searcher may set it from its memory budget)."""

    def stats(self) -> dict[str, int]:
        """Terms and postings held, and an estimate of their bytes (:data:`POSTING_BYTES`
        per posting: a tuple, its float, a set slot)."""
        with self._lock:
            return {"entries": len(self._cache), "postings": self._cached_postings,
                    "bytes": self._cached_postings * POSTING_BYTES,
                    "limit_bytes": self.max_postings * POSTING_BYTES}

    def any_of(self, terms: Iterable[tuple[str, str]]) -> frozenset[int]:
        """Documents containing at least one of the ``(field, term)`` pairs."""
        out: set[int] = set()
        for field, text in terms:
            out |= self.term(field, text)
        return frozenset(out)

    def all_live(self) -> frozenset[int]:
        """Every live document (for a query that matches everything)."""
        if self._everything is None:
            self._everything = frozenset(self._reader().all_doc_ids())
        return self._everything


def _leaf_postings(matcher: Any) -> list[tuple[int, float]]:
    if not hasattr(matcher, "_read_weights") or not hasattr(matcher, "_next_block"):
        out = []
        while matcher.is_active():
            out.append((matcher.id(), matcher.weight()))
            matcher.next()
        return out
    pairs: list[tuple[int, float]] = []
    while matcher.is_active():
        if matcher._ids is None:
            matcher._read_ids()
        if matcher._weights is None:
            matcher._read_weights()
        start = matcher._i
        pairs.extend(zip(matcher._ids[start:], matcher._weights[start:]))
        matcher._next_block()
    return pairs
