"""WARC files from elsewhere are untrusted: a malformed record ends the file, not the build.

Regression tests for two finds of ``tests/test_fuzz_sources.py``: a ``response`` record
without ``WARC-Target-URI`` made warcio raise ``AttributeError``, which stopped ``build``
with an internal error; and the "not a readable WARC file" message quoted the file's raw
bytes, line breaks and terminal escape codes included, into what should be one line.
"""

from __future__ import annotations

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


def good_record() -> bytes:
    out = BytesIO()
    writer = WARCWriter(out, gzip=False)
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8"),
                                          ("Content-Length", str(len(PAGE)))],
                               protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record(
        "https://berita.example/2021/06/18/webinar", "response", payload=BytesIO(PAGE),
        length=len(PAGE), http_headers=headers))
    return out.getvalue()


def record_without_target() -> bytes:
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + PAGE
    return (b"WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:1>\r\n"
            b"Content-Type: application/http; msgtype=response\r\n"
            b"Content-Length: " + str(len(http)).encode() + b"\r\n\r\n" + http + b"\r\n\r\n")


def test_response_without_target_uri_ends_the_file_not_the_build(tmp_path: Path) -> None:
    warc = tmp_path / "asing.warc"
    warc.write_bytes(good_record() + record_without_target() + good_record())
    docs = list(iter_sources([str(warc)]))
    assert docs[0].html is not None
    assert docs[-1].error and "not a readable WARC file" in docs[-1].error
    result = CliRunner().invoke(cli, ["build", str(warc), "--index", str(tmp_path / "ix")])
    assert result.exit_code == 0, result.output
    assert "indexed 1 documents" in result.output


def test_unreadable_record_message_is_one_printable_line(tmp_path: Path) -> None:
    warc = tmp_path / "rusak.warc"
    warc.write_bytes(good_record() + b"\x1b[31mBUKAN WARC\r\n\x1b]0;judul\x07\r\nlagi\r\n\r\n")
    *_, last = iter_sources([str(warc)])
    assert last.error and "not a readable WARC file" in last.error
    assert last.error.isprintable(), repr(last.error)
    assert len(last.error) < 250
