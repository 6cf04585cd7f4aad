"""Events on the web page, in the JSON API and on the command line (invented corpus of
tests/test_events.py)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from click.testing import CliRunner
from flask.testing import FlaskClient

from index.model import Article
from index.write.builder import IndexBuilder
from search.cli import cli

REPORTS = Path(__file__).parent / "fixtures" / "events" / "reports.jsonl"


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("events-web")
    lines = REPORTS.read_text(encoding="utf-8").splitlines()
    IndexBuilder(folder, procs=1).build(Article.from_dict(json.loads(line)) for line in lines)
    return folder


@pytest.fixture
def client(index_dir: Path) -> Iterator[FlaskClient]:
    from webui import create_app
    from webui.state import close_index

    app = create_app({"TESTING": True, "INDEX_DIR": str(index_dir)})
    yield app.test_client()
    close_index(app)


def test_a_hit_offers_its_events_other_reports(client: FlaskClient) -> None:
    page = BeautifulSoup(client.get("/search?q=cakap+bermedia&lang=en").data, "html.parser")
    first = page.select_one("li.hit")
    assert first is not None
    details = first.select_one("details.reports")
    assert details is not None
    assert details.summary.get_text(strip=True) == "4 more reports of this event"
    links = [a["href"] for a in details.select("a")]
    assert len(links) == 4 and all(href.startswith("/article?url=") for href in links)
    assert "from" in page.select_one("p.count").get_text()
    toggle = page.select_one("a.group-toggle")
    assert toggle is not None and "group=none" in toggle["href"]


def test_group_none_lists_every_article(client: FlaskClient) -> None:
    grouped = client.get("/search.json?q=cakap+bermedia").get_json()
    page = BeautifulSoup(client.get("/search?q=cakap+bermedia&group=none").data,
                         "html.parser")
    assert page.select("details.reports") == []
    assert len(page.select("li.hit")) == grouped["articles"] == 8 > grouped["total"]
    assert page.select_one("input[name=group][value=none]") is not None
    toggle = page.select_one("a.group-toggle")
    assert toggle is not None and "group=" not in toggle["href"]


def test_json_lists_the_reports_and_refuses_a_bad_group(client: FlaskClient) -> None:
    data = client.get("/search.json?q=cakap+bermedia").get_json()
    assert data["grouped"] is True and data["hits"][0]["more_reports"] == 4
    assert len(data["hits"][0]["reports"]) == 4 and data["hits"][0]["event_id"]
    every = client.get("/search.json?q=cakap+bermedia&group=none").get_json()
    assert every["grouped"] is False and every["total"] == data["articles"] == 8
    bad = client.get("/search.json?q=x&group=sites")
    assert bad.status_code == 400 and bad.get_json()["error"]["code"] == "bad_parameter"


def test_speaker_pages_and_overview_count_events(client: FlaskClient) -> None:
    data = client.get("/speaker/rana-kartakasara.json").get_json()
    assert len(data["appearances"]) == 1 and len(data["appearances"][0]["reports"]) == 4
    listed = client.get("/speakers.json?prefix=Rina+Kartikasari").get_json()
    assert [s["count"] for s in listed["speakers"]] == [1]
    overview = client.get("/overview.json").get_json()
    assert overview["documents"] == 13
    assert sum(m["count"] for m in overview["months"]) == 13


def test_cli_query_groups_unless_told_not_to(index_dir: Path) -> None:
    runner = CliRunner()
    grouped = runner.invoke(cli, ["query", "cakap bermedia", "--index", str(index_dir)])
    assert grouped.exit_code == 0, grouped.output
    assert "+ 4 more report(s)" in grouped.output and "(" in grouped.output
    every = runner.invoke(cli, ["query", "cakap bermedia", "--group", "none", "--json",
                                "--index", str(index_dir)])
    assert every.exit_code == 0 and json.loads(every.output)["total"] == 8


def test_a_speakers_appearance_links_the_events_other_reports(client: FlaskClient) -> None:
    page = BeautifulSoup(client.get("/speaker/rana-kartakasara?lang=en").data, "html.parser")
    [appearance] = page.select("ol.timeline > li")
    details = appearance.select_one("details.reports")
    assert details is not None and len(details.select("a")) == 4
