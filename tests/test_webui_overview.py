"""The overview numbers and charts, spelling correction and date ranges, on a real index.

A five-record index (two years, three provinces) small enough that every expected number
can be counted by hand, rebuilt in place to check that the overview follows a generation
switch.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from bs4 import BeautifulSoup
from flask import Flask
from flask.testing import FlaskClient

from index.model import Article
from index.write.builder import IndexBuilder
from search import QueryError, SearchIndex, speaker_key
from webui import create_app
from webui.overview import compute_overview, month_series
from webui.state import close_index, get_state


def record(url: str, when: str, province: str, speakers: list[str],
           title: str = "Webinar Uji") -> dict[str, Any]:
    """A minimal webinar report."""
    return Article(url=url, site="uji.example", title=title, published=when,
                   text=f"{title} di {province}.").to_dict() | {"event": {
                       "title": title, "date": when, "location": None, "province": province,
                       "organizers": [], "participants": None, "questions": [],
                       "speakers": [{"name": n, "name_as_written": n, "role": "speaker",
                                     "position": None, "talk_title": None} for n in speakers]}}


RECORDS = [
    record("https://uji.example/1", "2021-03-02", "Bali", ["Ani Lestari", "Budi Darma"],
           "Etika Digital"),
    record("https://uji.example/2", "2021-03-20", "Bali", ["Ani Lestari"], "Etika Digital"),
    record("https://uji.example/3", "2021-05-07", "Maluku", ["Ani Lestari", "Citra Dewi"],
           "Keamanan Digital"),
    record("https://uji.example/4", "2021-05-30", "Bali", ["Budi Darma"], "etika  digital"),
    record("https://uji.example/5", "2022-01-15", "Aceh", ["Dedi Kurnia"], "Budaya Digital"),
]
ANI = speaker_key("Ani Lestari")


def build(index_dir: Path, records: list[dict[str, Any]]) -> None:
    IndexBuilder(index_dir, procs=1).build(Article.from_dict(r) for r in records)


@pytest.fixture
def index_dir(tmp_path: Path) -> Path:
    build(tmp_path / "index", RECORDS)
    return tmp_path / "index"


@pytest.fixture
def app(index_dir: Path) -> Iterator[Flask]:
    app = create_app({"TESTING": True, "INDEX_DIR": str(index_dir)})
    yield app
    close_index(app)


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


def test_month_series_fills_gaps_and_keeps_recent_years() -> None:
    series, since = month_series([("2021-03", 2), ("2021-05", 2), ("2022-01", 1)])
    assert series[0] == ("2021-03", 2) and series[-1] == ("2022-01", 1)
    assert dict(series)["2021-04"] == 0 and len(series) == 11 and since is None
    old, since = month_series([("2010-01", 5), ("2020-12", 1), ("2021-02", 3)])
    assert since == "2020" and old[0] == ("2020-12", 1) and len(old) == 3
    misread, _ = month_series([("2021-01", 1), ("2099-01", 1)], today=date(2024, 5, 1))
    assert misread == [("2021-01", 1)]


def test_overview_numbers(index_dir: Path) -> None:
    with SearchIndex.open(index_dir) as ix:
        overview = compute_overview(ix)
    months = dict(overview.months)
    assert overview.months[0] == ("2021-03", 2) and overview.months[-1] == ("2022-01", 1)
    assert months["2021-04"] == 0 and months["2021-05"] == 2 and len(overview.months) == 11
    assert sum(months.values()) == overview.documents == 5
    assert overview.themes[0] == ("Etika Digital", 3)
    assert overview.theme_sample == 5
    assert overview.provinces[0] == ("Bali", 3)
    assert overview.speakers[0] == (ANI, "Ani Lestari", 3)
    assert overview.years == [("2021", 4), ("2022", 1)]


def test_overview_is_computed_once_per_generation_and_refreshed_behind(
    app: Flask, client: FlaskClient, index_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = client.get("/overview.json").get_json()
    assert first["documents"] == 5
    with app.app_context():
        index = get_state().index
    searches: list[str] = []
    real_search = index.search
    monkeypatch.setattr(index, "search", lambda q, **kw: (searches.append(q),
                                                          real_search(q, **kw))[1])
    client.get("/overview")
    assert searches == [], "a cached overview ran queries"
    build(index_dir, [*RECORDS, record("https://uji.example/6", "2022-02-01", "Aceh", [])])
    stale = client.get("/overview.json").get_json()
    assert stale["documents"] == 5 and stale["generation"] == first["generation"]
    deadline = time.monotonic() + 10
    while client.get("/overview.json").get_json()["generation"] == first["generation"]:
        assert time.monotonic() < deadline, "the overview was not refreshed"
        time.sleep(0.02)
    fresh = client.get("/overview.json").get_json()
    assert fresh["documents"] == 6 and fresh["months"][-1] == {"month": "2022-02", "count": 1}


def test_overview_page_has_four_charts(client: FlaskClient) -> None:
    response = client.get("/overview")
    assert response.status_code == 200
    page = BeautifulSoup(response.get_data(as_text=True), "lxml")
    assert len(page.select("figure.chart-figure")) == 4
    # the time series: an image drawn for a wide and a narrow screen, numbers in a table
    assert len(page.select("figure svg.chart[role=img]")) == 3
    assert len(page.select("figure ol.bars")) == 3
    month_rows = page.select("#months-caption ~ details tbody tr")
    assert [r.th.get_text(strip=True) for r in month_rows][:3] == ["Mar 2021", "Apr 2021",
                                                                   "Mei 2021"]
    march = month_rows[0].a["href"]
    assert "from=2021-03-01" in march and "to=2021-03-31" in march
    speakers = page.select("#speakers-caption ~ ol.bars a")
    assert speakers[0]["href"] == f"/speaker/{ANI}"
    assert speakers[0].select_one(".bar-label").get_text() == "Ani Lestari"
    assert speakers[0].select_one(".bar-value").get_text() == "3"
    bars = [float(r["width"]) for r in page.select("#provinces-caption ~ ol.bars rect.bar")]
    assert bars == [100.0, pytest.approx(33.3, abs=0.1), pytest.approx(33.3, abs=0.1)]
    cards = [li.get_text(" ", strip=True) for li in page.select(".stat-cards li")]
    assert cards == ["5 acara", "4 pada 2021", "1 pada 2022"]


def test_overview_json(client: FlaskClient) -> None:
    data = client.get("/overview.json").get_json()
    assert data["documents"] == 5
    assert data["months"][0] == {"month": "2021-03", "count": 2}
    assert data["provinces"][0] == {"province": "Bali", "count": 3}
    assert data["speakers"][0] == {"key": ANI, "name": "Ani Lestari", "count": 3}


def test_a_month_bar_links_to_that_months_articles(client: FlaskClient) -> None:
    page = BeautifulSoup(client.get("/overview").get_data(as_text=True), "lxml")
    may = next(tr for tr in page.select("#months-caption ~ details tbody tr")
               if tr.th.get_text(strip=True) == "Mei 2021")
    listed = BeautifulSoup(client.get(may.a["href"]).get_data(as_text=True), "lxml")
    assert len(listed.select("li.hit")) == int(may.td.get_text()) == 2
    chips = [c.get_text(" ", strip=True) for c in listed.select(".chip")]
    assert any("1 Mei 2021" in c for c in chips) and any("31 Mei 2021" in c for c in chips)


def test_a_typo_shows_the_corrected_results_and_keeps_filters(client: FlaskClient) -> None:
    page = BeautifulSoup(client.get("/search?q=etka&province=Bali").get_data(as_text=True),
                         "lxml")
    note = page.select_one(".suggestion.corrected")
    assert "“etka”" in note.get_text()
    assert note.a.get_text() == "etika" and note.a["href"] == "/search?q=etika&province=Bali"
    assert len(page.select("li.hit")) == 3
    assert "“etika”" in page.select_one("[aria-live=polite]").get_text()


def test_empty_results_offer_the_correction(client: FlaskClient) -> None:
    page = BeautifulSoup(client.get("/search?q=etka&province=Aceh").get_data(as_text=True),
                         "lxml")
    assert page.select_one(".empty a[href='/search?q=etika&province=Aceh']")


def test_a_query_error_from_the_library_is_400(app: Flask, client: FlaskClient,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    with app.app_context():
        index = get_state().index

    def refuse(*args: object, **kwargs: object) -> None:
        raise QueryError("too many words (99; the limit is 32)")

    monkeypatch.setattr(index, "search", refuse)
    response = client.get("/search.json?q=x&lang=en")
    assert response.status_code == 400
    assert response.get_json()["error"] == {"code": "bad_query",
                                            "message": "too many words (99; the limit is 32)"}
    # Indonesian says it in its own words: by the error's code, else in general terms.
    assert client.get("/search.json?q=x").get_json()["error"]["message"] == (
        "pencarian ini tidak dapat dijalankan; ubah kata kuncinya")
    monkeypatch.setattr(index, "search", lambda *a, **k: (_ for _ in ()).throw(QueryError(
        "too many words (40; the limit is 32)", code="too_many_words", count=40, limit=32)))
    page = BeautifulSoup(client.get("/search?q=x").get_data(as_text=True), "lxml")
    assert page.select_one(".error-page .message").get_text() == (
        "terlalu banyak kata (40; batasnya 32)")


def test_stat_cards_and_chart_agree_on_the_years(tmp_path: Path) -> None:
    old = record("https://uji.example/old", "2009-05-01", "Aceh", [])
    misdated = record("https://uji.example/2099", "2099-01-01", "Aceh", [])
    build(tmp_path / "ix", [*RECORDS, old, misdated])
    with SearchIndex.open(tmp_path / "ix") as ix:
        overview = compute_overview(ix)
    charted = {month[:4] for month, _ in overview.months}
    assert [year for year, _ in overview.years] == sorted(charted) == ["2021", "2022"]
    assert overview.documents == 7 and overview.months_from_year == "2021"
