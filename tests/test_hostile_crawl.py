"""Hostile pages against the crawler, and the web server's default address.

A page the crawler did not start from must not be able to point it at the machine it runs
on or at the intranet: not by a link, a redirect or a sitemap entry, and not by spelling
``127.0.0.1`` differently (``localhost``, ``127.1``, ``2130706433``, ``0x7f000001``,
``[::1]``, ``[::ffff:127.0.0.1]``, ``0.0.0.0``). Schemes other than http(s) are never
requested. Each assertion reads the *intranet server's* own log (:mod:`sitesim`): it must
see no request at all. ``--allow-private`` is the documented way in (tested alongside).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from sitesim import Reply, Site, article_page, html_reply, hub_page, paragraphs

from index.crawl.crawler import CrawlOptions, crawl
from index.crawl.fetch import BAD_URL, PRIVATE_ADDRESS, Fetcher, FetchLimits, is_public_address

ARTICLE = "/2021/06/18/webinar-literasi-digital"
LIMITS = FetchLimits(connect_timeout=2.0, read_timeout=2.0, total_timeout=5.0)


def options(out: Path, **overrides: Any) -> CrawlOptions:
    values: dict[str, Any] = {"out": out, "delay": 0.02, "retry_base": 0.02,
                              "max_attempts": 1, "limits": LIMITS}
    values.update(overrides)
    return CrawlOptions(**values)


def loopback_spellings(port: int) -> list[str]:
    """The same machine, written the ways a hostile page might write it."""
    hosts = ["127.0.0.1", "localhost", "127.1", "2130706433", "0x7f000001", "0177.0.0.1",
             "127.0.0.1.", "[::1]", "[::ffff:127.0.0.1]", "0.0.0.0", "[::]", "LOCALHOST"]
    return [f"http://{host}:{port}/rahasia" for host in hosts]


OTHER_SCHEMES = ["file:///etc/passwd", "ftp://127.0.0.1/x", "gopher://127.0.0.1:70/x",
                 "javascript:alert(1)", "data:text/html,<p>x</p>", "mailto:a@b.example",
                 "dict://127.0.0.1:11211/stat", "ldap://127.0.0.1/x", "jar:http://x!/y",
                 "view-source:http://127.0.0.1/", "ws://127.0.0.1/x", "//:0/x"]


def test_fetcher_refuses_every_spelling_of_loopback_unless_trusted() -> None:
    with Site() as intranet:
        intranet.add("/rahasia", html_reply("<p>rahasia</p>"))
        fetcher = Fetcher("bot", LIMITS, trusted_hosts={"seed.example"})
        for url in loopback_spellings(intranet.port):
            result = fetcher.fetch(url)
            assert result.error in (PRIVATE_ADDRESS, "dns failed", BAD_URL), (url, result)
        assert intranet.hits == []
        trusted = Fetcher("bot", LIMITS, trusted_hosts={f"127.0.0.1:{intranet.port}"})
        assert trusted.fetch(intranet.url("/rahasia")).status == 200
        assert Fetcher("bot", LIMITS, allow_private=True).fetch(
            f"http://localhost:{intranet.port}/rahasia").status == 200


def test_fetcher_refuses_other_schemes() -> None:
    fetcher = Fetcher("bot", LIMITS, allow_private=True)
    for url in OTHER_SCHEMES:
        assert fetcher.fetch(url).error == BAD_URL, url


@pytest.mark.parametrize("address", [
    "127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "100.64.0.1",
    "0.0.0.0", "::1", "::", "fe80::1", "fc00::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1",
    "224.0.0.1", "255.255.255.255", "198.18.0.1", "fe80::1%eth0",
])
def test_non_public_addresses(address: str) -> None:
    assert not is_public_address(address)


def test_public_addresses() -> None:
    assert is_public_address("93.184.216.34")
    assert is_public_address("2606:2800:220:1:248:1893:25c8:1946")


def test_links_redirects_and_sitemaps_cannot_reach_loopback(tmp_path: Path) -> None:
    with Site() as intranet, Site() as site:
        intranet.add("/rahasia", html_reply(article_page("Rahasia", paragraphs(9))))
        spellings = loopback_spellings(intranet.port)
        links = [ARTICLE, "/pindah", *spellings, *OTHER_SCHEMES]
        site.add("/", html_reply(hub_page(links)))
        site.add(ARTICLE, html_reply(article_page("Webinar", paragraphs(1),
                                                  canonical=site.url(ARTICLE))))
        site.add("/pindah", Reply(status=302, headers=[("Location", spellings[0])]))
        sitemap = "".join(f"<url><loc>{u}</loc></url>" for u in spellings)
        site.add("/sitemap.xml", Reply(body=f'<?xml version="1.0"?><urlset xmlns='
                                            f'"http://www.sitemaps.org/schemas/sitemap/0.9">'
                                            f"{sitemap}</urlset>".encode(),
                                       content_type="application/xml"))
        prefixes = tuple(u.rsplit("/", 1)[0] for u in spellings) + (site.origin,)
        report = crawl([site.url("/"), site.url("/sitemap.xml")],
                       options(tmp_path / "refused", prefixes=prefixes))
        assert intranet.hits == [], [h.path for h in intranet.hits]
        assert report.errors[PRIVATE_ADDRESS] >= 1
        assert report.stored == 1
        crawl([site.url("/")], options(tmp_path / "allowed", prefixes=prefixes,
                                       allow_private=True))
        assert "/rahasia" in intranet.paths()


def test_serve_binds_loopback_unless_told(monkeypatch: pytest.MonkeyPatch,
                                          pages_index: Path) -> None:
    from search.cli import cli
    from webui import server

    bound: list[str] = []
    monkeypatch.setattr(server, "serve", lambda config, say=print: bound.append(config.host))
    monkeypatch.delenv("WEBINAR_SEARCH_HOST", raising=False)
    runner = CliRunner()
    assert runner.invoke(cli, ["serve", "--index", str(pages_index)]).exit_code == 0
    assert runner.invoke(cli, ["serve", "--index", str(pages_index), "--host", "0.0.0.0"]
                         ).exit_code == 0
    monkeypatch.setenv("WEBINAR_SEARCH_HOST", "::1")
    assert runner.invoke(cli, ["serve", "--index", str(pages_index)]).exit_code == 0
    assert bound == ["127.0.0.1", "0.0.0.0", "::1"]
