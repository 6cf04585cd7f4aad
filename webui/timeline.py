"""Counts per month as the columns of an over-time chart, grouped to fit the chart's width.

A bar narrower than about a dozen pixels is a line, not a bar, and a label under it cannot
be read. So the series is drawn by month when its months fit the :class:`~webui.charts.Frame`
at its narrowest bar width, else by quarter, else by year: on a phone six years of
coverage become 24 quarters, on a desktop they stay 72 months. The table under the chart
keeps every month.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from .charts import Column, Frame
from .i18n import Translator

GRAINS: tuple[str, ...] = ("month", "quarter", "year")
_MONTH = re.compile(r"^\d{4}-(?:0[1-9]|1[0-2])$")


@dataclass(frozen=True)
class Period:
    """A run of months counted together: a month, a quarter or a year."""

    grain: str
    year: int
    number: int
    """Month 1-12, quarter 1-4, or the year again."""
    count: int


def month_range(first: str, last: str, limit: int = 1200) -> list[str]:
    """Every ``YYYY-MM`` from ``first`` to ``last``, both included (at most ``limit``)."""
    year, month = int(first[:4]), int(first[5:7])
    out: list[str] = []
    while f"{year}-{month:02d}" <= last and len(out) < limit:
        out.append(f"{year}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def filled(counts: Mapping[str, int]) -> list[tuple[str, int]]:
    """Counts per month as a gap-free series from the first month to the last (keys that
    are not ``YYYY-MM`` months are left out)."""
    months = {m: c for m, c in counts.items() if _MONTH.match(m)}
    if not months:
        return []
    return [(m, months.get(m, 0)) for m in month_range(min(months), max(months))]


def group(series: Sequence[tuple[str, int]], max_periods: int) -> list[Period]:
    """A gap-free monthly series by month, quarter or year: the finest grain that gives
    at most ``max_periods`` periods (years always do)."""
    for grain in GRAINS:
        periods: dict[tuple[int, int], int] = {}
        for month, count in series:
            year, number = int(month[:4]), int(month[5:7])
            key = (year, {"month": number, "quarter": (number - 1) // 3 + 1,
                          "year": year}[grain])
            periods[key] = periods.get(key, 0) + count
        if len(periods) <= max_periods or grain == "year":
            return [Period(grain, y, n, c) for (y, n), c in periods.items()]
    raise AssertionError("unreachable: the year grain always returns")


def month_label(month: str, t: Translator) -> str:
    """``"2021-06"`` -> ``"Jun 2021"`` in ``t``'s language."""
    try:
        return f"{t.month(int(month[5:7]), short=True)} {month[:4]}"
    except (ValueError, IndexError):
        return month


def columns(periods: Sequence[Period], t: Translator,
            number: Callable[[int], str] = str) -> list[Column]:
    """The chart columns of ``periods``, labelled in ``t``'s language."""
    out: list[Column] = []
    for p in periods:
        if p.grain == "month":
            out.append(Column(t.month(p.number, short=True), p.count,
                              f"{t.month(p.number)} {p.year}: {number(p.count)}",
                              group=str(p.year), phase=p.number - 1, cycle=12))
        elif p.grain == "quarter":
            name = t("chart.quarter_title", q=p.number, year=p.year)
            out.append(Column(t("chart.quarter", q=p.number), p.count,
                              f"{name}: {number(p.count)}", group=str(p.year),
                              phase=p.number - 1, cycle=4))
        else:
            out.append(Column(str(p.year), p.count, f"{p.year}: {number(p.count)}",
                              phase=p.year))
    return out


def columns_for(series: Sequence[tuple[str, int]], t: Translator,
                number: Callable[[int], str] = str
                ) -> Callable[[Frame], tuple[list[Column], str | None]]:
    """For :func:`webui.charts.time_charts`: the columns of ``series`` for each frame, and a
    note saying so when its months had to be grouped into quarters or years."""
    def for_frame(frame: Frame) -> tuple[list[Column], str | None]:
        top = max((c for _, c in series), default=0)
        periods = group(series, frame.max_columns(number(max(top, 1) * 2)))
        grain = periods[0].grain if periods else "month"
        note = None if grain == "month" else t(f"chart.by_{grain}")
        return columns(periods, t, number), note
    return for_frame
