"""Events on the read side: which event each document reports, and counting by event.

The write side gives every article the id of the event it reports (reports of one webinar
by several sites share it, see ``index/write/grouping.py``). A searcher reads those ids once
per generation from the ``event_id`` column into an :class:`EventMap`; with it a result
list keeps only the best report of each event (:meth:`EventMap.first_per_event`), a total
counts events, and :class:`EventFacets` counts facets, speakers and months by event, so
that a webinar published by five sites counts once, not five times.

An event's facet values are the union of its reports' values: its speakers are everyone
any report names, its sites every site that published it. That is the same union as the
event record itself (:func:`index.merge.merge_events`), which hits and speaker pages show.

Counting by event costs what counting by document does: a large match set becomes its
distinct events with one array operation (:meth:`EventMap.numbers`), and each facet's
per-event values are coded once (:class:`search.facet_counts.CodedFacet`, the facet
table's own scheme) and counted with one ``bincount``; small sets use a ``Counter``.
Both are shared by every thread of a generation, read-only once built.
"""

from __future__ import annotations

import heapq
from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from itertools import chain
from typing import Any

import numpy as np
import numpy.typing as npt

from .cache import SizedLRU
from .docset import DocSet
from .facet_counts import ARRAY_MIN_DOCS, CodedFacet, as_index
from .facets import FACET_LIMIT, FACET_NAMES, FacetTable

_COUNTS_KEPT = 16


class EventMap:
    """The event of every live document of one generation."""

    def __init__(self, reader: Any) -> None:
        self.of: list[int] = [-1] * reader.doc_count_all()
        self.ids: list[str] = []
        self.members: list[list[int]] = []
        self._index: dict[str, int] = {}
        column = reader.column_reader("event_id") if reader.has_column("event_id") else None
        for docnum in reader.all_doc_ids():
            eid = (column[docnum] if column is not None else "") or f"#{docnum}"
            number = self._index.get(eid)
            if number is None:
                number = self._index[eid] = len(self.ids)
                self.ids.append(eid)
                self.members.append([])
            self.of[docnum] = number
            self.members[number].append(docnum)
        self.of_array: npt.NDArray[np.int32] = np.array(self.of, dtype=np.int32)
        """``of`` as an array, for large sets (a deleted document's entry is -1)."""

    def __len__(self) -> int:
        return len(self.ids)

    def find(self, eid: str) -> int | None:
        """The number of event ``eid``, or ``None`` if no live document has it."""
        return self._index.get(eid)

    def id_of(self, docnum: int) -> str:
        return self.ids[self.of[docnum]]

    def others(self, docnum: int) -> list[int]:
        """The other reports of ``docnum``'s event."""
        return [d for d in self.members[self.of[docnum]] if d != docnum]

    def count(self, docs: Collection[int]) -> int:
        """How many events the documents ``docs`` report."""
        if len(docs) >= ARRAY_MIN_DOCS:
            return len(self.numbers(docs))
        return len(set(map(self.of.__getitem__, docs)))

    def numbers(self, docs: Collection[int]) -> npt.NDArray[np.intp]:
        """The distinct events the documents ``docs`` report, ascending, as an index array
        (a mark per event and the marked ones: no sort, no Python object per document)."""
        seen = np.zeros(len(self.ids), dtype=bool)
        seen[self.of_array[as_index(docs)]] = True
        return np.flatnonzero(seen)

    def first_per_event(self, ranked: Sequence[tuple[int, float]], limit: int
                        ) -> list[tuple[int, float]]:
        """``ranked`` with each event's later reports left out, up to ``limit`` hits."""
        seen: set[int] = set()
        out: list[tuple[int, float]] = []
        for docnum, score in ranked:
            event = self.of[docnum]
            if event not in seen:
                seen.add(event)
                out.append((docnum, score))
                if len(out) >= limit:
                    break
        return out

    def newest_per_event(self, docs: Iterable[int], dates: Sequence[str], limit: int
                         ) -> list[tuple[int, float]]:
        """The newest ``limit`` events among ``docs``, each by its newest report in ``docs``
        (the lowest document number among equally dated ones, as the ungrouped order)."""
        best: dict[int, tuple[str, int]] = {}
        of = self.of
        for docnum in docs:
            key = (dates[docnum], -docnum)
            event = of[docnum]
            held = best.get(event)
            if held is None or key > held:
                best[event] = key
        newest = heapq.nlargest(limit, best.values())
        return [(-negative, 0.0) for _, negative in newest]


