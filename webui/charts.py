"""Charts drawn on the server: no JavaScript, no external library, no inline styles.

Two shapes cover the pages:

- :func:`bar_list` ranks categories (provinces, themes, speakers) as an HTML list: each row
  is one link holding the label, the number and a small stretched SVG bar. The text is
  page text, so it wraps and stays legible at any width, and the links are ordinary links
  (focusable, announced with their words), never links inside an image.
- :func:`column_chart` draws a time series as an SVG image (``role="img"`` with a
  ``<title>``, nothing interactive inside; the page puts the numbers in a table next to it).
  An SVG scales as a whole, text included, so a chart is drawn for a :class:`Frame`, the
  width it is meant to be seen at: the page carries one drawing per frame (:data:`FRAMES`)
  and the stylesheet shows the one made for the screen's width and keeps it near its
  drawn size, so labels are never shrunk to a few pixels on a phone. Bars are at
  least :attr:`Frame.min_slot` wide (:mod:`webui.timeline` groups months into quarters or
  years to get there) and axis labels are thinned out by their measured width, never
  overlapping, and kept inside the drawing.

The markup carries class names only (the stylesheet gives colours and fonts), so the
Content-Security-Policy needs no ``unsafe-inline``. Every string that reaches the markup
(labels come from the open web) is escaped here.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

CHAR_WIDTH = 0.62
"""Average advance of a character in em of the UI's sans-serif (digits and short words),
to estimate label widths without a font engine; a little generous on purpose."""


@dataclass(frozen=True)
class Datum:
    """One ranked category: its label, value, where it leads, and its language when the
    label is not in the page's language."""

    label: str
    value: int
    href: str | None = None
    lang: str | None = None


@dataclass(frozen=True)
class Column:
    """One column of a time series.

    ``label`` goes under the column when there is room (a month, a quarter, a year);
    ``group`` (a year) goes on the line below, at the first column of each group;
    ``phase`` is the column's place in its cycle (month 0-11, quarter 0-3, or the year) and
    ``cycle`` the cycle's length (12, 4, or 0 for years), so labels are thinned out evenly
    (every quarter, every half year...); ``title`` is the full text of its tooltip.
    """

    label: str
    value: int
    title: str
    group: str | None = None
    phase: int = 0
    cycle: int = 0


