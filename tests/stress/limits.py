"""Resource limits: oversized and pathological inputs through the CLI, timed, peak RSS.

    python tests/stress/limits.py                         # every case (the wildcard cases
                                                          # build a 100,000-document index
                                                          # first: ~20+ min, kept for reuse)
    python tests/stress/limits.py --only page,text,query  # a subset
    python tests/stress/limits.py --big-index DIR         # reuse (or build once into) DIR

Cases (each runs ``webinar-search`` as a child process; time and the child's peak resident
memory are measured from outside):

- ``page``: a 100 MB HTML page through ``extract`` and ``build`` (refused with its size,
  the rest of the batch built), and the largest accepted page (just under 8 MB);
- ``text``: a 1 MB single-line text through ``extract --text``;
- ``warc``: a WARC file of 10,000 response records (synthetic reports) through ``build``;
- ``query``: a 10,000-character query, plain and ``--syntax``, through ``query`` and the
  web UI (``serve --get``);
- ``wildcard``: leading-wildcard, ``a*`` and ``*`` queries on a 100,000-document index.

Each row has a bound (seconds, MB) and says ``ok`` or ``OVER``; the exit status is 1 if any
row is over its bound or failed in an unexpected way.
"""

from __future__ import annotations

import argparse
import html
import json
import random
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from common import ROOT, Run, cli_command, run_measured, table


@dataclass
class Row:
    case: str
    what: str
    run: Run
    max_seconds: float
    max_mb: float
    expect_exit: tuple[int, ...] = (0,)
    expect_text: str | None = None

    @property
    def verdict(self) -> str:
        if self.run.exit_code not in self.expect_exit:
            return f"FAIL (exit {self.run.exit_code})"
        if self.expect_text and self.expect_text not in (self.run.stdout + self.run.stderr):
            return "FAIL (message)"
        over = self.run.seconds > self.max_seconds or self.run.peak_rss_mb > self.max_mb
        return "OVER" if over else "ok"


CLI = cli_command()
SENTENCE = ("Webinar literasi digital diikuti ratusan peserta dari berbagai kecamatan di Kota "
            "Palembang dan narasumber menjelaskan cara menjaga keamanan data pribadi. ")


def write_page(path: Path, size: int) -> None:
    """An article page of ``size`` bytes: a normal head, then paragraphs of prose."""
    paragraph = f"<p>{SENTENCE * 3}</p>\n".encode()
    head = (b'<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Webinar '
            b"Literasi Digital</title></head><body><article><h1>Webinar Literasi Digital</h1>")
    tail = b"</article></body></html>"
    with open(path, "wb") as fh:
        fh.write(head)
        written = len(head) + len(tail)
        while written + len(paragraph) <= size:
            fh.write(paragraph)
            written += len(paragraph)
        fh.write(tail)


def case_page(work: Path) -> list[Row]:
    big = work / "page-100mb.html"
    if not big.exists():
        write_page(big, 100_000_000)
    near = work / "page-7.9mb.html"
    if not near.exists():
        write_page(near, 7_900_000)
    pages = ROOT / "tests" / "fixtures" / "pages"
    return [
        Row("page", "extract 100 MB page", run_measured([*CLI, "extract", str(big), "--json"]),
            30, 300, (1,), "limit for one document"),
        Row("page", "build 100 MB page + 2 pages",
            run_measured([*CLI, "build", str(big), str(pages), "--index",
                          str(work / "page-index")]), 60, 400, (0,), "limit for one document"),
        Row("page", "extract 7.9 MB page (largest accepted)",
            run_measured([*CLI, "extract", str(near), "--json"]), 120, 1500),
    ]


