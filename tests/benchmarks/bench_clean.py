"""Score the article cleaner and trafilatura side by side, in one run, on the same pages.

Two page sets (both read from the shared benchmark folder, never shipped in the repo):

* a folder in the article-extraction-benchmark format (``html/<id>.html.gz`` and
  ``ground-truth.json``): token 4-gram precision, recall and F1 of the extracted body against
  the ground truth, computed as described in the benchmark's README (per page TP/FP/FN
  normalised to sum to one; precision averaged over pages with output, recall over pages with
  a ground truth; F1 of the two means);
* ``realhtml/`` (``index.jsonl`` plus pages): a page passes when its first and last body
  sentences are in the cleaned text and none of its noise strings is; "checks" counts the
  single checks (two sentences plus one per noise string) that hold.

realhtml is split by site (``clean_split.py``): the BLIND part is reported first and never
in detail (``--details`` and ``--dump`` cover the TUNE part and AEB only), so that its
figures say how the cleaner does on sites nobody tuned it on.

Throughput is pages per second of a single process: each extractor gets the raw page bytes
(decoding is part of its job), warms up on one untimed page, and only the extraction call
is timed, in CPU seconds of this process (so that other jobs on a shared machine do not
skew the comparison). The machine is shared,
so compare ratios from one run, never figures from different runs.

Run (trafilatura comes from the ``bench`` extra)::

    python tests/benchmarks/bench_clean.py [--shared ../shared] [--aeb DIR] [--realhtml DIR]
    python tests/benchmarks/bench_clean.py --part tune --only ours --details   # while tuning

Without the shared folder the script prints one line and exits 0.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from clean_split import is_blind  # noqa: E402

Extractor = Callable[[bytes], str]
_WORD = re.compile(r"\w+")


def _shingles(text: str, n: int = 4) -> Counter:
    tokens = _WORD.findall(text or "")
    if not tokens:
        return Counter()
    if len(tokens) < n:
        return Counter([tuple(tokens)])
    return Counter(tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1))


def page_counts(truth: str, pred: str) -> tuple[float, float, float]:
    """Normalised (TP, FP, FN) of one page's 4-gram multisets."""
    a, b = _shingles(truth), _shingles(pred)
    tp = sum((a & b).values())
    fp = sum((b - a).values())
    fn = sum((a - b).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def aggregate(counts: list[tuple[float, float, float]]) -> dict[str, float]:
    """Corpus precision (pages with output), recall (pages with truth) and their F1."""
    def ratio(good: float, bad: float, other_bad: float) -> float:
        if bad == 0 and other_bad == 0:
            return 1.0
        return good / (good + bad) if good + bad else 0.0

    ps = [ratio(tp, fp, fn) for tp, fp, fn in counts if tp + fp > 0]
    rs = [ratio(tp, fn, fp) for tp, fp, fn in counts if tp + fn > 0]
    p = statistics.mean(ps) if ps else 0.0
    r = statistics.mean(rs) if rs else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def ours() -> Extractor:
    from index.clean.cleaner import clean_html

    return lambda data: clean_html(data).text


def trafilatura_extractor(favor_precision: bool) -> Extractor:
    import trafilatura

    def run(data: bytes) -> str:
        return trafilatura.extract(data, favor_precision=favor_precision) or ""

    return run


def load_aeb(folder: Path) -> list[tuple[str, bytes, str]]:
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for key in sorted(truth):
        path = folder / "html" / f"{key}.html.gz"
        with gzip.open(path, "rb") as fh:
            pages.append((key, fh.read(), truth[key].get("articleBody") or ""))
    return pages


def load_realhtml(folder: Path) -> list[tuple[dict, bytes]]:
    pages = []
    with open(folder / "index.jsonl", encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                entry = json.loads(line)
                pages.append((entry, (folder / entry["file"]).read_bytes()))
    return pages


def _timed(extract: Extractor, data: bytes) -> tuple[str, float]:
    # CPU time of this process: other jobs on a shared machine do not skew the comparison.
    start = time.process_time()
    text = extract(data)
    return text, time.process_time() - start


def _collapse(text: str) -> str:
    return " ".join(text.split())


def realhtml_checks(entry: dict) -> int:
    """How many single checks a realhtml page has (two sentences, one per noise string)."""
    return 2 + len(entry["noise_strings"])


def realhtml_failures(entry: dict, text: str) -> list[str]:
    """Why a realhtml page fails (empty when it passes)."""
    flat = _collapse(text)
    why = []
    for key in ("body_first_sentence", "body_last_sentence"):
        if _collapse(entry[key]) not in flat:
            why.append(f"missing {key}")
    why += [f"kept noise {s!r}" for s in entry["noise_strings"] if _collapse(s) in flat]
    return why


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared",
                        help="the shared data folder (default: ../shared from the repo root)")
    parser.add_argument("--aeb", type=Path, help="AEB-format folder (default: SHARED/bench/aeb)")
    parser.add_argument("--realhtml", type=Path, help="default: SHARED/bench/realhtml")
    parser.add_argument("--only", choices=("ours", "all"), default="all",
                        help="'ours' skips trafilatura (quicker while tuning)")
    parser.add_argument("--part", choices=("all", "tune"), default="all",
                        help="'tune' leaves the blind realhtml part out (while tuning)")
    parser.add_argument("--details", action="store_true",
                        help="print per-page scores of our cleaner and realhtml failures")
    parser.add_argument("--dump", type=Path, help="write our output per page to this folder")
    args = parser.parse_args(argv)
    aeb_dir = args.aeb or args.shared / "bench" / "aeb"
    real_dir = args.realhtml or args.shared / "bench" / "realhtml"
    if not (aeb_dir / "ground-truth.json").is_file() and not (real_dir / "index.jsonl").is_file():
        print(f"bench_clean: skipped, no benchmark data at {aeb_dir} or {real_dir}")
        return 0

    extractors: dict[str, Extractor] = {"ours": ours()}
    if args.only == "all":
        try:
            extractors["trafilatura favor_precision"] = trafilatura_extractor(True)
            extractors["trafilatura default"] = trafilatura_extractor(False)
        except ImportError:
            print("bench_clean: trafilatura not installed (pip install -e '.[bench]'); ours only")

    aeb = load_aeb(aeb_dir) if (aeb_dir / "ground-truth.json").is_file() else []
    real = load_realhtml(real_dir) if (real_dir / "index.jsonl").is_file() else []
    if args.dump:
        args.dump.mkdir(parents=True, exist_ok=True)

    blind = [(e, d) for e, d in real if is_blind(e["site"]) and args.part == "all"]
    tune = [(e, d) for e, d in real if not is_blind(e["site"])]
    rows = []
    for name, extract in extractors.items():
        if aeb or real:  # one untimed call: lazy imports and caches are not throughput
            extract(aeb[0][1] if aeb else real[0][1])
        counts, seconds = [], 0.0
        for key, data, truth in aeb:
            text, took = _timed(extract, data)
            seconds += took
            counts.append(page_counts(truth, text))
            if name == "ours" and args.dump:
                (args.dump / f"{key}.txt").write_text(text, encoding="utf-8")
        parts = {}
        for part, pages in (("blind", blind), ("tune", tune)):
            passed = checks = held = 0
            for entry, data in pages:
                text, took = _timed(extract, data)
                seconds += took
                why = realhtml_failures(entry, text)
                passed += not why
                checks += realhtml_checks(entry)
                held += realhtml_checks(entry) - len(why)
                if part == "blind":
                    continue  # never look at the blind part page by page
                if name == "ours" and args.dump:
                    (args.dump / f"{entry['file']}.txt").write_text(text, encoding="utf-8")
                if args.details and why:
                    print(f"  {name:<28} {entry['file']}: {'; '.join(why)}")
            parts[part] = (passed, len(pages), held, checks)
        if args.details and name == "ours":
            worst = sorted(zip((k for k, _, _ in aeb), counts), key=lambda kc: -kc[1][1] - kc[1][2])
            for key, (tp, fp, fn) in worst[:25]:
                print(f"  ours aeb {key[:12]} tp={tp:.2f} fp={fp:.2f} fn={fn:.2f}")
        scores = aggregate(counts) if counts else {"precision": 0.0, "recall": 0.0, "f1": 0.0}
        pages = len(aeb) + len(real)
        rows.append((name, scores, parts, pages / seconds if seconds else 0.0))

    def sites(pages: list[tuple[dict, bytes]]) -> str:
        return ", ".join(sorted({e["site"] for e, _ in pages})) or "none"

    real = [*blind, *tune]
    print(f"realhtml: {len(real)} pages from {real_dir}; aeb: {len(aeb)} pages from {aeb_dir}")
    for part, pages in (("blind", blind), ("tune", tune)):
        if part == "blind" and args.part == "tune":
            continue
        print(f"\nrealhtml {part.upper()} ({len(pages)} pages; sites: {sites(pages)})")
        print(f"{'extractor':<28} {'pages':>9} {'checks':>9}")
        for name, _, parts, _ in rows:
            passed, total, held, checks = parts[part]
            print(f"{name:<28} {passed:>4}/{total:<4} {held:>4}/{checks:<4}")
    print("\naeb (token 4-gram) and speed over all pages")
    print(f"{'extractor':<28} {'F1':>6} {'prec':>6} {'recall':>6} {'pages/s':>8}")
    for name, s, _, rate in rows:
        print(f"{name:<28} {s['f1']:6.4f} {s['precision']:6.4f} {s['recall']:6.4f} {rate:8.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
