"""Charset labels are untrusted input: a hostile or broken one is ignored, never fatal.

Regression tests for a fuzzing find (atheris on ``clean_html``): a ``<meta charset>`` with a
NUL byte made ``codecs.lookup`` raise ``ValueError``, and the page was lost; the same label
path in :mod:`index.clean.charsets` raised on ``charset=undefined`` from a server, which stopped a
whole crawl with a traceback.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sitesim import Reply, Site, article_page, html_reply, hub_page, paragraphs

from index.clean.charsets import choose_charset, text_codec
from index.clean.cleaner import clean_html
from index.crawl.crawler import CrawlOptions, crawl
from index.crawl.fetch import FetchLimits

HOSTILE_LABELS = ["undefined", "a\x00b", "utf-8\x00", "base64", "zlib", "rot13", "hex",
                  "unicode_escape", "raw_unicode_escape", "utf-7", "idna", "punycode",
                  "charmap", "x" * 5000, "", "   ", "\"'", "utf-8; evil", "../../etc"]
BODY = "Webinar literasi digital bersama narasumber dari Dinas Kominfo. " * 8


@pytest.mark.parametrize("label", HOSTILE_LABELS)
def test_labels_that_name_no_charset_are_ignored(label: str) -> None:
    assert text_codec(label) is None
    assert choose_charset("café".encode("cp1252"), label) is None


def test_real_labels_still_work() -> None:
    assert text_codec(" \"windows-1252\" ") == "cp1252"
    assert text_codec("Shift_JIS") == "shift_jis"
    assert choose_charset("кириллица".encode("koi8-r"), "koi8-r") == "koi8-r"


@pytest.mark.parametrize("label", HOSTILE_LABELS)
def test_page_with_a_hostile_meta_charset_is_cleaned(label: str) -> None:
    page = (f'<html><head><meta charset="{label}"><title>Webinar café</title></head>'
            f"<body><article><p>{BODY} café</p></article></body></html>")
    article = clean_html(page.encode("cp1252", "replace"))
    assert "Webinar literasi digital" in article.text
    assert "café" in article.text


def test_crawl_survives_a_server_sending_charset_undefined(tmp_path: Path) -> None:
    path = "/2021/06/18/webinar-literasi-digital"
    with Site() as site:
        site.add("/", html_reply(hub_page([path])))
        body = article_page("Webinar café", paragraphs(1), canonical=site.url(path))
        site.add(path, Reply(body=body.encode("cp1252"),
                             content_type="text/html; charset=undefined"))
        report = crawl([site.url("/")], CrawlOptions(
            out=tmp_path, delay=0.01, max_attempts=1,
            limits=FetchLimits(connect_timeout=2, read_timeout=2, total_timeout=5)))
    assert report.stored == 1
