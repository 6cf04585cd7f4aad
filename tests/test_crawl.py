"""The crawler against a simulated site on 127.0.0.1: politeness, safety, failures.

Every assertion about what was requested, and when, reads the *server's* log
(:mod:`sitesim`), so a crawler that misreports itself still fails.
"""

from __future__ import annotations

import sqlite3
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
from sitesim import (
    Hit,
    Reply,
    Site,
    article_page,
    gzip_bomb,
    html_reply,
    hub_page,
    paragraphs,
    zeros,
)

from index.crawl.crawler import CrawlOptions, crawl
from index.crawl.fetch import FetchLimits
from index.crawl.frontier import STATE_FILE

ARTICLES = [f"/2021/06/{10 + i}/webinar-literasi-digital-seri-{i}" for i in range(4)]


def options(out: Path, **overrides: Any) -> CrawlOptions:
    """Fast settings for tests: short delays and timeouts, quick retries."""
    values: dict[str, Any] = {
        "out": out, "delay": 0.05, "retry_base": 0.05, "max_attempts": 3,
        "limits": FetchLimits(connect_timeout=2.0, read_timeout=2.0, total_timeout=5.0),
    }
    values.update(overrides)
    return CrawlOptions(**values)


def news_site(site: Site, articles: list[str] = ARTICLES, extra_links: list[str] = ()) -> None:
    site.add("/", html_reply(hub_page(articles + list(extra_links))))
    site.add("/kategori/daerah", html_reply(hub_page(articles, title="Daerah")))
    for i, path in enumerate(articles):
        site.add(path, html_reply(article_page(f"Webinar seri {i}", paragraphs(i),
                                               canonical=site.url(path))))


def reasons(out: Path) -> dict[str, str]:
    """URL -> recorded reason, from the crawl state."""
    with sqlite3.connect(out / STATE_FILE) as db:
        return {url: reason for url, reason in db.execute("SELECT url, reason FROM urls")}


def starts(hits: list[Hit]) -> list[float]:
    return sorted(hit.time for hit in hits)


def test_robots_disallow_and_crawl_delay_are_obeyed(tmp_path: Path) -> None:
    with Site() as site:
        news_site(site, extra_links=["/rahasia/arsip-internal", "/rahasia/"])
        site.add("/robots.txt", Reply(body=b"User-agent: *\nDisallow: /rahasia/\n"
                                           b"Crawl-delay: 0.25\n", content_type="text/plain"))
        report = crawl([site.url("/")], options(tmp_path, delay=0.05))
        paths = site.paths()
        times = starts(site.hits)
        hits = sorted(site.hits, key=lambda h: h.time)
    assert not [p for p in paths if p.startswith("/rahasia")]
    assert report.skipped["robots.txt disallow"] == 2
    assert paths[0] == "/robots.txt"
    assert set(ARTICLES) <= set(paths)
    gaps = [b - a for a, b in pairwise(times)]
    # Tolerance for scheduling noise in this one process (crawler and server share it).
    assert min(gaps) >= 0.25 - 0.03, gaps
    # never two requests to the host at once: each starts after the previous one ended
    assert all(later.time >= earlier.ended - 0.005 for earlier, later in pairwise(hits))


def test_default_delay_spaces_requests_when_robots_has_none(tmp_path: Path) -> None:
    with Site() as site:
        news_site(site)
        crawl([site.url("/")], options(tmp_path, delay=0.15))
        times = starts(site.hits)
    gaps = [b - a for a, b in pairwise(times)]
    assert len(gaps) >= 5 and min(gaps) >= 0.15 - 0.03, gaps


def test_out_of_scope_and_excluded_urls_are_never_requested(tmp_path: Path) -> None:
    with Site() as other, Site() as site:
        other.add("/", html_reply(hub_page([])))
        news_site(site, extra_links=[other.url("/2021/06/19/berita-situs-lain"),
                                     "/tag/webinar", "/berkas/materi.pdf", "/foto/acara.jpg"])
        report = crawl([site.url("/")], options(tmp_path, exclude=(r"/tag/",)))
        paths = site.paths()
    assert other.hits == []
    assert "/tag/webinar" not in paths
    assert not [p for p in paths if p.endswith((".pdf", ".jpg"))]
    assert report.skipped["out of scope (other site)"] == 1
    assert report.skipped["out of scope (--exclude)"] == 1
    assert report.skipped["non-HTML link"] == 2