@dataclass(frozen=True)
class Frame:
    """The size a chart is drawn for: its viewBox, font sizes and narrowest bar slot, in
    the pixels of the width it is shown at (the stylesheet keeps it near that width)."""

    name: str
    width: int
    height: int
    font: int
    min_slot: int

    def max_columns(self, longest_tick: str = "1000") -> int:
        """How many columns fit at :attr:`min_slot` each."""
        plot = self.width - _plot_left(self, longest_tick) - _RIGHT
        return max(1, int(plot // self.min_slot))


WIDE = Frame("wide", 900, 260, 13, 11)
"""Screens from 64rem: shown about 700 to 1000 pixels wide."""
MEDIUM = Frame("medium", 600, 240, 13, 11)
"""Screens of 40-64rem (tablets): shown about 500 to 760 pixels wide."""
NARROW = Frame("narrow", 340, 220, 12, 11)
"""Phones, below 40rem: shown about 280 to 440 pixels wide."""
FRAMES = (WIDE, MEDIUM, NARROW)
_RIGHT = 8


def text_width(text: str, font: float) -> float:
    """Estimated width of ``text`` at ``font`` pixels."""
    return len(text) * font * CHAR_WIDTH


def nice_ceiling(value: int) -> int:
    """The next round number at or above ``value`` (1, 2, 4, 5 x 10^k), for a y-axis top."""
    if value <= 1:
        return 1
    magnitude = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 4, 5, 10):
        if step * magnitude >= value:
            return step * magnitude
    return 10 * magnitude


def bar_list(data: Sequence[Datum], *, number: Callable[[int], str] = str,
             inline: bool = True) -> Markup:
    """Ranked categories as an ordered list of links with proportional bars.

    ``inline`` puts label, bar and number on one row where the page is wide enough (short
    labels: names, provinces); otherwise the label sits above its bar (themes).
    """
    top = max((d.value for d in data), default=0) or 1
    kind = "bars bars-inline" if inline else "bars"
    out = [f'<ol class="{kind}">']
    for datum in data:
        share = max(0.5, 100 * datum.value / top)
        lang = f' lang="{escape(datum.lang)}"' if datum.lang else ""
        bar = ('<svg class="bar-track" viewBox="0 0 100 1" preserveAspectRatio="none" '
               'aria-hidden="true" focusable="false">'
               f'<rect class="bar" width="{share:.1f}" height="1"/></svg>')
        inner = (f'<span class="bar-label"{lang}>{escape(datum.label)}</span> '
                 f'<span class="bar-value">{escape(number(datum.value))}</span>{bar}')
        if datum.href:
            out.append(f'<li><a class="bar-row" href="{escape(datum.href)}">{inner}</a></li>')
        else:
            out.append(f'<li><span class="bar-row">{inner}</span></li>')
    out.append("</ol>")
    return Markup("".join(out))


def _plot_left(frame: Frame, longest_tick: str) -> float:
    return math.ceil(text_width(longest_tick, frame.font)) + 10


def _label_step(cycle: int, slot: float, need: float) -> int:
    """Every how many columns an axis label fits: a step that divides the cycle (months:
    1, 2, 3, 4, 6, 12; quarters: 1, 2, 4), or a round one for years (``cycle`` 0)."""
    if cycle:
        steps = [s for s in range(1, cycle + 1) if cycle % s == 0]
        steps += [cycle * k for k in range(2, 50)]
    else:
        steps = [1, 2, 5, 10, 20, 50, 100]
    return next((step for step in steps if step * slot >= need), steps[-1])


def _text(cls: str, x: float, y: float, text: str, frame: Frame,
          anchor: str = "middle") -> str:
    """A text element, moved inside the drawing if it would stick out of either side."""
    width = text_width(text, frame.font)
    left = {"middle": x - width / 2, "start": x, "end": x - width}[anchor]
    if left < 0:
        x, anchor = 0.0, "start"
    elif left + width > frame.width:
        x, anchor = float(frame.width), "end"
    return (f'<text class="{cls}" x="{x:.1f}" y="{y:.1f}" text-anchor="{anchor}">'
            f"{escape(text)}</text>")


def column_chart(columns: Sequence[Column], *, title: str, chart_id: str, frame: Frame,
                 number: Callable[[int], str] = str, note: str | None = None) -> Markup:
    """A time series as columns over a light value grid, drawn for ``frame``.

    ``note`` (say "by quarter", when months were grouped to fit) is written above the
    plot and added to the title.
    """
    font = frame.font
    ceiling = nice_ceiling(max((c.value for c in columns), default=0))
    ticks = (0, ceiling // 2, ceiling) if ceiling % 2 == 0 else (0, ceiling)
    left = _plot_left(frame, number(ceiling))
    top_pad, bottom = (2 * font + 8 if note else font + 6), round(font * 2.9)
    plot_w, plot_h = frame.width - left - _RIGHT, frame.height - top_pad - bottom
    n = max(1, len(columns))
    slot = plot_w / n
    bar_w = max(1.0, slot * 0.72)
    ident = escape(f"{chart_id}-{frame.name}")
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" class="chart chart-columns '
           f'chart-{frame.name}" viewBox="0 0 {frame.width} {frame.height}" '
           f'font-size="{frame.font}" role="img" aria-labelledby="{ident}-t">',
           f'<title id="{ident}-t">{escape(title)}{escape(f" ({note})" if note else "")}'
           '</title>']
    if note:
        out.append(_text("note", left, font + 2, note, frame, "start"))
    for tick in ticks:
        y = top_pad + plot_h - plot_h * tick / ceiling
        out.append(f'<line class="grid" x1="{left:.1f}" x2="{frame.width - _RIGHT}" '
                   f'y1="{y:.1f}" y2="{y:.1f}"/>')
        out.append(f'<text class="tick" x="{left - 6:.1f}" y="{y + font * 0.35:.1f}" '
                   f'text-anchor="end">{escape(number(tick))}</text>')
    values_fit = all(text_width(number(c.value), font) + 2 <= slot for c in columns)
    label_need = max((text_width(c.label, font) for c in columns), default=0) + font * 0.6
    step = _label_step(columns[0].cycle if columns else 0, slot, label_need)
    axis_y, group_y = frame.height - bottom + font + 4, frame.height - 4
    last_group_end = -math.inf
    for i, col in enumerate(columns):
        h = plot_h * col.value / ceiling
        x = left + i * slot + (slot - bar_w) / 2
        center = left + (i + 0.5) * slot
        y = top_pad + plot_h - h
        out.append(f'<g class="col"><title>{escape(col.title)}</title>'
                   f'<rect class="bar" x="{x:.1f}" y="{y:.1f}" width="{bar_w:.1f}" '
                   f'height="{max(h, 0.0):.1f}"/></g>')
        if col.value and values_fit:
            out.append(_text("value", center, y - 3, number(col.value), frame))
        if col.phase % step == 0:
            out.append(_text("axis", center, axis_y, col.label, frame))
        if col.group and (i == 0 or columns[i - 1].group != col.group):
            start = left + i * slot
            width = text_width(col.group, font)
            next_start = next((left + j * slot for j in range(i + 1, len(columns))
                               if columns[j].group != col.group), math.inf)
            if start >= last_group_end and start + width <= min(next_start - 4, frame.width):
                out.append(f'<line class="grid" x1="{start:.1f}" x2="{start:.1f}" '
                           f'y1="{frame.height - bottom + 2}" y2="{group_y - font + 1}"/>')
                out.append(_text("axis group", start + 2, group_y, col.group, frame, "start"))
                last_group_end = start + width + 4
    out.append("</svg>")
    return Markup("".join(out))


def time_charts(drawing_for: Callable[[Frame], tuple[Sequence[Column], str | None]], *,
                title: str, chart_id: str, number: Callable[[int], str] = str) -> Markup:
    """The same series drawn for every :data:`FRAMES` size; the stylesheet shows one.

    ``drawing_for`` gives a frame's columns and its note (see :func:`column_chart`).
    """
    drawings = []
    for frame in FRAMES:
        columns, note = drawing_for(frame)
        drawings.append(column_chart(columns, title=title, chart_id=chart_id, frame=frame,
                                     number=number, note=note))
    return Markup("").join(drawings)
