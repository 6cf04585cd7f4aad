"""Extraction CPU time of two source trees side by side, in alternating fresh processes.

    python tests/benchmarks/bench_extract_speed.py --base /path/to/old/checkout
    git worktree add --detach /tmp/base <commit> && \\
        python tests/benchmarks/bench_extract_speed.py --base /tmp/base --rounds 7

"Not slower than before" is a ratio, and this machine is shared: wall time swings by tens of
percent between identical runs. So each round runs both trees once, each in its own process
(``PYTHONPATH=<tree>``, so the tree's own ``index`` package is imported), alternating which
goes first, and each process reports only its own CPU seconds (``time.process_time``) for
extracting every text ``--repeat`` times after a warm-up (imports and regex compilation are
not counted). The median of each side and their ratio are printed.

Texts: the shared corpus' raw files (``--shared``, default ``../shared``) when present, plus
the invented held-out sets in tests/fixtures/extract (always there).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

CHILD = r"""
import json, sys, time
from index import article_from_text, extract_event
texts = json.load(sys.stdin)
repeat = int(sys.argv[1])
for text in texts[:5]:
    extract_event(article_from_text(text))
start = time.process_time()
for _ in range(repeat):
    for text in texts:
        extract_event(article_from_text(text))
print(time.process_time() - start)
"""


def corpus_texts(shared: Path) -> list[str]:
    """Every raw text of the shared corpus (if present) and of the repo's held-out sets."""
    files = sorted((shared / "corpus").glob("*_raw.jsonl")) if shared.is_dir() else []
    files += sorted((ROOT / "tests" / "fixtures" / "extract").glob("*_raw.jsonl"))
    texts = []
    for path in files:
        with open(path, encoding="utf-8") as fh:
            texts.extend(json.loads(line)["text"] for line in fh if line.strip())
    return texts


def cpu_seconds(tree: Path, texts: list[str], repeat: int) -> float:
    """CPU seconds of one fresh process of ``tree`` extracting ``texts`` ``repeat`` times."""
    env = dict(os.environ, PYTHONPATH=str(tree))
    done = subprocess.run([sys.executable, "-c", CHILD, str(repeat)], input=json.dumps(texts),
                          capture_output=True, text=True, env=env, cwd=tree, check=True)
    return float(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base", type=Path, required=True, help="the tree to compare with")
    parser.add_argument("--tree", type=Path, default=ROOT, help="default: this checkout")
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--repeat", type=int, default=3, help="passes over the texts")
    args = parser.parse_args()
    texts = corpus_texts(args.shared)
    print(f"{len(texts)} texts x {args.repeat}; {args.rounds} alternating rounds; "
          f"load average {os.getloadavg()[0]:.2f}")
    times: dict[str, list[float]] = {"base": [], "tree": []}
    for n in range(args.rounds):
        order = [("base", args.base), ("tree", args.tree)]
        for name, tree in order if n % 2 == 0 else order[::-1]:
            times[name].append(cpu_seconds(tree, texts, args.repeat))
        print(f"round {n + 1}: base {times['base'][-1]:.3f} s, tree {times['tree'][-1]:.3f} s")
    pages = len(texts) * args.repeat
    base, tree = statistics.median(times["base"]), statistics.median(times["tree"])
    print(f"median CPU: base {base:.3f} s ({pages / base:.1f} pages/s), tree {tree:.3f} s "
          f"({pages / tree:.1f} pages/s); tree/base {tree / base:.3f}")


if __name__ == "__main__":
    main()
