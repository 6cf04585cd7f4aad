"""CPU time per uncached query, per kind, and a dump of the answers to diff across changes.

    python tests/benchmarks/bench_query_cpu.py --index DIR --docs 20000 --dump before.jsonl
    PYTHONPATH=/path/to/other/tree python tests/benchmarks/bench_query_cpu.py --index DIR ...
    python tests/benchmarks/bench_query_cpu.py --index /tmp/q100k/ix --docs 100000 \
        --create-index --repeat 3

Wall times on a shared two-core machine are noisy; the CPU time of the process
(``time.process_time``) per query is not, so optimising and comparing two trees works on
that. The queries are :mod:`bench_index`'s (same corpus, seed and kinds: single word, AND,
phrase, field), each run once, with highlights and facets (the cost a fresh query pays on
``/search.json``); ``--repeat`` runs the whole set again in new :class:`SearchIndex`
objects (the process's stem cache warm, the posting and results caches empty) and keeps
each query's best time.

``--dump`` writes every answer (``Results.to_dict()`` less ``took_ms``), plus variants
(``group=False``, a filter, page 2, date order), one JSON line per query, so that
``diff before.jsonl after.jsonl`` shows any change of hits, scores, snippets or facets.
Queries are generated from the corpus once and kept in ``--queries-file`` (the generator
takes a while at 20,000 articles).

``--create-index`` builds the index first when DIR holds none: ``--docs`` articles of the
same synthetic corpus (seed ``--seed``), straight from records (no extraction), as
``bench_serve.py --create-index`` does. On this shared two-core machine 20,000 take about
three minutes and 100,000 (an index of about 0.9 GB) half an hour or more; build the large
one once, outside the repository, and time trees against it. An index is read only by a
tree of its schema version, so a change of schema is compared on two indexes built from
the same seed (their answers can then differ in the order of equal scores, since the
parallel build's segments may number documents differently: check answers on one index).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

KINDS = ("single", "and", "phrase", "field")


def load_queries(path: Path, docs: int, seed: int, count: int) -> dict[str, list[str]]:
    if path.exists():
        stored = json.loads(path.read_text())
        if stored.get("docs") == docs and stored.get("seed") == seed and \
                stored.get("count", 0) >= count:
            return {k: v[:count] for k, v in stored["queries"].items()}
    from bench_index import make_queries
    from synthetic import ArticleGenerator

    gen = ArticleGenerator(seed)
    articles = [gen.article(i) for i in range(docs)]
    queries = make_queries(gen, articles, count, seed)
    path.write_text(json.dumps({"docs": docs, "seed": seed, "count": count,
                                "queries": queries}, ensure_ascii=False))
    return queries


def variants(kind: str, text: str, n: int) -> list[dict[str, Any]]:
    """The calls a query is checked with: as benchmarked, and every few queries another
    option (ungrouped, a filter, page 2, date order, no facets)."""
    base = {"q": text, "syntax": kind in ("phrase", "field")}
    calls = [base]
    extra = n % 5
    if extra == 0:
        calls.append({**base, "group": False})
    elif extra == 1:
        calls.append({**base, "page": 2})
    elif extra == 2:
        calls.append({**base, "filters": {"year": "2021"}})
    elif extra == 3:
        calls.append({**base, "sort": "date", "group": False})
    return calls


def timed_run(index_dir: Path, queries: dict[str, list[str]]
              ) -> dict[str, list[tuple[float, float]]]:
    from search import SearchIndex

    out: dict[str, list[tuple[float, float]]] = {k: [] for k in KINDS}
    with SearchIndex.open(index_dir) as ix:
        ix.search("warm up the facet table", facets=True)
        for kind in KINDS:
            for text in queries[kind]:
                wall, cpu = time.perf_counter(), time.process_time()
                ix.search(text, syntax=kind in ("phrase", "field"), facets=True,
                          highlight=True)
                out[kind].append(((time.perf_counter() - wall) * 1000,
                                  (time.process_time() - cpu) * 1000))
    return out


def percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]
    return statistics.median(ordered), p95


def dump(index_dir: Path, queries: dict[str, list[str]], path: Path) -> None:
    from search import SearchIndex

    with SearchIndex.open(index_dir) as ix, path.open("w") as out:
        for kind in KINDS:
            for n, text in enumerate(queries[kind]):
                for call in variants(kind, text, n):
                    data = ix.search(**call).to_dict()
                    data.pop("took_ms")
                    out.write(json.dumps({"call": call, "results": data},
                                         ensure_ascii=False, sort_keys=True) + "\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--index", type=Path, required=True)
    parser.add_argument("--docs", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--queries", type=int, default=200, help="queries per kind")
    parser.add_argument("--queries-file", type=Path, default=None,
                        help="default: queries-N-SEED.json next to the index")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--dump", type=Path, default=None,
                        help="write every answer here (JSON lines) instead of timing")
    parser.add_argument("--create-index", action="store_true",
                        help="build --docs synthetic articles into --index when it holds none")
    args = parser.parse_args(argv)
    if args.create_index:
        from bench_load import create_benchmark_index

        from index.layout import read_current

        if read_current(args.index) is None:
            create_benchmark_index(args.index, args.docs, args.seed)
    qfile = args.queries_file or args.index.parent / f"queries-{args.docs}-{args.seed}.json"
    queries = load_queries(qfile, args.docs, args.seed, args.queries)
    import search

    print(f"search from {Path(search.__file__).parent}", flush=True)
    if args.dump is not None:
        dump(args.index, queries, args.dump)
        print(f"wrote {args.dump}")
        return 0
    best: dict[str, list[tuple[float, float]]] = {}
    for _ in range(args.repeat):
        run = timed_run(args.index, queries)
        for kind, samples in run.items():
            if kind not in best:
                best[kind] = samples
            else:
                best[kind] = [(min(a[0], b[0]), min(a[1], b[1]))
                              for a, b in zip(best[kind], samples)]
    print(f"{'kind':<8}{'wall p50':>10}{'wall p95':>10}{'cpu p50':>10}{'cpu p95':>10}"
          f"{'cpu mean':>10}")
    for kind in KINDS:
        wall = percentiles([w for w, _ in best[kind]])
        cpu = percentiles([c for _, c in best[kind]])
        mean = statistics.fmean(c for _, c in best[kind])
        print(f"{kind:<8}{wall[0]:>10.1f}{wall[1]:>10.1f}{cpu[0]:>10.1f}{cpu[1]:>10.1f}"
              f"{mean:>10.1f}")
    every = [s for samples in best.values() for s in samples]
    wall, cpu = percentiles([w for w, _ in every]), percentiles([c for _, c in every])
    print(f"{'all':<8}{wall[0]:>10.1f}{wall[1]:>10.1f}{cpu[0]:>10.1f}{cpu[1]:>10.1f}"
          f"{statistics.fmean(c for _, c in every):>10.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