def test_prefix_scope_limits_followed_links(tmp_path: Path) -> None:
    with Site() as site:
        news_site(site, extra_links=["/2020/01/01/arsip-lama-tentang-banjir-di-kota"])
        crawl([site.url("/")], options(tmp_path, prefixes=(site.url("/2021/"),)))
        paths = site.paths()
    assert set(ARTICLES) <= set(paths)
    assert "/2020/01/01/arsip-lama-tentang-banjir-di-kota" not in paths


def test_429_with_retry_after_and_503_are_retried_then_succeed(tmp_path: Path) -> None:
    calls: dict[str, int] = {}

    def flaky(status: int, failures: int, path: str, headers: list[tuple[str, str]]) -> Any:
        def reply(hit: Hit) -> Reply:
            calls[path] = calls.get(path, 0) + 1
            if calls[path] <= failures:
                return Reply(status=status, body=b"busy", headers=headers)
            return html_reply(article_page("Webinar", paragraphs(ARTICLES.index(path))))
        return reply

    with Site() as site:
        news_site(site, articles=ARTICLES[:2])
        site.add(ARTICLES[0], flaky(429, 1, ARTICLES[0], [("Retry-After", "1")]))
        site.add(ARTICLES[1], flaky(503, 2, ARTICLES[1], []))
        report = crawl([site.url("/")], options(tmp_path))
        first = starts(site.hits_for(ARTICLES[0]))
        second = starts(site.hits_for(ARTICLES[1]))
    assert len(first) == 2 and first[1] - first[0] >= 1.0 - 0.03
    assert len(second) == 3
    assert report.stored == 2
    assert report.retries == 3
    assert not report.errors


def test_retry_gives_up_after_max_attempts(tmp_path: Path) -> None:
    with Site() as site:
        news_site(site, articles=ARTICLES[:1])
        site.add(ARTICLES[0], Reply(status=503, body=b"down"))
        report = crawl([site.url("/")], options(tmp_path, max_attempts=2))
        assert len(site.hits_for(ARTICLES[0])) == 2
    assert report.errors["http 503"] == 1
    assert reasons(tmp_path)[site.url(ARTICLES[0])] == "http 503"


def test_timeout_and_404_are_recorded_with_their_reason(tmp_path: Path) -> None:
    slow, missing = "/2021/06/20/halaman-lambat-sekali", "/2021/06/21/halaman-yang-hilang"
    with Site() as site:
        news_site(site, articles=ARTICLES[:1], extra_links=[slow, missing])
        site.add(slow, Reply(body=b"<p>late</p>", delay=1.0))
        fast_timeout = FetchLimits(connect_timeout=1.0, read_timeout=0.3, total_timeout=1.0)
        report = crawl([site.url("/")], options(tmp_path, limits=fast_timeout, max_attempts=1))
    assert report.errors["timeout"] == 1
    assert report.errors["http 404"] >= 1
    recorded = reasons(tmp_path)
    assert recorded[site.url(slow)] == "timeout"
    assert recorded[site.url(missing)] == "http 404"
    assert report.stored == 1


def test_redirect_loop_is_stopped_and_redirects_are_followed(tmp_path: Path) -> None:
    moved = "/berita/lama-12345"
    with Site() as site:
        news_site(site, articles=ARTICLES[:1], extra_links=["/putar/a", moved])
        site.add("/putar/a", Reply(status=302, headers=[("Location", "/putar/b")]))
        site.add("/putar/b", Reply(status=301, headers=[("Location", site.url("/putar/a"))]))
        site.add(moved, Reply(status=301, headers=[("Location", ARTICLES[1])]))
        site.add(ARTICLES[1], html_reply(article_page("Pindah", paragraphs(7))))
        report = crawl([site.url("/")], options(tmp_path))
        assert len(site.hits_for("/putar/a")) == 1
        assert len(site.hits_for("/putar/b")) == 1
        assert len(site.hits_for(ARTICLES[1])) == 1
    assert report.errors["redirect loop"] == 1
    assert report.stored == 2


