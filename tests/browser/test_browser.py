"""A real browser against ``webinar-search serve``, on a desktop and on a phone.

Drives Debian's Chromium through Playwright (never ``playwright install``: the browser is
the system one) at 1366x900 and 390x844, the two sizes issue 15 was reviewed at. Every kind
of page is loaded at both sizes and must not scroll sideways and must give axe-core
(installed from npm into ``tests/browser/node_modules``, injected into the page) zero
violations; the flows people use are then clicked through: typing a query, the filter
drawer, a link shared with ``fbclid``/``utm_*``, the A-Z bar and paging of the speaker
index, and the charts are measured as drawn (font sizes, bar widths, labels that do not
overlap or stick out).

The server is the real command in a subprocess on a free 127.0.0.1 port over an index of
the fictional fixture corpus plus ``fixtures/browser_extra.jsonl`` (a report from 2019 with
an unbreakable 160-letter word, a long URL and a speaker named Zainal), so this also covers
``serve`` with waitress. Console errors fail a test, which catches Content-Security-Policy
violations by our own pages.

A developer without Chromium, Playwright or axe-core gets a skip; CI sets
``WEBINAR_SEARCH_REQUIRE_BROWSER=1`` (``.ci/run``), which turns that skip into a failure.
With ``WEBINAR_SEARCH_SCREENSHOTS=DIR`` every page kind is saved whole to DIR as
``<width>-<kind>.png`` (otherwise only one, to pytest's tmp dir).
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from index.model import Article
from index.write.builder import IndexBuilder

REQUIRED = os.environ.get("WEBINAR_SEARCH_REQUIRE_BROWSER") == "1"


def _unavailable(reason: str) -> None:
    """Skip the module, or fail it when CI requires the browser test to run."""
    if REQUIRED:
        pytest.fail(f"{reason} (and WEBINAR_SEARCH_REQUIRE_BROWSER=1)", pytrace=False)
    pytest.skip(reason, allow_module_level=True)


try:
    from playwright import sync_api
except ImportError:
    _unavailable("playwright is not installed")

CHROMIUM = os.environ.get("WEBINAR_SEARCH_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
AXE = Path(os.environ.get("WEBINAR_SEARCH_AXE", Path(__file__).parent / "node_modules"
                          / "axe-core" / "axe.min.js"))
FIXTURES = Path(__file__).parent.parent / "fixtures"
CORPUS = [FIXTURES / "webui_corpus.jsonl", FIXTURES / "browser_extra.jsonl"]
DESKTOP = {"width": 1366, "height": 900}
PHONE = {"width": 390, "height": 844}
VIEWPORTS = [pytest.param(DESKTOP, id="desktop"), pytest.param(PHONE, id="phone")]
SHOTS = os.environ.get("WEBINAR_SEARCH_SCREENSHOTS")

if not Path(CHROMIUM).exists():
    _unavailable(f"no Chromium at {CHROMIUM} (apt-get install chromium)")
if not AXE.exists():
    _unavailable(f"no axe-core at {AXE} "
                 "(npm install --no-save --prefix tests/browser axe-core@4)")


def _records() -> list[dict[str, Any]]:
    return [json.loads(line) for path in CORPUS
            for line in path.read_text(encoding="utf-8").splitlines()]


RECORDS = _records()
PALEMBANG = RECORDS[0]["url"]
ZAINAL_URL = RECORDS[-1]["url"]


def _q(url: str) -> str:
    return urllib.parse.quote(url, safe="")


PAGE_KINDS: list[tuple[str, str, int]] = [
    ("home", "/", 200),
    ("results", "/search?q=literasi", 200),
    ("results-en", "/search?q=hoaks&lang=en", 200),
    ("filtered", "/search?q=hoaks&province=Bali", 200),
    ("browse", "/search?sort=date&page=2", 200),
    ("no-results", "/search?q=tidakadaapapun&province=Aceh", 200),
    ("beyond-last", "/search?q=literasi&page=9", 200),
    ("long-query", "/search?q=" + "a" * 120, 200),
    ("shared-link", "/search?q=hoaks&fbclid=IwAR0x&utm_source=whatsapp&colour=red", 200),
    ("article", f"/article?url={_q(PALEMBANG)}", 200),
    ("article-long", f"/article?url={_q(ZAINAL_URL)}&lang=en", 200),
    ("speakers", "/speakers", 200),
    ("speakers-letter", "/speakers?letter=z", 200),
    ("speakers-page", "/speakers?per_page=5&page=2", 200),
    ("speaker", "/speaker/galang-patra", 200),
    ("overview", "/overview", 200),
    ("error-400", "/search?q=literasi&page=0", 400),
    ("error-404", "/speaker/nobody-here", 404),
]
"""Every kind of page, with the status it answers."""


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    index_dir = tmp_path_factory.mktemp("browser") / "index"
    IndexBuilder(index_dir).build(Article.from_dict(r) for r in RECORDS)
    port = _free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "search", "serve", "--index", str(index_dir), "--port", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(base + "/search.json?q=x", timeout=2):
                    break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("serve did not start: "
                                       + (proc.stderr.read() if proc.stderr else b"").decode())
                time.sleep(0.1)
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        if proc.stderr:
            proc.stderr.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


class Tab:
    """A page in a fresh context at one size, recording console errors and dialogs."""

    def __init__(self, browser: Any, viewport: dict[str, int], locale: str = "id-ID") -> None:
        self.context = browser.new_context(locale=locale, viewport=viewport)
        self.page = self.context.new_page()
        self.width = viewport["width"]
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("console",
                     lambda msg: self.errors.append(msg.text) if msg.type == "error" else None)
        self.page.on("pageerror", lambda exc: self.errors.append(str(exc)))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))

    def overflow(self) -> int:
        """How many pixels the page is wider than the screen (0 when it fits)."""
        return int(self.page.evaluate(
            "document.documentElement.scrollWidth - window.innerWidth"))

    def axe(self) -> list[str]:
        """axe-core's violations on this page: ``rule: selectors`` lines."""
        if not self.page.evaluate("typeof window.axe !== 'undefined'"):
            self.page.evaluate(AXE.read_text(encoding="utf-8"))
        found = self.page.evaluate(
            "axe.run(document, {resultTypes: ['violations']}).then(r => r.violations.map("
            "v => v.id + ': ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ')))")
        return list(found)

    def shoot(self, name: str, folder: Path | None = None) -> Path | None:
        """A whole-page screenshot into ``folder``, else ``$WEBINAR_SEARCH_SCREENSHOTS``
        (none when neither: they cost time and nobody would look)."""
        where = folder or (Path(SHOTS) if SHOTS else None)
        if where is None:
            return None
        where.mkdir(parents=True, exist_ok=True)
        path = where / f"{self.width}-{name}.png"
        self.page.screenshot(path=str(path), full_page=True)
        return path

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def tab(browser: Any) -> Iterator[Callable[..., Tab]]:
    opened: list[Tab] = []

    def open_tab(viewport: dict[str, int], locale: str = "id-ID") -> Tab:
        opened.append(Tab(browser, viewport, locale))
        return opened[-1]

    yield open_tab
    for t in opened:
        t.close()


