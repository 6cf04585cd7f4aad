"""Hostile content through the whole read side: nothing executable reaches a page.

An index is built from records whose every text field (title, body, event title, speaker
names, positions, talk titles, organizers, place, questions, site) and URL carries one
vector from :data:`VECTORS`: script tags, event handlers, ``javascript:``/``data:`` URLs,
SVG payloads, broken entities, attribute breakouts, Unicode tricks (RTL override,
zero-width characters). Then every page and its JSON twin is rendered, queries included,
and the HTML is parsed and checked the way a browser would act on it (:func:`assert_inert`).
Path traversal is tried on every route. The vectors are written from scratch for this test.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from urllib.parse import quote

import pytest
from bs4 import BeautifulSoup
from flask import Flask
from flask.testing import FlaskClient

from index.model import Article, Event, Question, Speaker
from index.names import speaker_key
from index.write.builder import IndexBuilder
from webui import create_app
from webui.state import close_index

VECTORS: list[str] = [
    "<script>alert(7331)</script>",
    "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
    "<img src=x onerror=alert(7331)>",
    "<svg onload=alert(7331)>",
    "<svg><script>alert(7331)</script></svg>",
    "<svg><a xlink:href=\"javascript:alert(7331)\"><text>x</text></a></svg>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(7331)>",
    "\"><script>alert(7331)</script>",
    "'><img src=x onerror=alert(7331)>",
    "\" onmouseover=\"alert(7331)\" x=\"",
    "' autofocus onfocus='alert(7331)",
    "javascript:alert(7331)",
    " JaVaScRiPt:alert(7331)",
    "java\tscript:alert(7331)",
    "java&#x09;script:alert(7331)",
    "&#106;avascript:alert(7331)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCg3MzMxKTwvc2NyaXB0Pg==",
    "vbscript:msgbox(7331)",
    "<iframe src=javascript:alert(7331)></iframe>",
    "<object data=javascript:alert(7331)>",
    "<embed src=data:text/html,alert(7331)>",
    "<base href=//evil.example/>",
    "<meta http-equiv=refresh content=0;url=javascript:alert(7331)>",
    "<link rel=import href=//evil.example/x>",
    "<style>@import'//evil.example/x.css';</style>",
    "<a href=\"javascript:alert(7331)\">klik</a>",
    "<form action=javascript:alert(7331)><button>x</button></form>",
    "<details open ontoggle=alert(7331)>",
    "<!--<script>alert(7331)</script>-->",
    "</title><script>alert(7331)</script>",
    "</textarea><script>alert(7331)</script>",
    "{{7*7}}{% raw %}${alert(7331)}",
    "&lt;script&gt;alert(7331)&lt;/script&gt;",
    "&#60;script&#62;alert(7331)&#60;/script&#62;",
    "&#x3c;img src=x onerror=alert(7331)&#x3e;",
    "&amp;lt;script&amp;gt;",
    "&#0;&#xD800;&#x110000;&bogus;&",
    "\u202egnp.exe\u202d alert(7331)",
    "Ad\u200bmin\u200d \ufeffalert(7331)",
    "\u2028\u2029<script>alert(7331)</script>",
    "<mark>alert(7331)</mark></mark><mark>",
    "\x00<script>alert(7331)</script>",
]
MARKER = "7331"
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "poster", "data",
                  "background", "cite", "srcset", "ping", "manifest", "codebase"}
FORBIDDEN_TAGS = {"iframe", "frame", "frameset", "object", "embed", "applet", "base", "style",
                  "foreignobject", "portal", "math", "template", "noscript", "textarea"}
_SCHEME = re.compile(r"^([a-z][a-z0-9+.\-]*):", re.IGNORECASE)
_C0_OR_SPACE = "".join(chr(c) for c in range(0x21))


def hostile_record(number: int, vector: str) -> Article:
    url = vector if _SCHEME.match(vector.strip()) else f"https://hostile.example/{number}"
    speakers = [
        Speaker(name=f"Budi {vector}", name_as_written=f"Dr. Budi {vector}", role="speaker",
                position=f"Kepala {vector}", talk_title=f"Materi {vector}"),
        Speaker(name=f"{vector} Sari", role="moderator", position=vector, talk_title=vector),
        Speaker(name="Rina Lestiani", role="keynote", position=vector, talk_title=vector),
    ]
    event = Event(title=f"Tema {vector}", date="2021-06-18", location=vector,
                  province=vector, organizers=[vector, f"Dinas {vector}"], participants=42,
                  speakers=speakers,
                  questions=[Question(question=f"Bagaimana {vector}?", asker=vector,
                                      addressee=f"Budi {vector}", answer=vector)])
    return Article(url=url, site=vector[:60], title=f"Webinar {vector} literasi",
                   published="2021-06-19", authors=[vector], lang="id",
                   text=f"Webinar literasi digital {vector} diikuti peserta.\n\n{vector}\n\n"
                        f"Narasumber Budi {vector} menyampaikan materi.", event=event)


# Through the JSON form, as records arrive from a .jsonl source or the extractor.
RECORDS = [Article.from_dict(hostile_record(n, v).to_dict()) for n, v in enumerate(VECTORS)]


@pytest.fixture(scope="module")
def web(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Flask]:
    index_dir = tmp_path_factory.mktemp("hostile") / "index"
    IndexBuilder(index_dir).build(RECORDS)
    app = create_app({"TESTING": True, "INDEX_DIR": str(index_dir)})
    yield app
    close_index(app)


@pytest.fixture(scope="module")
def client(web: Flask) -> FlaskClient:
    return web.test_client()


def _scheme(value: str) -> str | None:
    """The scheme a browser would see in a URL attribute (WHATWG: trim, drop tab/newline)."""
    cleaned = value.strip(_C0_OR_SPACE).replace("\t", "").replace("\n", "").replace("\r", "")
    match = _SCHEME.match(cleaned)
    return match.group(1).lower() if match else None


def assert_inert(response_text: str, where: str) -> None:
    """Nothing in the page can run: the checks a browser's behaviour calls for."""
    page = BeautifulSoup(response_text, "lxml")
    for tag in page.find_all(True):
        name = tag.name.lower()
        assert name not in FORBIDDEN_TAGS, f"{where}: <{name}> from content"
        assert MARKER not in name, f"{where}: injected tag <{name}>"
        if name == "script":
            assert tag.get("src", "").startswith("/static/"), f"{where}: foreign script {tag}"
            assert not tag.get_text(strip=True), f"{where}: inline script {tag}"
        if name == "meta":
            assert "http-equiv" not in tag.attrs, f"{where}: {tag}"
        if name == "link":
            href = tag.get("href", "")
            assert href.startswith("/") and not href.startswith("//"), f"{where}: {tag}"
        for attr, value in tag.attrs.items():
            text = " ".join(value) if isinstance(value, list) else str(value)
            assert not attr.lower().startswith("on"), f"{where}: handler {attr}= on <{name}>"
            assert MARKER not in attr, f"{where}: injected attribute {attr!r}"
            if attr.lower() in URL_ATTRIBUTES:
                assert _scheme(text) in (None, "http", "https"), f"{where}: {attr}={text!r}"
            if attr.lower() == "style":
                assert MARKER not in text, f"{where}: style={text!r}"


