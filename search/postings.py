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
from array import array
from collections import OrderedDict
from collections.abc import Callable, Iterable
from itertools import accumulate
from typing import Any, NamedTuple

POSTING_BYTES = 72
"""Bytes one cached posting costs, about: its document number and weight in two arrays
(8), its slot in the term's frozenset and the number's ``int`` object (about 64)."""

CACHE_POSTINGS = 1_000_000
"""Postings kept in the per-generation cache unless a budget says otherwise (72 MB)."""


class _Term(NamedTuple):
    docs: frozenset[int]
    ids: array[int]
    weights: array[float]
    """Weights as Whoosh stores them (32-bit floats), so nothing is lost."""


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

    def postings(self, field: str, text: str) -> tuple[array[int], array[float]]:
        """Document numbers and weights (same order) of the live documents with the term.

        Arrays, not tuples: a cache of a million postings as tuples made the garbage
        collector's full passes take a tenth of a second each (the p99 of a server)."""
        term = self._term(field, text)
        return term.ids, term.weights

    def _term(self, field: str, text: str) -> _Term:
        key = (field, text)
        with self._lock:
            cached = self._cache.get(key)
            if cached is not None:
                self._cache.move_to_end(key)
                return cached
        ids: array[int] = array("i")
        weights: array[float] = array("f")
        for leaf, offset in self._reader().leaf_readers():
            if (field, text) not in leaf:
                continue
            found, found_weights = _leaf_postings(leaf.postings(field, text))
            if leaf.has_deletions():
                kept = [n for n, i in enumerate(found) if not leaf.is_deleted(i)]
                found = [found[n] for n in kept]
                found_weights = [found_weights[n] for n in kept]
            ids.extend(found if not offset else [i + offset for i in found])
            weights.extend(found_weights)
        entry = _Term(frozenset(ids), ids, weights)
        self._keep(key, entry)
        return entry

    def _keep(self, key: tuple[str, str], entry: _Term) -> None:
        with self._lock:
            old = self._cache.pop(key, None)
            if old is not None:
                self._cached_postings -= len(old.docs)
            self._cache[key] = entry
            self._cached_postings += len(entry.docs)
            while self._cached_postings > self.max_postings and len(self._cache) > 1:
                _, dropped = self._cache.popitem(last=False)
                self._cached_postings -= len(dropped.docs)

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
        """Documents containing at least one of the ``(field, term)`` pairs (a word in any
        of its fields and forms: the union is kept in the cache too, since building it
        from eight sets of a common word costs more than the sets themselves)."""
        pairs = tuple(terms)
        if len(pairs) == 1:
            return self.term(*pairs[0])
        key = ("\x00any", "\x00".join(f"{f}\x01{t}" for f, t in pairs))
        with self._lock:
            cached = self._cache.get(key)
            if cached is not None:
                self._cache.move_to_end(key)
                return cached.docs
        out: set[int] = set()
        for field, text in pairs:
            out |= self.term(field, text)
        docs = frozenset(out)
        self._keep(key, _Term(docs, array("i"), array("f")))
        return docs

    def all_live(self) -> frozenset[int]:
        """Every live document (for a query that matches everything)."""
        if self._everything is None:
            self._everything = frozenset(self._reader().all_doc_ids())
        return self._everything


def _leaf_postings(matcher: Any) -> tuple[list[int], list[float]]:
    ids: list[int] = []
    weights: list[float] = []
    if not all(hasattr(matcher, name) for name in ("_read_weights", "_next_block",
                                                   "_read_data", "_byteids")):
        while matcher.is_active():
            ids.append(matcher.id())
            weights.append(matcher.weight())
            matcher.next()
        return ids, weights
    while matcher.is_active():
        if matcher._ids is None:
            read_ids(matcher)
        if matcher._weights is None:
            matcher._read_weights()
        start = matcher._i
        ids.extend(matcher._ids[start:])
        weights.extend(matcher._weights[start:])
        matcher._next_block()
    return ids, weights


def read_ids(matcher: Any) -> None:
    """``W3LeafMatcher._read_ids`` with the delta decoding in C (``accumulate``): Whoosh
    undoes it with a Python generator, one step per posting, a tenth of a fresh query."""
    if matcher._data is None:
        matcher._read_data()
    ids = matcher._data[0]
    matcher._ids = ids if matcher._byteids else tuple(accumulate(ids))
