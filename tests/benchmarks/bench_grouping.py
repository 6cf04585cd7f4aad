"""What grouping reports into events costs and how well it groups, in one run.

    python tests/benchmarks/bench_grouping.py --docs 20000
    python tests/benchmarks/bench_grouping.py --docs 2000 --repeat 2     # quick

Corpus: N synthetic webinar reports (:func:`synthetic.with_copies`), about 30 % of them
copies of others published by other sites, each copy with its own lede, a paragraph dropped
or a closing line added, and its own extraction noise (event title, a speaker or the date
missing). The true event of every report is known.

BUILD: the same records are built twice per round, in a fresh forked child each (cold
caches, as a user's build starts), by :class:`index.write.builder.IndexBuilder` with
grouping (the default) and without (``group_events=False``: every article its own event,
no fingerprints), side by side; ``--repeat`` rounds alternate which goes first. Other
work on a shared machine only ever adds time, so the fastest of the rounds is the best
estimate of each build's own cost: the ratio is given for the minimum and the median of
wall time, and for the median CPU time (the build's and its workers').

QUALITY: pairwise precision and recall of the grouped index's event ids against the true
events (a pair of reports is a true positive when both put it in one event), over the
synthetic corpus and over the invented test corpora in ``tests/fixtures/events/`` (see
their generator): ``reports.jsonl`` (copies, rewrites and same-day traps; the rules were
settled on it) and ``heldout.jsonl`` (written afterwards, never tuned on).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import resource
import shutil
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from synthetic import with_copies

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "events"


def _cpu_seconds() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _build(articles: list[Any], folder: str, grouping: bool, out: Any) -> None:
    from index.write.builder import IndexBuilder

    started, cpu = time.perf_counter(), _cpu_seconds()
    IndexBuilder(folder, group_events=grouping).build(articles)
    out.send((time.perf_counter() - started, _cpu_seconds() - cpu))


def timed_build(articles: list[Any], folder: Path, grouping: bool) -> tuple[float, float]:
    """Build in a forked child (cold caches); its wall time and the CPU time of it and its
    worker processes (less sensitive than wall time to other load on the machine)."""
    shutil.rmtree(folder, ignore_errors=True)
    ctx = multiprocessing.get_context("fork")
    parent, child = ctx.Pipe()
    proc = ctx.Process(target=_build, args=(articles, str(folder), grouping, child))
    proc.start()
    seconds = parent.recv()
    proc.join()
    return seconds


def event_ids(folder: Path) -> dict[str, str]:
    """URL -> event id, as the built index holds them."""
    from search import SearchIndex

    with SearchIndex.open(folder) as ix, ix._reading() as gen:
        return {gen.stored(d)["url"]: gen.events.id_of(d)
                for d in gen.reader.all_doc_ids()}


def pairwise(predicted: Sequence[object], gold: Sequence[object]) -> tuple[float, float, int]:
    """Pairwise precision and recall of a clustering, and the number of true pairs."""
    def pairs(counts: Counter[Any]) -> int:
        return sum(c * (c - 1) // 2 for c in counts.values())

    both = pairs(Counter(zip(predicted, gold)))
    said, true = pairs(Counter(predicted)), pairs(Counter(gold))
    return (both / said if said else 1.0), (both / true if true else 1.0), true


def fixture_quality(workdir: Path, name: str) -> tuple[float, float, int, int, int]:
    from index.model import Article
    from index.write.builder import IndexBuilder

    path = FIXTURES / f"{name}.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    folder = workdir / name
    shutil.rmtree(folder, ignore_errors=True)
    IndexBuilder(folder, procs=1).build(Article.from_dict(r) for r in rows)
    ids = event_ids(folder)
    precision, recall, true = pairwise([ids[r["url"]] for r in rows], [r["gold"] for r in rows])
    return precision, recall, true, len(rows), len(set(ids.values()))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--copies", type=float, default=0.3, help="share of copies")
    parser.add_argument("--repeat", type=int, default=1, help="build rounds (alternating)")
    parser.add_argument("--workdir", type=Path, default=None)
    args = parser.parse_args(argv)

    workdir = Path(args.workdir or tempfile.mkdtemp(prefix="bench-grouping-"))
    workdir.mkdir(parents=True, exist_ok=True)
    articles, truth = with_copies(args.docs, args.copies, args.seed)
    print(f"corpus: {args.docs} synthetic reports of {len(set(truth))} events "
          f"({args.copies:.0%} copies), seed {args.seed}; {os.cpu_count()} cpus; "
          f"work dir {workdir}", flush=True)

    times: dict[bool, list[float]] = {True: [], False: []}
    cpus: dict[bool, list[float]] = {True: [], False: []}
    for round_ in range(args.repeat):
        order = (False, True) if round_ % 2 == 0 else (True, False)
        for grouping in order:
            seconds, cpu = timed_build(articles, workdir / ("grouped" if grouping else "plain"),
                                       grouping)
            times[grouping].append(seconds)
            cpus[grouping].append(cpu)
            print(f"round {round_ + 1}: build {'with' if grouping else 'without'} grouping "
                  f"{seconds:.1f} s wall, {cpu:.1f} s cpu", flush=True)
    print(f"\nBUILD  N={args.docs}, {args.repeat} rounds")
    print(f"{'build':<22}{'min wall s':>11}{'median wall s':>14}{'median cpu s':>13}")
    for grouping in (False, True):
        name = "with grouping" if grouping else "without grouping"
        print(f"{name:<22}{min(times[grouping]):>11.1f}"
              f"{statistics.median(times[grouping]):>14.1f}"
              f"{statistics.median(cpus[grouping]):>13.1f}")
    print("ratio with/without: "
          f"min wall {min(times[True]) / min(times[False]):.3f}, "
          f"median wall {statistics.median(times[True]) / statistics.median(times[False]):.3f}, "
          f"median cpu {statistics.median(cpus[True]) / statistics.median(cpus[False]):.3f}"
          "  (acceptance: <= 1.2)")

    ids = event_ids(workdir / "grouped")
    predicted = [ids[a.url or ""] for a in articles]
    precision, recall, true = pairwise(predicted, truth)
    print(f"\nQUALITY  pairwise, {true} true pairs")
    print(f"{'corpus':<40}{'precision':>10}{'recall':>8}{'events':>8}")
    print(f"{'synthetic copies (N=' + str(args.docs) + ')':<40}{precision:>10.4f}"
          f"{recall:>8.4f}{len(set(predicted)):>8}")
    for name in ("reports", "heldout"):
        fp, fr, ftrue, freports, fevents = fixture_quality(workdir, name)
        print(f"{'fixtures/events/' + name + ' (' + str(freports) + ' reports)':<40}"
              f"{fp:>10.4f}{fr:>8.4f}{fevents:>8}   ({ftrue} true pairs)")
    if args.workdir is None:
        shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
