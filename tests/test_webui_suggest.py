"""The type-ahead: ``/suggest.json`` and the search box's markup (webui/api.py,
webui/templates/base.html, webui/static/app.js)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from flask import Flask
from flask.testing import FlaskClient
from webui_corpus import webui_records

from index.model import Article
from index.write.builder import IndexBuilder
from search import speaker_key
from webui import create_app
from webui.state import close_index

APP_JS = Path(__file__).parents[1] / "webui" / "static" / "app.js"


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FlaskClient]:
    index_dir = tmp_path_factory.mktemp("webui_suggest") / "index"
    IndexBuilder(index_dir).build(Article.from_dict(r) for r in webui_records())
    app: Flask = create_app({"TESTING": True, "INDEX_DIR": str(index_dir)})
    yield app.test_client()
    close_index(app)


def test_suggest_json_completes_speakers_and_themes(client: FlaskClient) -> None:
    data = client.get("/suggest.json?q=mad").get_json()
    assert data["q"] == "mad"
    first = data["suggestions"][0]
    assert first == {"kind": "speaker", "key": speaker_key("Made Ardana Wirya"),
                     "label": "Made Ardana Wirya", "count": 12, "filter": "speaker",
                     "query": "Made Ardana Wirya"}
    themes = client.get("/suggest.json?q=hoa").get_json()["suggestions"]
    assert themes and themes[0]["kind"] == "theme" and "Hoaks" in themes[0]["label"]
    counts = [s["count"] for s in client.get("/suggest.json?q=s").get_json()["suggestions"]]
    assert counts == sorted(counts, reverse=True) and len(counts) <= 8


def test_suggest_json_limits_and_errors(client: FlaskClient) -> None:
    assert len(client.get("/suggest.json?q=a&limit=2").get_json()["suggestions"]) == 2
    assert client.get("/suggest.json?q=").get_json() == {"q": "", "suggestions": []}
    for bad in ("q=a&limit=0", "q=a&limit=21", "q=" + "a" * 101, "q=a&colour=red",
                "q=a&q=b"):
        response = client.get("/suggest.json?" + bad)
        assert response.status_code == 400, bad
        assert response.get_json()["error"]["code"] == "bad_parameter"


def test_the_search_box_works_without_script_and_offers_a_listbox(
        client: FlaskClient) -> None:
    page = BeautifulSoup(client.get("/").get_data(as_text=True), "lxml")
    box = page.select_one("header form input#q")
    assert box["data-suggest"] == "/suggest.json"
    # combobox roles are set by the script: without it the box is a plain search field
    assert not box.get("role") and box["autocomplete"] == "off"
    listbox = page.select_one("#q-suggestions")
    assert listbox["role"] == "listbox" and listbox.has_attr("hidden")
    assert listbox["aria-label"] and listbox.find_parent("form") is box.find_parent("form")


def test_the_type_ahead_script_follows_the_combobox_pattern() -> None:
    script = APP_JS.read_text(encoding="utf-8")
    body = script[script.index("function typeAhead()"):]
    for needle in ('"role", "combobox"', '"aria-autocomplete", "list"', '"aria-expanded"',
                   '"aria-controls"', '"aria-activedescendant"', '"option"',
                   '"aria-selected"', '"ArrowDown"', '"ArrowUp"', '"Enter"', '"Escape"',
                   "textContent", "encodeURIComponent"):
        assert needle in body, needle
    assert "innerHTML" not in script and "eval(" not in script
