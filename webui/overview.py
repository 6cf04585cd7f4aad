"""The numbers behind the overview page, computed through the public library API only.

- provinces and most frequent speakers: the facet counts of an empty query, which the
  library computes over every document in one call;
- webinars per month: one count-only query per month (``date_from``/``date_to`` filters,
  ``per_page=1``) for the months of the most recent years that hold documents;
- top themes: the library has no theme facet, so event titles are counted over the most
  recent :data:`THEME_SAMPLE` documents (all of them in a small index) and the page says how
  many documents that was.

The result is computed once per index generation and shared, because it costs tens of
queries (:class:`OverviewCache`).
"""

from __future__ import annotations

import calendar
import logging
import threading
from collections import Counter
from dataclasses import asdict, dataclass, field
from typing import Any

from .library import IndexLike, SpeakerNames, generation_of, key_as_name

logger = logging.getLogger(__name__)

THEME_SAMPLE = 1000
MAX_YEARS = 6
TOP = 12


@dataclass
class Overview:
    """Aggregate counts over the whole index, ready for charts and for JSON."""

    generation: str
    documents: int
    months: list[tuple[str, int]] = field(default_factory=list)
    provinces: list[tuple[str, int]] = field(default_factory=list)
    themes: list[tuple[str, int]] = field(default_factory=list)
    speakers: list[tuple[str, str, int]] = field(default_factory=list)
    years: list[tuple[str, int]] = field(default_factory=list)
    theme_sample: int = 0
    months_from_year: str | None = None

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["months"] = [{"month": m, "count": c} for m, c in self.months]
        data["provinces"] = [{"province": p, "count": c} for p, c in self.provinces]
        data["themes"] = [{"theme": t, "count": c} for t, c in self.themes]
        data["speakers"] = [{"key": k, "name": n, "count": c} for k, n, c in self.speakers]
        data["years"] = [{"year": y, "count": c} for y, c in self.years]
        return data


def _month_counts(ix: IndexLike, years: list[int]) -> list[tuple[str, int]]:
    counts: list[tuple[str, int]] = []
    for year in years:
        for month in range(1, 13):
            last = calendar.monthrange(year, month)[1]
            window = {"date_from": f"{year}-{month:02d}-01",
                      "date_to": f"{year}-{month:02d}-{last:02d}"}
            counts.append((f"{year}-{month:02d}", ix.search("", filters=window, per_page=1).total))
    while counts and counts[0][1] == 0:
        counts.pop(0)
    while counts and counts[-1][1] == 0:
        counts.pop()
    return counts


def _theme_counts(
    ix: IndexLike, names: SpeakerNames, generation: str
) -> tuple[list[tuple[str, int]], int]:
    counts: Counter[str] = Counter()
    spelling: dict[str, Counter[str]] = {}
    seen = 0
    per_page = 100
    for page in range(1, THEME_SAMPLE // per_page + 1):
        results = ix.search("", sort="date", page=page, per_page=per_page)
        if results.page != page:
            break
        names.learn_results(generation, results)
        for hit in results.hits:
            seen += 1
            title = " ".join((hit.event_title or "").split())
            if title:
                counts[title.casefold()] += 1
                spelling.setdefault(title.casefold(), Counter())[title] += 1
        if page >= results.pages:
            break
    top = [(spelling[k].most_common(1)[0][0], c) for k, c in counts.most_common(TOP)]
    return top, seen


def compute_overview(ix: IndexLike, names: SpeakerNames) -> Overview:
    """Every number of the overview page, for the index's live generation."""
    generation = generation_of(ix)
    everything = ix.search("", per_page=1)
    facets = everything.facets
    years = sorted(int(y) for y, count in facets.get("year", []) if count and y.isdigit())
    recent = years[-MAX_YEARS:]
    themes, sample = _theme_counts(ix, names, generation)
    speakers = []
    for key, count in facets.get("speaker", [])[:TOP]:
        name = names.known(generation, key)
        if name is None:
            profile = ix.speaker(key)
            name = profile.name if profile is not None else key_as_name(key)
            names.learn(generation, [(key, name)])
        speakers.append((key, name, count))
    return Overview(
        generation=generation,
        documents=everything.total,
        months=_month_counts(ix, recent),
        provinces=list(facets.get("province", []))[:TOP * 2],
        themes=themes,
        speakers=speakers,
        years=sorted(facets.get("year", [])),
        theme_sample=sample,
        months_from_year=str(recent[0]) if len(years) > len(recent) else None,
    )


class OverviewCache:
    """One :class:`Overview`, recomputed when the index switches generations.

    The first request computes it while other overview requests wait. After a rebuild the
    previous overview keeps being served while one background thread computes the new
    one, so a rebuild never makes the page slow (its numbers lag by one computation).
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._value: Overview | None = None
        self._refreshing = False

    def get(self, ix: IndexLike, names: SpeakerNames) -> Overview:
        generation = generation_of(ix)
        with self._lock:
            value = self._value
            if value is None:
                self._value = value = compute_overview(ix, names)
                return value
            if value.generation != generation and not self._refreshing:
                self._refreshing = True
                threading.Thread(target=self._refresh, args=(ix, names), daemon=True,
                                 name="overview-refresh").start()
            return value

    def _refresh(self, ix: IndexLike, names: SpeakerNames) -> None:
        try:
            fresh = compute_overview(ix, names)
        except Exception:
            logger.exception("could not refresh the overview; keeping the previous one")
            fresh = None
        with self._lock:
            if fresh is not None:
                self._value = fresh
            self._refreshing = False
