"""Document sets straight from posting lists: counting matches without scoring them.

A results page needs the ranked top ten (Whoosh's scorer, with its block-max skipping, is
good at that) and the exact number and facets of *every* match, which Whoosh would get by
scoring every match, one Python call chain per document. Here a match set is computed
from the posting lists instead: a term's postings are decoded once into two arrays (its
document numbers, ascending, and their weights), the numbers are a
:class:`search.docset.DocSet`, and unions across fields and intersections across words are
array operations. A cache keeps the postings of recently used terms (bounded by their
bytes, eight per posting), since the same words come back page after page; as Python
sets and tuples a posting cost about 72 bytes, so the same share of ``cache_mb`` now
holds about nine times as many (after the 800 queries of ``bench_query_cpu.py`` at
100,000 documents, 14.5 million postings and unions' numbers in the default 96 MiB,
against 1.4 million before: common words are decoded again far less often).

Decoding is most of what a common word costs (at 100,000 documents a word in every
document is 100,000 postings in about 800 blocks, each a zlib-compressed pickle), so a
term is read in one piece, mostly with array operations (:mod:`search.w3blocks`),
instead of Whoosh's matcher walking block by block and posting by posting.

The sets are shared by every thread of a process, but Whoosh readers are not (they share
file positions), so a :class:`DocSets` reads through ``reader()``, which gives the calling
thread's own reader (:mod:`search.searcher` leases one per call); one short lock guards
the cache's bookkeeping, never the reading.

Reading whole terms uses the layout of Whoosh 2.7's W3 posting files (the version is
pinned); anything else (inlined postings of a single document, another matcher) falls
back to the public matcher interface.
"""

from __future__ import annotations

import threading
from array import array
from collections import OrderedDict
from collections.abc import Callable, Iterable
from typing import Any, NamedTuple

import numpy as np
import numpy.typing as npt

from .docset import EMPTY, DocSet
from .w3blocks import read_term

Weights = npt.NDArray[np.float32]

ENTRY_BYTES = 200
"""Bytes one cache entry costs besides its arrays (the key, the tuple, the array headers)."""

CACHE_BYTES = 96 * 2**20
"""The per-generation cache's budget unless a budget says otherwise (the default share of
``cache_mb``, see :mod:`search.memory`)."""

_NO_WEIGHTS: Weights = np.zeros(0, dtype=np.float32)
_NO_WEIGHTS.flags.writeable = False


class _Term(NamedTuple):
    docs: DocSet
    weights: Weights
    """Weights as Whoosh stores them (32-bit floats), so nothing is lost; in ``docs``'s
    order. Empty for a cached union (:meth:`DocSets.any_of`), which has no weights."""

    def nbytes(self) -> int:
        return int(self.docs.ids.nbytes + self.weights.nbytes) + ENTRY_BYTES


