"""Bounded caches: a size-budgeted LRU, and the results cache built on it.

A server answers the same few queries again and again (paging, a filter clicked and
removed, a link shared), and each answer is a pure function of the index generation and
the normalised parameters. :class:`ResultsCache` keeps recent answers under a key that
starts with the generation's name, so a switch can never serve an old generation's hits,
and drops the old generation's entries when the index moves on.

Every cache here is bounded by an estimate of the bytes it holds (not by entries: one
results page with 100 hits and full facets weighs fifty times one with two hits), evicts
the least recently used entry first, and reports its size, so a process's memory does not
grow with the number of distinct queries it has seen (``webinar-search stats`` and the web
UI's ``/stats.json`` show the figures). A budget of 0 turns a cache off.

The caches are thread-safe: one short lock around the dictionary, never around the work
that computes a value (two threads missing the same key both compute it; the second
result replaces the first).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable, Mapping
from dataclasses import replace
from typing import Any, Generic, TypeVar

from .results import Results

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")

DEFAULT_RESULTS_MB = 32
"""The results cache's default budget, per process."""


class SizedLRU(Generic[K, V]):
    """A least-recently-used map holding at most ``max_bytes`` (as ``size_of`` estimates)."""

    def __init__(self, max_bytes: int, size_of: Callable[[V], int] = lambda value: 1) -> None:
        self.max_bytes = max(0, int(max_bytes))
        self._size_of = size_of
        self._entries: OrderedDict[K, tuple[V, int]] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    def get(self, key: K) -> V | None:
        with self._lock:
            found = self._entries.get(key)
            if found is None:
                self.misses += 1
                return None
            self._entries.move_to_end(key)
            self.hits += 1
            return found[0]

    def put(self, key: K, value: V) -> None:
        """Keep ``value`` (not at all when it alone is larger than the budget)."""
        size = self._size_of(value)
        if size > self.max_bytes:
            return
        with self._lock:
            old = self._entries.pop(key, None)
            if old is not None:
                self._bytes -= old[1]
            self._entries[key] = (value, size)
            self._bytes += size
            while self._bytes > self.max_bytes and self._entries:
                _, (_, dropped) = self._entries.popitem(last=False)
                self._bytes -= dropped

    def drop_where(self, predicate: Callable[[K], bool]) -> None:
        """Forget the entries whose key satisfies ``predicate``."""
        with self._lock:
            for key in [k for k in self._entries if predicate(k)]:
                self._bytes -= self._entries.pop(key)[1]

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
            self._bytes = 0

    def __len__(self) -> int:
        return len(self._entries)

    def stats(self) -> dict[str, int]:
        """Entries, estimated bytes, the budget, hits and misses so far."""
        with self._lock:
            return {"entries": len(self._entries), "bytes": self._bytes,
                    "limit_bytes": self.max_bytes, "hits": self.hits, "misses": self.misses}


def results_size(results: Results) -> int:
    """A cheap estimate of the bytes a :class:`Results` holds in Python objects (strings at
    their length plus object overhead), without walking it with ``sys.getsizeof``."""
    size = 2_000
    for hit in results.hits:
        size += 1_200 + 2 * (len(hit.snippet) + len(hit.url) + len(hit.title or ""))
        size += 300 * len(hit.speakers)
    for values in results.facets.values():
        size += 150 * len(values)
    size += 150 * (len(results.speaker_names) + len(results.theme_labels))
    return size


class ResultsCache:
    """Results of recent searches, keyed on the generation and the normalised parameters."""

    def __init__(self, max_bytes: int) -> None:
        self._lru: SizedLRU[tuple[Any, ...], Results] = SizedLRU(max_bytes, results_size)
        self._generation: str | None = None

    @staticmethod
    def key(generation: str, text: str, wanted: Mapping[str, tuple[str, ...]],
            **options: Any) -> tuple[Any, ...]:
        """The cache key: generation first, then the query with its runs of spaces as one,
        the filters (already normalised terms) in a fixed order, then the options."""
        filters = tuple(sorted((name, tuple(sorted(values))) for name, values in wanted.items()))
        return (generation, " ".join(text.split()), filters, tuple(sorted(options.items())))

    def get(self, key: tuple[Any, ...], query: str, started: float, now: float
            ) -> Results | None:
        """A cached answer as a fresh :class:`Results` (the query as typed this time, the
        time this lookup took, its own lists; the hits themselves are shared, so callers
        treat them as read-only), or ``None``."""
        found = self._lru.get(key)
        if found is None:
            return None
        return replace(found, query=query, took_ms=round((now - started) * 1000, 2),
                       hits=list(found.hits), facets=dict(found.facets))

    def put(self, key: tuple[Any, ...], results: Results) -> None:
        generation = key[0]
        if generation != self._generation:
            # a new generation: the old one's answers can never be asked for again
            self._generation = generation
            self._lru.drop_where(lambda k: k[0] != generation)
        self._lru.put(key, results)

    def clear(self) -> None:
        self._lru.clear()

    def stats(self) -> dict[str, int]:
        return self._lru.stats()
