"""Property tests for the source readers: damaged WARC and JSONL files never stop a build.

``build`` reads WARC files written by other crawlers and JSONL files written by other tools,
so their bytes are as untrusted as a web page. Valid files are generated here (WARC
response records through warcio, gzipped or not; JSONL lines), then damaged (truncated,
bytes flipped, slices cut or repeated, garbage inserted). The contract of
:func:`index.pipeline.sources.iter_sources`: it never raises, and every document it yields carries
exactly one of ``html``, ``text`` or ``error``.
"""

from __future__ import annotations

import json
from io import BytesIO
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from index.pipeline.sources import iter_sources


def warc_bytes(pages: list[tuple[str, bytes, str]], gzip: bool) -> bytes:
    out = BytesIO()
    writer = WARCWriter(out, gzip=gzip)
    for number, (url, body, content_type) in enumerate(pages):
        headers = StatusAndHeaders("200 OK", [("Content-Type", content_type),
                                              ("Content-Length", str(len(body)))],
                                   protocol="HTTP/1.1")
        # Fixed date and id: hypothesis needs the same bytes for the same example.
        fixed = {"WARC-Date": "2021-06-19T09:00:00Z",
                 "WARC-Record-ID": f"<urn:uuid:00000000-0000-0000-0000-{number:012d}>"}
        writer.write_record(writer.create_warc_record(url, "response", payload=BytesIO(body),
                                                      length=len(body), http_headers=headers,
                                                      warc_headers_dict=fixed))
    return out.getvalue()


pages = st.lists(st.tuples(
    st.sampled_from(["https://berita.example/a", "http://x.example/b?c=1", "ftp://x/y", ""]),
    st.binary(max_size=300) | st.just(b"<html><body><p>Webinar literasi.</p></body></html>"),
    st.sampled_from(["text/html; charset=utf-8", "text/html; charset=undefined",
                     "text/html; charset=\x00", "application/pdf", "text/html"]),
), min_size=1, max_size=4)


@st.composite
def damaged(draw: st.DrawFn, data: bytes) -> bytes:
    buf = bytearray(data)
    for _ in range(draw(st.integers(0, 4))):
        at = draw(st.integers(0, len(buf)))
        move = draw(st.sampled_from(["truncate", "flip", "cut", "repeat", "insert"]))
        if move == "truncate":
            del buf[at:]
        elif move == "flip" and buf:
            buf[min(at, len(buf) - 1)] ^= 1 << draw(st.integers(0, 7))
        elif move == "cut":
            del buf[at:at + draw(st.integers(1, 200))]
        elif move == "repeat":
            buf[at:at] = buf[at:at + draw(st.integers(1, 200))]
        else:
            buf[at:at] = draw(st.binary(min_size=1, max_size=40))
    return bytes(buf)


def check(path: Path) -> None:
    for doc in iter_sources([str(path)]):
        assert sum(x is not None for x in (doc.html, doc.text, doc.error)) == 1, doc
        assert doc.error is None or (doc.error.strip() and "\n" not in doc.error)


@given(st.data(), pages, st.booleans())
@settings(suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
def test_damaged_warc(tmp_path: Path, data: st.DataObject, records: list[tuple[str, bytes, str]],
                      gzip: bool) -> None:
    path = tmp_path / ("crawl.warc.gz" if gzip else "crawl.warc")
    path.write_bytes(data.draw(damaged(warc_bytes(records, gzip))))
    check(path)


lines = st.lists(st.one_of(
    st.fixed_dictionaries({"url": st.text(max_size=30), "text": st.text(max_size=200)}),
    st.fixed_dictionaries({"url": st.text(max_size=30), "html": st.text(max_size=200)}),
    st.dictionaries(st.text(max_size=5), st.integers() | st.text(max_size=10), max_size=3),
    st.lists(st.integers(), max_size=3),
).map(lambda obj: json.dumps(obj, ensure_ascii=False)), max_size=6)


@given(st.data(), lines)
@settings(suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
def test_damaged_jsonl(tmp_path: Path, data: st.DataObject, records: list[str]) -> None:
    path = tmp_path / "records.jsonl"
    path.write_bytes(data.draw(damaged("\n".join(records).encode("utf-8"))))
    check(path)