def case_text(work: Path) -> list[Row]:
    line = work / "line-1mb.txt"
    if not line.exists():
        rng = random.Random(3)
        words = ["webinar", "literasi", "digital", "narasumber", "selaku", "Kepala", "Dinas",
                 "Budi", "Santoso", "S.Kom", "dipandu", "oleh", "moderator", "Rina", "Lestiani",
                 "bertajuk", "“Cakap", "Digital”", "pada", "Jumat", "(18/6)", "diikuti", "311",
                 "peserta", "di", "Kota", "Palembang", "yang", "dan", "serta", "pemateri",
                 "Dr.", "Andi", "Wiratama", "M.Si", "sambutan", "bertanya", "menjawab", ","]
        text = " ".join(rng.choice(words) for _ in range(140_000))[:1_000_000]
        line.write_text(text, encoding="utf-8")
    plain = work / "line-1mb-plain.txt"
    if not plain.exists():
        plain.write_text((SENTENCE * 8000)[:1_000_000].replace("\n", " "), encoding="utf-8")
    return [
        Row("text", "extract --text 1 MB line, cue words",
            run_measured([*CLI, "extract", "--text", str(line), "--json"]), 120, 500),
        Row("text", "extract --text 1 MB line, prose",
            run_measured([*CLI, "extract", "--text", str(plain), "--json"]), 120, 500),
    ]


def write_warc(path: Path, records: int) -> None:
    from io import BytesIO

    from sitesim import article_page
    from synthetic import ArticleGenerator
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    generator = ArticleGenerator(seed=11)
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for n in range(records):
            article = generator.article(n)
            page = article_page(article.title or "", article.text.split("\n\n"),
                                canonical=article.url, date=article.published or "2021-06-19")
            body = page.encode("utf-8")
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8"),
                                                  ("Content-Length", str(len(body)))],
                                       protocol="HTTP/1.1")
            record = writer.create_warc_record(article.url, "response", length=len(body),
                                               payload=BytesIO(body), http_headers=headers)
            writer.write_record(record)


def case_warc(work: Path, records: int = 10_000) -> list[Row]:
    warc = work / f"pages-{records}.warc.gz"
    if not warc.exists():
        started = time.monotonic()
        write_warc(warc, records)
        print(f"wrote {warc} ({warc.stat().st_size / 1e6:.1f} MB) in "
              f"{time.monotonic() - started:.0f} s", file=sys.stderr)
    index = work / "warc-index"
    run = run_measured([*CLI, "build", str(warc), "--index", str(index)])
    return [Row("warc", f"build from {records:,}-record WARC", run, 3600, 2000, (0,),
                "indexed")]


def small_index(work: Path) -> Path:
    """Build the fixture corpus afresh every run (a second: a kept one may be an old format)."""
    index = work / "small-index"
    corpus = ROOT / "tests" / "fixtures" / "webui_corpus.jsonl"
    run = run_measured([*CLI, "build", str(corpus), "--index", str(index)])
    if run.exit_code:
        raise SystemExit(f"could not build the small index: {run.last_line}")
    return index


def case_query(work: Path) -> list[Row]:
    index = small_index(work)
    rng = random.Random(5)
    words = ["literasi", "digital", "webinar", "narasumber", "Palembang", "keamanan", "data"]
    long_plain = " ".join(rng.choice(words) for _ in range(2000))[:10_000]
    long_syntax = " OR ".join(f"title:{rng.choice(words)}*" for _ in range(800))[:10_000]
    url = "/search.json?q=" + quote(long_plain)
    return [
        Row("query", "query: 10,000 characters, plain",
            run_measured([*CLI, "query", long_plain, "--index", str(index)]), 20, 300, (1,),
            "too long"),
        Row("query", "query --syntax: 10,000 characters",
            run_measured([*CLI, "query", long_syntax, "--syntax", "--index", str(index)]),
            20, 300, (1,), "too long"),
        Row("query", "web /search.json?q= 10,000 characters",
            run_measured([*CLI, "serve", "--index", str(index), "--get", url]), 20, 300, (1,),
            "too long"),
    ]


def ensure_big_index(path: Path, docs: int) -> Row | None:
    """Build ``docs`` synthetic reports into ``path`` once (the index benchmark's corpus)."""
    if (path / "CURRENT").exists():
        return None
    code = (
        f"import sys; sys.path[:0] = [{str(ROOT)!r}, {str(ROOT / 'tests' / 'benchmarks')!r}]\n"
        "from synthetic import generate_articles\n"
        "from index.write.builder import IndexBuilder\n"
        f"report = IndexBuilder({str(path)!r}).build(generate_articles({docs}, seed=0))\n"
        "print('indexed', report.documents)\n"
    )
    run = run_measured([sys.executable, "-c", code])
    return Row("wildcard", f"(setup) build {docs:,} synthetic documents", run, 7200, 4000)


