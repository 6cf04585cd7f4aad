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
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parents[1])]

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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--workdir", type=Path, default=None)
    args = parser.parse_args()
    work = args.workdir or Path(tempfile.mkdtemp(prefix="bench-build-"))
    work.mkdir(parents=True, exist_ok=True)
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
