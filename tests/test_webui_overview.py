"""The overview numbers and charts, and did-you-mean, against the library contract.

These run the real app over :class:`webui_fakes.ContractIndex`, which implements the
search contract literally (date filters, suggestions), so they pin down what the UI does
with each part of it whatever state the real index is in.
"""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from bs4 import BeautifulSoup
from flask import Flask
from flask.testing import FlaskClient
from webui_fakes import ContractIndex, record

from webui import create_app
from webui.app import WebState
from webui.library import SpeakerNames
from webui.overview import compute_overview

RECORDS = [
    record("https://uji.example/1", "2021-03-02", "Bali", ["Ani Lestari", "Budi Darma"],
           "Etika Digital"),
    record("https://uji.example/2", "2021-03-20", "Bali", ["Ani Lestari"], "Etika Digital"),
    record("https://uji.example/3", "2021-05-07", "Maluku", ["Ani Lestari", "Citra Dewi"],
           "Keamanan Digital"),
    record("https://uji.example/4", "2021-05-30", "Bali", ["Budi Darma"], "etika  digital"),
    record("https://uji.example/5", "2022-01-15", "Aceh", ["Dedi Kurnia"], "Budaya Digital"),
]

from index.names import speaker_key

ANI = speaker_key("Ani Lestari")


@pytest.fixture
def fake() -> ContractIndex:
    return ContractIndex(RECORDS, suggestions={"etka": "etika"})


@pytest.fixture
def app(fake: ContractIndex) -> Iterator[Flask]:
    app = create_app({"TESTING": True, "INDEX_DIR": "/nonexistent"})
    app.extensions["webinar_search_state"] = WebState(fake)  # type: ignore[arg-type]
    yield app


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


def test_months_are_counted_with_date_filters_and_trimmed(fake: ContractIndex) -> None:
    overview = compute_overview(fake, SpeakerNames())  # type: ignore[arg-type]
    months = dict(overview.months)
    assert overview.months[0] == ("2021-03", 2) and overview.months[-1] == ("2022-01", 1)
    assert months["2021-04"] == 0 and months["2021-05"] == 2
    assert len(overview.months) == 11
    assert sum(months.values()) == overview.documents == 5
    windows = [c["filters"] for c in fake.calls if "date_from" in c["filters"]]
    assert {"date_from": "2021-02-01", "date_to": "2021-02-28"} in windows


def test_themes_provinces_and_speakers(fake: ContractIndex) -> None:
    overview = compute_overview(fake, SpeakerNames())  # type: ignore[arg-type]
    assert overview.themes[0] == ("Etika Digital", 3)
    assert overview.theme_sample == 5
    assert overview.provinces[0] == ("Bali", 3)
    assert overview.speakers[0] == (f"{ANI}", "Ani Lestari", 3)


def test_overview_is_computed_once_per_generation_and_refreshed_behind(
    app: Flask, fake: ContractIndex, client: FlaskClient
) -> None:
    assert client.get("/overview.json").get_json()["documents"] == 5
    calls = len(fake.calls)
    client.get("/overview")
    assert len(fake.calls) == calls
    fake.records = [*fake.records, record("https://uji.example/6", "2022-02-01", "Aceh", [])]
    fake.generation = "gen-fake-2"
    stale = client.get("/overview.json").get_json()
    assert stale["documents"] == 5 and stale["generation"] == "gen-fake-1"
    deadline = time.monotonic() + 10
    while client.get("/overview.json").get_json()["generation"] != "gen-fake-2":
        assert time.monotonic() < deadline, "the overview was not refreshed"
        time.sleep(0.02)
    assert client.get("/overview.json").get_json()["documents"] == 6


def test_overview_page_has_four_charts_with_tables(client: FlaskClient) -> None:
    response = client.get("/overview")
    assert response.status_code == 200
    page = BeautifulSoup(response.get_data(as_text=True), "lxml")
    assert len(page.select("figure svg.chart[role=img]")) == 4
    month_rows = page.select("#months-caption ~ details tbody tr")
    assert [r.th.get_text(strip=True) for r in month_rows][:3] == ["Mar 2021", "Apr 2021",
                                                                   "Mei 2021"]
    march = month_rows[0].a["href"]
    assert "from=2021-03-01" in march and "to=2021-03-31" in march
    speakers = page.select("#speakers-caption ~ details tbody a")
    assert speakers[0]["href"] == f"/speaker/{ANI}"
    bars = page.select("svg#provinces rect.bar, figure:nth-of-type(2) svg rect.bar")
    assert bars


def test_overview_json(client: FlaskClient) -> None:
    data = client.get("/overview.json").get_json()
    assert data["documents"] == 5
    assert data["months"][0] == {"month": "2021-03", "count": 2}
    assert data["provinces"][0] == {"province": "Bali", "count": 3}
    assert data["speakers"][0] == {"key": f"{ANI}", "name": "Ani Lestari", "count": 3}


def test_date_range_is_passed_to_the_library_and_shown_as_chips(
    client: FlaskClient, fake: ContractIndex
) -> None:
    response = client.get("/search?from=2021-03-01&to=2021-03-31")
    page = BeautifulSoup(response.get_data(as_text=True), "lxml")
    assert fake.calls[-1]["filters"] == {"date_from": "2021-03-01", "date_to": "2021-03-31"}
    assert len(page.select("li.hit")) == 2
    chips = [c.get_text(" ", strip=True) for c in page.select(".chip")]
    assert any("1 Maret 2021" in c for c in chips) and any("31 Maret 2021" in c for c in chips)


def test_did_you_mean_link_keeps_filters(client: FlaskClient) -> None:
    page = BeautifulSoup(client.get("/search?q=etka&province=Bali").get_data(as_text=True),
                         "lxml")
    link = page.select_one(".suggestion a")
    assert link.get_text() == "etika"
    assert link["href"] == "/search?q=etika&province=Bali"
    assert page.select_one(".empty a[href='/search?q=etika&province=Bali']")


def test_unknown_filter_from_library_is_400(client: FlaskClient, fake: ContractIndex,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fake, "search", lambda *a, **k: ContractIndex([]).search(
        "", filters={"colour": "red"}))
    response = client.get("/search.json?q=x")
    assert response.status_code == 400
    assert response.get_json()["error"]["code"] == "bad_query"
