"""Per-document facet values of one generation, read once, counted in memory.

The ``facets`` column (see :mod:`index.write.document`) holds, per document, the speaker keys with
their names and roles, organizers, place, site, year and date, in their original spelling.
A :class:`FacetTable` reads it for every document the first time a generation needs facets
(a second or so for 100,000 documents), after which counting the facets of a match set is
a few ``Counter`` passes over Python tuples, and sorting by date is a key lookup. The same
table answers "which name goes with this speaker key" and the speaker directory.
"""

from __future__ import annotations

import json
import sys
from collections import Counter, OrderedDict
from collections.abc import Collection, Iterable
from itertools import chain
from typing import Any

FACET_NAMES: tuple[str, ...] = (
    "speaker", "role", "organizer", "province", "location", "site", "year",
)
"""Facets a results page shows, in that order."""

FACET_LIMIT = 20
"""Values returned per facet, most frequent first."""

_EMPTY: tuple[str, ...] = ()
_COUNTS_KEPT = 16


class FacetTable:
    """Facet values of every document of a reader, indexed by document number."""

    def __init__(self, reader: Any) -> None:
        size = reader.doc_count_all()
        self.multi: dict[str, list[tuple[str, ...]]] = {
            name: [_EMPTY] * size for name in ("speaker", "role", "organizer")
        }
        self.single: dict[str, list[str | None]] = {
            name: [None] * size for name in ("province", "location", "site", "year")
        }
        self.dates: list[str] = [""] * size
        self._names: dict[str, Counter[str]] = {}
        self._counted: OrderedDict[frozenset[int], dict[str, list[tuple[str, int]]]] = (
            OrderedDict())
        self._docs_per_speaker: Counter[str] = Counter()
        if not reader.has_column("facets"):
            return
        column = reader.column_reader("facets")
        intern = sys.intern
        for docnum in reader.all_doc_ids():
            raw = column[docnum]
            if not raw:
                continue
            data = json.loads(raw)
            people = data.get("s") or []
            keys = tuple(dict.fromkeys(intern(p[0]) for p in people))
            self.multi["speaker"][docnum] = keys
            self.multi["role"][docnum] = tuple(dict.fromkeys(intern(p[2]) for p in people))
            self.multi["organizer"][docnum] = tuple(intern(o) for o in data.get("o") or ())
            for name, short in (("province", "p"), ("location", "l"), ("site", "w"),
                                ("year", "y")):
                value = data.get(short)
                if value:
                    self.single[name][docnum] = intern(value)
            self.dates[docnum] = data.get("d") or ""
            self._docs_per_speaker.update(keys)
            for key, name, _role in people:
                self._names.setdefault(key, Counter())[name] += 1

    def counts(self, docs: frozenset[int]) -> dict[str, list[tuple[str, int]]]:
        """``(value, count)`` pairs per facet over ``docs``, most frequent first.

        The counts of the last few sets are kept: paging through a query or browsing by a
        filter asks for the same ones again.
        """
        cached = self._counted.get(docs)
        if cached is not None:
            self._counted.move_to_end(docs)
            return cached
        out = self._count(docs)
        self._counted[docs] = out
        if len(self._counted) > _COUNTS_KEPT:
            self._counted.popitem(last=False)
        return out

    def _count(self, docs: Collection[int]) -> dict[str, list[tuple[str, int]]]:
        out: dict[str, list[tuple[str, int]]] = {}
        for name in FACET_NAMES:
            if name in self.multi:
                rows = self.multi[name]
                counter = Counter(chain.from_iterable(map(rows.__getitem__, docs)))
            else:
                counter = Counter(map(self.single[name].__getitem__, docs))
                counter.pop(None, None)
            ranked = sorted(counter.items(), key=lambda pair: (-pair[1], pair[0]))
            out[name] = ranked[:FACET_LIMIT]
        return out

    def date(self, docnum: int) -> str:
        """The document's event date (else its published date), ISO, or ``""``."""
        return self.dates[docnum]

    def in_date_range(self, docs: Iterable[int], start: str, end: str) -> set[int]:
        """The documents of ``docs`` dated within ``start``..``end`` (ISO, inclusive)."""
        dates = self.dates
        return {d for d in docs if dates[d] and start <= dates[d] <= end}

    def name(self, key: str) -> str | None:
        """The most common spelling of the speaker with identity ``key``."""
        names = self._names.get(key)
        return names.most_common(1)[0][0] if names else None

    def variants(self, key: str) -> list[str]:
        names = self._names.get(key)
        return [n for n, _ in names.most_common()] if names else []

    def speaker_counts(self) -> Counter[str]:
        """Articles per speaker key (live documents only)."""
        return self._docs_per_speaker
