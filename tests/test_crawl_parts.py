"""The crawler's building blocks, one by one: URL keys, robots.txt rules, sitemaps and
feeds, page analysis, charsets, the inflater, WARC files, stitching, the host scheduler."""

from __future__ import annotations

import gzip
import random
import zlib
from pathlib import Path

import pytest
from sitesim import article_page, hub_page, paragraphs

from index import clean_html
from index.clean.charsets import choose_charset
from index.crawl.fetch import (
    DECOMPRESSION_BOMB,
    TOO_LARGE,
    Fetcher,
    FetchLimits,
    FetchResult,
    InflateError,
    inflate,
    is_public_address,
    parse_retry_after,
)
from index.crawl.hosts import HostScheduler
from index.crawl.pageinfo import analyze_page, article_verdict, looks_like_next_page
from index.crawl.robots import RobotsAnswer, policy_from_answer
from index.crawl.seeds import parse_listing, read_seed_args
from index.crawl.stitch import PageBody, stitch_pages
from index.crawl.urlnorm import clean_url, url_key
from index.crawl.warc import WarcWriter, iter_warc_pages
from index.pipeline.sources import iter_sources

LIMITS = FetchLimits(max_bytes=1 << 20)


# URLs -----------------------------------------------------------------------------------

def test_clean_url_drops_fragments_tracking_and_default_ports() -> None:
    assert clean_url("HTTPS://Berita.Example:443/a/../b/c?utm_source=x&id=7&fbclid=1#top") == \
        "https://berita.example/b/c?id=7"
    assert clean_url("/2021/06/x y", "http://berita.example/index") == \
        "http://berita.example/2021/06/x%20y"
    assert clean_url("mailto:redaksi@berita.example") is None
    assert clean_url("javascript:void(0)") is None
    assert clean_url("http://berita.example:99999/") is None


def test_url_key_treats_site_variants_as_one_page() -> None:
    key = url_key("https://www.berita.example/2021/06/19/webinar-literasi")
    for variant in ("http://berita.example/2021/06/19/webinar-literasi/",
                    "https://berita.example/amp/2021/06/19/webinar-literasi",
                    "https://berita.example/2021/06/19/webinar-literasi/amp/",
                    "https://berita.example/2021/06/19/webinar-literasi?amp=1",
                    "https://berita.example/2021/06/19/webinar-literasi?utm_campaign=wa#komentar"):
        assert url_key(variant) == key, variant
    assert url_key("https://berita.example/a?b=2&a=1") == url_key("https://berita.example/a?a=1&b=2")
    assert url_key("https://berita.example/a?page=2") != url_key("https://berita.example/a")


# robots.txt -------------------------------------------------------------------------------

def test_robots_rules_follow_rfc_9309() -> None:
    body = b"User-agent: *\nDisallow: /rahasia/\nCrawl-delay: 2.5\n"
    policy = policy_from_answer(RobotsAnswer(200, body), "webinar-search-bot")
    assert not policy.allows("http://a.example/rahasia/x")
    assert policy.allows("http://a.example/berita/x")
    assert policy.delay() == 2.5
    assert policy_from_answer(RobotsAnswer(404), "bot").allows("http://a.example/x")
    unreachable = policy_from_answer(RobotsAnswer(503), "bot")
    assert not unreachable.allows("http://a.example/x") and unreachable.unreachable == "http 503"
    assert not policy_from_answer(RobotsAnswer(None, error="timeout"), "bot").allows("http://a/")


def test_robots_groups_for_our_agent_win() -> None:
    body = (b"User-agent: *\nDisallow: /\n\nUser-agent: webinar-search-bot\nAllow: /\n"
            b"Request-rate: 1/4\n")
    policy = policy_from_answer(RobotsAnswer(200, body), "webinar-search-bot")
    assert policy.allows("http://a.example/berita")
    assert policy.delay() == 4.0


# seeds ------------------------------------------------------------------------------------

def test_listings_are_recognized_by_content() -> None:
    urlset = (b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
              b"<url><loc> http://a.example/1 </loc><lastmod>2021-01-01</lastmod></url>"
              b"<url><loc>http://a.example/2</loc></url></urlset>")
    listing = parse_listing(gzip.compress(urlset), "application/x-gzip", LIMITS)
    assert listing is not None and listing.kind == "urlset"
    assert listing.urls == ["http://a.example/1", "http://a.example/2"]
    index = parse_listing(b"<sitemapindex><sitemap><loc>http://a.example/s.xml</loc></sitemap>"
                          b"</sitemapindex>", "text/xml", LIMITS)
    assert index is not None and index.lists_sitemaps and index.urls == ["http://a.example/s.xml"]
    rss = parse_listing(b"<rss><channel><item><guid>http://a.example/g</guid></item><item>"
                        b"<link>http://a.example/l</link><guid>x</guid></item></channel></rss>",
                        "application/rss+xml", LIMITS)
    assert rss is not None and rss.urls == ["http://a.example/g", "http://a.example/l"]
    text = parse_listing(b"http://a.example/1\nhttp://a.example/2\n", "text/plain", LIMITS)
    assert text is not None and text.urls == ["http://a.example/1", "http://a.example/2"]
    assert parse_listing(b"<!DOCTYPE html><html></html>", "", LIMITS) is None


