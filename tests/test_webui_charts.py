"""The charts: bar lists of links, time series drawn per frame, legible labels, no styles."""

from __future__ import annotations

import re

import pytest
from bs4 import BeautifulSoup

from webui import timeline
from webui.charts import (
    FRAMES,
    NARROW,
    WIDE,
    Column,
    Datum,
    bar_list,
    column_chart,
    nice_ceiling,
    text_width,
    time_charts,
)
from webui.i18n import Translator

ID, EN = Translator("id"), Translator("en")


def _html(markup: str) -> BeautifulSoup:
    return BeautifulSoup(markup, "lxml")


def _months(first_year: int, years: int) -> list[tuple[str, int]]:
    return [(f"{y}-{m:02d}", (y * 7 + m * 3) % 11) for y in range(first_year, first_year + years)
            for m in range(1, 13)]


def test_bar_lengths_are_proportional_and_rows_are_links() -> None:
    page = _html(bar_list([Datum("Bali", 8, "/search?province=Bali"), Datum("Aceh", 4, "/a"),
                           Datum("Riau", 2, "/r")]))
    widths = [float(r["width"]) for r in page.select("rect.bar")]
    assert widths == [100.0, 50.0, 25.0]
    rows = page.select("ol.bars > li > a.bar-row")
    assert [a.select_one(".bar-label").get_text() for a in rows] == ["Bali", "Aceh", "Riau"]
    assert [a.select_one(".bar-value").get_text() for a in rows] == ["8", "4", "2"]
    assert rows[0]["href"] == "/search?province=Bali" and not rows[0].get("tabindex")
    # the bar is decoration: the link says the label and the number in words
    assert all(svg["aria-hidden"] == "true" for svg in page.select("svg"))
    assert not page.select("[role=img]")


def test_bar_labels_and_links_are_escaped_and_marked_with_their_language() -> None:
    hostile = '<script>alert(1)</script> "onload=x" ' + "panjang " * 10
    markup = str(bar_list([Datum(hostile, 3, href='/search?q="><x', lang="id")],
                          number=lambda n: f"<{n}>"))
    assert "<script>" not in markup and "<3>" not in markup
    page = _html(markup)
    assert page.select_one("a")["href"] == '/search?q="><x'
    label = page.select_one(".bar-label")
    assert label.get_text() == hostile and label["lang"] == "id"  # whole: it wraps
    assert _html(str(bar_list([Datum("x", 1)]))).select_one(".bar-label").get("lang") is None
    assert _html(str(bar_list([Datum("x", 1)]))).select_one("span.bar-row")  # no href


def test_charts_carry_no_inline_style_and_time_charts_are_plain_images() -> None:
    cols = [Column("Jan", 1, "Januari 2021: 1")]
    for markup in (str(bar_list([Datum("a", 1)])),
                   str(column_chart(cols, title="t", chart_id="b", frame=WIDE))):
        assert "style=" not in markup and "fill=" not in markup
    svg = _html(str(column_chart(cols, title="<b>t</b>", chart_id='c"x', frame=WIDE))).svg
    assert svg["role"] == "img" and svg.title.get_text() == "<b>t</b>"
    assert svg["aria-labelledby"] == 'c"x-wide-t' and not svg.select("a")
    assert svg["font-size"] == str(WIDE.font)


def test_column_heights_and_value_ticks() -> None:
    cols = [Column(f"M{i}", v, f"M{i}") for i, v in enumerate([0, 5, 10, 3])]
    svg = _html(str(column_chart(cols, title="Per bulan", chart_id="m", frame=WIDE)))
    heights = [float(r["height"]) for r in svg.select("rect.bar")]
    assert heights[0] == 0 and heights[2] == 2 * heights[1]
    assert [t.get_text() for t in svg.select("text.tick")] == ["0", "5", "10"]
    assert [t.get_text() for t in svg.select("text.axis")] == ["M0", "M1", "M2", "M3"]
    assert [t.get_text() for t in svg.select("text.value")] == ["5", "10", "3"]


def _extents(svg: BeautifulSoup, selector: str, font: int) -> list[tuple[float, float, float]]:
    """(left, right, baseline) of each text, as the chart estimates widths."""
    out = []
    for text in svg.select(selector):
        x, width = float(text["x"]), text_width(text.get_text(), font)
        left = {"middle": x - width / 2, "start": x, "end": x - width}[text["text-anchor"]]
        out.append((left, left + width, float(text["y"])))
    return out


