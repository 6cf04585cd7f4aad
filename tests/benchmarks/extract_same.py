"""Do two source trees extract the same records? The check behind a speed-only change.

    python tests/benchmarks/extract_same.py --base /path/to/other/checkout

Each tree extracts every text that bench_extract_speed.py times (the shared corpus' raw
files when present, the invented held-out sets) in its own process (``PYTHONPATH=<tree>``),
and prints one JSON line per text; the lines must be byte-identical. Only the number and
the indices of the texts that differ are printed, never their records (the corpus has a
blind part), and the exit status is then 1.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

from bench_extract_speed import ROOT, corpus_texts

CHILD = r"""
import json, sys
from index import article_from_text, extract_event
for text in json.load(sys.stdin):
    event = extract_event(article_from_text(text))
    print(json.dumps(event.to_dict() if event else None, ensure_ascii=False, sort_keys=True))
"""


def records(tree: Path, texts: list[str]) -> list[str]:
    """One JSON line per text: the event ``tree`` extracts from it (or ``null``)."""
    env = dict(os.environ, PYTHONPATH=str(tree))
    done = subprocess.run([sys.executable, "-c", CHILD], input=json.dumps(texts),
                          capture_output=True, text=True, env=env, cwd=tree, check=True)
    return done.stdout.splitlines()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base", type=Path, required=True, help="the tree to compare with")
    parser.add_argument("--tree", type=Path, default=ROOT, help="default: this checkout")
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    texts = corpus_texts(args.shared)
    base, tree = records(args.base, texts), records(args.tree, texts)
    differ = [k for k in range(len(texts)) if base[k:k + 1] != tree[k:k + 1]]
    print(f"{len(texts)} texts: {len(texts) - len(differ)} identical, {len(differ)} differ"
          + (f" (indices {differ[:20]})" if differ else ""))
    sys.exit(1 if differ or len(base) != len(tree) else 0)


if __name__ == "__main__":
    main()