@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_every_page_kind_fits_the_screen_and_passes_axe(
    server: str, tab: Callable[..., Tab], viewport: dict[str, int]
) -> None:
    t = tab(viewport)
    report: dict[str, Any] = {}
    for name, path, status in PAGE_KINDS:
        t.errors.clear()
        response = t.page.goto(server + path)
        assert response is not None and response.status == status, name
        assert response.headers.get("content-encoding") == "gzip", name
        report[name] = {"overflow": t.overflow(), "axe": t.axe()}
        t.shoot(name)
        expected = ["Failed to load resource"] if status != 200 else []
        assert [e for e in t.errors if not any(e.startswith(x) for x in expected)] == [], name
    assert {k: v for k, v in report.items() if v["overflow"] > 0 or v["axe"]} == {}
    assert t.dialogs == []


@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_filter_drawer(server: str, tab: Callable[..., Tab], viewport: dict[str, int]) -> None:
    t = tab(viewport)
    page = t.page
    page.goto(server + "/search?q=literasi")
    total = page.locator(".summary .count").inner_text()
    drawer = page.locator("details#filters")
    summary = drawer.locator(":scope > summary")
    bali = page.locator("#facet-province + ul a", has_text="Bali")
    if viewport is PHONE:
        # shut at first, its toggle on the first screen instead of after 9,000 pixels
        assert drawer.evaluate("d => d.open") is False and not bali.is_visible()
        assert summary.bounding_box()["y"] < PHONE["height"] / 2
        summary.click()
        assert drawer.evaluate("d => d.open") is True and bali.is_visible()
    else:
        # open beside the results, and a few Tabs away (it was 70)
        assert drawer.evaluate("d => d.open") is True and bali.is_visible()
        assert drawer.bounding_box()["x"] > page.locator("li.hit").first.bounding_box()["x"]
        page.locator("body").focus()
        for presses in range(1, 40):
            page.keyboard.press("Tab")
            if page.evaluate("!!document.activeElement.closest('.facet')"):
                break
        assert presses <= 14, presses
    bali.click()
    page.wait_for_url("**province=Bali**")
    assert page.locator(".summary .count").inner_text() != total
    assert "Bali" in page.locator(".chip").inner_text()
    assert page.locator("li.hit").count() == 3
    assert drawer.evaluate("d => d.open") is (viewport is DESKTOP)
    assert t.errors == []


