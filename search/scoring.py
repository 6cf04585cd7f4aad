"""BM25F scores of a known match set, straight from the posting lists.

Whoosh ranks by walking matchers: for "rare AND common" each candidate of the rare word
makes the common word's matchers (one per field) skip forward posting by posting, a few
hundred microseconds per candidate. When the match set is already known and not huge
(:mod:`search.postings` computes it anyway), it is cheaper to read each query term's
postings once, block by block, and add up the same BM25F formula Whoosh uses (same
``B``, ``K1``, idf, average and per-document field lengths, stored weights that carry the
field boosts, per-term query boosts): the scores are Whoosh's, to rounding.

Only huge match sets go to Whoosh (its block-max skipping visits only the blocks that can
reach the top).
"""

from __future__ import annotations

import heapq
import threading
from collections.abc import Callable, Iterable
from typing import Any

from .postings import DocSets

B, K1 = 0.75, 1.2
"""Whoosh's BM25F defaults, which the index is searched with."""

MAX_OWN_SCORING = 200_000
"""Match sets up to this size are scored here; larger ones by Whoosh (measured on 20,000
documents, scoring here beat Whoosh's block-max top-k even for a word in every document,
because Whoosh sums eight fields per word through Python matcher trees)."""


class FieldLengths:
    """Per-document lengths of the searched text fields, loaded together on first use (a
    one-off cost per generation: about 0.2 s per 20,000 documents), through ``reader()``
    (the calling thread's reader: :class:`search.postings.DocSets` says why)."""

    def __init__(self, reader: Callable[[], Any], fields: Iterable[str]) -> None:
        self._reader = reader
        self._fields = tuple(fields)
        self._cache: dict[str, list[int]] = {}
        self._lock = threading.Lock()

    def get(self, field: str) -> list[int]:
        lengths = self._cache.get(field)
        if lengths is not None:
            return lengths
        with self._lock:
            if not self._cache:
                for name in self._fields:
                    self._cache[name] = self._load(name)
            lengths = self._cache.get(field)
            if lengths is None:
                lengths = self._cache[field] = self._load(field)
        return lengths

    def _load(self, field: str) -> list[int]:
        lengths: list[int] = []
        for leaf, _offset in self._reader().leaf_readers():
            lengths.extend(leaf.doc_field_length(d, field, 1) or 1
                           for d in range(leaf.doc_count_all()))
        return lengths


def top_scores(
    docs: frozenset[int],
    terms: Iterable[tuple[str, str, float]],
    docsets: DocSets,
    searcher: Any,
    lengths: FieldLengths,
    limit: int,
) -> list[tuple[int, float]]:
    """The ``limit`` best ``(docnum, score)`` of ``docs`` for ``(field, term, boost)``."""
    scores: dict[int, float] = dict.fromkeys(docs, 0.0)
    for field, text, boost in terms:
        postings = docsets.postings(field, text)
        if not postings:
            continue
        field_lengths = lengths.get(field)
        average = searcher.avg_field_length(field) or 1
        c1 = boost * searcher.idf(field, text) * (K1 + 1)
        c2 = K1 * (1 - B)
        c3 = K1 * B / average
        for docnum, weight in postings:
            if docnum in scores:
                scores[docnum] += c1 * weight / (weight + c2 + c3 * field_lengths[docnum])
    return heapq.nlargest(limit, scores.items(), key=lambda pair: (pair[1], -pair[0]))
