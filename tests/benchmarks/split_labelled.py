"""Split newly labelled articles into a tune part and a blind part, by site, before reading them.

Usage (from the repository root):

    python tests/benchmarks/split_labelled.py --out D/fresh A_raw.jsonl A_gold.jsonl [...]
    python tests/benchmarks/bench_extract.py --detail \
        --pair D/fresh_tune_raw.jsonl D/fresh_tune_gold.jsonl
    python tests/benchmarks/bench_extract.py \
        --pair D/fresh_blind_raw.jsonl D/fresh_blind_gold.jsonl

Why: the shared corpus's blind part (``corpus_split.py``) is 26 articles; every reading of it
spends some of its blindness, and it cannot show *which* shapes of unseen writing fail without
being read. A new labelled set (real reports from sites the extractor never saw, gathered and
labelled by the conventions of ``../shared/corpus/README.md``, kept outside the repository like
the shared corpus) gives both: its tune half can be read article by article, its blind half is
scored, never printed in detail. The half is decided by the site alone, by a rule fixed before
any article is read, so a site's house style is never on both sides:

- an article whose registered site (``corpus_split.registered_site``) is excluded
  (``--exclude-sites``, e.g. the shared corpus's sites) or whose url was already taken is
  dropped, and so is any article past ``--per-site`` of one site (one site must not dominate);
- the rest is blind when the first byte of the SHA-256 of the registered site is odd (the
  shared corpus's rule uses even bytes among its own candidates; the two sets are disjoint).

Raw and gold lines pair up by url. Written: ``OUT_tune_raw.jsonl``, ``OUT_tune_gold.jsonl``,
``OUT_blind_raw.jsonl``, ``OUT_blind_gold.jsonl``; one line per part says what is in it.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus_split import registered_site  # noqa: E402


def fresh_blind(site: str) -> bool:
    """Whether an article of ``site`` falls in the blind half of a newly labelled set."""
    return hashlib.sha256(registered_site(site).encode()).digest()[0] % 2 == 1


def _lines(path: Path) -> list[dict]:
    """The JSON records of a JSON-lines file, blank lines skipped."""
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def split(pairs: list[tuple[Path, Path]], exclude_sites: set[str], per_site: int
          ) -> dict[str, list[tuple[dict, dict]]]:
    """The kept (raw, gold) pairs of ``pairs`` files, by part ("tune", "blind")."""
    parts: dict[str, list[tuple[dict, dict]]] = {"tune": [], "blind": []}
    seen: set[str] = set()
    count: dict[str, int] = {}
    for raw_path, gold_path in pairs:
        golds = {g.get("url"): g for g in _lines(gold_path)}
        for raw in _lines(raw_path):
            url, site = raw.get("url"), registered_site(raw.get("site", ""))
            if url in seen or url not in golds or site in exclude_sites:
                continue
            count[site] = count.get(site, 0) + 1
            if count[site] > per_site:
                continue
            seen.add(url)
            parts["blind" if fresh_blind(site) else "tune"].append((raw, golds[url]))
    return parts


def main(argv: list[str] | None = None) -> int:
    """Split the RAW GOLD pairs given and write the tune and blind files (see the module
    docstring); prints counts only, never an article."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, required=True,
                        help="prefix of the four files written (e.g. /data/fresh)")
    parser.add_argument("--exclude-sites", type=Path,
                        help="a file of sites (one a line) whose articles are dropped")
    parser.add_argument("--per-site", type=int, default=2,
                        help="at most this many articles of one site (default 2)")
    parser.add_argument("files", nargs="+", type=Path, help="RAW GOLD [RAW GOLD ...]")
    args = parser.parse_args(argv)
    if len(args.files) % 2:
        parser.error("files come in pairs: RAW GOLD")
    missing = [p for p in args.files if not p.is_file()]
    if missing:
        print(f"split_labelled: no such file: {missing[0]}", file=sys.stderr)
        return 2
    exclude: set[str] = set()
    if args.exclude_sites:
        exclude = {registered_site(s) for s in args.exclude_sites.read_text().split()}
    files = args.files
    parts = split(list(zip(files[::2], files[1::2])), exclude, args.per_site)
    for part, kept in parts.items():
        for kind, column in (("raw", 0), ("gold", 1)):
            path = Path(f"{args.out}_{part}_{kind}.jsonl")
            path.write_text("".join(json.dumps(pair[column], ensure_ascii=False) + "\n"
                                    for pair in kept), encoding="utf-8")
        people = sum(len(gold.get("speakers") or []) for _, gold in kept)
        sites = len({registered_site(raw.get("site", "")) for raw, _ in kept})
        print(f"{part}: {len(kept)} articles, {people} people, {sites} sites")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
