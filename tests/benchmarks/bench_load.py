"""Load on the web UI: N concurrent clients against ``webinar-search serve`` on 127.0.0.1.

Usage::

    python tests/benchmarks/bench_load.py                      # builds a small synthetic index
    python tests/benchmarks/bench_load.py --docs 5000          # a bigger one
    python tests/benchmarks/bench_load.py --index DIR          # an existing index
    python tests/benchmarks/bench_load.py --index DIR --create-index --docs 20000
        # the acceptance run: DIR, when it holds no index yet, is first built (once, about
        # 3-5 minutes here) from the index benchmark's corpus (synthetic.py, ~400-word
        # reports, seed 1, the same as ``bench_index.py --docs 20000``), then served

Up to three phases, each ``--duration`` seconds at ``--concurrency`` clients (default 16),
each client a keep-alive HTTP connection sending ``/search.json`` requests drawn from a
fixed, seeded mix (single words, two words, names, a filter, page 2):

1. ``steady``: the index as built;
2. ``updates``: a separate process runs ``IndexUpdater.update`` (what ``webinar-search
   update`` calls) in a loop on the served folder, each round adding ``--update-docs``
   articles and deleting the previous round's, so generations of the full index size
   switch underneath the server every few seconds;
3. ``rebuilds``: a separate process runs ``IndexBuilder.build`` (what ``webinar-search
   build`` calls) in a loop into the served folder, generations of ``--rebuild-docs``
   articles (after the first switch the server answers from that smaller index; a
   20,000-article rebuild takes minutes here, so ``--phases rebuilds --rebuild-docs 20000
   --switch-duration 600`` is the run that keeps the size).

With ``--index`` the served folder is a copy, never the index you passed.

Before the phases it times ``/overview`` twice: the first render (the server has not opened
the index yet) and the cached one.

It prints the load average, the two overview timings, and one row per phase: requests/s,
p50/p99 latency, errors (any non-200 status, a broken connection, or a body that is not the
JSON results shape), and generations switched. The machine is shared: compare phases of one
run, not runs of different days.
"""

from __future__ import annotations

import argparse
import http.client
import json
import multiprocessing
import os
import random
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from index.layout import read_current
from index.model import Article, Event, Speaker
from index.write.builder import IndexBuilder
from index.write.updater import IndexUpdater

FIRST = ["Ayu", "Bima", "Citra", "Dimas", "Eka", "Fajar", "Gita", "Hadi", "Indah", "Joko",
         "Kartika", "Lukman", "Maya", "Nanda", "Oki", "Putri", "Rizky", "Sari", "Taufik",
         "Wulan", "Yudi", "Zahra"]
LAST = ["Anggraeni", "Batubara", "Cahyadi", "Damanik", "Effendi", "Firmansyah", "Gunawan",
        "Harahap", "Irawan", "Junaedi", "Kusuma", "Lestari", "Munthe", "Nasution", "Pratama",
        "Rahayu", "Saragih", "Tanjung", "Utami", "Wibisono"]
THEMES = ["Literasi Digital untuk Pelajar", "Menangkal Hoaks Jelang Pemilu",
          "Keamanan Data Pribadi", "Etika Bermedia Sosial", "UMKM Go Digital",
          "Transformasi Layanan Publik", "Budaya Digital Nusantara", "Cakap Digital Keluarga",
          "Perlindungan Anak di Internet", "Ekonomi Kreatif Daerah"]
PLACES = [("Kota Palembang", "Sumatera Selatan"), ("Kabupaten Sleman", "DI Yogyakarta"),
          ("Kota Ambon", "Maluku"), ("Kabupaten Badung", "Bali"), ("Kota Medan", "Sumatera Utara"),
          ("Kota Pontianak", "Kalimantan Barat"), ("Kabupaten Garut", "Jawa Barat"),
          ("Kota Makassar", "Sulawesi Selatan"), ("Kota Kupang", "Nusa Tenggara Timur"),
          ("Kabupaten Banyuwangi", "Jawa Timur")]
