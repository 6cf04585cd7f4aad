"""Server-rendered SVG charts: plain markup, no JavaScript, no external library, works offline.

Two shapes cover the pages: horizontal bars for ranked categories (provinces, themes,
speakers) and columns for a time series (webinars per month). The SVG carries no colours
or fonts of its own, only class names, so the site's stylesheet themes it and the
Content-Security-Policy needs no ``unsafe-inline``. Every string that reaches the markup
(labels come from the open web) is escaped here. Charts are ``role="img"`` with a
``<title>``; the pages put the same numbers in a table next to them for screen readers,
which is also why links inside a chart are mouse shortcuts only (``tabindex="-1"``).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

WIDTH = 560
"""Width of a column chart's viewBox; it scales to its container (wider on a phone scrolls)."""
BAR_WIDTH = 460
"""Bar charts are narrower so that their labels stay legible when a phone scales them down."""
LABEL_CHARS = 28
"""Longest label left of a bar; an Indonesian full name is often 25-30 characters."""


@dataclass(frozen=True)
class Datum:
    """One bar: its label, value, and optionally where clicking it leads."""

    label: str
    value: int
    href: str | None = None


def _short(label: str, limit: int = LABEL_CHARS) -> str:
    return label if len(label) <= limit else label[: limit - 1].rstrip() + "…"


def nice_ceiling(value: int) -> int:
    """The next round number at or above ``value`` (1, 2, 4, 5 x 10^k), for a y-axis top."""
    if value <= 1:
        return 1
    magnitude = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 4, 5, 10):
        if step * magnitude >= value:
            return step * magnitude
    return 10 * magnitude


def _open(kind: str, width: int, height: int, chart_id: str, title: str) -> list[str]:
    ident = escape(chart_id)
    svg = (f'<svg xmlns="http://www.w3.org/2000/svg" class="chart chart-{kind}" '
           f'viewBox="0 0 {width} {height}" role="img" aria-labelledby="{ident}-t">')
    return [svg, f'<title id="{ident}-t">{escape(title)}</title>']


def _linked(parts: list[str], href: str | None) -> list[str]:
    if not href:
        return parts
    return [f'<a href="{escape(href)}" tabindex="-1">', *parts, "</a>"]


def bar_chart(
    data: Sequence[Datum], *, title: str, chart_id: str, number: Callable[[int], str] = str,
    labels_above: bool = False,
) -> Markup:
    """Horizontal bars, in the order given, each value at the end of its bar.

    Short labels (names, provinces) sit left of their bars; long ones (themes) go above the
    bar with ``labels_above``, so they need not be cut to a few words.
    """
    if labels_above:
        row, label_w, value_w, chars = 42, 0, 48, 2 * LABEL_CHARS + 10
    else:
        row, label_w, value_w, chars = 28, 222, 48, LABEL_CHARS
    height = max(1, len(data)) * row + 8
    top = max((d.value for d in data), default=0) or 1
    bar_room = BAR_WIDTH - label_w - value_w
    out = _open("bars", BAR_WIDTH, height, chart_id, title)
    for i, datum in enumerate(data):
        y = 4 + i * row
        bar_y = y + (20 if labels_above else 4)
        width = max(2.0, bar_room * datum.value / top)
        bar_h = row - 22 if labels_above else row - 8
        shown = escape(_short(datum.label, chars))
        value = escape(number(datum.value))
        if labels_above:
            label = f'<text class="label" x="0" y="{y + 14}">{shown}</text>'
        else:
            label = (f'<text class="label" x="{label_w - 8}" y="{y + 18}" '
                     f'text-anchor="end">{shown}</text>')
        bar = (f'<rect class="bar" x="{label_w}" y="{bar_y}" width="{width:.1f}" '
               f'height="{bar_h}" rx="3"/>')
        end = (f'<text class="value" x="{label_w + width + 6:.1f}" '
               f'y="{bar_y + bar_h // 2 + 4}">{value}</text>')
        title_tag = f"<title>{escape(datum.label)}: {value}</title>"
        out += _linked(['<g class="row">', title_tag, label, bar, end, "</g>"], datum.href)
    out.append("</svg>")
    return Markup("".join(out))


def column_chart(
    data: Sequence[Datum], *, title: str, chart_id: str, number: Callable[[int], str] = str
) -> Markup:
    """Vertical columns in the given order (a time series), with a light value grid."""
    height, left, right, top_pad, bottom = 240, 44, 8, 14, 36
    plot_w, plot_h = WIDTH - left - right, height - top_pad - bottom
    ceiling = nice_ceiling(max((d.value for d in data), default=0))
    n = max(1, len(data))
    slot = plot_w / n
    every = max(1, math.ceil(n / 12))
    out = _open("columns", WIDTH, height, chart_id, title)
    for tick in (0, ceiling // 2, ceiling) if ceiling % 2 == 0 else (0, ceiling):
        y = top_pad + plot_h - plot_h * tick / ceiling
        out.append(f'<line class="grid" x1="{left}" x2="{WIDTH - right}" y1="{y:.1f}" '
                   f'y2="{y:.1f}"/>')
        out.append(f'<text class="tick" x="{left - 6}" y="{y + 4:.1f}" text-anchor="end">'
                   f"{escape(number(tick))}</text>")
    for i, datum in enumerate(data):
        h = plot_h * datum.value / ceiling
        x = left + i * slot + slot * 0.15
        y = top_pad + plot_h - h
        bar = (f'<rect class="bar" x="{x:.1f}" y="{y:.1f}" width="{slot * 0.7:.1f}" '
               f'height="{max(h, 0.0):.1f}"/>')
        title_tag = f"<title>{escape(datum.label)}: {escape(number(datum.value))}</title>"
        parts = ['<g class="col">', title_tag, bar]
        if datum.value and n <= 36:
            parts.append(f'<text class="value" x="{x + slot * 0.35:.1f}" y="{y - 3:.1f}" '
                         f'text-anchor="middle">{escape(number(datum.value))}</text>')
        if i % every == 0:
            parts.append(f'<text class="axis" x="{x + slot * 0.35:.1f}" y="{height - 14}" '
                         f'text-anchor="middle">{escape(_short(datum.label, 10))}</text>')
        parts.append("</g>")
        out += _linked(parts, datum.href)
    out.append("</svg>")
    return Markup("".join(out))
