"""A real browser against ``webinar-search serve``: type, see results, filter, open a speaker.

Drives Debian's Chromium through Playwright (never ``playwright install``: the browser is
the system one). Skips cleanly when Playwright or Chromium is absent. The server is the real
command in a subprocess on a free 127.0.0.1 port over an index of the fictional fixture
corpus, so this also covers ``serve`` with waitress. Console errors fail the test, which
catches Content-Security-Policy violations by our own pages. Screenshots go to pytest's
tmp dir, and also to ``$WEBINAR_SEARCH_SCREENSHOTS`` when that is set.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from index.model import Article
from index.write.builder import IndexBuilder

sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")

CHROMIUM = os.environ.get("WEBINAR_SEARCH_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
CORPUS = Path(__file__).parent.parent / "fixtures" / "webui_corpus.jsonl"

if not Path(CHROMIUM).exists():
    pytest.skip(f"no Chromium at {CHROMIUM} (apt-get install chromium)", allow_module_level=True)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    index_dir = tmp_path_factory.mktemp("browser") / "index"
    records = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()]
    IndexBuilder(index_dir).build(Article.from_dict(r) for r in records)
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
def browser() -> Iterator[object]:
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def _shoot(page: object, tmp_path: Path, name: str) -> Path:
    path = tmp_path / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)  # type: ignore[attr-defined]
    extra = os.environ.get("WEBINAR_SEARCH_SCREENSHOTS")
    if extra:
        Path(extra).mkdir(parents=True, exist_ok=True)
        shutil.copy(path, Path(extra) / path.name)
    return path


def test_type_query_filter_by_facet_open_speaker(server: str, browser: object,
                                                 tmp_path: Path) -> None:
    context = browser.new_context(locale="id-ID", viewport={"width": 1280, "height": 900})  # type: ignore[attr-defined]
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda exc: errors.append(str(exc)))

    page.goto(server + "/")
    assert page.locator("html").get_attribute("lang") == "id"
    page.keyboard.press("/")
    assert page.evaluate("document.activeElement.id") == "q"
    page.keyboard.type("hoaks")
    page.keyboard.press("Enter")
    page.wait_for_url("**/search?q=hoaks")
    count = page.locator("[aria-live=polite]")
    assert "6 hasil" in count.inner_text()
    assert page.locator("li.hit").count() == 6
    assert page.locator("li.hit .snippet mark").count() >= 6
    _shoot(page, tmp_path, "search-results")

    page.locator("#facet-province + ul a", has_text="Bali").click()
    page.wait_for_url("**province=Bali**")
    assert page.locator("li.hit").count() == 2
    assert "Bali" in page.locator(".chip").inner_text()
    _shoot(page, tmp_path, "search-filtered")

    page.locator(".chip a.chip-remove").click()
    page.wait_for_url("**/search?q=hoaks")
    assert page.locator("li.hit").count() == 6

    speaker = page.locator("li.hit .people a").first
    name = speaker.inner_text()
    speaker.click()
    page.wait_for_url("**/speaker/**")
    assert page.locator("h1").inner_text().replace("-", " ") == name.replace("-", " ")
    assert page.locator("ol.timeline > li").count() >= 1
    assert page.locator("svg.chart-wide").is_visible()
    shot = _shoot(page, tmp_path, "speaker-page")
    assert shot.stat().st_size > 10_000
    assert errors == []
    context.close()


def test_article_language_switch_and_phone_layout(server: str, browser: object,
                                                  tmp_path: Path) -> None:
    context = browser.new_context(locale="en-US", viewport={"width": 390, "height": 844})  # type: ignore[attr-defined]
    page = context.new_page()
    errors: list[str] = []
    dialogs: list[str] = []
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(server + "/search?q=peramban")
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
    page.locator("li.hit h2 a").first.click()
    page.wait_for_url("**/article?url=**")
    assert "<script>" in page.locator("h1").inner_text()
    page.wait_for_load_state("load")
    assert dialogs == []
    page.locator(".lang-switch a[hreflang=id]").click()
    page.wait_for_url("**lang=id**")
    assert page.locator("html").get_attribute("lang") == "id"
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
    _shoot(page, tmp_path, "article-phone")
    assert errors == [] and dialogs == []
    context.close()


def test_overview_charts_and_speaker_index(server: str, browser: object,
                                           tmp_path: Path) -> None:
    context = browser.new_context(locale="id-ID", viewport={"width": 1280, "height": 900})  # type: ignore[attr-defined]
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.goto(server + "/overview")
    assert page.locator("figure.chart-figure").count() == 4
    assert page.locator("svg.chart-wide").is_visible()
    assert page.locator("ol.bars rect.bar").count() > 10
    _shoot(page, tmp_path, "overview")
    page.locator("#speakers-caption ~ ol.bars a").first.click()
    page.wait_for_url("**/speaker/**")
    page.goto(server + "/speakers")
    assert page.locator("ol.speaker-index li").count() == 13
    _shoot(page, tmp_path, "speaker-index")
    assert errors == []
    context.close()
