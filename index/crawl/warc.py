"""WARC files: what the crawler writes, and what ``build``/``update`` read back.

Writing (:class:`WarcWriter`): each stored article page is a ``request`` record and a
``response`` record (WARC/1.1, warcio), each record its own gzip member, flushed as soon
as it is written, so a crawl killed mid-write loses at most the record being written and
every earlier record stays readable. Files are named
``<prefix>-<UTC time>-<pid>-<serial>.warc.gz`` (sorted by name = sorted by time, which is
what makes a later re-crawl of a page win in ``build``) and rotate at ``max_file_bytes``.

The stored payload is the *decoded* body: when a server sent ``Content-Encoding: gzip`` the
crawler inflated it under its bomb guard, and the record holds the HTML with
``Content-Encoding``/``Transfer-Encoding`` removed, ``Content-Length`` set to the stored
length, and the original encoding kept as ``X-Webinar-Search-Decoded-From``. The payload is
what the cleaner reads, and any WARC reader can replay it without inflating anything.

A multi-page article is stored as its pages' ``response`` records, each marked with
``X-Webinar-Search-Stitched-Into: <article URL>``, followed by one ``resource`` record
(``text/html; charset=utf-8``) for that URL holding the stitched document
(:mod:`index.crawl.stitch`) and listing the pages in ``X-Webinar-Search-Stitched-Pages``.

Reading (:func:`iter_warc_pages`): ``response`` records with status 200 and an HTML type,
and HTML ``resource`` records, minus the pages marked as stitched into another record.
Other records (requests, robots.txt, images, redirects, revisits) are passed over silently:
a WARC from another crawler holds many. Each page comes with the charset its HTTP header
named, for :mod:`index.clean.charsets`. A record that cannot be read (garbled, cut short by a
killed crawl) comes out as a page with ``error`` set, and reading goes on at the next record
start after it (a gzip member that inflates to ``WARC/``, or a ``WARC/1.`` line); a file that
is not a WARC at all is one such page.
"""

from __future__ import annotations

import gzip
import os
import time
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from io import BytesIO
from pathlib import Path
from typing import BinaryIO
from urllib.parse import urlsplit

from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from index.errors import InputError

from .fetch import HTML_TYPES, FetchResult, charset_from_content_type

STITCHED_INTO = "X-Webinar-Search-Stitched-Into"
STITCHED_PAGES = "X-Webinar-Search-Stitched-Pages"
DECODED_FROM = "X-Webinar-Search-Decoded-From"
_HOP_HEADERS = {"content-encoding", "transfer-encoding", "content-length", "connection",
                "keep-alive"}
MAX_RECORD_BYTES = 50 * 2**20


def _warc_date(timestamp: float) -> str:
    moment = datetime.fromtimestamp(timestamp, tz=timezone.utc)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _builder() -> WARCWriter:
    """A warcio record builder; one per call, so encoding is safe in any thread."""
    return WARCWriter(BytesIO(), gzip=False, warc_version="1.1")


def _members(builder: WARCWriter, records: list, level: int) -> bytes:
    """``records`` serialized, each as its own gzip member."""
    members = []
    for record in records:
        buffer = BytesIO()
        builder.out = buffer
        builder.write_record(record)
        members.append(gzip.compress(buffer.getvalue(), compresslevel=level, mtime=0))
    return b"".join(members)


def _page_records(builder: WARCWriter, result: FetchResult, extra: dict[str, str]) -> list:
    body = result.body
    headers = [(k, v) for k, v in result.headers if k.lower() not in _HOP_HEADERS]
    headers.append(("Content-Length", str(len(body))))
    if result.content_encoding:
        headers.append((DECODED_FROM, result.content_encoding))
    status_line = f"{result.status} {result.reason}".strip()
    http = StatusAndHeaders(status_line, headers, protocol=result.http_version)
    warc_headers = {"WARC-Date": _warc_date(result.started), **extra}
    if result.peer:
        warc_headers["WARC-IP-Address"] = result.peer
    response = builder.create_warc_record(
        result.url, "response", payload=BytesIO(body), length=len(body),
        http_headers=http, warc_headers_dict=warc_headers)
    parts = urlsplit(result.url)
    target = (parts.path or "/") + ("?" + parts.query if parts.query else "")
    request_http = StatusAndHeaders(f"GET {target} {result.http_version}",
                                    list(result.request_headers), is_http_request=True)
    request = builder.create_warc_record(
        result.url, "request", payload=BytesIO(b""), length=0, http_headers=request_http,
        warc_headers_dict={
            "WARC-Date": _warc_date(result.started),
            "WARC-Concurrent-To": response.rec_headers.get_header("WARC-Record-ID"),
        })
    return [request, response]


