"""The SVG charts: proportional bars, escaped labels, round axes, no inline styles."""

from __future__ import annotations

import re

from bs4 import BeautifulSoup

from webui.charts import LABEL_CHARS, Datum, bar_chart, column_chart, nice_ceiling


def _svg(markup: str) -> BeautifulSoup:
    return BeautifulSoup(markup, "lxml")


def test_bar_lengths_are_proportional_to_values() -> None:
    svg = _svg(bar_chart([Datum("Bali", 8), Datum("Aceh", 4), Datum("Riau", 2)],
                         title="Per provinsi", chart_id="p"))
    widths = [float(r["width"]) for r in svg.select("rect.bar")]
    assert widths[0] == 2 * widths[1] == 4 * widths[2]
    assert [t.get_text() for t in svg.select("text.label")] == ["Bali", "Aceh", "Riau"]
    assert [t.get_text() for t in svg.select("text.value")] == ["8", "4", "2"]


def test_labels_and_links_are_escaped_and_long_labels_shortened() -> None:
    hostile = '<script>alert(1)</script> "onload=x" ' + "panjang " * 10
    markup = str(bar_chart([Datum(hostile, 3, href='/search?q="><x')], title="<b>t</b>",
                           chart_id='c"x', number=lambda n: f"<{n}>"))
    assert "<script>" not in markup and "<b>" not in markup and "<3>" not in markup
    svg = _svg(markup)
    assert svg.select_one("a")["href"] == '/search?q="><x'
    assert svg.select_one("a")["tabindex"] == "-1"
    shown = svg.select_one("text.label").get_text()
    assert shown.endswith("…") and len(shown) <= LABEL_CHARS
    assert svg.select_one("g.row title").get_text().startswith(hostile.strip()[:20])
    assert svg.select_one("svg")["aria-labelledby"] == 'c"x-t'


def test_charts_carry_no_inline_style() -> None:
    for markup in (bar_chart([Datum("a", 1)], title="t", chart_id="a"),
                   column_chart([Datum("Jan", 1)], title="t", chart_id="b")):
        assert "style=" not in markup and "fill=" not in markup
        svg = _svg(markup).select_one("svg")
        assert svg["role"] == "img" and svg.title.get_text() == "t"


def test_column_heights_and_axis_labels() -> None:
    data = [Datum(f"M{i}", v) for i, v in enumerate([0, 5, 10, 3])]
    svg = _svg(column_chart(data, title="Per bulan", chart_id="m"))
    heights = [float(r["height"]) for r in svg.select("rect.bar")]
    assert heights[0] == 0 and heights[2] == 2 * heights[1]
    assert [t.get_text() for t in svg.select("text.tick")] == ["0", "5", "10"]
    assert [t.get_text() for t in svg.select("text.axis")] == ["M0", "M1", "M2", "M3"]


def test_many_columns_thin_out_axis_labels() -> None:
    data = [Datum(f"{i}", i) for i in range(48)]
    svg = _svg(column_chart(data, title="t", chart_id="m"))
    assert len(svg.select("rect.bar")) == 48
    assert len(svg.select("text.axis")) == 12
    assert not svg.select("text.value")


def test_nice_ceiling() -> None:
    assert [nice_ceiling(v) for v in (0, 1, 3, 5, 7, 11, 23, 980)] == [1, 1, 4, 5, 10, 20, 40,
                                                                       1000]


def test_empty_chart_is_valid_svg() -> None:
    markup = str(bar_chart([], title="kosong", chart_id="e"))
    assert re.match(r"^<svg [^>]*viewBox=\"0 0 \d+ \d+\"", markup)
    assert markup.endswith("</svg>")
