"""Clean + extract throughput: one machine (``extract``, 1 and 2 processes) against Spark.

    python tests/benchmarks/bench_spark.py --pages 2000 --files 8

Writes ``--pages`` synthetic webinar reports (:mod:`synthetic`, rendered as news pages) into
``--files`` WARC files as ``webinar-search crawl`` stores them, then on that same input,
one after the other, each in a fresh process:

1. ``webinar-search extract --json --extract-procs 1`` (the single-machine path);
2. the same with ``--extract-procs 2``;
3. ``python -m index.spark --master local[2] --no-screen`` (Spark in local mode, 2 cores).

It prints wall seconds and pages a second per row (for Spark also the job's own time,
without the JVM's start), the CPU seconds of each command with all its processes (the
steadier figure on a shared machine), and checks that the three outputs hold the same
lines. The
machine may be shared: compare rows of one run, and mind the load average printed.
"""

from __future__ import annotations

import argparse
import html
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path[:0] = [str(HERE), str(ROOT)]

from procfs import proc_stats  # noqa: E402
from synthetic import generate_articles  # noqa: E402

from index.crawl.fetch import FetchResult  # noqa: E402
from index.crawl.warc import WarcWriter  # noqa: E402


def page_html(title: str, text: str, url: str, published: str) -> bytes:
    body = "".join(f"<p>{html.escape(p)}</p>" for p in text.split("\n\n"))
    return (f'<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>'
            f'{html.escape(title)}</title><link rel="canonical" href="{url}">'
            f'<meta property="og:type" content="article"><meta property="article:'
            f'published_time" content="{published}T08:00:00+07:00"></head><body><nav>'
            f'<a href="/">Beranda</a></nav><article><h1>{html.escape(title)}</h1>{body}'
            f'</article><footer>Redaksi</footer></body></html>').encode("utf-8")


def write_warcs(folder: Path, pages: int, files: int) -> None:
    writers = [WarcWriter(folder, prefix=f"bench-{k:03d}") for k in range(files)]
    try:
        for n, article in enumerate(generate_articles(pages, seed=7)):
            body = page_html(article.title or "", article.text, article.url or "",
                             article.published or "2021-01-01")
            writers[n % files].write_page(FetchResult(
                url=article.url or "", status=200, reason="OK", body=body, started=1.0e9,
                headers=[("Content-Type", "text/html; charset=utf-8")],
                request_headers=[("Host", article.site or "")]))
    finally:
        for writer in writers:
            writer.close()


def _tree_cpu(root: int, seen: dict[int, float]) -> None:
    """Record the CPU seconds so far of ``root`` and every descendant (from /proc)."""
    parents: dict[int, int] = {}
    ticks: dict[int, float] = {}
    hz = os.sysconf("SC_CLK_TCK")
    for pid, fields in proc_stats():
        parents[pid] = int(fields[1])
        ticks[pid] = (int(fields[11]) + int(fields[12])) / hz
    tree, changed = {root}, True
    while changed:
        grown = {pid for pid, parent in parents.items() if parent in tree} | tree
        changed, tree = grown != tree, grown
    for pid in tree:
        if pid in ticks:
            seen[pid] = max(seen.get(pid, 0.0), ticks[pid])


def run(args: list[str], stdout: Path | None = None) -> tuple[float, float, str]:
    """Wall seconds, CPU seconds of the command and all its descendants (Spark's JVM and
    Python workers are not waited for by this script, so /proc is sampled every 0.2 s
    while it runs; CPU of a process living less than that is missed), its stdout."""
    started = time.monotonic()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    seen: dict[int, float] = {}
    with open(stdout or os.devnull, "w") as out:
        proc = subprocess.Popen([sys.executable, *args], stdout=out if stdout else
                                subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        stop = threading.Event()

        def sample() -> None:
            while not stop.wait(0.2):
                _tree_cpu(proc.pid, seen)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        output, errors = proc.communicate()
        stop.set()
        sampler.join()
    if proc.returncode != 0:
        sys.exit(f"failed: {' '.join(args)}\n{errors[-2000:]}")
    return time.monotonic() - started, sum(seen.values()), output or ""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=int, default=2000)
    ap.add_argument("--files", type=int, default=8)
    ap.add_argument("--keep", type=Path, default=None, help="Work in this folder and keep it.")
    args = ap.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="bench-spark-"))
    work.mkdir(parents=True, exist_ok=True)
    warcs = work / "warc"
    if not warcs.exists():
        write_warcs(warcs, args.pages, args.files)
    print(f"{args.pages} pages in {args.files} WARC files ({work}); load average "
          f"{os.getloadavg()[0]:.2f}, {os.cpu_count()} cores")
    rows = []
    outputs = []
    for procs in (1, 2):
        out = work / f"extract-{procs}.jsonl"
        seconds, cpu, _ = run(["-m", "search", "extract", "--json", "--extract-procs",
                               str(procs), str(warcs)], stdout=out)
        rows.append((f"extract, {procs} process{'es' if procs > 1 else ''}", seconds, None,
                     cpu))
        outputs.append(sorted(out.read_text(encoding="utf-8").splitlines()))
    spark_out = work / "spark"
    if spark_out.exists():
        import shutil

        shutil.rmtree(spark_out)
    seconds, cpu, summary = run(["-m", "index.spark", str(warcs), "--output",
                                 str(spark_out), "--master", "local[2]", "--no-screen"])
    job = float(summary.rsplit(",", 1)[-1].strip().split()[0])
    rows.append(("spark local[2] (job / with JVM start)", seconds, job, cpu))
    lines: list[str] = []
    for part in sorted(spark_out.glob("part-*")):
        lines.extend(part.read_text(encoding="utf-8").splitlines())
    outputs.append(sorted(lines))
    same = all(o == outputs[0] for o in outputs) and len(outputs[0]) == args.pages
    print(f"\n{'path':<40} {'wall s':>11} {'pages/s':>11} {'cpu s':>7} {'cpu ms/page':>12}")
    for name, wall, job_s, cpu in rows:
        per_page = 1000 * cpu / args.pages
        if job_s is not None:
            print(f"{name:<40} {f'{job_s:.1f}/{wall:.1f}':>11} "
                  f"{f'{args.pages / job_s:.1f}/{args.pages / wall:.1f}':>11} {cpu:>7.1f} "
                  f"{per_page:>12.1f}")
        else:
            print(f"{name:<40} {wall:>11.1f} {args.pages / wall:>11.1f} {cpu:>7.1f} "
                  f"{per_page:>12.1f}")
    print(f"load average after: {os.getloadavg()[0]:.2f}")
    print(f"\nsame records on all paths: {'yes' if same else 'NO'} ({len(outputs[0])} lines)")
    if not same:
        sys.exit(1)


if __name__ == "__main__":
    main()