def encode_page(result: FetchResult, level: int = 6) -> bytes:
    """The request and response records of one fetched page, ready to append to a file.

    Thread-safe and mostly spent in zlib and hashlib (which release the GIL), so crawler
    workers encode pages in parallel and the writer only appends bytes.
    """
    return _members(_builder(), _page_records(_builder(), result, {}), level)


def encode_stitched(url: str, html: bytes, pages: list[FetchResult], level: int = 6) -> bytes:
    """A multi-page article: every page's records (marked), then the stitched document."""
    builder = _builder()
    records = []
    for page in pages:
        records.extend(_page_records(builder, page, {STITCHED_INTO: url}))
    records.append(builder.create_warc_record(
        url, "resource", payload=BytesIO(html), length=len(html),
        warc_content_type="text/html; charset=utf-8",
        warc_headers_dict={
            "WARC-Date": _warc_date(time.time()),
            STITCHED_PAGES: " ".join(p.url for p in pages),
        }))
    return _members(builder, records, level)


class WarcWriter:
    """Appends encoded records to rotating ``.warc.gz`` files in ``out_dir``."""

    def __init__(self, out_dir: Path, *, prefix: str = "crawl", software: str = "webinar-search",
                 max_file_bytes: int = 2**30) -> None:
        self.out_dir = out_dir
        self.prefix = prefix
        self.software = software
        self.max_file_bytes = max_file_bytes
        self.files: list[Path] = []
        self._file: BinaryIO | None = None
        self._size = 0
        self._serial = 0
        self._stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")

    def __enter__(self) -> WarcWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None

    def _open(self) -> None:
        self.close()
        name = f"{self.prefix}-{self._stamp}-{os.getpid()}-{self._serial:05d}.warc.gz"
        self._serial += 1
        path = self.out_dir / name
        try:
            self.out_dir.mkdir(parents=True, exist_ok=True)
            self._file = open(path, "ab")
        except OSError as exc:
            raise InputError(f"{path}: cannot write the WARC file ({exc.strerror or exc})") \
                from None
        self._size = 0
        self.files.append(path)
        builder = _builder()
        info = builder.create_warcinfo_record(name, {
            "software": self.software,
            "format": "WARC File Format 1.1",
            "robots": "obey",
            "description": "article pages crawled for webinar-search",
        })
        self._write(_members(builder, [info], 6))

    def _write(self, data: bytes) -> None:
        assert self._file is not None
        self._file.write(data)
        self._file.flush()
        self._size += len(data)

    def append(self, encoded: bytes) -> None:
        """Append records made by :func:`encode_page` / :func:`encode_stitched`, flushed."""
        if self._file is None or self._size > self.max_file_bytes:
            self._open()
        self._write(encoded)

    def write_page(self, result: FetchResult) -> None:
        """Store one fetched page: its request and response records."""
        self.append(encode_page(result))


@dataclass
class WarcPage:
    """An HTML page read from a WARC file, or why a record could not be read."""

    uri: str | None
    offset: int
    body: bytes = b""
    charset: str | None = None
    error: str | None = None


@dataclass
class WarcTally:
    """How many WARC records a reader passed over, kept pages or not (for a job's report)."""

    records: int = 0


def iter_warc_pages(source: Path | BinaryIO, max_bytes: int = MAX_RECORD_BYTES,
                    tally: WarcTally | None = None) -> Iterator[WarcPage]:
    """The HTML pages stored in the WARC file at ``source`` (see the module doc).

    ``source`` is a path, or a binary stream already open (a Spark job reads files from
    any Hadoop file system and hands over their bytes), read to its end but not closed.
    ``tally`` counts every record seen, HTML or not.
    """
    if isinstance(source, (str, Path)):
        with open(source, "rb") as stream:
            yield from _pages_in(stream, max_bytes, tally)
    else:
        yield from _pages_in(source, max_bytes, tally)


def _pages_in(stream: BinaryIO, max_bytes: int, tally: WarcTally | None) -> Iterator[WarcPage]:
    """Pages of ``stream``; past a record that cannot be read, on at the next record.

    The file is untrusted input and warcio raises assorted types on malformed records
    (ArchiveLoadFailed, EOFError, ValueError, AttributeError for a response without a
    target URI...). Each such record comes out as one page with ``error`` set (its message
    quotes raw bytes of the file: made one line), and when the stream can seek, reading
    resumes at the next record start found after it (:func:`_next_record_start`): in a
    Common Crawl file of 40,000 records one garbled record costs that record only. A
    stream that cannot seek, or no record start after the bad one, ends the file there.
    """
    start = _position(stream)
    seen = readable = 0
    while True:
        records = ArchiveIterator(stream)
        try:
            for record in records:
                seen += 1
                if tally is not None:
                    tally.records += 1
                page = _page_of(record, max_bytes)
                readable += 1
                if page is not None:
                    # Asked only now: for a gzip member, warcio reads to its end to answer.
                    page.offset = records.get_record_offset()
                    yield page
        except Exception as exc:
            failed_at = records.offset  # where the bad record began
            resume = None if start is None else _next_record_start(stream, start, failed_at + 1)
            what = "unreadable WARC record skipped" if resume is not None or readable \
                else "not a readable WARC file"
            yield WarcPage(uri=None, offset=failed_at, error=f"{what} ({_one_line(str(exc))})")
            if resume is None:
                return
            stream.seek(resume)
            continue
        break
    if not seen:
        yield WarcPage(uri=None, offset=0, error="empty file (no WARC records)")


