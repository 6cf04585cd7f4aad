"""Decoded stored fields of recently read documents, per generation, bounded by size.

Every relevance query reads the stored fields of its :data:`~search.ranking.RERANK_DEPTH`
best candidates (the re-ranker looks at names, titles and the body), and again those of
the page's hits. Whoosh keeps a document's stored fields as one compressed pickle, so each
read is a decompression and an unpickling: about a third of a fresh query's CPU at 20,000
documents, for a hundred documents. The documents a query's candidates are drawn from
overlap heavily from one query to the next (the same popular reports rank for many
words), and the page's hits are always among the re-ranked candidates, so the decoded
fields are kept in a :class:`search.cache.SizedLRU` (its share of ``cache_mb``): on the
benchmark corpus a few thousand documents answer a third to a half of all reads.

The cached dictionaries are shared by every thread of the process: callers read them and
never change them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .cache import SizedLRU

RECORD_OVERHEAD = 5_000
"""Bytes a decoded document costs besides its text (the dictionaries, the event, its
speakers' strings), about: a 3,000-character report weighs some 11 KB in Python objects."""


def stored_size(stored: dict[str, Any]) -> int:
    """An estimate of the bytes ``stored``'s Python objects take (the text counted twice:
    the string, and the rest of a record grows with it)."""
    record = stored.get("record") or {}
    return RECORD_OVERHEAD + 2 * len(record.get("text") or "")


class StoredRecords:
    """Stored fields by document number, read through ``read`` (the calling thread's
    searcher) on a miss and kept while the budget allows."""

    def __init__(self, read: Callable[[int], dict[str, Any]], max_bytes: int) -> None:
        self._read = read
        self._lru: SizedLRU[int, dict[str, Any]] = SizedLRU(max_bytes, stored_size)

    def get(self, docnum: int) -> dict[str, Any]:
        found = self._lru.get(docnum)
        if found is None:
            found = self._read(docnum)
            self._lru.put(docnum, found)
        return found

    def stats(self) -> dict[str, int]:
        return self._lru.stats()