WORDS = [
    "peserta", "webinar", "digital", "masyarakat", "informasi", "media", "sosial",
    "pelajar", "guru", "orang", "tua", "pemerintah", "daerah", "desa", "keamanan", "data",
    "hoaks", "etika", "budaya", "ekonomi", "kreatif", "usaha", "kecil", "internet",
    "akun", "kata", "sandi", "penipuan", "daring", "literasi", "kemampuan", "teknologi",
    "pelatihan", "narasumber", "materi", "diskusi", "kegiatan", "komunitas", "produktif",
    "bijak", "aman",
]
ROLES = ["keynote", "speaker", "speaker", "moderator"]


def synthetic_articles(count: int, seed: int) -> Iterator[Article]:
    """``count`` fictional webinar reports of about 200 words, reproducible from ``seed``."""
    rng = random.Random(seed)
    for n in range(count):
        theme = rng.choice(THEMES)
        location, province = rng.choice(PLACES)
        year, month, day = rng.choice((2021, 2022)), rng.randint(1, 12), rng.randint(1, 28)
        names = [f"{rng.choice(FIRST)} {rng.choice(LAST)}" for _ in range(4)]
        speakers = [Speaker(name=name, role=role, talk_title=rng.choice(THEMES))
                    for name, role in zip(names, ROLES)]
        body = " ".join(rng.choice(WORDS) for _ in range(180))
        text = (f"{location} - Webinar bertajuk {theme} menghadirkan {', '.join(names[:3])} "
                f"dan dipandu {names[3]}.\n\n{body}.")
        yield Article(
            url=f"https://sintetis.example/{seed}/{n}", site="sintetis.example",
            title=f"Webinar {theme} di {location}", published=f"{year}-{month:02d}-{day:02d}",
            text=text,
            event=Event(title=theme, date=f"{year}-{month:02d}-{day:02d}", location=location,
                        province=province, organizers=["Komunitas Sintetis"],
                        participants=rng.randint(50, 900), speakers=speakers),
        )