def case_wildcard(work: Path, big_index: Path | None, docs: int) -> list[Row]:
    index = big_index or work / f"big-index-{docs}"
    rows: list[Row] = []
    setup = ensure_big_index(index, docs)
    if setup is not None:
        rows.append(setup)
        if setup.run.exit_code:
            return rows
    queries = [("*a", True), ("*asi", True), ("a*", True), ("*", True), ("?", True),
               ("*a*", True), ("title:*", True), ("a*", False), ("*", False),
               ("literasi~2", True), ("x" * 40 + "~2", True), ("literasi~9", True),
               ("body:[a TO zzz]", True), ("date:[2020-01-01 to 2022-12-31]", True),
               ("di*", True), ("literasi digital webinar peserta narasumber", False)]
    for text, syntax in queries:
        command = [*CLI, "query", text, "--index", str(index), "--json"]
        if syntax:
            command.append("--syntax")
        run = run_measured(command)
        shown = text if len(text) <= 24 else text[:12] + "…" + text[-6:]
        label = f"query {'--syntax ' if syntax else ''}{shown!r} on {docs:,} docs"
        rows.append(Row("wildcard", label, run, 30, 2000, (0, 1)))
    return rows


def outcome(row: Row) -> str:
    out = row.run.stdout.strip()
    try:
        data = json.loads(out) if out.startswith("{") else None
    except ValueError:
        try:
            data = json.loads(out.splitlines()[0])
        except (ValueError, IndexError):
            data = None
    if isinstance(data, dict) and isinstance(data.get("error"), dict):
        return f"refused: HTTP error {data['error'].get('message', '')}"[:110]
    if row.run.exit_code != 0:
        return "refused: " + html.unescape(row.run.last_line)[:100]
    if isinstance(data, dict) and "total" in data:
        return f"answered: {data['total']} hits"
    if isinstance(data, dict) and "text" in data:
        event = data.get("event") or {}
        return (f"record: {len(data['text']):,} chars of text, "
                f"{len(event.get('speakers') or [])} speakers")
    lines = [ln for ln in out.splitlines() if ln.strip()]
    return "done: " + (lines[-1][:100] if lines else row.run.last_line[:100])


CASES: dict[str, Callable[..., list[Row]]] = {
    "page": case_page, "text": case_text, "warc": case_warc, "query": case_query,
    "wildcard": case_wildcard,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", default=",".join(CASES),
                        help=f"comma-separated cases: {', '.join(CASES)}")
    parser.add_argument("--work", type=Path, default=ROOT / "bench-out" / "limits",
                        help="where generated inputs and indexes go (kept for reruns)")
    parser.add_argument("--big-index", type=Path, default=None,
                        help="the 100,000-document index (built there once if missing)")
    parser.add_argument("--docs", type=int, default=100_000)
    parser.add_argument("--warc-records", type=int, default=10_000)
    args = parser.parse_args(argv)
    args.work.mkdir(parents=True, exist_ok=True)
    rows: list[Row] = []
    for name in args.only.split(","):
        if name not in CASES:
            parser.error(f"unknown case {name!r}")
        started = time.monotonic()
        if name == "wildcard":
            found = case_wildcard(args.work, args.big_index, args.docs)
        elif name == "warc":
            found = case_warc(args.work, args.warc_records)
        else:
            found = CASES[name](args.work)
        rows += found
        print(f"{name}: {len(found)} run(s) in {time.monotonic() - started:.0f} s",
              file=sys.stderr)
    print(table(["case", "what", "seconds", "peak MB", "bound", "verdict", "outcome"],
                [[r.case, r.what, f"{r.run.seconds:.2f}", f"{r.run.peak_rss_mb:.0f}",
                  f"{r.max_seconds:g}s/{r.max_mb:g}MB", r.verdict, outcome(r)]
                 for r in rows]))
    return 0 if all(r.verdict == "ok" for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