def test_without_javascript_the_filters_are_simply_open(server: str, browser: Any) -> None:
    context = browser.new_context(viewport=PHONE, java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(server + "/search?q=literasi")
        assert page.locator("details#filters").evaluate("d => d.open") is True
        page.locator("#facet-province + ul a", has_text="Bali").click()
        page.wait_for_url("**province=Bali**")
        assert page.locator("li.hit").count() == 3
    finally:
        context.close()


def test_a_shared_link_with_tracking_parameters_shows_the_same_results(
    server: str, tab: Callable[..., Tab]
) -> None:
    t = tab(PHONE)
    page = t.page

    def hits(path: str) -> list[str]:
        response = page.goto(server + path)
        assert response is not None and response.status == 200, path
        return [a.get_attribute("href") or "" for a in page.locator("li.hit h2 a").all()]

    clean = hits("/search?q=hoaks&province=Bali")
    assert len(clean) == 2
    for tracked in ("fbclid=IwAR2Fx9&q=hoaks&province=Bali",
                    "q=hoaks&province=Bali&utm_source=whatsapp&utm_medium=social&gclid=x1"):
        assert hits("/search?" + tracked) == clean
        assert page.locator("input#q").input_value() == "hoaks"
        assert page.locator(".notice").count() == 0
        switch = page.locator(".lang-switch a[hreflang=en]").get_attribute("href") or ""
        assert "fbclid" not in switch and "utm_" not in switch and "gclid" not in switch
    assert t.errors == []


@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_speaker_index_a_to_z_and_pages(server: str, tab: Callable[..., Tab],
                                        viewport: dict[str, int]) -> None:
    t = tab(viewport)
    page = t.page
    page.goto(server + "/speakers")
    everyone = page.locator("ol.speaker-index a").all_inner_texts()
    assert len(everyone) == 15
    page.locator(".letters a", has_text="Z").click()
    page.wait_for_url("**letter=z")
    assert page.locator("ol.speaker-index a").all_inner_texts() == ["Zainal Arifin"]
    page.locator(".letters a", has_text="Y").click()
    page.wait_for_url("**letter=y")
    assert page.locator("ol.speaker-index a").all_inner_texts() == ["Yohana Sitompul"]
    page.goto(server + "/speakers?per_page=6")
    seen = page.locator("ol.speaker-index a").all_inner_texts()
    page.locator("nav.pagination a[rel=next]").click()
    page.wait_for_url("**page=2**")
    assert "halaman 2 dari 3" in page.locator("p.count").inner_text()
    seen += page.locator("ol.speaker-index a").all_inner_texts()
    page.locator("nav.pagination a", has_text="3").click()
    page.wait_for_url("**page=3**")
    seen += page.locator("ol.speaker-index a").all_inner_texts()
    assert seen == everyone
    assert page.locator("nav.pagination a[rel=next]").count() == 0
    assert t.errors == []


CHART_MEASURES = """svg => {
  const scale = svg.getScreenCTM().a, box = svg.getBoundingClientRect();
  const texts = [...svg.querySelectorAll('text')].map(t => {
    const r = t.getBoundingClientRect();
    return {cls: t.getAttribute('class'), text: t.textContent, left: r.left, right: r.right,
            top: Math.round(r.top), px: parseFloat(getComputedStyle(t).fontSize) * scale};
  });
  const bars = [...svg.querySelectorAll('rect.bar')].map(r => r.getBoundingClientRect().width);
  return {texts, bars, left: box.left, right: box.right, width: box.width};
}"""


@pytest.mark.parametrize("viewport", VIEWPORTS)
@pytest.mark.parametrize("path", ["/overview", "/speaker/galang-patra"])
def test_charts_are_legible_as_drawn(server: str, tab: Callable[..., Tab],
                                     viewport: dict[str, int], path: str) -> None:
    t = tab(viewport)
    t.page.goto(server + path)
    shown = [svg for svg in t.page.locator("svg.chart").all() if svg.is_visible()]
    assert len(shown) == 1, "one drawing of the time series per screen size"
    chart = shown[0].evaluate(CHART_MEASURES)
    assert chart["right"] <= viewport["width"]
    assert min(x["px"] for x in chart["texts"]) >= 10.5, chart["texts"]
    assert min(chart["bars"]) >= 6.5, chart["bars"]
    for cls in ("axis", "axis group", "value"):
        rows: dict[int, list[tuple[float, float]]] = {}
        for x in chart["texts"]:
            if x["cls"] == cls:
                rows.setdefault(x["top"], []).append((x["left"], x["right"]))
        for spans in rows.values():
            spans.sort()
            assert all(a[1] <= b[0] + 0.5 for a, b in zip(spans, spans[1:])), (cls, spans)
            assert spans[0][0] >= chart["left"] - 0.5 and spans[-1][1] <= chart["right"] + 0.5
    for label in t.page.locator(".bar-label").all():
        assert float(label.evaluate("e => parseFloat(getComputedStyle(e).fontSize)")) >= 13
    assert t.errors == []


def test_type_query_filter_by_facet_open_speaker(server: str, tab: Callable[..., Tab],
                                                 tmp_path: Path) -> None:
    t = tab({"width": 1280, "height": 900})
    page = t.page
    page.goto(server + "/")
    assert page.locator("html").get_attribute("lang") == "id"
    page.keyboard.press("/")
    assert page.evaluate("document.activeElement.id") == "q"
    page.keyboard.type("hoaks")
    page.keyboard.press("Enter")
    page.wait_for_url("**/search?q=hoaks")
    assert "6 hasil" in page.locator("[aria-live=polite]").inner_text()
    assert page.locator("li.hit").count() == 6
    assert page.locator("li.hit .snippet mark").count() >= 6
    page.locator("#facet-province + ul a", has_text="Bali").click()
    page.wait_for_url("**province=Bali**")
    assert page.locator("li.hit").count() == 2
    page.locator(".chip a.chip-remove").click()
    page.wait_for_url("**/search?q=hoaks")
    assert page.locator("li.hit").count() == 6
    speaker = page.locator("li.hit .people a").first
    name = speaker.inner_text()
    speaker.click()
    page.wait_for_url("**/speaker/**")
    assert page.locator("h1").inner_text().replace("-", " ") == name.replace("-", " ")
    assert page.locator("ol.timeline > li").count() >= 1
    shot = t.shoot("speaker-flow", tmp_path)
    assert shot is not None and shot.stat().st_size > 10_000
    assert t.errors == []


def test_article_language_switch_and_hostile_text_on_a_phone(
    server: str, tab: Callable[..., Tab]
) -> None:
    t = tab(PHONE, locale="en-US")
    page = t.page
    page.goto(server + "/search?q=peramban")
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator("li.hit h2 a").first.get_attribute("lang") == "id"
    page.locator("li.hit h2 a").first.click()
    page.wait_for_url("**/article?url=**")
    assert "<script>" in page.locator("h1").inner_text()
    page.wait_for_load_state("load")
    page.locator(".lang-switch a[hreflang=id]").click()
    page.wait_for_url("**lang=id**")
    assert page.locator("html").get_attribute("lang") == "id"
    assert page.locator("h1").get_attribute("lang") is None
    assert t.overflow() == 0
    assert t.errors == [] and t.dialogs == []