class EventFacets:
    """A :class:`~search.facets.FacetTable` counted by event: same questions, event answers.

    Built lazily per generation: each event's values are the union of its reports'.
    """

    def __init__(self, table: FacetTable, events: EventMap) -> None:
        self.table = table
        self.events = events
        self.rows: dict[str, list[tuple[str, ...]]] = {}
        self.dates: list[str] = []
        self._counted: SizedLRU[tuple[DocSet, tuple[str, ...]],
                                dict[str, list[tuple[str, int]]]] = SizedLRU(_COUNTS_KEPT)
        self._coded: dict[str, CodedFacet] = {}
        for name in FACET_NAMES:
            if name in table.multi:
                values = table.multi[name]
                self.rows[name] = [
                    tuple(dict.fromkeys(chain.from_iterable(values[d] for d in members)))
                    for members in events.members]
            else:
                single = table.single[name]
                self.rows[name] = [
                    tuple(dict.fromkeys(single[d] for d in members if single[d]))
                    for members in events.members]
        for members in events.members:
            dated = Counter(table.dates[d] for d in members if table.dates[d])
            self.dates.append(max(dated, key=lambda d: (dated[d], d)) if dated else "")
        self._per_speaker: Counter[str] = Counter(chain.from_iterable(self.rows["speaker"]))

    def counts(self, docs: DocSet, names: tuple[str, ...] = FACET_NAMES
               ) -> dict[str, list[tuple[str, int]]]:
        """``(value, events)`` pairs of the ``names`` facets over the events of ``docs``,
        most first, ties by display name (the table's own order)."""
        cache_key = (docs, names)
        cached = self._counted.get(cache_key)
        if cached is not None:
            return cached
        out = self._count(docs, names)
        self._counted.put(cache_key, out)
        return out

    def _count(self, docs: Collection[int], names: tuple[str, ...]
               ) -> dict[str, list[tuple[str, int]]]:
        out: dict[str, list[tuple[str, int]]] = {}
        events: Collection[int]
        if len(docs) >= ARRAY_MIN_DOCS:
            numbers = self.events.numbers(docs)
            if len(numbers) >= ARRAY_MIN_DOCS:
                for name in names:
                    top = self.coded(name).top(numbers, FACET_LIMIT)
                    out[name] = self.table.top(name, Counter(top))
                return out
            events = numbers.tolist()
        else:
            events = set(map(self.events.of.__getitem__, docs))
        for name in names:
            rows = self.rows[name]
            counter = Counter(chain.from_iterable(map(rows.__getitem__, events)))
            out[name] = self.table.top(name, counter)
        return out

    def coded(self, facet: str) -> CodedFacet:
        """The facet's per-event values as codes, built on first use."""
        found = self._coded.get(facet)
        if found is None:
            found = self._coded[facet] = CodedFacet(self.rows[facet])
        return found

    def name(self, key: str) -> str | None:
        return self.table.name(key)

    def variants(self, key: str) -> list[str]:
        return self.table.variants(key)

    def speaker_counts(self) -> Counter[str]:
        """Events per speaker key."""
        return self._per_speaker

    def month_counts(self) -> Counter[str]:
        """Events per month of their date (the date most of their reports give)."""
        return Counter(date[:7] for date in self.dates if date)
