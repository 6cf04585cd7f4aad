"""The cheap screen (index/pipeline/screen.py) and records read back as sources."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from click.testing import CliRunner
from spark_warc import ARTICLE_URLS, PAGES, common_crawl_warc

from index.pipeline.records import outcome_of
from index.pipeline.screen import PageScreen
from index.pipeline.sources import SourceDocument, iter_sources
from search.cli import cli


def _doc(n: int) -> SourceDocument:
    url, _status, _type, body = PAGES[n]
    return SourceDocument(origin=url, url=url, html=body)


def test_the_screen_keeps_indonesian_webinar_coverage_only() -> None:
    screen = PageScreen()
    assert screen.reason_to_drop(_doc(0)) is None
    assert screen.reason_to_drop(_doc(1)) is None
    assert screen.reason_to_drop(_doc(2)) == "screened out: language en"
    assert screen.reason_to_drop(_doc(3)) == "screened out: no webinar cue word"
    assert PageScreen(languages=("id", "en")).reason_to_drop(_doc(2)) is None
    # a page whose language cannot be told is kept when it names a webinar
    short = SourceDocument(origin="x", html=b"<html><body><p>Webinar 12/9</p></body></html>")
    assert screen.reason_to_drop(short) is None


def test_the_screen_reads_visible_text_only() -> None:
    hidden = (b"<html lang='id'><head><script>var webinar = 1;</script></head><body><p>"
              b"Harga cabai di pasar naik lagi minggu ini dan pedagang mengeluh.</p></body>"
              b"</html>")
    assert PageScreen().reason_to_drop(SourceDocument(origin="x", html=hidden)) == \
        "screened out: no webinar cue word"


def test_extract_screen_drops_and_says_how_many(tmp_path: Path) -> None:
    warc = common_crawl_warc(tmp_path / "cc.warc.gz")
    result = CliRunner().invoke(cli, ["extract", "--json", "--screen", str(warc)])
    assert result.exit_code == 0
    urls = [json.loads(line)["url"] for line in result.stdout.splitlines()]
    assert urls == [ARTICLE_URLS[0], ARTICLE_URLS[1], PAGES[4][0]]
    assert "screen: 2 page(s) dropped before cleaning" in result.stderr


def test_extract_in_two_processes_prints_the_same(tmp_path: Path) -> None:
    warc = common_crawl_warc(tmp_path / "cc.warc.gz")
    one = CliRunner().invoke(cli, ["extract", "--json", str(warc)])
    two = CliRunner().invoke(cli, ["extract", "--json", "--extract-procs", "2", str(warc)])
    assert one.exit_code == two.exit_code == 0 and one.stdout == two.stdout


def test_record_lines_are_loaded_not_extracted(tmp_path: Path) -> None:
    warc = common_crawl_warc(tmp_path / "cc.warc.gz")
    lines = CliRunner().invoke(cli, ["extract", "--json", str(warc)]).stdout
    out = tmp_path / "spark-like"
    out.mkdir()
    (out / "_SUCCESS").write_text("")
    (out / "part-00000").write_text("")                     # an empty partition
    with gzip.open(out / "part-00001.gz", "wt", encoding="utf-8") as fh:
        fh.write(lines)
    (out / ".part-00001.gz.crc").write_bytes(b"crc")
    plain = tmp_path / "records.jsonl.gz"
    plain.write_bytes(gzip.compress(lines.encode("utf-8")))
    for source in (out, plain):
        docs = list(iter_sources([str(source)]))
        assert [d.error for d in docs] == [None] * 5
        assert all(d.record is not None and d.html is None for d in docs)
        assert [outcome_of(d)[0].to_json() for d in docs] == lines.splitlines()


def test_a_corrupt_record_file_is_one_reason(tmp_path: Path) -> None:
    bad = tmp_path / "records.jsonl.gz"
    bad.write_bytes(gzip.compress(b'{"url": "https://a.example/x", "text": "", "event": null}\n')
                    [:-12])
    docs = list(iter_sources([str(bad)]))
    assert docs[-1].error is not None and docs[-1].error.startswith("cannot read")
    wrong = tmp_path / "wrong.jsonl"
    wrong.write_text('{"url": "https://a.example/y", "event": 3}\n')
    (doc,) = iter_sources([str(wrong)])
    assert doc.error == 'a record needs a "text" string and an "event" that is null or an object'