def create_benchmark_index(index_dir: Path, docs: int, seed: int) -> None:
    """Build ``docs`` articles of the index benchmark's corpus into ``index_dir``."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from synthetic import generate_articles

    started = time.monotonic()
    report = IndexBuilder(index_dir).build(generate_articles(docs, seed=seed))
    print(f"built {report.documents} articles of the index benchmark's corpus into {index_dir} "
          f"in {time.monotonic() - started:.0f} s", file=sys.stderr)


def query_mix(seed: int, size: int = 500) -> list[str]:
    """Request paths: a realistic spread of what people type, plus filters and paging."""
    rng = random.Random(seed)
    paths = []
    for _ in range(size):
        kind = rng.random()
        if kind < 0.35:
            params = {"q": rng.choice(WORDS)}
        elif kind < 0.6:
            params = {"q": f"{rng.choice(WORDS)} {rng.choice(WORDS)}"}
        elif kind < 0.8:
            params = {"q": f"{rng.choice(FIRST)} {rng.choice(LAST)}"}
        elif kind < 0.9:
            params = {"q": rng.choice(WORDS), "province": rng.choice(PLACES)[1]}
        else:
            params = {"q": rng.choice(THEMES).split()[0], "page": "2"}
        paths.append("/search.json?" + urllib.parse.urlencode(params))
    return paths


@dataclass
class PhaseResult:
    name: str
    latencies: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    seconds: float = 0.0
    generations: int = 0


def _client(port: int, paths: list[str], stop: float, result: PhaseResult, lock: threading.Lock,
            seed: int) -> None:
    rng = random.Random(seed)
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    latencies: list[float] = []
    errors: list[str] = []
    while time.monotonic() < stop:
        path = rng.choice(paths)
        started = time.perf_counter()
        try:
            conn.request("GET", path)
            response = conn.getresponse()
            body = response.read()
            elapsed = time.perf_counter() - started
            if response.status != 200:
                errors.append(f"HTTP {response.status} {path}: {body[:200]!r}")
            elif "hits" not in json.loads(body):
                errors.append(f"bad body {path}: {body[:200]!r}")
            else:
                latencies.append(elapsed)
        except (OSError, http.client.HTTPException, ValueError) as exc:
            errors.append(f"{type(exc).__name__} {path}: {exc}")
            conn.close()
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    conn.close()
    with lock:
        result.latencies += latencies
        result.errors += errors


def run_phase(name: str, port: int, paths: list[str], concurrency: int, duration: float,
              index_dir: Path) -> PhaseResult:
    result = PhaseResult(name)
    lock = threading.Lock()
    first = read_current(index_dir)
    seen = {first}
    started = time.monotonic()
    stop = started + duration
    threads = [threading.Thread(target=_client, args=(port, paths, stop, result, lock, i))
               for i in range(concurrency)]
    for thread in threads:
        thread.start()
    while any(t.is_alive() for t in threads):
        seen.add(read_current(index_dir))
        time.sleep(0.05)
    result.seconds = time.monotonic() - started
    result.generations = len(seen - {None}) - 1
    return result


def _update_loop(index_dir: str, docs: int, seed: int) -> None:
    previous: list[str] = []
    round_ = 0
    while True:
        round_ += 1
        batch = list(synthetic_articles(docs, seed + round_))
        IndexUpdater(index_dir, lock_timeout=60).update(batch, deletions=previous)
        previous = [article.url for article in batch]


def _rebuild_loop(index_dir: str, docs: int, seed: int) -> None:
    round_ = 0
    while True:
        round_ += 1
        IndexBuilder(index_dir, lock_timeout=60).build(synthetic_articles(docs, seed + round_))


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _start_server(index_dir: Path, port: int, threads: int,
                  log: Path) -> subprocess.Popen[bytes]:
    with open(log, "wb") as log_file:
        proc = subprocess.Popen(
            [sys.executable, "-m", "search", "serve", "--index", str(index_dir), "--port",
             str(port), "--threads", str(threads)],
            stdout=subprocess.DEVNULL, stderr=log_file,
        )
    deadline = time.monotonic() + 60
    while True:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            conn.request("GET", "/static/style.css")
            conn.getresponse().read()
            conn.close()
            return proc
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                raise SystemExit(f"serve did not start: {log.read_text().strip()}") from None
            time.sleep(0.2)


def time_overview(port: int) -> list[str]:
    """Seconds for ``/overview`` on a server that has not opened its index yet (the first
    render: opening the index, reading its facets, every aggregate), then once cached."""
    lines = []
    for label in ("first", "cached"):
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=300)
        started = time.perf_counter()
        conn.request("GET", "/overview")
        response = conn.getresponse()
        response.read()
        elapsed = time.perf_counter() - started
        conn.close()
        if response.status != 200:
            raise SystemExit(f"/overview answered HTTP {response.status}")
        lines.append(f"overview {label:<7} {elapsed * 1000:>8.1f} ms")
    return lines


def _exceptions(log: str) -> Counter[str]:
    """The final line of each traceback in the server's log, counted."""
    counts: Counter[str] = Counter()
    for chunk in log.split("Traceback (most recent call last):")[1:]:
        lines = [line for line in chunk.splitlines() if line and not line.startswith(" ")]
        if lines:
            counts[lines[0][:200]] += 1
    return counts


