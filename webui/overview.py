"""The numbers behind the overview page, from a few whole-index library calls.

Every count is of events, not articles: a webinar that five sites reported counts once
(the library groups reports by event, see ``search/collapse.py``).

- webinars per month: :meth:`search.SearchIndex.month_counts`, one pass over the dates
  the library keeps in memory; the chart shows the most recent :data:`MAX_YEARS` years
  that hold documents, empty months included;
- reports per year (the stat cards): the sums of that same monthly series, so the cards
  and the chart always agree on which years there are (an old or mis-dated report left
  out of the chart is left out of the cards too);
- provinces and most frequent speakers: the facet counts (and ``speaker_names``) of one
  empty query, which the library computes over every document;
- top themes: :meth:`search.SearchIndex.themes`, the key phrases that event and talk titles
  share, over every document (event titles themselves are nearly all unique); each theme
  keeps the language most of its reports are in (from one filtered query per theme), so a
  page in the other language can mark it.

At 20,000 documents that is well under a second the first time a generation is seen (see
the README's Web UI section); :class:`OverviewCache` then keeps the result for the
generation, so later requests cost nothing.
"""

from __future__ import annotations

import logging
import threading
from collections import Counter
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from search import SearchIndex

logger = logging.getLogger(__name__)

MAX_YEARS = 6
TOP = 12
LANG_SAMPLE = 20
"""Reports of a theme whose language decides the theme's."""
FUTURE_YEARS = 1
"""Months more than this many years after today are taken for mis-read dates and not charted
(an announced webinar may lie a little ahead; one in 2099 would flatten the chart)."""


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
    theme_langs: dict[str, str] = field(default_factory=dict)
    """Theme -> the language of the reports it came from (when known)."""

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["months"] = [{"month": m, "count": c} for m, c in self.months]
        data["provinces"] = [{"province": p, "count": c} for p, c in self.provinces]
        data["themes"] = [{"theme": t, "count": c, "lang": self.theme_langs.get(t)}
                          for t, c in self.themes]
        del data["theme_langs"]
        data["speakers"] = [{"key": k, "name": n, "count": c} for k, n, c in self.speakers]
        data["years"] = [{"year": y, "count": c} for y, c in self.years]
        return data


def month_series(counts: list[tuple[str, int]], today: date | None = None
                 ) -> tuple[list[tuple[str, int]], str | None]:
    """Monthly counts as a gap-free series over the most recent :data:`MAX_YEARS` years.

    Returns the series (first to last month holding documents, empty months as 0) and, when
    older months were left out, the year the series starts in.
    """
    latest_year = (today or date.today()).year + FUTURE_YEARS
    known = {m: c for m, c in counts if m[:4].isdigit() and int(m[:4]) <= latest_year}
    if not known:
        return [], None
    first, last = min(known), max(known)
    start = max(int(first[:4]), int(last[:4]) - MAX_YEARS + 1)
    series: list[tuple[str, int]] = []
    year, month = int(first[:4]), int(first[5:7])
    if year < start:
        year, month = start, 1
    while f"{year}-{month:02d}" <= last:
        key = f"{year}-{month:02d}"
        series.append((key, known.get(key, 0)))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    while series and series[0][1] == 0:
        series.pop(0)
    return series, (series[0][0][:4] if int(first[:4]) < start and series else None)


def year_totals(months: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """Reports per year of a monthly series, oldest first (years with none left out)."""
    totals: Counter[str] = Counter()
    for month, count in months:
        totals[month[:4]] += count
    return [(year, count) for year, count in sorted(totals.items()) if count]


def _themes(ix: SearchIndex) -> tuple[list[tuple[str, int]], dict[str, str]]:
    """The top themes (label, documents) and the language most of each one's reports use."""
    top = ix.themes(limit=TOP)
    langs: dict[str, str] = {}
    for theme in top:
        hits = ix.search("", filters={"theme": theme.key}, per_page=LANG_SAMPLE,
                         facets=False, highlight=False).hits
        found = Counter(hit.lang for hit in hits if hit.lang)
        if found:
            langs[theme.label] = found.most_common(1)[0][0]
    return [(theme.label, theme.count) for theme in top], langs


def compute_overview(ix: SearchIndex) -> Overview:
    """Every number of the overview page, for the index's live generation."""
    generation = str(ix.stats()["generation"])
    everything = ix.search("", per_page=1, highlight=False)
    facets = everything.facets
    months, months_from = month_series(ix.month_counts())
    themes, theme_langs = _themes(ix)
    speakers = [(key, everything.speaker_names.get(key, key), count)
                for key, count in facets.get("speaker", [])[:TOP]]
    return Overview(
        generation=generation,
        documents=everything.total,
        months=months,
        provinces=list(facets.get("province", []))[:TOP * 2],
        themes=themes,
        speakers=speakers,
        years=year_totals(months),
        theme_sample=everything.total,
        months_from_year=months_from,
        theme_langs=theme_langs,
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

    def get(self, ix: SearchIndex) -> Overview:
        generation = str(ix.stats()["generation"])
        with self._lock:
            value = self._value
            if value is None:
                self._value = value = compute_overview(ix)
                return value
            if value.generation != generation and not self._refreshing:
                self._refreshing = True
                threading.Thread(target=self._refresh, args=(ix,), daemon=True,
                                 name="overview-refresh").start()
            return value

    def _refresh(self, ix: SearchIndex) -> None:
        try:
            fresh = compute_overview(ix)
        except Exception:
            logger.exception("could not refresh the overview; keeping the previous one")
            fresh = None
        with self._lock:
            if fresh is not None:
                self._value = fresh
            self._refreshing = False
