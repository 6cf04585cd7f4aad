"""Multi-page articles: links to the later pages of the same article, and nothing else."""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest

from index.clean.cleaner import clean_html
from index.clean.pagination import find_next_pages, page_key

ARTICLE = "https://www.kabarlintas.example/read/2022/02/01/guru-webinar"


def next_pages(links: str, url: str | None = ARTICLE) -> list[str]:
    root = lxml.html.document_fromstring(f"<html><head></head><body>{links}</body></html>")
    return find_next_pages(root, url)


def test_page_query_links_in_a_pager() -> None:
    pager = "<a href='?page=1'>1</a> <a href='?page=2'>2</a> <a href='?page=3'>3</a>"
    assert next_pages(pager) == [f"{ARTICLE}?page=2", f"{ARTICLE}?page=3"]


@pytest.mark.parametrize("link", [
    f"<a href='{ARTICLE}/2'>Halaman selanjutnya</a>",
    f"<a href='{ARTICLE}/2'>Halaman 2</a>",
    "<a href='/read/2022/02/01/guru-webinar?page=2'>Selanjutnya &raquo;</a>",
    "<a href='guru-webinar?page=2'>Next</a>",
    f"<a rel='next' href='{ARTICLE}?page=2'>lanjut membaca</a>",
])
def test_next_page_cues(link: str) -> None:
    assert len(next_pages(link)) == 1


def test_link_rel_next_in_the_head() -> None:
    root = lxml.html.document_fromstring(
        f"<html><head><link rel='next' href='{ARTICLE}?page=2'></head><body><p>x</p></body></html>")
    assert find_next_pages(root, ARTICLE) == [f"{ARTICLE}?page=2"]


@pytest.mark.parametrize("link", [
    "<a href='/read/2022/02/02/berita-lain'>Berita selanjutnya</a>",
    "<a href='/read/2022/02/02/berita-lain?page=2'>Next</a>",
    "<a href='/read/2022/02/01/guru-webinar?page=2'>Lihat foto pelatihan guru</a>",
    "<a href='https://lain.example/read/2022/02/01/guru-webinar?page=2'>2</a>",
    "<a href='javascript:void(0)'>Next</a>",
])
def test_links_that_are_not_this_articles_next_page(link: str) -> None:
    assert next_pages(link) == []


def test_only_pages_after_the_current_one() -> None:
    pager = "<a href='?page=1'>1</a> <a href='?page=2'>2</a> <a href='?page=3'>3</a>"
    assert next_pages(pager, url=f"{ARTICLE}?page=2") == [f"{ARTICLE}?page=3"]


def test_without_a_page_url_nothing_can_be_checked() -> None:
    assert next_pages(f"<a href='{ARTICLE}?page=2'>2</a>", url=None) == []


@pytest.mark.parametrize(("url", "key", "number"), [
    (f"{ARTICLE}?page=3", "kabarlintas.example/read/2022/02/01/guru-webinar?", 3),
    (f"{ARTICLE}/2", "kabarlintas.example/read/2022/02/01/guru-webinar?", 2),
    (f"{ARTICLE}/page/4/", "kabarlintas.example/read/2022/02/01/guru-webinar?", 4),
    ("https://x.example/berita-judul-2.html", "x.example/berita-judul.html?", 2),
    (f"{ARTICLE}?utm_source=wa", "kabarlintas.example/read/2022/02/01/guru-webinar?utm_source=wa",
     1),
])
def test_page_key(url: str, key: str, number: int) -> None:
    assert page_key(url) == (key, number)


def test_a_later_page_reports_the_rest(fixtures: Path) -> None:
    article = clean_html((fixtures / "clean" / "halaman-dua.html").read_bytes())
    assert article.next_pages == [f"{ARTICLE}?page=3"]
    assert "Berita selanjutnya" not in article.text