class DocSets:
    """Posting-list document sets for one open index generation, read through ``reader()``
    (the calling thread's reader of that generation)."""

    def __init__(self, reader: Callable[[], Any]) -> None:
        self._reader = reader
        self._cache: OrderedDict[tuple[str, str], _Term] = OrderedDict()
        self._cached_bytes = 0
        self._cached_postings = 0
        self._lock = threading.Lock()
        self._everything: DocSet | None = None

    max_bytes = CACHE_BYTES
    """This cache's budget in bytes (a searcher sets it from its memory budget)."""

    def term(self, field: str, text: str) -> DocSet:
        """Live document numbers whose ``field`` contains the (analysed) term ``text``."""
        return self._term(field, text).docs

    def postings(self, field: str, text: str) -> tuple[npt.NDArray[np.int32], Weights]:
        """Document numbers (ascending) and weights (same order) of the live documents
        with the term, as read-only arrays."""
        term = self._term(field, text)
        return term.docs.ids, term.weights

    def _term(self, field: str, text: str) -> _Term:
        key = (field, text)
        with self._lock:
            cached = self._cache.get(key)
            if cached is not None:
                self._cache.move_to_end(key)
                return cached
        ids: list[npt.NDArray[np.int32]] = []
        weights: list[Weights] = []
        for leaf, offset in self._reader().leaf_readers():
            if key not in leaf:
                continue
            found, found_weights = leaf_postings(leaf.postings(field, text))
            ids.append(found + np.int32(offset) if offset else found)
            weights.append(found_weights)
        if not ids:
            entry = _Term(EMPTY, _NO_WEIGHTS)
        elif len(ids) == 1:
            entry = _Term(DocSet.sorted_unique(ids[0]), _read_only(weights[0]))
        else:
            entry = _Term(DocSet.sorted_unique(np.concatenate(ids)),
                          _read_only(np.concatenate(weights)))
        self._keep(key, entry)
        return entry

    def _keep(self, key: tuple[str, str], entry: _Term) -> None:
        with self._lock:
            old = self._cache.pop(key, None)
            if old is not None:
                self._cached_bytes -= old.nbytes()
                self._cached_postings -= len(old.docs)
            self._cache[key] = entry
            self._cached_bytes += entry.nbytes()
            self._cached_postings += len(entry.docs)
            while self._cached_bytes > self.max_bytes and len(self._cache) > 1:
                _, dropped = self._cache.popitem(last=False)
                self._cached_bytes -= dropped.nbytes()
                self._cached_postings -= len(dropped.docs)

    def stats(self) -> dict[str, int]:
        """Terms (and unions) held, their postings (document numbers), their bytes (the
        arrays' own size and :data:`ENTRY_BYTES` per entry) and the budget."""
        with self._lock:
            return {"entries": len(self._cache), "postings": self._cached_postings,
                    "bytes": self._cached_bytes, "limit_bytes": self.max_bytes}

    def any_of(self, terms: Iterable[tuple[str, str]]) -> DocSet:
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
        docs = DocSet.union(self.term(field, text) for field, text in pairs)
        self._keep(key, _Term(docs, _NO_WEIGHTS))
        return docs

    def all_live(self) -> DocSet:
        """Every live document (for a query that matches everything)."""
        if self._everything is None:
            live = np.fromiter(self._reader().all_doc_ids(), dtype=np.int32)
            self._everything = DocSet.sorted_unique(live)
        return self._everything


def _read_only(array_: Weights) -> Weights:
    array_.flags.writeable = False
    return array_


def leaf_postings(matcher: Any) -> tuple[npt.NDArray[np.int32], Weights]:
    """The document numbers (ascending) and weights of a segment's postings of one term,
    without deleted documents (a segment with deletions wraps its matcher in a filter)."""
    deleted: Any = None
    if type(matcher).__name__ == "FilterMatcher" and getattr(matcher, "_exclude", False):
        deleted, matcher = matcher._ids, matcher.child
    found = read_term(matcher) if _whole_term_readable(matcher) else None
    if found is None:
        found = _by_matcher(matcher)
    ids, weights = found
    if deleted:
        keep = ~np.isin(ids, np.fromiter(deleted, dtype=np.int32, count=len(deleted)))
        ids, weights = ids[keep], weights[keep]
    return ids, weights


def _whole_term_readable(matcher: Any) -> bool:
    return all(hasattr(matcher, name) for name in (
        "_postfile", "_startoffset", "_length", "_byteids")) and not matcher._byteids


def _by_matcher(matcher: Any) -> tuple[npt.NDArray[np.int32], Weights]:
    """Any matcher's postings, through the public interface."""
    ids: array[int] = array("i")
    weights: array[float] = array("f")
    while matcher.is_active():
        ids.append(matcher.id())
        weights.append(matcher.weight())
        matcher.next()
    return np.frombuffer(ids, dtype=np.int32), np.frombuffer(weights, dtype=np.float32)
