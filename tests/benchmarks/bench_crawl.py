"""Crawler throughput against its politeness ceiling, on simulated hosts on loopback.

    python tests/benchmarks/bench_crawl.py [--hosts 50] [--delay 0.2] [--articles 50]

A separate server process (so the crawler's CPU is measured alone) serves ``--hosts`` fake
news sites on 127.0.0.1, one port each. Every site has a robots.txt, a home page, section
pages and ``--articles`` article pages of realistic weight (about 40 KB: menus, trending
lists, related links, inline script and style around an eight-paragraph body). The crawler
starts from the home pages with ``--delay`` seconds per host, and must find, judge and
store every article.

The politeness ceiling is hosts / delay requests per second (50 / 0.2 = 250): no polite
crawler can go faster. The gaps between two requests to one host are taken from the
server's log (stamped when it accepts a connection; the one busy server process adds a
few milliseconds of noise either way; the tests check the minimum gap precisely).

The report gives pages per second against that ceiling (the aim is >= 80 %), the CPU
time per page of the crawler process (all threads), and checks that every article was
stored once.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from itertools import pairwise
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE.parent.parent)]

from sitesim import Reply, Site, html_reply  # noqa: E402

SECTIONS = ["nasional", "daerah", "ekonomi", "teknologi", "pendidikan", "kesehatan",
            "olahraga", "hiburan"]
WORDS = ("webinar literasi digital narasumber peserta daring kegiatan pemerintah kota kabupaten "
         "masyarakat pelatihan teknologi informasi keamanan data pribadi media sosial hoaks "
         "diskusi seminar pendidikan guru siswa orang tua komunitas relawan desa").split()


def _sentence(seed: int, length: int) -> str:
    words = [WORDS[(seed * 7 + i * 13) % len(WORDS)] for i in range(length)]
    return " ".join(words).capitalize() + "."


def _article_path(i: int) -> str:
    return f"/{2021 + i % 2}/{i % 12 + 1:02d}/{i % 28 + 1:02d}/berita-webinar-nomor-{i}-di-kota"


def _chrome(articles: int) -> tuple[str, str]:
    """The template around every page: head assets, menus, trending, footer (~35 KB)."""
    style = "<style>" + "".join(f".c{i}{{margin:{i}px;padding:{i % 7}px;color:#{i:06x}}}"
                                for i in range(250)) + "</style>"
    script = "<script>" + "".join(f"var t{i}='{_sentence(i, 8)}';" for i in range(150)) + \
        "</script>"
    menu = "".join(f'<li><a href="/kategori/{s}">{s.title()}</a></li>' for s in SECTIONS)
    tags = "".join(f'<li><a href="/kategori/{SECTIONS[i % len(SECTIONS)]}">Topik {i}</a></li>'
                   for i in range(120))
    trending = "".join(f'<li><a href="{_article_path(i)}">{_sentence(i, 9)}</a></li>'
                       for i in range(0, articles, max(1, articles // 15)))
    footer = "".join(f'<a href="/kategori/{SECTIONS[i % len(SECTIONS)]}">Tautan {i}</a> '
                     for i in range(40))
    social = "".join(f'<a href="https://sosial{i}.example/warta">Sosial {i}</a>'
                     for i in range(10))
    top = (f'<head><meta charset="utf-8">{style}{script}</head><body><header><nav><ul>{menu}'
           f'</ul></nav><ul class="tags">{tags}</ul></header><aside><ol>{trending}</ol></aside>')
    bottom = f'<footer><div>{footer}</div><div>{social}</div></footer></body></html>'
    return top, bottom


def _build_site(site: Site, articles: int) -> None:
    top, bottom = _chrome(articles)
    site.add("/robots.txt", Reply(body=b"User-agent: *\nDisallow: /cari/\n",
                                  content_type="text/plain"))
    listing = [_article_path(i) for i in range(articles)]
    per_section = (articles + len(SECTIONS) - 1) // len(SECTIONS)
    home_items = "".join(f'<li><a href="{p}">{_sentence(i, 10)}</a></li>'
                         for i, p in enumerate(listing[:per_section]))
    site.add("/", html_reply(f"<!DOCTYPE html><html>{top}<main><ul>{home_items}</ul></main>"
                             f"{bottom}"))
    for n, section in enumerate(SECTIONS):
        chunk = listing[n * per_section:(n + 1) * per_section]
        items = "".join(f'<li><a href="{p}">{_sentence(i, 10)}</a></li>'
                        for i, p in enumerate(chunk))
        site.add(f"/kategori/{section}",
                 html_reply(f"<!DOCTYPE html><html>{top}<main><ul>{items}</ul></main>{bottom}"))
    for i, path in enumerate(listing):
        body = "".join(f"<p>{_sentence(i * 31 + k, 30)} Catatan {site.port}-{i}-{k}.</p>"
                       for k in range(8))
        related = "".join(f'<li><a href="{listing[(i + k) % articles]}">Baca juga {k}</a></li>'
                          for k in range(1, 6))
        head = top.replace("<head>", '<head><meta property="og:type" content="article">')
        page = (f"<!DOCTYPE html><html>{head}<main><article><h1>{_sentence(i, 8)}</h1>{body}"
                f"<ul class=related>{related}</ul></article></main>{bottom}")
        site.add(path, html_reply(page))


def serve(hosts: int, articles: int) -> None:
    """Server mode: start the sites, print their ports, run until stdin closes."""
    sites = [Site() for _ in range(hosts)]
    for site in sites:
        _build_site(site, articles)
        site.__enter__()
    print(json.dumps({"ports": [s.port for s in sites],
                      "page_bytes": len(sites[0].routes[_article_path(0)].body)}), flush=True)
    sys.stdin.read()
    gaps = sorted(later.time - earlier.time for s in sites
                  for earlier, later in pairwise(sorted(s.hits, key=lambda h: h.time)))
    print(json.dumps({"requests": sum(len(s.hits) for s in sites),
                      "gap_median": gaps[len(gaps) // 2],
                      "gap_p95": gaps[int(len(gaps) * 0.95)]}), flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--hosts", type=int, default=50)
    parser.add_argument("--delay", type=float, default=0.2)
    parser.add_argument("--articles", type=int, default=50, help="articles per host")
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve(args.hosts, args.articles)
        return

    from index.crawl.crawler import CrawlOptions, crawl

    server = subprocess.Popen([sys.executable, __file__, "--serve", "--hosts", str(args.hosts),
                               "--articles", str(args.articles)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert server.stdout is not None and server.stdin is not None
    info = json.loads(server.stdout.readline())
    seeds = [f"http://127.0.0.1:{port}/" for port in info["ports"]]
    with tempfile.TemporaryDirectory() as out:
        options = CrawlOptions(out=Path(out), delay=args.delay, concurrency=args.hosts)
        started = time.monotonic()
        report = crawl(seeds, options)
        wall = time.monotonic() - started
        warc_bytes = sum(p.stat().st_size for p in Path(out).glob("*.warc.gz"))
    server.stdin.close()
    server_log = json.loads(server.stdout.readline())
    served = server_log["requests"]
    server.wait(timeout=30)

    ceiling = args.hosts / args.delay
    pages = report.fetched
    expected_articles = args.hosts * args.articles
    rate = pages / wall
    request_rate = report.requests / wall
    print(f"bench_crawl: {args.hosts} hosts on 127.0.0.1, delay {args.delay} s/host, "
          f"{args.articles} articles/host, ~{info['page_bytes'] // 1024} KB article pages")
    print(f"{'measure':<34}{'value':>14}")
    rows = [
        ("politeness ceiling (requests/s)", f"{ceiling:.0f}"),
        ("requests made (server log)", f"{served}"),
        ("gap per host median/p95 (s)", f"{server_log['gap_median']:.3f}/"
                                        f"{server_log['gap_p95']:.3f}"),
        ("pages fetched", f"{pages}"),
        ("articles stored", f"{report.stored} / {expected_articles}"),
        ("wall time (s)", f"{wall:.1f}"),
        ("requests/s", f"{request_rate:.1f}"),
        ("pages/s", f"{rate:.1f}"),
        ("pages/s vs ceiling", f"{100 * rate / ceiling:.0f} %"),
        ("requests/s vs ceiling", f"{100 * request_rate / ceiling:.0f} %"),
        ("CPU time per page (ms)", f"{1000 * report.cpu_seconds / max(pages, 1):.2f}"),
        ("crawler CPU use (cores)", f"{report.cpu_seconds / wall:.2f}"),
        ("WARC bytes per article", f"{warc_bytes // max(report.stored, 1)}"),
        ("errors", f"{sum(report.errors.values())}"),
    ]
    for name, value in rows:
        print(f"{name:<34}{value:>14}")
    if report.stored != expected_articles or report.errors:
        print("FAILED: not every article was stored once, or there were errors:",
              dict(report.errors), file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
