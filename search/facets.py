"""Per-document facet values of one generation, read once, counted in memory.

The ``facets`` column (see :mod:`index.write.document`) holds, per document, the speaker keys
with their names and roles, organizers, place, site, year and date, in their original
spelling (a province under its official name: "Jatim" and "East Java" count as "Jawa
Timur"), and the runs of its titles that themes are made of (:mod:`search.themes`). A
:class:`FacetTable` reads it for every document the first time a generation needs facets
(a second or so for 100,000 documents), after which counting the facets of a match set is
a few ``Counter`` passes over Python tuples, and sorting by date is a key lookup. The same
table answers "which name goes with this speaker key", "how does this theme read" and the
speaker directory.

Values of a facet are ordered by count, ties by the name a user reads (a speaker's name, a
theme's label, the value itself), so that equal counts do not look shuffled.
"""

from __future__ import annotations

import heapq
import json
import sys
from collections import Counter
from collections.abc import Callable, Collection, Iterable
from itertools import chain
from typing import Any

from index.lexicon import province_names

from .cache import SizedLRU
from .docset import DocSet
from .facet_counts import ARRAY_MIN_DOCS, CodedFacet, as_index
from .themes import Themes

FACET_NAMES: tuple[str, ...] = (
    "speaker", "theme", "role", "organizer", "province", "location", "site", "year",
)
"""Facets a results page shows, in that order."""

FACET_LIMIT = 30
"""Values returned per facet, most frequent first (a page shows the first few and keeps the
rest in a "more" list)."""

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
        self._display: dict[str, str] = {}
        self._sort_labels: dict[str, dict[str, str]] = {}
        self._counted: SizedLRU[tuple[DocSet, tuple[str, ...]],
                                dict[str, list[tuple[str, int]]]] = SizedLRU(_COUNTS_KEPT)
        self._docs_per_speaker: Counter[str] = Counter()
        self._coded: dict[str, CodedFacet] = {}
        runs: list[tuple[tuple[str, ...], tuple[str, ...]]] = [((), ())] * size
        self.themes = Themes.none(size)
        self.multi["theme"] = self.themes.of_doc
        if not reader.has_column("facets"):
            return
        column = reader.column_reader("facets")
        intern = sys.intern
        provinces = province_names()
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
                    if name == "province":
                        value = provinces.get(value.casefold(), value)
                    self.single[name][docnum] = intern(value)
            self.dates[docnum] = data.get("d") or ""
            self._docs_per_speaker.update(keys)
            for key, name, _role in people:
                self._names.setdefault(key, Counter())[name] += 1
            if data.get("t"):
                runs[docnum] = (tuple(data["t"]), tuple(data.get("T") or data["t"]))
        self.themes = Themes(runs)
        self.multi["theme"] = self.themes.of_doc

    def counts(self, docs: DocSet, names: tuple[str, ...] = FACET_NAMES
               ) -> dict[str, list[tuple[str, int]]]:
        """``(value, count)`` pairs of the ``names`` facets over ``docs``, most frequent
        first, ties by display name.

        The counts of the last few sets are kept: paging through a query or browsing by a
        filter asks for the same ones again.
        """
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
        if len(docs) >= ARRAY_MIN_DOCS:
            index = as_index(docs)
            for name in names:
                out[name] = self.top(name, Counter(self.coded(name).top(index, FACET_LIMIT)))
            return out
        for name in names:
            if name in self.multi:
                rows = self.multi[name]
                counter = Counter(chain.from_iterable(map(rows.__getitem__, docs)))
            else:
                counter = Counter(map(self.single[name].__getitem__, docs))
                counter.pop(None, None)
            out[name] = self.top(name, counter)
        return out

    def coded(self, facet: str) -> CodedFacet:
        """The facet's values as codes (:mod:`search.facet_counts`), built on first use."""
        found = self._coded.get(facet)
        if found is None:
            rows = self.multi[facet] if facet in self.multi else self.single[facet]
            found = self._coded[facet] = CodedFacet(rows)
        return found

    def top(self, facet: str, counter: Counter[str]) -> list[tuple[str, int]]:
        """The :data:`FACET_LIMIT` most frequent values, ties by how they read. Only the
        values that can make the cut are ordered by name (a large match set has thousands
        of values seen once)."""
        if len(counter) > FACET_LIMIT:
            least = heapq.nlargest(FACET_LIMIT, counter.values())[-1]
            pairs = [pair for pair in counter.items() if pair[1] >= least]
        else:
            pairs = list(counter.items())
        label = self._sort_label(facet)
        pairs.sort(key=lambda pair: (-pair[1], label(pair[0]), pair[0]))
        return pairs[:FACET_LIMIT]

    def _sort_label(self, facet: str) -> Callable[[str], str]:
        """How values of ``facet`` read (case-folded), for ordering ties."""
        if facet not in ("speaker", "theme"):
            return str.casefold
        cache = self._sort_labels.setdefault(facet, {})
        name = self.name if facet == "speaker" else self.themes.label

        def label(value: str) -> str:
            found = cache.get(value)
            if found is None:
                found = cache[value] = (name(value) or value).casefold()
            return found
        return label

    def docs_with(self, facet: str, value: str) -> set[int]:
        """Documents whose ``facet`` (a facet computed here, e.g. ``theme``) has ``value``."""
        if facet == "theme":
            return set(self.themes.docs.get(value, ()))
        raise ValueError(f"no computed facet {facet!r}")

    def date(self, docnum: int) -> str:
        """The document's event date (else its published date), ISO, or ``""``."""
        return self.dates[docnum]

    def in_date_range(self, docs: Iterable[int], start: str, end: str) -> set[int]:
        """The documents of ``docs`` dated within ``start``..``end`` (ISO, inclusive)."""
        dates = self.dates
        return {d for d in docs if dates[d] and start <= dates[d] <= end}

    def name(self, key: str) -> str | None:
        """The most common spelling of the speaker with identity ``key``."""
        found = self._display.get(key)
        if found is None:
            names = self._names.get(key)
            if not names:
                return None
            found = self._display[key] = names.most_common(1)[0][0]
        return found

    def variants(self, key: str) -> list[str]:
        names = self._names.get(key)
        return [n for n, _ in names.most_common()] if names else []

    def speaker_counts(self) -> Counter[str]:
        """Articles per speaker key (live documents only)."""
        return self._docs_per_speaker
