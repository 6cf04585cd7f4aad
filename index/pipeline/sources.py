"""Reading the inputs of ``build``, ``update`` and ``extract`` into uniform source documents.

A source is a file or a folder. Folders are walked recursively (sorted, so runs are
repeatable) for ``.html``/``.htm``, ``.txt`` (with ``text_mode``), ``.jsonl``/``.jsonl.gz``,
``.warc``/``.warc.gz`` files, and the ``part-NNNNN``/``part-NNNNN.gz`` files a Spark job
writes (:mod:`index.pipeline.spark`, JSON Lines too).
A ``.jsonl`` line holds ``{"url", "html"}`` or ``{"url", "text"}`` (text = an already clean
body; ``site``, ``title``, ``published`` and ``lang`` are taken when present), or a
finished record as ``extract --json`` prints it (a line with an ``event`` key, ``null`` or
an object): that one is loaded as it is (:attr:`SourceDocument.record`) and never cleaned
or extracted again, so records made elsewhere (a Spark cluster) are indexed without
repeating that work. ``-`` reads standard input. A WARC file (what ``webinar-search
crawl`` writes, or another crawler's) gives one document per stored HTML page
(:func:`index.crawl.warc.iter_warc_pages`): the record's target URI is its ``url``, the
HTTP body its ``html``, decoded here when the HTTP header names a charset
(:mod:`index.clean.charsets`), else left to the cleaner.

A path that does not exist is the user's mistake and stops the run before anything is
written (:class:`~index.errors.InputError`). A file that exists but cannot be used (empty,
binary, a broken JSON line) does not stop the run: it comes out as a
:class:`SourceDocument` whose ``error`` says why, so a batch of ten thousand pages is not
lost to one bad file and the caller can report each cause.
"""

from __future__ import annotations

import codecs
import gzip
import json
import re
import sys
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from index.clean.cleaner import MAX_PAGE_BYTES
from index.errors import InputError
from index.model import Article

if TYPE_CHECKING:
    from index.crawl.warc import WarcTally

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
TEXT_SUFFIXES = (".txt",)
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz")
SPARK_PART = re.compile(r"part-\d+(?:\.gz)?")
"""The name of a part file a Spark job's ``saveAsTextFile`` writes (gzip: ``.gz``)."""
WARC_SUFFIXES = (".warc", ".warc.gz")

_SNIFF_BYTES = 8192

MAX_DOCUMENT_BYTES = MAX_PAGE_BYTES
"""A file (or stdin) that holds one document is read only up to this size: past it, the
cleaner would refuse the page anyway, and reading it whole first would cost its size in
memory (a stray disk image named .html)."""

MAX_JSONL_LINE_BYTES = 4 * MAX_DOCUMENT_BYTES
"""One JSONL line holds one document, JSON-escaped (``\\uXXXX`` makes text up to six times
longer); a longer line is reported and skipped without being held in memory."""
_SKIP_CHUNK = 1 << 20


@dataclass
class SourceDocument:
    """One input document, or the reason it could not be read.

    Exactly one of ``html``, ``text``, ``record`` and ``error`` is set; ``html`` is bytes,
    or already decoded text when the source knew the charset (a WARC response's HTTP
    header); ``record`` is a finished record read back from JSON Lines.
    ``origin`` names where it came
    from (``path``, ``path:line`` or ``-``) for messages; ``url`` is the address the source
    itself gave, if any (a local ``.html`` file has none until the cleaner finds its
    canonical link); ``fallback_url`` (the file's URI) addresses the record when neither
    the source nor the page names a URL.
    """

    origin: str
    url: str | None = None
    html: bytes | str | None = None
    text: str | None = None
    error: str | None = None
    site: str | None = None
    title: str | None = None
    published: str | None = None
    lang: str | None = None
    fallback_url: str | None = None
    record: Article | None = None


def check_paths(paths: Iterable[str]) -> None:
    """Raise :class:`InputError` naming the first path that does not exist."""
    for p in paths:
        if p != "-" and not Path(p).exists():
            raise InputError(f"{p}: no such file or directory")


