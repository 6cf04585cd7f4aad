"""BM25F scores of a known match set, straight from the posting lists.

Whoosh ranks by walking matchers: for "rare AND common" each candidate of the rare word
makes the common word's matchers (one per field) skip forward posting by posting, a few
hundred microseconds per candidate. When the match set is already known and not huge
(:mod:`search.postings` computes it anyway), it is cheaper to take each query term's
postings as the arrays that module caches (decoded a whole term at a time) and add up
the same BM25F formula Whoosh uses over them at once (same ``B``, ``K1``, idf, average
and per-document field lengths, stored weights that carry the field boosts, per-term
query boosts): the scores are Whoosh's, to rounding.

Only huge match sets go to Whoosh (its block-max skipping visits only the blocks that can
reach the top).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Collection, Iterable
from typing import Any

import numpy as np
import numpy.typing as npt
from whoosh.codec.whoosh3 import LENGTHS_COLUMN
from whoosh.util.numeric import byte_to_length

from .docset import DocSet
from .postings import DocSets

B, K1 = 0.75, 1.2
"""Whoosh's BM25F defaults, which the index is searched with."""

MAX_OWN_SCORING = 200_000
"""Match sets up to this size are scored here; larger ones by Whoosh (measured on 20,000
documents, scoring here beat Whoosh's block-max top-k even for a word in every document,
because Whoosh sums eight fields per word through Python matcher trees)."""


class FieldLengths:
    """Per-document lengths of the searched text fields, loaded together on first use (a
    one-off cost per generation, a few milliseconds: each segment's lengths column is
    read as one array, :func:`_column_lengths`), through ``reader()``
    (the calling thread's reader: :class:`search.postings.DocSets` says why)."""

    def __init__(self, reader: Callable[[], Any], fields: Iterable[str]) -> None:
        self._reader = reader
        self._fields = tuple(fields)
        self._cache: dict[str, npt.NDArray[np.float64]] = {}
        self._lock = threading.Lock()

    def get(self, field: str) -> npt.NDArray[np.float64]:
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

    def nbytes(self) -> int:
        return sum(int(a.nbytes) for a in self._cache.values())

    def _load(self, field: str) -> npt.NDArray[np.float64]:
        parts: list[npt.NDArray[np.float64]] = []
        for leaf, _offset in self._reader().leaf_readers():
            found = _column_lengths(leaf, field)
            if found is None:
                found = np.array([leaf.doc_field_length(d, field, 1) or 1
                                  for d in range(leaf.doc_count_all())], dtype=np.float64)
            parts.append(found)
        return np.concatenate(parts) if parts else np.zeros(0, dtype=np.float64)


_BYTE_TO_LENGTH = np.array([byte_to_length(b) for b in range(256)], dtype=np.float64)


def _column_lengths(leaf: Any, field: str) -> npt.NDArray[np.float64] | None:
    """A segment's lengths of ``field``, what ``doc_field_length(d, field, 1) or 1`` gives
    for every document, read from the W3 lengths column in one piece (a byte per
    document, the rest 0: a second at 100,000 documents one call each, milliseconds as
    one array); ``None`` where the column is not laid out so (then one call each)."""
    perdoc = getattr(leaf, "_perdoc", None)
    column = getattr(perdoc, "_cached_reader", None)
    if column is None:
        return None
    reader = column(f"_{field}_len", LENGTHS_COLUMN)
    size = leaf.doc_count_all()
    if reader is None:
        return np.ones(size, dtype=np.float64)
    if not all(hasattr(reader, name) for name in ("_dbfile", "_basepos", "_count")) or \
            getattr(reader, "_typecode", None) != "B":
        return None
    count = min(int(reader._count), size)
    codes = np.zeros(size, dtype=np.uint8)
    codes[:count] = np.frombuffer(reader._dbfile.get(reader._basepos, count), dtype=np.uint8)
    lengths = _BYTE_TO_LENGTH[codes]
    lengths[lengths == 0] = 1
    return lengths


def top_scores(
    docs: DocSet | Collection[int],
    terms: Iterable[tuple[str, str, float]],
    docsets: DocSets,
    searcher: Any,
    lengths: FieldLengths,
    limit: int,
) -> list[tuple[int, float]]:
    """The ``limit`` best ``(docnum, score)`` of ``docs`` for ``(field, term, boost)``,
    best first, ties by document number.

    Each term adds ``c1 * w / (w + c2 + c3 * length)`` to its documents, in array
    operations evaluated in the same order as the formula reads (so the sums are the
    ones a loop over the postings gives, bit for bit)."""
    scores: npt.NDArray[np.float64] | None = None
    for field, text, boost in terms:
        at, weights = docsets.postings(field, text)
        if not len(at):
            continue
        field_lengths = lengths.get(field)
        if scores is None:
            scores = np.zeros(len(field_lengths), dtype=np.float64)
        average = searcher.avg_field_length(field) or 1
        c1 = boost * searcher.idf(field, text) * (K1 + 1)
        c2 = K1 * (1 - B)
        c3 = K1 * B / average
        weight = weights.astype(np.float64)
        scores[at] += c1 * weight / (weight + c2 + c3 * field_lengths[at])
    candidates = DocSet.of(docs).ids.astype(np.int64)
    if not len(candidates):
        return []
    mine = scores[candidates] if scores is not None else np.zeros(len(candidates))
    if len(candidates) > limit:
        least = np.partition(mine, len(mine) - limit)[len(mine) - limit]
        keep = mine >= least
        candidates, mine = candidates[keep], mine[keep]
    order = np.lexsort((candidates, -mine))[:limit]
    return list(zip(candidates[order].tolist(), mine[order].tolist()))
