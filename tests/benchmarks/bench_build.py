"""Build from text: serial against parallel extraction, and rebuilds with the record cache.

    python tests/benchmarks/bench_build.py --docs 20000

The corpus is :mod:`synthetic`'s (seed 1, ~400-word reports) written as JSON Lines of
clean bodies (``url``, ``site``, ``title``, ``published``, ``lang``, ``text``), so every
build cleans nothing and extracts every event itself, as ``webinar-search build`` does for
a ``.jsonl`` of texts. Each row is one ``webinar-search build`` command, in a fresh process,
one after the other:

1. ``serial``: ``--extract-procs 1 --no-record-cache``, the pipeline as it was (one
   process extracts while the indexing side waits);
2. ``parallel, first``: the defaults (one extraction process per core, record cache
   beside the index, cold), into a new folder;
3. ``rebuild, unchanged``: the same command again: every record comes from the cache and
   equals the live index's, so nothing is written;
4. ``rebuild, 1% changed``: one page in a hundred edited: those are extracted again, the
   others come from the cache, and a new generation is written.

Wall time and CPU time (the build's processes together) per row; speed-ups against row 1
(and row 2 for the rebuilds). The machine is shared: compare rows of one run, and mind the
load average printed with them.

Side by side with another tree (``--base TREE``: a checkout or ``git worktree`` of an
earlier commit, e.g. the one issue 16 was filed at)::

    python tests/benchmarks/bench_build.py --docs 2000 --base /tmp/b16orig --rounds 3

builds the same corpus from text with each tree's default ``webinar-search build`` (a new
index folder each time, so a cold record cache where the tree has one), alternating which
tree goes first in each round. Per build it prints the wall time, the CPU seconds of the
build's main process and of its worker processes (the extraction, grouping, stemming and
indexing workers together), how many cores were busy on average (CPU / wall), and per
stage as the build announces it (``read``: reading and extracting until grouping starts;
``group``; ``stem``: stemming the vocabulary; ``index``: Whoosh writing to the end) its
wall time, the CPU time of all the build's processes (read from ``/proc`` at each stage's
start) and that of the main process. ``ideal`` adds up, stage by stage, the least wall
time the stage could take on ``--cores`` idle cores: its CPU spread evenly, but never less
than the main process's own share (a stage whose main process is busy all along cannot
go faster). The median wall ratio base/tree is the speed-up; on a machine that others
load, the ratio of the ideal times is the steadier estimate of the speed-up on an idle
one. ``--serial`` adds this tree's one-process extraction (``--extract-procs 1
--no-record-cache``) as a third row.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parents[1])]

from procfs import proc_stats  # noqa: E402
from synthetic import generate_articles  # noqa: E402


def write_corpus(path: Path, docs: int, seed: int, changed_every: int = 0) -> None:
    with open(path, "w", encoding="utf-8") as out:
        for n, article in enumerate(generate_articles(docs, seed=seed)):
            text = article.text
            if changed_every and n % changed_every == 0:
                text += "\n\nArtikel ini diperbarui."
            out.write(json.dumps({"url": article.url, "site": article.site,
                                  "title": article.title, "published": article.published,
                                  "lang": "id", "text": text}, ensure_ascii=False) + "\n")


def timed(args: list[str]) -> tuple[float, float, str]:
    """Wall seconds, CPU seconds of the command and its children, its last output line."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.monotonic()
    env = {**os.environ, "PYTHONPATH": str(HERE.parents[1])}
    done = subprocess.run([sys.executable, "-m", "search", *args], capture_output=True,
                          text=True, env=env)
    wall = time.monotonic() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode:
        raise SystemExit(f"build failed: {done.stderr.strip()[-2000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, done.stdout.strip().splitlines()[-1]


_REPORT_CPU = r"""
import atexit, json, os, resource, runpy, sys

def _report():
    mine = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    os.write(2, ("BENCH-CPU " + json.dumps({
        "main": mine.ru_utime + mine.ru_stime,
        "workers": children.ru_utime + children.ru_stime}) + "\n").encode())

atexit.register(_report)
sys.argv = ["webinar-search", *sys.argv[1:]]
runpy.run_module("search", run_name="__main__")
"""
"""Runs the CLI of the tree on ``PYTHONPATH`` and writes, at exit, the CPU seconds of this
process and of its reaped children (every worker a build starts is joined)."""

STAGES = (("grouping", "group"), ("stemming", "stem"), ("indexing", "index"))
"""The build's stage announcements (``phase`` lines on stderr) and their short names."""


def tree_cpu(root: int) -> tuple[float, float]:
    """CPU seconds so far of process ``root`` alone, and of it with every descendant (live
    ones and those already reaped)."""
    tick = os.sysconf("SC_CLK_TCK")
    stats = dict(proc_stats())
    children: dict[int, list[int]] = {}
    for pid, fields in stats.items():
        children.setdefault(int(fields[1]), []).append(pid)
    if root not in stats:
        return 0.0, 0.0
    own = sum(int(x) for x in stats[root][11:13]) / tick
    total, todo = 0.0, [root]
    while todo:
        pid = todo.pop()
        total += sum(int(x) for x in stats[pid][11:15]) / tick
        todo.extend(children.get(pid, ()))
    return own, total


def profiled_build(tree: Path, args: list[str], cores: int) -> dict[str, float]:
    """One ``webinar-search build`` of ``tree`` in a fresh process: wall seconds, CPU
    seconds of the main process and of the workers, and per stage its wall seconds, the
    CPU seconds of all the build's processes and of the main one in it, and the least
    wall time the stage could take on ``cores`` idle cores (its CPU spread over them, but
    never less than the main process's own CPU in it)."""
    env = {**os.environ, "PYTHONPATH": str(tree)}
    started = time.monotonic()
    marks: dict[str, tuple[float, float, float]] = {"read": (0.0, 0.0, 0.0)}
    cpu: dict[str, float] = {}
    with subprocess.Popen([sys.executable, "-c", _REPORT_CPU, *args], cwd=tree, env=env,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) as proc:
        assert proc.stderr is not None and proc.stdout is not None
        tail: list[str] = []
        for line in proc.stderr:
            now = time.monotonic() - started
            if line.startswith("BENCH-CPU "):
                cpu = json.loads(line.split(" ", 1)[1])
                continue
            tail = (tail + [line])[-20:]
            for word, name in STAGES:
                if line.startswith(word) and name not in marks:
                    marks[name] = (now, *tree_cpu(proc.pid))
        out = proc.stdout.read()
    wall = time.monotonic() - started
    if proc.returncode or not cpu:
        raise SystemExit(f"build failed in {tree}: {''.join(tail)[-2000:]}")
    row = {"wall": wall, "main": cpu["main"], "workers": cpu["workers"],
           "line": out.strip().splitlines()[-1], "ideal": 0.0}
    end = (wall, cpu["main"], cpu["main"] + cpu["workers"])
    bounds = [(name, marks[name]) for name in ("read", *(n for _, n in STAGES)) if name in marks]
    for (name, start), (_, stop) in zip(bounds, [*bounds[1:], ("end", end)]):
        row[name] = stop[0] - start[0]
        row[f"{name} main"] = stop[1] - start[1]
        row[f"{name} cpu"] = stop[2] - start[2]
        row["ideal"] += max(row[f"{name} cpu"] / cores, row[f"{name} main"])
    return row


def compare(work: Path, corpus: Path, base: Path, rounds: int, serial: bool,
            cores: int) -> None:
    """Builds of ``corpus`` by ``base`` and by this tree, alternating, ``rounds`` times."""
    tree = HERE.parents[1]
    kinds: list[tuple[str, Path, list[str]]] = [("base", base.resolve(), []),
                                                 ("tree", tree, [])]
    if serial:
        kinds.append(("tree serial", tree, ["--extract-procs", "1", "--no-record-cache"]))
    rows: dict[str, list[dict[str, float]]] = {name: [] for name, _, _ in kinds}
    for n in range(rounds):
        order = kinds if n % 2 == 0 else kinds[::-1]
        for name, path, extra in order:
            folder = work / f"index-{name.replace(' ', '-')}-{n}"
            shutil.rmtree(folder, ignore_errors=True)
            row = profiled_build(path, ["build", str(corpus), "--index", str(folder), *extra],
                                cores)
            rows[name].append(row)
            shutil.rmtree(folder, ignore_errors=True)
            print(f"  round {n + 1} {name}: {row['wall']:.1f} s wall, main {row['main']:.1f} "
                  f"+ workers {row['workers']:.1f} s CPU", file=sys.stderr, flush=True)
    print(f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())} at the end, "
          f"{os.cpu_count()} CPUs; {corpus.stat().st_size // 1024} KiB of text; "
          f"base {base}; medians of {rounds} round(s)")
    stages = ["read", "group", "stem", "index"]
    print(f"{'build':<13}{'wall s':>8}{'main s':>8}{'work s':>8}{'CPU s':>8}{'cores':>7}"
          f"{'ideal s':>9}   per stage: wall s / CPU s all / main")
    for name, _, _ in kinds:
        def med(key: str, name: str = name) -> float:
            return statistics.median(r.get(key, 0.0) for r in rows[name])
        total = med("main") + med("workers")
        print(f"{name:<13}{med('wall'):>8.1f}{med('main'):>8.1f}{med('workers'):>8.1f}"
              f"{total:>8.1f}{total / med('wall'):>7.2f}{med('ideal'):>9.1f}   "
              + "  ".join(f"{s} {med(s):.1f}/{med(s + ' cpu'):.1f}/{med(s + ' main'):.1f}"
                          for s in stages if med(s + " cpu") or med(s)))
    base_wall = statistics.median(r["wall"] for r in rows["base"])
    base_ideal = statistics.median(r["ideal"] for r in rows["base"])
    for name, _, _ in kinds[1:]:
        walls = [r["wall"] for r in rows[name]]
        ratios = [b["wall"] / t["wall"] for b, t in zip(rows["base"], rows[name])]
        ideal = statistics.median(r["ideal"] for r in rows[name])
        print(f"speed-up base/{name}: median wall {base_wall / statistics.median(walls):.2f}x"
              f" (per round {' '.join(f'{x:.2f}x' for x in ratios)}); on {cores} idle cores "
              f"(ideal) {base_ideal / ideal:.2f}x")
    for name, _, _ in kinds:
        print(f"  {name}: {rows[name][-1]['line']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--workdir", type=Path, default=None)
    parser.add_argument("--base", type=Path, default=None,
                        help="another tree to build with, side by side (see above)")
    parser.add_argument("--rounds", type=int, default=1, help="with --base: rounds")
    parser.add_argument("--serial", action="store_true",
                        help="with --base: also this tree with one extraction process")
    parser.add_argument("--cores", type=int, default=os.cpu_count() or 1,
                        help="with --base: cores for the ideal wall time")
    args = parser.parse_args()
    work = args.workdir or Path(tempfile.mkdtemp(prefix="bench-build-"))
    work.mkdir(parents=True, exist_ok=True)
    if args.base is not None:
        corpus = work / "corpus.jsonl"
        write_corpus(corpus, args.docs, args.seed)
        compare(work, corpus, args.base, args.rounds, args.serial, args.cores)
        if args.workdir is None:
            shutil.rmtree(work, ignore_errors=True)
        return
    corpus, changed = work / "corpus.jsonl", work / "changed" / "corpus.jsonl"
    changed.parent.mkdir(exist_ok=True)
    write_corpus(corpus, args.docs, args.seed)
    write_corpus(changed, args.docs, args.seed, changed_every=100)
    serial_dir, parallel_dir = work / "serial", work / "parallel"
    for folder in (serial_dir, parallel_dir):
        shutil.rmtree(folder, ignore_errors=True)
    rows = [
        ("serial", ["build", str(corpus), "--index", str(serial_dir), "--extract-procs", "1",
                    "--no-record-cache"]),
        ("parallel, first", ["build", str(corpus), "--index", str(parallel_dir)]),
        ("rebuild, unchanged", ["build", str(corpus), "--index", str(parallel_dir)]),
        ("rebuild, 1% changed", ["build", str(changed), "--index", str(parallel_dir)]),
    ]
    results = []
    for name, command in rows:
        wall, cpu, line = timed(command)
        results.append((name, wall, cpu, line))
        print(f"  {name}: {wall:.1f} s ({line})", file=sys.stderr, flush=True)
    print(f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())} at the end, "
          f"{os.cpu_count()} CPUs; {args.docs} documents from text")
    print(f"{'build':<22}{'wall s':>9}{'CPU s':>9}{'vs serial':>11}{'vs first':>10}")
    serial_wall, first_wall = results[0][1], results[1][1]
    for name, wall, cpu, _ in results:
        print(f"{name:<22}{wall:>9.1f}{cpu:>9.1f}{serial_wall / wall:>10.2f}x"
              f"{first_wall / wall:>9.2f}x")
    for name, _, _, line in results:
        print(f"  {name}: {line}")
    if args.workdir is None:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