def test_listings_resolve_no_external_entities(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("http://rahasia.example/bocor", encoding="utf-8")
    xxe = (f'<?xml version="1.0"?><!DOCTYPE u [<!ENTITY x SYSTEM "file://{secret}">]>'
           '<urlset><url><loc>&x;</loc></url></urlset>').encode()
    listing = parse_listing(xxe, "text/xml", LIMITS)
    assert listing is not None
    assert (listing.kind, listing.urls, listing.error) == ("urlset", [], None)


def test_a_gzipped_listing_bomb_is_refused() -> None:
    bomb = gzip.compress(b"<urlset>" + bytes(8 << 20))
    listing = parse_listing(bomb, "application/x-gzip", FetchLimits(max_bytes=1 << 20))
    assert listing is not None and listing.error and "inflates past" in listing.error


def test_seed_files_list_urls(tmp_path: Path) -> None:
    path = tmp_path / "urls.txt"
    path.write_text("# komentar\nhttp://a.example/1\n\nhttps://b.example/2  # kedua\n")
    assert read_seed_args([str(path), "http://c.example/"]) == [
        "http://a.example/1", "https://b.example/2", "http://c.example/"]


# pages ------------------------------------------------------------------------------------

def test_article_pages_are_told_from_section_pages() -> None:
    url = "http://a.example/2021/06/19/webinar-literasi-digital-kota"
    info = analyze_page(url, article_page("Webinar", paragraphs(1)).encode())
    assert article_verdict(url, info, 400) is None
    hub = "http://a.example/kategori/daerah"
    hub_info = analyze_page(hub, hub_page([f"/2021/06/{i}/a-b-c-d" for i in range(1, 30)]).encode())
    assert article_verdict(hub, hub_info, 400) is not None
    assert "http://a.example/2021/06/1/a-b-c-d" in hub_info.links


def test_page_fingerprint_ignores_the_template() -> None:
    body = paragraphs(3)
    one = analyze_page("http://a.example/x", article_page("A", body).encode())
    bare = "<html><body>" + "".join(f"<p>{p}</p>" for p in body) + "</body></html>"
    two = analyze_page("http://a.example/y", bare.encode())
    assert one.fingerprint == two.fingerprint
    other = analyze_page("http://a.example/z", article_page("A", paragraphs(4)).encode())
    assert other.fingerprint != one.fingerprint


def test_meta_robots_and_canonical_are_read() -> None:
    page = article_page("A", paragraphs(1), canonical="/kanonik",
                        head='<meta name="robots" content="noindex, nofollow">')
    info = analyze_page("http://a.example/x", page.encode())
    assert info.canonical == "http://a.example/kanonik"
    assert info.noindex and info.nofollow
    assert article_verdict("http://a.example/x", info, 10) == "noindex"


def test_next_page_shapes() -> None:
    page = "http://a.example/2021/06/19/seminar-panjang"
    for later in (page + "/2", page + "?page=2", page + "-2", page + "/halaman/2/"):
        assert looks_like_next_page(page, later), later
    assert looks_like_next_page("http://a.example/berita/seminar.html",
                                "http://a.example/berita/seminar-2.html")
    for other in ("http://a.example/2021/06/19/seminar-lain", "http://b.example/2021/06/19/x",
                  page + "/komentar", "http://a.example/"):
        assert not looks_like_next_page(page, other), other


# charsets, fetch helpers --------------------------------------------------------------------

def test_charset_choice() -> None:
    text = "“Literasi” – Rp5.000"
    assert choose_charset(text.encode("cp1252"), "windows-1252") == "cp1252"
    assert choose_charset(text.encode("utf-8"), "iso-8859-1") == "utf-8"
    assert choose_charset(text.encode("cp1252"), None) is None
    assert choose_charset(b"\xef\xbb\xbfabc", "latin-1") == "utf-8-sig"
    assert choose_charset(text.encode("cp1252"), "no-such-charset") is None


def test_inflate_stops_a_bomb_without_inflating_it() -> None:
    bomb = zlib.compress(bytes(64 << 20))
    with pytest.raises(InflateError) as caught:
        inflate(gzip.compress(bytes(64 << 20)), "gzip", LIMITS)
    assert caught.value.reason == DECOMPRESSION_BOMB
    with pytest.raises(InflateError) as caught:
        inflate(bomb, "deflate", LIMITS)
    assert caught.value.reason == DECOMPRESSION_BOMB
    noise = random.Random(7).randbytes(2 << 20)
    with pytest.raises(InflateError) as caught:
        inflate(gzip.compress(noise), "gzip", LIMITS)
    assert caught.value.reason == TOO_LARGE
    assert inflate(gzip.compress(b"<p>ok</p>"), "gzip", LIMITS) == b"<p>ok</p>"


def test_retry_after_and_addresses() -> None:
    assert parse_retry_after("120") == 120.0
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT", now=1445412480.0) == 0.0
    assert parse_retry_after("soon") is None
    assert not is_public_address("127.0.0.1")
    assert not is_public_address("10.1.2.3")
    assert not is_public_address("::ffff:192.168.1.1")
    assert not is_public_address("100.64.0.1")
    assert is_public_address("93.184.216.34")


def test_fetcher_refuses_non_http_urls() -> None:
    result = Fetcher("bot").fetch("ftp://a.example/x")
    assert result.error == "unsupported url" and result.status is None


# WARC -------------------------------------------------------------------------------------

def _result(url: str, body: bytes, charset: str = "utf-8") -> FetchResult:
    return FetchResult(url=url, status=200, reason="OK", body=body, started=1.0e9,
                       headers=[("Content-Type", f"text/html; charset={charset}"),
                                ("Content-Encoding", "gzip"), ("Content-Length", "3")],
                       content_encoding="gzip",
                       request_headers=[("Host", "a.example"), ("User-Agent", "bot")])


def test_warc_round_trip_and_a_cut_off_file(tmp_path: Path) -> None:
    pages = [article_page(f"A{i}", paragraphs(i)).encode() for i in range(3)]
    with WarcWriter(tmp_path) as writer:
        for i, page in enumerate(pages):
            writer.write_page(_result(f"http://a.example/{i}", page))
    path, = writer.files
    read = list(iter_warc_pages(path))
    assert [p.uri for p in read] == [f"http://a.example/{i}" for i in range(3)]
    assert [p.body for p in read] == pages and all(p.charset == "utf-8" for p in read)
    data = path.read_bytes()
    path.write_bytes(data[:-200])
    cut = list(iter_warc_pages(path))
    assert [p.body for p in cut[:2]] == pages[:2]
    assert cut[2].error is not None
    docs = list(iter_sources([str(tmp_path)]))
    assert [d.error is None for d in docs] == [True, True, False]


def test_a_file_that_is_not_a_warc_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "rusak.warc"
    path.write_bytes(b"hello world\n")
    docs = list(iter_sources([str(path)]))
    assert len(docs) == 1 and "not a readable WARC file" in (docs[0].error or "")
    path.write_bytes(b"")
    docs = list(iter_sources([str(path)]))
    assert len(docs) == 1 and "empty" in (docs[0].error or "")


# stitching, scheduling ----------------------------------------------------------------------

def test_stitched_pages_clean_to_the_whole_article() -> None:
    one, two = paragraphs(1, 3), paragraphs(2, 3)
    html = stitch_pages([
        PageBody("http://a.example/x", article_page("Judul", one).encode("cp1252"),
                 "windows-1252"),
        PageBody("http://a.example/x?page=2", article_page("Judul", two).encode()),
    ])
    text = clean_html(html).text
    assert all(text.count(p) == 1 for p in one + two)
    assert b'<meta charset="utf-8">' in html


def test_scheduler_spaces_requests_start_to_start() -> None:
    scheduler = HostScheduler(default_delay=0.2)
    scheduler.wake("a")
    scheduler.wake("b")
    a = scheduler.pop_ready(0.0)
    b = scheduler.pop_ready(0.0)
    assert {a.name, b.name} == {"a", "b"} and scheduler.pop_ready(0.0) is None
    scheduler.start(a)
    scheduler.finish(a, started=0.0, ended=0.05)
    assert scheduler.pop_ready(0.1) is None
    assert scheduler.next_wake() == pytest.approx(0.2)
    assert scheduler.pop_ready(0.2) is a
    scheduler.start(a)
    scheduler.finish(a, started=0.2, ended=0.9)
    assert scheduler.next_wake() == pytest.approx(0.9)