def assert_headers(response: object, where: str) -> None:
    headers = response.headers  # type: ignore[attr-defined]
    csp = headers.get("Content-Security-Policy", "")
    assert "script-src 'self'" in csp, where
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp, where
    assert headers.get("X-Content-Type-Options") == "nosniff", where


def pages_to_render(client: FlaskClient) -> list[str]:
    """Every page a user can reach over the hostile index, found through the JSON API."""
    paths = ["/", "/search?q=webinar", "/search?q=webinar&page=2", "/search?sort=date",
             "/speakers", "/speakers?limit=500", "/overview"]
    for record in RECORDS:
        paths.append("/article?url=" + quote(record.url or "", safe=""))
    data = client.get("/speakers.json?limit=500").get_json()
    for entry in data["speakers"]:
        paths.append("/speaker/" + entry["key"])
    # Each vector goes in as a query and a speaker prefix; the filters, unknown paths and
    # unknown articles take turns (every one still sees several vectors).
    turns = ["/search?organizer={}", "/search?province={}", "/search?location={}",
             "/search?site={}", "/{}", "/speaker/{}", "/article?url={}"]
    for number, vector in enumerate(VECTORS):
        quoted = quote(vector[:60], safe="")
        paths += [f"/search?q={quoted}", f"/speakers?prefix={quoted}",
                  turns[number % len(turns)].format(quoted)]
    return paths