def iter_sources(paths: Iterable[str], *, text_mode: bool = False) -> Iterator[SourceDocument]:
    """Yield one :class:`SourceDocument` per input document, in the order given.

    ``text_mode`` makes plain files (and stdin) count as clean article bodies instead of
    HTML.
    """
    paths = list(paths)
    check_paths(paths)
    for p in paths:
        if p == "-":
            data = sys.stdin.buffer.read(MAX_DOCUMENT_BYTES + 1)
            if len(data) > MAX_DOCUMENT_BYTES:
                yield SourceDocument(origin="-", error=_too_large(None))
            else:
                yield _from_bytes("-", data, text_mode=text_mode)
            continue
        path = Path(p)
        if path.is_dir():
            for child in _walk(path, text_mode=text_mode):
                yield from _from_file(child, text_mode=text_mode)
        else:
            yield from _from_file(path, text_mode=text_mode)


def _walk(folder: Path, *, text_mode: bool) -> list[Path]:
    wanted = HTML_SUFFIXES + JSONL_SUFFIXES + WARC_SUFFIXES
    if text_mode:
        wanted += TEXT_SUFFIXES
    return sorted(
        f for f in folder.rglob("*")
        if f.is_file() and not f.name.startswith(".")
        and (f.name.lower().endswith(wanted) or SPARK_PART.fullmatch(f.name))
    )


def is_jsonl_name(name: str) -> bool:
    """``name`` is a JSON Lines file: ``.jsonl``, ``.jsonl.gz`` or a Spark part file."""
    return name.lower().endswith(JSONL_SUFFIXES) or SPARK_PART.fullmatch(name) is not None


def _from_file(path: Path, *, text_mode: bool) -> Iterator[SourceDocument]:
    name = path.name.lower()
    if name.endswith(WARC_SUFFIXES):
        yield from _from_warc(path)
        return
    uri = path.resolve().as_uri()
    if is_jsonl_name(path.name):
        try:
            for doc in _from_jsonl(path):
                doc.fallback_url = f"{uri}#line-{doc.origin.rsplit(':', 1)[-1]}"
                yield doc
        except (OSError, EOFError, zlib.error) as exc:
            # A gzip file cut short or corrupt ends here, after the lines before it.
            reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
            yield SourceDocument(origin=str(path), error=f"cannot read: {reason}")
        return
    try:
        data = _read(path, MAX_DOCUMENT_BYTES)
    except OSError as exc:
        yield SourceDocument(origin=str(path), error=f"cannot read: {exc.strerror or exc}")
        return
    if len(data) > MAX_DOCUMENT_BYTES:
        yield SourceDocument(origin=str(path), error=_too_large(path.stat().st_size))
        return
    doc = _from_bytes(str(path), data, text_mode=text_mode)
    doc.fallback_url = uri
    yield doc


def _read(path: Path, limit: int) -> bytes:
    """The file's bytes, at most ``limit`` + 1 (enough to know it is over the limit)."""
    with open(path, "rb") as fh:
        return fh.read(limit + 1)


def _too_large(size: int | None) -> str:
    shown = f"{size / 1e6:.1f} MB" if size is not None else "larger than that"
    return (f"the file is {shown}, over the {MAX_DOCUMENT_BYTES / 1e6:.0f} MB limit for one "
            "document; not read")


def _from_warc(path: Path) -> Iterator[SourceDocument]:
    try:
        yield from iter_warc_documents(path, str(path))
    except OSError as exc:
        yield SourceDocument(origin=str(path), error=f"cannot read: {exc.strerror or exc}")


def iter_warc_documents(source: Path | BinaryIO, name: str,
                        tally: WarcTally | None = None) -> Iterator[SourceDocument]:
    """One document per HTML page of the WARC file ``source`` (a path or an open binary
    stream, named ``name`` in messages), or per record that could not be read.

    The single-machine sources and the Spark job (:mod:`index.pipeline.spark`) both read
    WARC files through here, so a page becomes the same document, and so the same record,
    on one machine or on a cluster. ``tally`` counts every WARC record passed over.
    """
    from index.clean.charsets import decode_with_http_charset
    from index.crawl.warc import iter_warc_pages

    for page in iter_warc_pages(source, tally=tally):
        origin = f"{name}@{page.offset}"
        if page.error is not None:
            yield SourceDocument(origin=origin, url=page.uri, error=page.error)
            continue
        problem = sniff_problem(page.body, expect_html=True)
        if problem:
            yield SourceDocument(origin=origin, url=page.uri, error=problem)
            continue
        decoded = decode_with_http_charset(page.body, page.charset)
        yield SourceDocument(origin=origin, url=page.uri, fallback_url=page.uri,
                             html=decoded if decoded is not None else page.body)


def _from_bytes(origin: str, data: bytes, *, text_mode: bool) -> SourceDocument:
    problem = sniff_problem(data, expect_html=not text_mode)
    if problem:
        return SourceDocument(origin=origin, error=problem)
    if text_mode:
        return SourceDocument(origin=origin, text=decode_text(data))
    return SourceDocument(origin=origin, html=data)