def test_too_many_redirects_stop(tmp_path: Path) -> None:
    with Site() as site:
        news_site(site, articles=[], extra_links=["/r/0"])
        for i in range(10):
            site.add(f"/r/{i}", Reply(status=302, headers=[("Location", f"/r/{i + 1}")]))
        report = crawl([site.url("/")], options(tmp_path, max_redirects=3))
        assert "/r/4" not in site.paths()
    assert report.errors["too many redirects"] == 1


def test_a_50_mb_page_and_a_gzip_bomb_are_aborted(tmp_path: Path) -> None:
    huge, declared, bomb = "/2021/06/22/halaman-raksasa", "/2021/06/23/panjang-dinyatakan", \
        "/2021/06/24/bom-gzip-berbahaya"
    with Site() as site:
        news_site(site, articles=ARTICLES[:1], extra_links=[huge, declared, bomb])
        site.add(huge, Reply(body=zeros(50 * 2**20)))
        site.add(declared, Reply(body=zeros(50 * 2**20), length=50 * 2**20))
        site.add(bomb, Reply(body=gzip_bomb(64 * 2**20), headers=[("Content-Encoding", "gzip")]))
        limits = FetchLimits(connect_timeout=2.0, read_timeout=2.0, total_timeout=10.0,
                             max_bytes=2 * 2**20)
        report = crawl([site.url("/")], options(tmp_path, limits=limits))
        huge_hit, = site.hits_for(huge)
        declared_hit, = site.hits_for(declared)
    assert report.errors["too large"] == 2
    assert report.errors["decompression bomb"] == 1
    assert huge_hit.aborted and huge_hit.bytes_sent < 20 * 2**20
    assert declared_hit.aborted and declared_hit.bytes_sent < 20 * 2**20
    assert report.stored == 1


def test_non_html_responses_are_skipped_with_a_reason(tmp_path: Path) -> None:
    with Site() as site:
        news_site(site, articles=ARTICLES[:1], extra_links=["/unduh/jadwal"])
        site.add("/unduh/jadwal", Reply(body=b"%PDF-1.4 ...", content_type="application/pdf"))
        report = crawl([site.url("/")], options(tmp_path))
    assert report.skipped["not HTML (application/pdf)"] == 1


def test_links_on_a_page_to_other_private_hosts_need_allow_private(tmp_path: Path) -> None:
    with Site() as intranet, Site() as site:
        intranet.add("/", html_reply(hub_page([])))
        news_site(site, articles=ARTICLES[:1])
        site.add("/", html_reply(hub_page(ARTICLES[:1] + [intranet.url("/")])))
        refused = crawl([site.url("/")], options(tmp_path / "a", prefixes=("http://127.0.0.1",)))
        assert intranet.hits == []
        crawl([site.url("/")], options(tmp_path / "b", prefixes=("http://127.0.0.1",),
                                       allow_private=True))
        assert [h.path for h in intranet.hits] == ["/robots.txt", "/"]
    assert refused.errors["private address"] == 1


def test_max_pages_stops_the_run_and_the_next_run_continues(tmp_path: Path) -> None:
    with Site() as site:
        news_site(site)
        first = crawl([site.url("/")], options(tmp_path, max_pages=3))
        assert first.fetched == 3 and first.queued_left > 0
        second = crawl([site.url("/")], options(tmp_path))
        paths = site.paths()
    assert first.stored + second.stored == len(ARTICLES)
    assert all(paths.count(p) == 1 for p in ARTICLES)


def test_bad_seed_is_a_one_line_error(tmp_path: Path) -> None:
    from index.errors import InputError

    with pytest.raises(InputError, match="only http"):
        crawl(["ftp://example.org/"], options(tmp_path))
    with pytest.raises(InputError, match="no such file"):
        crawl([str(tmp_path / "missing.txt")], options(tmp_path))