def test_every_page_and_json_twin_is_inert(client: FlaskClient) -> None:
    paths = pages_to_render(client)
    rendered = 0
    for path in paths:
        response = client.get(path)
        assert response.status_code < 500, (path, response.status_code)
        assert_headers(response, path)
        if response.mimetype == "text/html":
            assert_inert(response.get_data(as_text=True), path)
            rendered += 1
        twin_path = path.replace("?", ".json?", 1) if "?" in path else path + ".json"
        if path == "/" or path.startswith("/search"):
            twin_path = "/search.json" + path.partition("search")[2] if "search" in path \
                else "/search.json"
        twin = client.get(twin_path)
        assert twin.status_code < 500, (twin_path, twin.status_code)
        assert_headers(twin, twin_path)
        if twin.status_code == 200 or twin.mimetype == "application/json":
            assert twin.mimetype == "application/json", twin_path
            json.loads(twin.get_data(as_text=True))
    assert rendered > len(VECTORS) * 3


def test_hostile_text_reaches_the_page_as_text(client: FlaskClient) -> None:
    """Inert is not the same as dropped: the words are shown, escaped, not silently lost."""
    record = RECORDS[0]
    response = client.get("/article?url=" + quote(record.url or "", safe=""))
    page = BeautifulSoup(response.get_data(as_text=True), "lxml")
    assert "<script>alert(7331)</script>" in page.get_text()
    assert "<script>alert(7331)</script>" in client.get(
        "/article.json?url=" + quote(record.url or "", safe="")).get_json()["text"]


def test_snippets_in_json_hold_only_marks(client: FlaskClient) -> None:
    for vector in VECTORS:
        data = client.get("/search.json", query_string={"q": vector[:400]}).get_json()
        if "error" in data:
            continue
        for hit in data["hits"]:
            snippet = BeautifulSoup(hit["snippet"], "html.parser")
            assert {t.name for t in snippet.find_all(True)} <= {"mark"}, hit["snippet"]


def test_non_http_source_links_are_not_links(client: FlaskClient) -> None:
    for record in RECORDS:
        url = record.url or ""
        if url.startswith("https://hostile.example/"):
            continue
        response = client.get("/article", query_string={"url": url})
        assert response.status_code == 200, url
        page = BeautifulSoup(response.get_data(as_text=True), "lxml")
        assert not page.find("a", href=url), url


def test_speaker_keys_of_hostile_names_are_plain(client: FlaskClient) -> None:
    for record in RECORDS:
        for speaker in record.event.speakers if record.event else []:
            key = speaker_key(speaker.name)
            assert re.fullmatch(r"[a-z0-9-]*", key), key


TRAVERSALS = [
    "/static/../../pyproject.toml", "/static/..%2f..%2fpyproject.toml",
    "/static/%2e%2e/%2e%2e/pyproject.toml", "/static/%252e%252e/%252e%252e/pyproject.toml",
    "/static/....//....//pyproject.toml", "/static/..\\..\\pyproject.toml",
    "/static/%5c..%5c..%5cpyproject.toml", "/static//etc/passwd", "/static/../app.py",
    "/static/%2e%2e%2fapp.py", "/static/..%c0%af..%c0%afpyproject.toml",
    "/static/%00../app.py", "/static/style.css%00.py", "/static/./../views.py",
    "/speaker/..%2f..%2fpyproject.toml", "/speaker/%2e%2e", "/speaker/../../etc/passwd.json",
    "/article?url=file:///etc/passwd", "/article?url=../../pyproject.toml",
    "/article.json?url=file:///etc/passwd", "/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd",
    "/speakers.json/../../../etc/passwd", "//etc/passwd", "/static/" + "../" * 20 + "etc/passwd",
]
SECRETS = ["[build-system]", "def create_app", "root:x:0:0", "import ", "Blueprint("]


@pytest.mark.parametrize("path", TRAVERSALS)
def test_path_traversal_reaches_nothing(client: FlaskClient, path: str) -> None:
    with client.get(path) as response:
        status, body = response.status_code, response.get_data(as_text=True)
        location = response.headers.get("Location", "")
        mimetype = response.mimetype
    if status in (301, 308):
        # Werkzeug merges repeated slashes with a redirect: it must stay on this site,
        # and where it leads must be nothing either.
        assert location == "http://localhost" + re.sub("/{2,}", "/", path), location
        with client.get(location) as response:
            status, body = response.status_code, response.get_data(as_text=True)
            mimetype = response.mimetype
    assert status in (400, 404), (path, status)
    assert not any(secret in body for secret in SECRETS), path
    if mimetype == "text/html":
        assert_inert(body, path)


def test_static_files_are_still_served(client: FlaskClient) -> None:
    for path in ("/static/style.css", "/static/app.js"):
        with client.get(path) as response:
            assert response.status_code == 200
