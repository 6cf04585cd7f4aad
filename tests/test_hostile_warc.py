"""WARC files from elsewhere are untrusted: a malformed record is skipped, never the build's end.

Regression tests for two finds of ``tests/test_fuzz_sources.py``: a ``response`` record
without ``WARC-Target-URI`` made warcio raise ``AttributeError``, which stopped ``build``
with an internal error; and the "not a readable WARC file" message quoted the file's raw
bytes, line breaks and terminal escape codes included, into what should be one line.
"""

from __future__ import annotations

import gzip
from io import BytesIO
from pathlib import Path

from click.testing import CliRunner
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from index.pipeline.sources import iter_sources
from search.cli import cli

PAGE = ("<html><head><title>Webinar Literasi</title></head><body><article>"
        + "<p>Webinar literasi digital diikuti ratusan peserta dari berbagai daerah.</p>" * 5
        + "</article></body></html>").encode()


def good_record(url: str = "https://berita.example/2021/06/18/webinar") -> bytes:
    out = BytesIO()
    writer = WARCWriter(out, gzip=False)
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8"),
                                          ("Content-Length", str(len(PAGE)))],
                               protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record(
        url, "response", payload=BytesIO(PAGE),
        length=len(PAGE), http_headers=headers))
    return out.getvalue()


def record_without_target() -> bytes:
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + PAGE
    return (b"WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:1>\r\n"
            b"Content-Type: application/http; msgtype=response\r\n"
            b"Content-Length: " + str(len(http)).encode() + b"\r\n\r\n" + http + b"\r\n\r\n")


def test_a_response_without_target_uri_is_skipped_and_the_file_read_on(tmp_path: Path) -> None:
    warc = tmp_path / "asing.warc"
    later = "https://berita.example/2021/06/19/webinar-lagi"
    warc.write_bytes(good_record() + record_without_target() + good_record(later))
    docs = list(iter_sources([str(warc)]))
    assert [d.error is None for d in docs] == [True, False, True]
    assert "unreadable WARC record skipped" in (docs[1].error or "")
    assert docs[2].url == later
    result = CliRunner().invoke(cli, ["build", str(warc), "--index", str(tmp_path / "ix")])
    assert result.exit_code == 0, result.output
    assert "indexed 2 documents" in result.output


def test_a_garbled_gzip_record_costs_that_record_only(tmp_path: Path) -> None:
    """Common Crawl files hold one record per gzip member: past a garbled member the reader
    finds the next one (a gzip header that inflates to ``WARC/``) and goes on."""
    members = [gzip.compress(good_record(f"https://berita.example/{i}")) for i in range(3)]
    middle = bytearray(members[1])
    middle[len(middle) // 2: len(middle) // 2 + 40] = b"\x00" * 40
    warc = tmp_path / "cc.warc.gz"
    warc.write_bytes(members[0] + bytes(middle) + members[2])
    docs = list(iter_sources([str(warc)]))
    assert [d.url for d in docs if d.error is None] == \
        ["https://berita.example/0", "https://berita.example/2"]
    bad = [d for d in docs if d.error is not None]
    assert len(bad) == 1 and "unreadable WARC record skipped" in (bad[0].error or "")
    assert bad[0].origin.endswith(f"@{len(members[0])}")


def test_a_file_of_noise_is_not_a_warc(tmp_path: Path) -> None:
    noise = tmp_path / "noise.warc.gz"
    noise.write_bytes(b"\x1f\x8b\x08" + bytes(range(256)) * 8)
    docs = list(iter_sources([str(noise)]))
    assert len(docs) == 1 and "not a readable WARC file" in (docs[0].error or "")


def test_unreadable_record_message_is_one_printable_line(tmp_path: Path) -> None:
    warc = tmp_path / "rusak.warc"
    warc.write_bytes(good_record() + b"\x1b[31mBUKAN WARC\r\n\x1b]0;judul\x07\r\nlagi\r\n\r\n")
    *_, last = iter_sources([str(warc)])
    assert last.error and "unreadable WARC record skipped" in last.error
    assert last.error.isprintable(), repr(last.error)
    assert len(last.error) < 250
