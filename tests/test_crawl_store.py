"""What the crawler keeps: dedup, multi-page stitching, charsets, WARC output that ``build``
reads, resuming after a kill, and re-crawls with conditional GET."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sitesim import (
    Hit,
    Reply,
    Site,
    article_page,
    gzipped,
    html_reply,
    hub_page,
    paragraphs,
)
from test_crawl import ARTICLES, news_site, options, reasons
from warcio.archiveiterator import ArchiveIterator

from index import clean_html
from index.crawl.crawler import crawl
from index.model import Article
from index.pipeline.records import PipelineStats, iter_articles
from index.pipeline.sources import iter_sources

REPO = Path(__file__).resolve().parent.parent


def built(*sources: Path) -> list[Article]:
    """The records ``build`` would index for ``sources``, sorted by URL."""
    stats = PipelineStats()
    articles = list(iter_articles(iter_sources([str(s) for s in sources]), stats))
    assert not [s for s in stats.skipped if "cut short" not in s[1]], stats.skipped
    return sorted(articles, key=lambda a: a.url or "")


def warc_records(out: Path) -> list[tuple[str, str | None]]:
    """(type, target URI) of every record in the WARC files of ``out``, read with warcio."""
    records = []
    for path in sorted(out.glob("*.warc.gz")):
        with open(path, "rb") as stream:
            for record in ArchiveIterator(stream):
                records.append((record.rec_type, record.rec_headers.get_header("WARC-Target-URI")))
    return records


def test_the_same_article_under_several_urls_is_stored_once(tmp_path: Path) -> None:
    main = "/2021/07/06/webinar-keamanan-digital-lindungi-data"
    body = paragraphs(11)
    variants = [
        main,
        main + "/?utm_source=whatsapp&utm_medium=share",  # tracking + trailing slash
        "/amp" + main,  # AMP variant of the same path
        "/read/884213",  # another address naming the main one as canonical
        "/cetak/884213",  # print view: another template, the same text, no canonical
    ]
    with Site() as site:
        site.add("/", html_reply(hub_page(variants)))
        canonical = site.url(main)
        site.add(main, html_reply(article_page("Webinar Keamanan", body, canonical=canonical)))
        site.add("/read/884213", html_reply(article_page("Webinar Keamanan", body,
                                                         canonical=canonical)))
        printable = ('<html><head><meta property="og:type" content="article"></head>'
                     "<body><h1>Webinar Keamanan</h1>") + "".join(
            f"<p>{p}</p>" for p in body) + "</body></html>"
        site.add("/cetak/884213", html_reply(printable))
        report = crawl([site.url("/")], options(tmp_path))
        paths = site.paths()
    assert not [p for p in paths if "utm_" in p or p.startswith("/amp")]
    assert report.stored == 1
    responses = [uri for kind, uri in warc_records(tmp_path) if kind == "response"]
    assert responses == [canonical]
    assert len(built(tmp_path)) == 1
    recorded = reasons(tmp_path)
    assert recorded[site.url("/read/884213")] == "duplicate url (canonical)"
    assert recorded[site.url("/cetak/884213")] == "duplicate content"


def test_an_article_found_first_under_another_url_keeps_its_canonical_as_alias(
        tmp_path: Path) -> None:
    main = "/2021/07/07/diskusi-publik-tentang-sampah-plastik"
    with Site() as site:
        site.add("/", html_reply(hub_page(["/r/555123", main])))
        page = article_page("Diskusi", paragraphs(12), canonical=site.url(main))
        site.add("/r/555123", html_reply(page))
        site.add(main, html_reply(page))
        report = crawl([site.url("/")], options(tmp_path))
        paths = site.paths()
    assert main not in paths  # known as an alias once /r/555123 named it canonical
    assert report.stored == 1
    assert [a.url for a in built(tmp_path)] == [site.url(main)]


def _two_page_site(site: Site, *, rel_next: bool) -> tuple[str, list[str], list[str]]:
    first = "/2021/08/01/seminar-daring-ketahanan-pangan-dua-halaman"
    page_one, page_two = paragraphs(20, 3), paragraphs(30, 4)
    head = '<link rel="next" href="?page=2">' if rel_next else ""
    pager = '<nav class="pager"><a href="?">1</a> <a href="?page=2">2</a></nav>'
    html_one = article_page("Seminar Ketahanan Pangan", page_one, canonical=site.url(first),
                            head=head).replace("</article>", pager + "</article>")
    html_two = article_page("Seminar Ketahanan Pangan", page_two,
                            head='<link rel="prev" href="?">')
    site.add("/", html_reply(hub_page([first, first + "?page=2"])))
    site.add(first, html_reply(html_one))
    site.add(first + "?page=2", html_reply(html_two))
    return first, page_one, page_two


def test_a_two_page_article_is_stitched_into_one_record(tmp_path: Path) -> None:
    with Site() as site:
        first, page_one, page_two = _two_page_site(site, rel_next=True)
        report = crawl([site.url("/")], options(tmp_path))
        assert len(site.hits_for(first + "?page=2")) == 1
    assert report.stored == 1
    records = built(tmp_path)
    assert [r.url for r in records] == [site.url(first)]
    text = records[0].text
    for paragraph in page_one + page_two:
        assert text.count(paragraph) == 1, paragraph
    assert text.index(page_one[-1]) < text.index(page_two[0])
    kinds = [kind for kind, _ in warc_records(tmp_path)]
    assert kinds.count("response") == 2 and kinds.count("resource") == 1


def test_next_pages_named_by_the_cleaner_are_followed(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import index.crawl.worker

    def cleaner_with_pagination(html: bytes | str, url: str | None = None) -> Article:
        article = clean_html(html, url)
        if url and url.endswith("dua-halaman"):
            article.next_pages = [url + "?page=2"]
        return article

    monkeypatch.setattr(index.crawl.worker, "clean_html", cleaner_with_pagination)
    with Site() as site:
        _, page_one, page_two = _two_page_site(site, rel_next=False)
        report = crawl([site.url("/")], options(tmp_path))
    assert report.stored == 1
    text = built(tmp_path)[0].text
    assert page_one[0] in text and page_two[-1] in text


def test_a_page_with_a_wrong_charset_label_is_decoded(tmp_path: Path) -> None:
    quote = "Diskusi \u201cLiterasi Media\u201d \u2013 pemilih pemula"
    body = paragraphs(40) + [quote + " mendapat sambutan hangat dari para peserta diskusi."]
    latin = "/2021/11/03/diskusi-literasi-media-pemilih-pemula"
    mislabelled = "/2021/11/04/webinar-budaya-bermedia-yang-santun"
    with Site() as site:
        news_site(site, articles=[], extra_links=[latin, mislabelled])
        # Windows-1252 bytes whose <meta> claims UTF-8; the HTTP header is right.
        page = article_page("Diskusi Literasi Media", body, canonical=site.url(latin))
        site.add(latin, Reply(body=page.encode("cp1252"),
                              content_type="text/html; charset=windows-1252"))
        # UTF-8 bytes, no <meta>, served as ISO-8859-1.
        other = article_page("Budaya Bermedia", paragraphs(41) + [quote + " kata panitia."],
                             canonical=site.url(mislabelled), charset=None)
        site.add(mislabelled, Reply(body=other.encode("utf-8"),
                                    content_type="text/html; charset=iso-8859-1"))
        report = crawl([site.url("/")], options(tmp_path))
    assert report.stored == 2
    texts = {r.url: r.text for r in built(tmp_path)}
    assert quote in texts[site.url(latin)]
    assert quote in texts[site.url(mislabelled)]


def test_warc_reads_back_with_warcio_and_builds_like_the_html_files(
        tmp_path: Path, fixtures: Path) -> None:
    pages = sorted((fixtures / "crawl").glob("*.html"))
    with Site() as site:
        paths = [f"/2021/artikel/{page.stem}" for page in pages]
        site.add("/", html_reply(hub_page(paths)))
        for path, page in zip(paths, pages, strict=True):
            charset = "windows-1252" if "cp1252" in page.name else "utf-8"
            site.add(path, Reply(body=page.read_bytes(),
                                 content_type=f"text/html; charset={charset}"))
        report = crawl([site.url("/")], options(tmp_path / "out"))
        served = {site.url(path): page.read_bytes()
                  for path, page in zip(paths, pages, strict=True)}
    assert report.stored == len(pages)
    records = warc_records(tmp_path / "out")
    assert records[0] == ("warcinfo", None)
    assert [kind for kind, _ in records[1:]] == ["request", "response"] * len(pages)
    payloads = {}
    for path in (tmp_path / "out").glob("*.warc.gz"):
        with open(path, "rb") as stream:
            for record in ArchiveIterator(stream):
                if record.rec_type == "response":
                    assert record.http_headers.get_statuscode() == "200"
                    uri = record.rec_headers.get_header("WARC-Target-URI")
                    payloads[uri] = record.content_stream().read()
    assert payloads == served
    from_warc = built(tmp_path / "out")
    from_html = built(fixtures / "crawl")
    assert [a.to_dict() for a in from_warc] == [a.to_dict() for a in from_html]
    assert all(a.text for a in from_warc)


def test_gzip_responses_are_stored_decoded(tmp_path: Path) -> None:
    with Site() as site:
        news_site(site, articles=ARTICLES[:1])
        page = article_page("Webinar", paragraphs(50), canonical=site.url(ARTICLES[0]))
        site.add(ARTICLES[0], Reply(body=gzipped(page.encode()),
                                    headers=[("Content-Encoding", "gzip")]))
        crawl([site.url("/")], options(tmp_path))
    record, = built(tmp_path)
    assert paragraphs(50)[0] in record.text


def test_sitemap_index_gzipped_sitemap_feeds_and_url_files_as_seeds(tmp_path: Path) -> None:
    arts = [f"/2022/03/{10 + i}/pelatihan-digital-untuk-umkm-bagian-{i}" for i in range(6)]
    with Site() as feeds, Site() as site:
        for i, path in enumerate(arts):
            site.add(path, html_reply(article_page(f"Pelatihan {i}", paragraphs(60 + i))))

        def urlset(paths: list[str]) -> bytes:
            return ('<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/'
                    'sitemap/0.9">' + "".join(f"<url><loc>{site.url(p)}</loc></url>"
                                              for p in paths) + "</urlset>").encode()

        site.add("/sitemap_index.xml", Reply(
            body=('<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/'
                  f'sitemap/0.9"><sitemap><loc>{site.url("/sitemap-1.xml.gz")}</loc></sitemap>'
                  f'<sitemap><loc>{site.url("/sitemap-2.xml")}</loc></sitemap></sitemapindex>'
                  ).encode(), content_type="application/xml"))
        site.add("/sitemap-1.xml.gz", Reply(body=gzipped(urlset(arts[:2])),
                                            content_type="application/x-gzip"))
        site.add("/sitemap-2.xml", Reply(body=urlset(arts[2:3]), content_type="text/xml"))
        feeds.add("/rss.xml", Reply(body=(
            '<?xml version="1.0"?><rss version="2.0"><channel><title>Kabar</title>'
            f'<item><title>a</title><link>{site.url(arts[3])}</link></item>'
            '</channel></rss>').encode(), content_type="application/rss+xml"))
        feeds.add("/atom.xml", Reply(body=(
            '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>K</title>'
            f'<entry><title>b</title><link href="{site.url(arts[4])}"/></entry></feed>'
            ).encode(), content_type="application/atom+xml"))
        url_file = tmp_path / "seeds.txt"
        url_file.write_text(f"# satu per baris\n{site.url(arts[5])}\n", encoding="utf-8")
        report = crawl([site.url("/sitemap_index.xml"), feeds.url("/rss.xml"),
                        feeds.url("/atom.xml"), str(url_file)],
                       options(tmp_path / "out", allow_private=True))
    assert report.stored == len(arts)
    assert sorted(a.url for a in built(tmp_path / "out")) == sorted(site.url(p) for p in arts)


def test_recrawl_uses_conditional_get(tmp_path: Path) -> None:
    version = {"hub": 1}
    arts = ARTICLES[:2]

    def hub(hit: Hit) -> Reply:
        etag = f'"hub-v{version["hub"]}"'
        if hit.headers.get("if-none-match") == etag:
            return Reply(status=304, headers=[("ETag", etag)])
        links = arts + ([ARTICLES[2]] if version["hub"] > 1 else [])
        return html_reply(hub_page(links), headers=[("ETag", etag)])

    def article(i: int) -> Reply | object:
        stamp = "Mon, 05 Jul 2021 10:00:00 GMT"

        def reply(hit: Hit) -> Reply:
            if hit.headers.get("if-modified-since") == stamp:
                return Reply(status=304)
            return html_reply(article_page(f"Seri {i}", paragraphs(70 + i)),
                              headers=[("Last-Modified", stamp)])
        return reply

    with Site() as site:
        site.add("/", hub)
        for i, path in enumerate(ARTICLES[:3]):
            site.add(path, article(i))  # type: ignore[arg-type]
        first = crawl([site.url("/")], options(tmp_path, revisit_days=0))
        mark = len(site.hits)
        version["hub"] = 2
        second = crawl([site.url("/")], options(tmp_path, revisit_days=0))
        second_hits = site.hits[mark:]
        mark = len(site.hits)
        third = crawl([site.url("/")], options(tmp_path))
        third_hits = site.hits[mark:]
    assert first.stored == 2 and not first.resumed
    revisits = [h for h in second_hits if h.path in arts]
    assert len(revisits) == 2
    assert all(h.headers.get("if-modified-since") for h in revisits)
    assert second.skipped["not modified"] == 2 and second.stored == 1
    assert [h.path for h in third_hits] == ["/"]
    assert third_hits[0].headers.get("if-none-match") == '"hub-v2"'
    assert third.skipped["not modified"] == 1 and third.stored == 0


def test_a_killed_crawl_resumes_without_refetching(tmp_path: Path) -> None:
    arts = [f"/2021/09/{i % 28 + 1:02d}/webinar-kebangsaan-sesi-ke-{i}" for i in range(30)]
    out = tmp_path / "out"
    with Site() as site:
        site.add("/", html_reply(hub_page(arts)))
        for i, path in enumerate(arts):
            site.add(path, html_reply(article_page(f"Sesi {i}", paragraphs(100 + i),
                                                   canonical=site.url(path))))
        command = [sys.executable, "-m", "search", "crawl", site.url("/"), "--out", str(out),
                   "--delay", "0.05", "--quiet"]
        env = {**os.environ, "PYTHONPATH": str(REPO)}
        first = subprocess.Popen(command, env=env, stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE)
        deadline = time.monotonic() + 60
        while len(site.hits) < 12 and time.monotonic() < deadline and first.poll() is None:
            time.sleep(0.01)
        first.send_signal(signal.SIGKILL)
        first.communicate(timeout=10)
        before = site.paths()
        assert first.returncode == -signal.SIGKILL and len(before) < len(arts)
        second = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120,
                                check=False)
        after = site.paths()[len(before):]
    assert second.returncode == 0, second.stderr
    assert second.stdout.startswith("resumed:")
    # At most the one request in flight when the crawler died is made again.
    assert len(set(before) & set(after)) <= 1, set(before) & set(after)
    assert set(before) | set(after) >= set(arts)
    assert sorted(a.url for a in built(out)) == sorted(site.url(p) for p in arts)