def _position(stream: BinaryIO) -> int | None:
    """Where a seekable ``stream`` stands, or ``None`` when it cannot seek back."""
    try:
        return stream.tell() if stream.seekable() else None
    except (OSError, ValueError):
        return None


_GZIP_MEMBER = b"\x1f\x8b\x08"
_WARC_LINE = b"\nWARC/1."
_SCAN_BLOCK = 1 << 20


def _next_record_start(stream: BinaryIO, first: int, after: int) -> int | None:
    """The offset of the first record that starts at or after ``after`` in the file whose
    first record is at ``first``, else ``None``.

    A record starts with a gzip member whose first bytes inflate to ``WARC/`` (the usual
    record-per-member files: a gzip header that happens to occur inside compressed data
    inflates to something else, and is passed over), or, in an uncompressed file, with a
    ``WARC/1.`` line. The file is read in blocks, never whole (a Common Crawl file is
    about 1 GB)."""
    stream.seek(first)
    gzipped = stream.read(2) == b"\x1f\x8b"
    marker, skip = (_GZIP_MEMBER, 0) if gzipped else (_WARC_LINE, 1)
    position = max(0, after - skip)
    while True:
        stream.seek(position)
        block = stream.read(_SCAN_BLOCK + len(marker))
        if len(block) < len(marker):
            return None
        found = block.find(marker)
        while found != -1 and found < _SCAN_BLOCK:
            candidate = position + found + skip
            if not gzipped or _inflates_to_warc(stream, candidate):
                return candidate
            found = block.find(marker, found + 1)
        position += _SCAN_BLOCK


def _inflates_to_warc(stream: BinaryIO, offset: int) -> bool:
    """Whether a gzip member starting at ``offset`` begins with a WARC record header."""
    stream.seek(offset)
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        head = inflater.decompress(stream.read(4096), 16)
    except zlib.error:
        return False
    return head.startswith(b"WARC/")


def _one_line(text: str, limit: int = 160) -> str:
    """``text`` as one printable line (no control characters, breaks or escape codes)."""
    printable = "".join(ch if ch.isprintable() else " " for ch in text)
    line = " ".join(printable.split())
    return line if len(line) <= limit else line[:limit - 1] + "…"


def _page_of(record: object, max_bytes: int, offset: int = 0) -> WarcPage | None:
    rec_type = record.rec_type  # type: ignore[attr-defined]
    headers = record.rec_headers  # type: ignore[attr-defined]
    uri = headers.get_header("WARC-Target-URI")
    if rec_type == "response":
        if headers.get_header(STITCHED_INTO) or not uri or \
                not uri.lower().startswith(("http://", "https://")):
            return None
        http = record.http_headers  # type: ignore[attr-defined]
        if http is None or http.get_statuscode() is None:
            return WarcPage(uri=uri, offset=offset, error="record cut short (no HTTP headers)")
        if http.get_statuscode() != "200":
            return None
        content_type = http.get_header("Content-Type")
    elif rec_type == "resource":
        content_type = headers.get_header("Content-Type")
    else:
        return None
    media = (content_type or "").split(";", 1)[0].strip().lower()
    if media not in HTML_TYPES:
        return None
    body = record.content_stream().read(max_bytes + 1)  # type: ignore[attr-defined]
    if len(body) > max_bytes:
        return WarcPage(uri=uri, offset=offset, error=f"record larger than {max_bytes} bytes")
    expected = _expected_length(record, rec_type)
    if expected is not None and len(body) < expected:
        return WarcPage(uri=uri, offset=offset,
                        error=f"record cut short ({len(body)} of {expected} bytes)")
    return WarcPage(uri=uri, offset=offset, body=body,
                    charset=charset_from_content_type(content_type))


def _expected_length(record: object, rec_type: str) -> int | None:
    """The payload length the record declares, when it can be known without decoding."""
    http = getattr(record, "http_headers", None)
    if rec_type == "response" and http is not None:
        if http.get_header("Content-Encoding") or http.get_header("Transfer-Encoding"):
            return None
        declared = http.get_header("Content-Length")
        return int(declared) if declared and declared.isdigit() else None
    declared = record.rec_headers.get_header("Content-Length")  # type: ignore[attr-defined]
    return int(declared) if declared and declared.isdigit() else None