def _jsonl_lines(fh: BinaryIO) -> Iterator[tuple[int, str | None]]:
    """``(number, text)`` of each line, split at ``\\n`` only; ``None`` for an overlong one.

    One line at a time, so a file of any size costs one line of memory; and only ``\\n``
    ends a line, because JSON strings may hold U+2028, U+2029 or U+0085 unescaped, which
    ``str.splitlines`` would take for line breaks.
    """
    number = 0
    while raw := fh.readline(MAX_JSONL_LINE_BYTES + 1):
        number += 1
        if len(raw) > MAX_JSONL_LINE_BYTES and not raw.endswith(b"\n"):
            while raw and not raw.endswith(b"\n"):
                raw = fh.readline(_SKIP_CHUNK)
            yield number, None
            continue
        if number == 1:
            raw = raw.removeprefix(codecs.BOM_UTF8)
        try:
            yield number, raw.decode("utf-8")
        except UnicodeDecodeError:
            yield number, decode_text(raw)


def _from_jsonl(path: Path) -> Iterator[SourceDocument]:
    origin = str(path)
    empty = True
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    with opener(path, "rb") as fh:
        for lineno, raw in _jsonl_lines(fh):
            if raw is not None and not raw.strip():
                continue
            empty = False
            yield from _jsonl_record(f"{origin}:{lineno}", raw)
    if empty and not SPARK_PART.fullmatch(path.name):
        # A Spark job writes a part file per partition, empty when it kept nothing.
        yield SourceDocument(origin=origin, error="empty file")


def _jsonl_record(where: str, raw: str | None) -> Iterator[SourceDocument]:
    if raw is None:
        yield SourceDocument(origin=where, error=f"line longer than "
                             f"{MAX_JSONL_LINE_BYTES / 1e6:.0f} MB; not read")
        return
    try:
        obj = json.loads(raw)
    except json.JSONDecodeError as exc:
        yield SourceDocument(origin=where, error=f"not valid JSON ({exc.msg})")
        return
    if not isinstance(obj, dict):
        yield SourceDocument(origin=where, error="expected a JSON object per line")
        return
    html, text = obj.get("html"), obj.get("text")
    if "event" in obj and html is None:
        yield _record_line(where, obj)
        return
    if not isinstance(html, str) and not isinstance(text, str):
        yield SourceDocument(origin=where, error='a line needs an "html" or a "text" field')
        return
    common = {
        key: obj[key] if isinstance(obj.get(key), str) else None
        for key in ("url", "site", "title", "published", "lang")
    }
    if isinstance(html, str):
        yield SourceDocument(origin=where, html=html.encode("utf-8"), **common)
    else:
        yield SourceDocument(origin=where, text=text, **common)


def _record_line(where: str, obj: dict) -> SourceDocument:
    """A finished record (``extract --json``'s line), loaded without extracting again."""
    event = obj.get("event")
    if not isinstance(obj.get("text"), str) or not (event is None or isinstance(event, dict)):
        return SourceDocument(origin=where, error='a record needs a "text" string and an '
                              '"event" that is null or an object')
    try:
        record = Article.from_dict(obj)
    except (TypeError, ValueError, AttributeError, KeyError) as exc:
        return SourceDocument(origin=where, error=f"not a valid record ({exc})")
    return SourceDocument(origin=where, url=record.url, record=record)


def sniff_problem(data: bytes, *, expect_html: bool) -> str | None:
    """Why ``data`` cannot be a page (or a text), or ``None`` when it looks usable.

    Cheap checks on the first few kilobytes only: emptiness, NUL bytes (binary files;
    UTF-16 pages carry a BOM and are let through), and for HTML the presence of markup.
    """
    if not data.strip():
        return "empty file"
    head = data[:_SNIFF_BYTES]
    utf16 = head.startswith((b"\xff\xfe", b"\xfe\xff"))
    if b"\x00" in head and not utf16:
        return "binary file, not " + ("HTML" if expect_html else "text")
    if expect_html and not utf16 and b"<" not in head and b"<" not in data[:1_000_000]:
        return "no HTML markup found (use --text for plain-text articles)"
    return None


def decode_text(data: bytes) -> str:
    """Decode a plain-text input: UTF-8 (with or without BOM), else the detected charset."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is not None:
        return str(best)
    return data.decode("utf-8", errors="replace")
