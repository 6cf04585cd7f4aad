"""Property tests for the web UI's parameters, through Flask's test client.

Every route gets random query strings: known parameter names with hostile values, unknown
and repeated names, raw percent-escapes that are not UTF-8, and random paths under each
route. The web must never answer 5xx (a bad request is the client's fault: 4xx), a JSON
route's error must have the one documented shape ``{"error": {"code", "message"}}``, and
every JSON answer must be JSON.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from urllib.parse import quote

import pytest
from flask import Flask
from flask.testing import FlaskClient
from hypothesis import example, given
from hypothesis import strategies as st
from webui_corpus import webui_records

from index.model import Article
from index.write.builder import IndexBuilder
from webui import create_app
from webui.state import close_index

RECORDS = webui_records()

ROUTES = ["/", "/search", "/search.json", "/article", "/article.json", "/speakers",
          "/speakers.json", "/speaker/{key}", "/speaker/{key}.json", "/overview",
          "/overview.json", "/static/{key}"]
PARAMS = ["q", "sort", "page", "per_page", "lang", "speaker", "role", "organizer", "province",
          "location", "site", "year", "from", "to", "url", "prefix", "limit", "_external",
          "_scheme", "_anchor", "_method", "endpoint", "filename", "", "q[]", "Q"]
VALUES = ["", " ", "0", "1", "-1", "10000", "99999999999999999999", "1e3", "0x10", "١٢",
          "relevance", "date", "en", "id", "xx", "2021", "2021-06-18", "2021-02-30",
          "0000-01-01", "9999-12-31", "ika-meilani", "-", "a--b", "Sumatera Selatan",
          "speaker", "moderator", "javascript:alert(1)", "<script>alert(1)</script>",
          "\"><img src=x onerror=alert(1)>", "literasi*", "*", "title:x", "[a TO z]",
          "\u202e", "\x00", "\r\n", "%", "%00", "../../etc/passwd", "a" * 600, "😀",
          RECORDS[0]["url"], "https://nowhere.example/x"]


@pytest.fixture(scope="module")
def web(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Flask]:
    index_dir = tmp_path_factory.mktemp("fuzz-web") / "index"
    IndexBuilder(index_dir).build(Article.from_dict(r) for r in RECORDS[:20])
    app = create_app({"TESTING": True, "INDEX_DIR": str(index_dir)})
    yield app
    close_index(app)


@pytest.fixture(scope="module")
def client(web: Flask) -> FlaskClient:
    return web.test_client()


def check(client: FlaskClient, path: str, query: str | bytes) -> None:
    response = client.get(path, query_string=query)
    status = response.status_code
    assert status < 500, (path, query, status, response.get_data(as_text=True)[:500])
    if response.mimetype == "application/json":
        data = json.loads(response.get_data(as_text=True))
        if status >= 400:
            assert set(data) == {"error"}, data
            assert set(data["error"]) == {"code", "message"}, data
            assert all(isinstance(v, str) and v for v in data["error"].values()), data
    elif path.endswith(".json") and status != 404:
        pytest.fail(f"{path} answered {status} with {response.mimetype}, not JSON")
    assert "Content-Security-Policy" in response.headers


keys = st.one_of(st.sampled_from(["ika-meilani", "yohana-sitompul", "style.css", "app.js",
                                  "..", "%2e%2e", "a%2fb", "-", "X"]),
                 st.text(max_size=20).map(lambda s: quote(s, safe="")))
pairs = st.lists(st.tuples(st.sampled_from(PARAMS) | st.text(max_size=6),
                           st.sampled_from(VALUES) | st.text(max_size=30)), max_size=6)


def every_route_bare(test):  # type: ignore[no-untyped-def]
    """Each route without parameters, always tried first (whatever the profile draws)."""
    for route in ROUTES:
        test = example(route=route, key="yohana-sitompul", params=[])(test)
    return test


@every_route_bare
@given(st.sampled_from(ROUTES), keys, pairs)
def test_random_parameters(client: FlaskClient, route: str, key: str,
                           params: list[tuple[str, str]]) -> None:
    query = "&".join(f"{quote(k, safe='')}={quote(v, safe='')}" for k, v in params)
    check(client, route.format(key=key), query)


@given(st.sampled_from(ROUTES), keys, st.binary(max_size=80))
def test_raw_query_bytes(client: FlaskClient, route: str, key: str, raw: bytes) -> None:
    """Percent-escapes of arbitrary bytes (invalid UTF-8 included) and stray separators."""
    query = "".join(f"%{b:02X}" if b > 0x7E or b < 0x21 or chr(b) in "#%" else chr(b)
                    for b in raw)
    check(client, route.format(key=key), query)


@given(st.sampled_from(ROUTES), st.sampled_from(["q", "prefix", "url"]),
       st.integers(0, 12_000))
def test_long_values(client: FlaskClient, route: str, name: str, size: int) -> None:
    check(client, route.format(key="ika-meilani"), f"{name}={'a' * size}")
