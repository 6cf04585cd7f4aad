"""``webinar-search crawl`` from the command line, and ``build`` over what it wrote."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner
from sitesim import Site
from test_crawl import ARTICLES, news_site

from search.cli import cli


def test_crawl_then_build_from_the_command_line(runner: CliRunner, tmp_path: Path) -> None:
    out, index_dir = tmp_path / "warc", tmp_path / "index"
    with Site() as site:
        news_site(site)
        result = runner.invoke(cli, ["crawl", site.url("/"), "--out", str(out), "--delay", "0.05",
                                     "--contact", "https://contoh.example/kontak"])
        agents = {hit.headers.get("user-agent") for hit in site.hits}
    assert result.exit_code == 0, result.output
    assert f"{len(ARTICLES)} articles stored" in result.output
    assert "errors: 0" in result.output
    agent, = agents
    assert agent.startswith("webinar-search-bot/") and "contoh.example/kontak" in agent
    result = runner.invoke(cli, ["build", str(out), "--index", str(index_dir)])
    assert result.exit_code == 0, result.output
    assert f"indexed {len(ARTICLES)} documents" in result.output
    result = runner.invoke(cli, ["query", "literasi", "--index", str(index_dir), "--json"])
    assert json.loads(result.output)["total"] >= 1


def test_crawl_errors_are_one_line(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(cli, ["crawl", "ftp://contoh.example/", "--out", str(tmp_path)])
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [
        "Error: ftp://contoh.example/: only http(s) URLs can be crawled"]
    result = runner.invoke(cli, ["crawl", "http://contoh.example/", "--out", str(tmp_path),
                                 "--include", "("])
    assert result.exit_code == 1 and "not a valid regular expression" in result.output
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / "crawl-state.sqlite").write_bytes(b"not sqlite at all" * 100)
    result = runner.invoke(cli, ["crawl", "http://contoh.example/", "--out",
                                 str(tmp_path / "bad")])
    assert result.exit_code == 1 and "not a crawl state database" in result.output


def test_two_crawls_into_one_folder_are_refused(runner: CliRunner, tmp_path: Path) -> None:
    from index.crawl.frontier import STATE_FILE, Frontier

    with Frontier(tmp_path / STATE_FILE):
        result = runner.invoke(cli, ["crawl", "http://contoh.example/", "--out", str(tmp_path)])
    assert result.exit_code == 1 and "another crawl is running" in result.output