@pytest.mark.parametrize("frame", FRAMES, ids=lambda f: f.name)
@pytest.mark.parametrize("years", [1, 2, 3, 6])
def test_axis_labels_never_overlap_nor_leave_the_drawing(frame: object, years: int) -> None:
    series = _months(2019, years)
    svg = _html(str(time_charts(timeline.columns_for(series, ID), title="t", chart_id="m")))
    drawing = svg.select_one(f"svg.chart-{frame.name}")  # type: ignore[attr-defined]
    font, width = frame.font, frame.width  # type: ignore[attr-defined]
    for selector in ("text.axis:not(.group)", "text.group", "text.value"):
        boxes = sorted(_extents(drawing, selector, font))
        assert all(0 <= left and right <= width for left, right, _ in boxes), selector
        assert all(a[1] <= b[0] for a, b in zip(boxes, boxes[1:])
                   if a[2] == b[2]), (selector, boxes)
    slots = [float(r["width"]) for r in drawing.select("rect.bar")]
    # bars are bars: at least 11 units wide slots (72% of them drawn)
    assert min(slots) >= 0.72 * 11 - 0.01
    assert drawing.select("text.axis")


def test_months_become_quarters_or_years_when_they_do_not_fit() -> None:
    six_years = _months(2017, 6)
    assert len(timeline.group(six_years, WIDE.max_columns())) == 72   # by month on a desktop
    quarters = timeline.group(six_years, NARROW.max_columns())          # by quarter on a phone
    assert len(quarters) == 24 and {p.grain for p in quarters} == {"quarter"}
    assert sum(p.count for p in quarters) == sum(c for _, c in six_years)
    years = timeline.group(_months(2000, 20), NARROW.max_columns())
    assert [p.grain for p in years] == ["year"] * 20
    assert timeline.group(_months(2021, 1), 12)[0].grain == "month"


def test_time_columns_are_labelled_in_the_page_language() -> None:
    q = timeline.columns(timeline.group(_months(2021, 6), 24), ID)
    assert q[0].label == "K1" and q[0].group == "2021" and q[0].title.startswith("Kuartal 1 2021")
    assert timeline.columns(timeline.group(_months(2021, 6), 24), EN)[1].label == "Q2"
    m = timeline.columns(timeline.group([("2021-05", 3), ("2021-06", 1)], 24), ID, ID.number)
    assert [c.label for c in m] == ["Mei", "Jun"] and m[0].title == "Mei 2021: 3"
    assert timeline.month_label("2021-08", ID) == "Agu 2021"
    assert timeline.filled({"2021-11": 1, "2022-01": 2, "junk": 5}) == [
        ("2021-11", 1), ("2021-12", 0), ("2022-01", 2)]


def test_time_charts_draw_one_image_per_frame() -> None:
    markup = str(time_charts(timeline.columns_for(_months(2021, 2), EN), title="T",
                             chart_id="m"))
    ids = [svg["aria-labelledby"] for svg in _html(markup).select("svg")]
    assert ids == ["m-wide-t", "m-medium-t", "m-narrow-t"]


def test_a_grouped_series_says_so() -> None:
    svgs = _html(str(time_charts(timeline.columns_for(_months(2017, 6), ID), title="Per bulan",
                                 chart_id="m"))).select("svg")
    wide, narrow = svgs[0], svgs[-1]
    assert wide.title.get_text() == "Per bulan" and not wide.select("text.note")
    assert narrow.title.get_text() == "Per bulan (per kuartal)"
    assert narrow.select_one("text.note").get_text() == "per kuartal"
    years = timeline.columns_for(_months(2000, 20), EN)(NARROW)
    assert years[1] == "by year" and len(years[0]) == 20


def test_nice_ceiling() -> None:
    assert [nice_ceiling(v) for v in (0, 1, 3, 5, 7, 11, 23, 980)] == [1, 1, 4, 5, 10, 20, 40,
                                                                       1000]


def test_empty_charts_are_valid() -> None:
    markup = str(column_chart([], title="kosong", chart_id="e", frame=NARROW))
    assert re.match(r"^<svg [^>]*viewBox=\"0 0 \d+ \d+\"", markup)
    assert markup.endswith("</svg>")
    assert str(bar_list([])) == '<ol class="bars bars-inline"></ol>'