def _row(result: PhaseResult, docs: str, concurrency: int) -> str:
    ms = sorted(x * 1000 for x in result.latencies)
    p50 = statistics.median(ms) if ms else float("nan")
    p99 = ms[min(len(ms) - 1, int(len(ms) * 0.99))] if ms else float("nan")
    total = len(ms) + len(result.errors)
    return (f"{result.name:<9} {docs:>12} {concurrency:>5} {total:>9} "
            f"{total / result.seconds:>8.1f} {p50:>8.1f} {p99:>8.1f} {len(result.errors):>7} "
            f"{result.generations:>12}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--index", type=Path, help="an existing index folder (served from a copy "
                        "during the rebuild phase)")
    parser.add_argument("--docs", type=int, default=1000,
                        help="size of the synthetic index built when --index is not given "
                        "(or with --create-index)")
    parser.add_argument("--create-index", action="store_true",
                        help="build --index first if it holds no index, from the index "
                        "benchmark's corpus (synthetic.py)")
    parser.add_argument("--update-docs", type=int, default=200,
                        help="articles added (and the previous round's deleted) per update")
    parser.add_argument("--rebuild-docs", type=int, default=300,
                        help="articles per generation written by the rebuild loop")
    parser.add_argument("--phases", default="steady,updates,rebuilds",
                        help="comma-separated phases to run, in this order")
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--duration", type=float, default=20.0, help="seconds per phase")
    parser.add_argument("--switch-duration", type=float, default=None,
                        help="seconds of the updates and rebuilds phases (default: --duration)")
    parser.add_argument("--threads", type=int, default=8, help="server worker threads")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    phases = [p.strip() for p in args.phases.split(",") if p.strip()]
    unknown = set(phases) - {"steady", "updates", "rebuilds"}
    if unknown:
        parser.error(f"unknown phase {min(unknown)!r}: use steady, updates, rebuilds")

    with tempfile.TemporaryDirectory(prefix="bench-load-") as tmp:
        work = Path(tmp) / "index"
        if args.index:
            if read_current(args.index) is None and args.create_index:
                create_benchmark_index(args.index, args.docs, args.seed)
            if read_current(args.index) is None:
                raise SystemExit(f"no index at {args.index} (--create-index builds one)")
            started = time.monotonic()
            shutil.copytree(args.index, work, ignore=shutil.ignore_patterns(".write.lock"))
            docs = json.loads(subprocess.run(
                [sys.executable, "-m", "search", "serve", "--index", str(work), "--get",
                 "/search.json?per_page=1"], capture_output=True, check=True).stdout)["total"]
            print(f"copied {args.index} ({docs} documents) in {time.monotonic() - started:.1f} s",
                  file=sys.stderr)
        else:
            docs = args.docs
            started = time.monotonic()
            IndexBuilder(work).build(synthetic_articles(docs, args.seed))
            print(f"built a synthetic index of {docs} articles in "
                  f"{time.monotonic() - started:.1f} s", file=sys.stderr)
        port = _free_port()
        log = Path(tmp) / "serve.log"
        server = _start_server(work, port, args.threads, log)
        paths = query_mix(args.seed)
        rows: list[str] = []
        results: list[PhaseResult] = []
        try:
            overview = time_overview(port)
            loops = {
                "updates": (_update_loop, args.update_docs,
                            f"{docs}+{args.update_docs}", f"update +{args.update_docs}/round"),
                "rebuilds": (_rebuild_loop, args.rebuild_docs,
                             f"{docs}>{args.rebuild_docs}", f"builds of {args.rebuild_docs}"),
            }
            for name in phases:
                if name == "steady":
                    result = run_phase(name, port, paths, args.concurrency, args.duration, work)
                    rows.append(_row(result, str(docs), args.concurrency))
                    results.append(result)
                    continue
                target, size, shown, note = loops[name]
                # not a daemon: a large build forks indexing workers of its own (they die
                # with it, see index.write.parallel)
                writer = multiprocessing.get_context("spawn").Process(
                    target=target, args=(str(work), size, args.seed + 100))
                writer.start()
                try:
                    result = run_phase(name, port, paths, args.concurrency,
                                       args.switch_duration or args.duration, work)
                    if writer.exitcode is not None:
                        result.errors.append(f"the {name} loop died (exit code "
                                             f"{writer.exitcode}): see its traceback above")
                finally:
                    writer.terminate()
                    writer.join()
                rows.append(_row(result, shown, args.concurrency) + f"  ({note})")
                results.append(result)
        finally:
            server.terminate()
            server.wait(timeout=30)
            server_log = log.read_text(errors="replace")
    print(f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())} at the end, "
          f"{os.cpu_count()} CPUs")
    for line in overview:
        print(line)
    print(f"{'phase':<9} {'docs':>12} {'conc':>5} {'requests':>9} {'req/s':>8} {'p50 ms':>8} "
          f"{'p99 ms':>8} {'errors':>7} {'generations':>12}")
    for row in rows:
        print(row)
    for result in results:
        for error in result.errors[:5]:
            print(f"  {result.name}: {error}")
    if any(r.errors for r in results):
        print("server log, exceptions by count:")
        for line, count in _exceptions(server_log).most_common(5):
            print(f"  {count:>5}  {line}")
        sys.exit(1)


if __name__ == "__main__":
    main()
