"""Our ``serve`` against Datasette over SQLite FTS5, on the same records, in one run.

    pip install -e '.[bench]'        # datasette
    python tests/benchmarks/bench_serve.py --index DIR --create-index --docs 20000

The index (built once into DIR if it holds none, from :mod:`synthetic`'s corpus, seed 1:
the same articles as ``bench_index.py --docs N``) is served by ``webinar-search serve
--workers N`` (default: one per core); the same articles, regenerated from the seed, go
into a SQLite table with an FTS5 index (title, event title, speakers, text), served by
``datasette`` with its defaults. Then, one after the other, ``--concurrency`` keep-alive
clients (default 16) send requests for ``--duration`` seconds per case:

- ``ours``: ``/search.json?q=...`` with highlights and facets (eight facets, counted
  under the filters), as the web UI asks;
- ``datasette``: ``/DB/articles.json?_search=...&_size=10`` (Datasette's own full-text
  search of a table, what it offers out of the box);
- ``datasette+facets``: the same with ``_facet=province&_facet=year&_facet=site``;
- ``fts5 bm25+snippet``: Datasette's SQL endpoint running ``... MATCH :q ORDER BY rank``
  with ``snippet()`` (ranked and highlighted, no facets).

Each case runs two query mixes: ``repeat`` (500 seeded requests drawn again and again:
single words, two words, names, a word with a province filter, as ``bench_load.py``), where
our results cache answers most requests after the first round, and ``fresh`` (every request
a query not asked before in the run: two random words of the corpus' vocabulary), which
measures the search itself. Rows: requests/s, p50/p99 latency, errors; then each server's
memory. The machine is shared: compare rows of one run.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parents[1])]

from bench_load import _free_port, create_benchmark_index  # noqa: E402
from synthetic import FIRST_NAMES, LAST_NAMES, PLACES, ArticleGenerator  # noqa: E402

from index.layout import read_current  # noqa: E402

SNIPPET_SQL = (
    "select a.url, a.title, snippet(articles_fts, 3, '<mark>', '</mark>', '…', 24) as snippet "
    "from articles_fts join articles a on a.rowid = articles_fts.rowid "
    "where articles_fts match :q order by rank limit 10"
)


def build_fts(db: Path, docs: int, seed: int) -> None:
    """The benchmark corpus (the index's articles) as a table with an FTS5 index."""
    from synthetic import generate_articles

    started = time.monotonic()
    conn = sqlite3.connect(db)
    conn.execute("create table articles (url text primary key, site text, title text, "
                 "published text, year text, province text, location text, event_title text, "
                 "speakers text, text text)")
    rows = []
    for article in generate_articles(docs, seed=seed):
        event = article.event
        date = (event.date if event else None) or article.published or ""
        rows.append((article.url, article.site, article.title, article.published, date[:4],
                     event.province if event else None, event.location if event else None,
                     event.title if event else None,
                     ", ".join(s.name for s in event.speakers) if event else "",
                     article.text))
    conn.executemany("insert into articles values (?,?,?,?,?,?,?,?,?,?)", rows)
    conn.execute('create virtual table articles_fts using fts5 (title, event_title, speakers, '
                 'text, content="articles")')
    conn.execute("insert into articles_fts (rowid, title, event_title, speakers, text) "
                 "select rowid, title, event_title, speakers, text from articles")
    for column in ("province", "year", "site"):
        conn.execute(f"create index by_{column} on articles ({column})")
    conn.commit()
    conn.close()
    print(f"built the FTS5 database of {docs} articles in {time.monotonic() - started:.0f} s",
          file=sys.stderr)


def queries(seed: int) -> tuple[list[dict[str, str]], Callable[[random.Random], dict[str, str]]]:
    """The ``repeat`` mix (500 seeded requests) and a maker of ``fresh`` ones."""
    gen = ArticleGenerator(seed)
    words = gen.common_words(30, 2000)
    rng = random.Random(seed)
    repeat = []
    for _ in range(500):
        kind = rng.random()
        if kind < 0.4:
            params = {"q": rng.choice(words)}
        elif kind < 0.7:
            params = {"q": f"{rng.choice(words)} {rng.choice(words)}"}
        elif kind < 0.9:
            params = {"q": f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"}
        else:
            params = {"q": rng.choice(words), "province": rng.choice(PLACES)[1]}
        repeat.append(params)

    def fresh(r: random.Random) -> dict[str, str]:
        return {"q": f"{r.choice(words)} {r.choice(words)}"}
    return repeat, fresh


def our_path(params: dict[str, str]) -> str:
    return "/search.json?" + urllib.parse.urlencode(params)


def datasette_path(database: str, facets: bool) -> Callable[[dict[str, str]], str]:
    def path(params: dict[str, str]) -> str:
        query = {"_search": params["q"], "_size": "10"}
        if "province" in params:
            query["province"] = params["province"]
        url = f"/{database}/articles.json?" + urllib.parse.urlencode(query)
        if facets:
            url += "&_facet=province&_facet=year&_facet=site"
        return url
    return path


def snippet_path(database: str) -> Callable[[dict[str, str]], str]:
    def path(params: dict[str, str]) -> str:
        return f"/{database}.json?" + urllib.parse.urlencode({"sql": SNIPPET_SQL,
                                                              "q": params["q"]})
    return path


def run_case(port: int, to_path: Callable[[dict[str, str]], str],
             repeat: list[dict[str, str]] | None,
             fresh: Callable[[random.Random], dict[str, str]] | None,
             concurrency: int, duration: float, seed: int) -> dict[str, float]:
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    stop = time.monotonic() + duration

    def client(n: int) -> None:
        rng = random.Random(seed * 1000 + n)
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        mine: list[float] = []
        bad: list[str] = []
        while time.monotonic() < stop:
            params = rng.choice(repeat) if repeat is not None else fresh(rng)  # type: ignore
            path = to_path(params)
            started = time.perf_counter()
            try:
                conn.request("GET", path)
                response = conn.getresponse()
                body = response.read()
                if response.status != 200:
                    bad.append(f"HTTP {response.status} {path}: {body[:120]!r}")
                else:
                    json.loads(body)
                    mine.append(time.perf_counter() - started)
            except (OSError, http.client.HTTPException, ValueError) as exc:
                bad.append(f"{type(exc).__name__} {path}: {exc}")
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        conn.close()
        with lock:
            latencies.extend(mine)
            errors.extend(bad)

    started = time.monotonic()
    threads = [threading.Thread(target=client, args=(n,)) for n in range(concurrency)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    seconds = time.monotonic() - started
    ms = sorted(x * 1000 for x in latencies)
    for error in errors[:3]:
        print("  error:", error, file=sys.stderr)
    return {"rps": (len(ms) + len(errors)) / seconds,
            "p50": statistics.median(ms) if ms else float("nan"),
            "p99": ms[min(len(ms) - 1, int(len(ms) * 0.99))] if ms else float("nan"),
            "requests": len(ms) + len(errors), "errors": len(errors)}


def wait_up(port: int, path: str, proc: subprocess.Popen[bytes], seconds: float = 300) -> None:
    deadline = time.monotonic() + seconds
    while True:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
            conn.request("GET", path)
            response = conn.getresponse()
            response.read()
            conn.close()
            if response.status != 200:
                raise SystemExit(f"GET {path} on {port}: HTTP {response.status}")
            return
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                raise SystemExit(f"server on {port} did not start") from None
            time.sleep(0.3)


def rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--index", type=Path, required=True)
    parser.add_argument("--create-index", action="store_true")
    parser.add_argument("--docs", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--workers", type=int, default=None)
    parser.add_argument("--threads", type=int, default=None,
                        help="threads per worker of our server (default: serve's own)")
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--duration", type=float, default=20.0)
    parser.add_argument("--db", type=Path, default=None,
                        help="the FTS5 database (built there when missing; default: a temp file)")
    args = parser.parse_args()
    if read_current(args.index) is None:
        if not args.create_index:
            raise SystemExit(f"no index at {args.index} (--create-index builds one)")
        create_benchmark_index(args.index, args.docs, args.seed)
    tmp = Path(tempfile.mkdtemp(prefix="bench-serve-"))
    db = args.db or tmp / "bench.db"
    if not db.exists():
        build_fts(db, args.docs, args.seed)
    repeat, fresh = queries(args.seed)
    ours_port, ds_port = _free_port(), _free_port()
    env = {**os.environ, "PYTHONPATH": str(HERE.parents[1])}
    serve_cmd = [sys.executable, "-m", "search", "serve", "--index", str(args.index),
                 "--port", str(ours_port)]
    if args.workers:
        serve_cmd += ["--workers", str(args.workers)]
    if args.threads:
        serve_cmd += ["--threads", str(args.threads)]
    ours = subprocess.Popen(serve_cmd, env=env, stdout=subprocess.DEVNULL,
                            stderr=open(tmp / "serve.log", "wb"))
    datasette = subprocess.Popen(
        [sys.executable, "-m", "datasette", "serve", str(db), "--port", str(ds_port),
         "--setting", "sql_time_limit_ms", "10000"],
        stdout=subprocess.DEVNULL, stderr=open(tmp / "datasette.log", "wb"))
    rows: list[tuple[str, str, dict[str, float]]] = []
    memory: list[str] = []
    try:
        wait_up(ours_port, "/search.json?q=warm", ours)
        name = db.stem
        wait_up(ds_port, f"/{name}/articles.json?_search=warm", datasette)
        cases = [("ours", ours_port, our_path),
                 ("datasette", ds_port, datasette_path(name, False)),
                 ("datasette+facets", ds_port, datasette_path(name, True)),
                 ("fts5 bm25+snippet", ds_port, snippet_path(name))]
        for mix in ("repeat", "fresh"):
            for name, port, to_path in cases:
                result = run_case(port, to_path, repeat if mix == "repeat" else None,
                                  fresh if mix == "fresh" else None, args.concurrency,
                                  args.duration, args.seed)
                rows.append((name, mix, result))
                print(f"  {name} {mix}: {result['rps']:.1f} req/s", file=sys.stderr, flush=True)
        pids: dict[int, dict[str, int]] = {}
        for _ in range(40):
            conn = http.client.HTTPConnection("127.0.0.1", ours_port, timeout=30)
            conn.request("GET", "/stats.json")
            stats = json.loads(conn.getresponse().read())
            conn.close()
            pids[stats["pid"]] = stats["memory"]
        for pid, mem in sorted(pids.items()):
            memory.append(f"ours worker {pid}: RSS {mem['rss_bytes'] / 2**20:.0f} MiB "
                          f"(heap {mem.get('rss_anon_bytes', 0) / 2**20:.0f}, mapped index "
                          f"files {mem.get('rss_file_bytes', 0) / 2**20:.0f}), "
                          f"PSS {mem.get('pss_bytes', 0) / 2**20:.0f} MiB, caches "
                          f"{sum(c['bytes'] for c in mem['caches'].values()) / 2**20:.0f} of "
                          f"{mem['cache_limit_bytes'] / 2**20:.0f} MiB")
        memory.append(f"ours supervisor: RSS {rss_mib(ours.pid):.0f} MiB")
        memory.append(f"datasette: RSS {rss_mib(datasette.pid):.0f} MiB")
    finally:
        for proc in (ours, datasette):
            proc.terminate()
            proc.wait(timeout=30)
    print(f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())} at the end, "
          f"{os.cpu_count()} CPUs; {args.docs} documents, {args.concurrency} clients, "
          f"{args.duration:.0f} s per row")
    print(f"{'server':<20}{'mix':<8}{'requests':>9}{'req/s':>9}{'p50 ms':>9}{'p99 ms':>9}"
          f"{'errors':>8}")
    for name, mix, r in rows:
        print(f"{name:<20}{mix:<8}{r['requests']:>9.0f}{r['rps']:>9.1f}{r['p50']:>9.1f}"
              f"{r['p99']:>9.1f}{r['errors']:>8.0f}")
    for line in memory:
        print(line)
    table = {(name, mix): r for name, mix, r in rows}
    for mix in ("repeat", "fresh"):
        ours_r, ds_r = table[("ours", mix)], table[("datasette", mix)]
        print(f"{mix}: ours / datasette = {ours_r['rps'] / ds_r['rps']:.2f}x req/s; "
              f"p99 {ours_r['p99']:.0f} vs {ds_r['p99']:.0f} ms")


if __name__ == "__main__":
    main()
