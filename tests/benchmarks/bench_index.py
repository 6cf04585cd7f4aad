"""Build and query speed of the index, against a naive Whoosh baseline in the same run.

    python tests/benchmarks/bench_index.py --docs 20000
    python tests/benchmarks/bench_index.py --docs 100000 --queries 100   # long: run it alone

Corpus: N synthetic ~400-word webinar reports (:mod:`synthetic`, seedable). Both builds run
in a fresh child process each (cold caches, as a user's build starts), from the same
records, into the same schema:

- naive: ``ix.writer()`` with Whoosh's defaults and ``update_document`` per record;
- ours: :class:`index.write.builder.IndexBuilder` (parallel workers, ``add_document``, bigger
  pool, generation switch included).

Queries (distinct per kind, drawn from the corpus' own distributions): single-term, AND
(two words), phrase (``"w1 w2"``, adjacent words of some article, syntax mode) and field
(``speaker:"..."``, ``theme:... word``, ``province:"..." word``, syntax mode); every
query of a kind is distinct. Each is timed through
:class:`search.SearchIndex` with and without highlights+facets, and through the naive
path: open the index, parse with a MultifieldParser, search (top 10; plus Whoosh
highlights of the stored text and ``groupedby`` facets when asked), close. Our searches
run once each, in order, on a warm process (the first query of a generation loads field
lengths and facets: about a second at 100,000 documents, paid once).
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from synthetic import ArticleGenerator

KINDS = ("single", "and", "phrase", "field")


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def _naive_build(articles: list[Any], folder: str, out: Any) -> None:
    from whoosh import index as whoosh_index

    from index.schema import build_schema
    from index.write.builder import record_to_document

    started = time.perf_counter()
    ix = whoosh_index.create_in(folder, build_schema())
    writer = ix.writer()
    for article in articles:
        writer.update_document(**record_to_document(article))
    writer.commit()
    ix.close()
    out.send(time.perf_counter() - started)


def _our_build(articles: list[Any], folder: str, out: Any) -> None:
    from index.write.builder import IndexBuilder

    started = time.perf_counter()
    IndexBuilder(folder).build(articles)
    out.send(time.perf_counter() - started)


def timed_build(target: Any, articles: list[Any], folder: Path) -> float:
    """Run a build in a forked child (cold caches) and return its wall time."""
    ctx = multiprocessing.get_context("fork")
    parent, child = ctx.Pipe()
    proc = ctx.Process(target=target, args=(articles, str(folder), child))
    proc.start()
    seconds = parent.recv()
    proc.join()
    return seconds


def make_queries(gen: ArticleGenerator, articles: list[Any], count: int,
                 seed: int) -> dict[str, list[str]]:
    rng = random.Random(seed)
    singles = gen.common_words(30, 3000)
    rng.shuffle(singles)
    pool = gen.common_words(20, 1500)
    ands: list[str] = []
    while len(ands) < count:
        a, b = rng.sample(pool, 2)
        if f"{a} {b}" not in ands:
            ands.append(f"{a} {b}")
    phrases: dict[str, None] = {}
    while len(phrases) < count:
        words = rng.choice(articles).text.split()
        i = rng.randrange(len(words) - 2)
        pair = [w.strip(".,“”\"") for w in words[i:i + 2]]
        if all(w.isalpha() for w in pair):
            phrases['"' + " ".join(pair) + '"'] = None
    fields: dict[str, None] = {}
    while len(fields) < count:
        article = rng.choice(articles)
        pick = rng.randrange(3)
        if pick == 0 and article.event.speakers:
            fields[f'speaker:"{rng.choice(article.event.speakers).name}"'] = None
        elif pick == 1:
            a, b = rng.sample(article.event.title.split(), 1)[0], rng.choice(singles[:500])
            fields[f"theme:{a.lower()} {b}"] = None
        else:
            fields[f'province:"{article.event.province}" {rng.choice(singles[:500])}'] = None
    return {"single": singles[:count], "and": ands, "phrase": list(phrases),
            "field": list(fields)}


def percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]
    return statistics.median(ordered), p95


def time_ours(index_dir: Path, queries: dict[str, list[str]], full: bool
              ) -> dict[str, tuple[float, float]]:
    from search import SearchIndex

    out = {}
    with SearchIndex.open(index_dir) as ix:
        ix.search("warm up the facet table", facets=True)
        for kind in KINDS:
            samples = []
            for text in queries[kind]:
                started = time.perf_counter()
                ix.search(text, syntax=kind in ("phrase", "field"), facets=full,
                          highlight=full)
                samples.append((time.perf_counter() - started) * 1000)
            out[kind] = percentiles(samples)
    return out


def time_naive(folder: Path, queries: dict[str, list[str]], full: bool
               ) -> dict[str, tuple[float, float]]:
    from whoosh import index as whoosh_index
    from whoosh import qparser, sorting

    from search.query import SEARCH_FIELDS, _alias_map, _unpositioned_phrases_as_words

    facet_fields = {"speaker": "speaker_keys", "role": "roles", "organizer": "organizers",
                    "province": "province", "location": "location", "site": "site",
                    "year": "year"}
    out = {}
    for kind in KINDS:
        samples = []
        for text in queries[kind]:
            started = time.perf_counter()
            ix = whoosh_index.open_dir(str(folder))
            with ix.searcher() as searcher:
                parser = qparser.MultifieldParser(list(SEARCH_FIELDS), ix.schema,
                                                  fieldboosts=SEARCH_FIELDS)
                parser.add_plugin(qparser.FieldAliasPlugin(_alias_map()))
                # the body keeps no positions: a phrase there means all its words
                query = _unpositioned_phrases_as_words(parser.parse(text), ix.schema)
                if full:
                    groups = {name: sorting.FieldFacet(field, allow_overlap=True)
                              for name, field in facet_fields.items()}
                    results = searcher.search(query, limit=10, groupedby=groups)
                    for name in groups:
                        results.groups(name)
                    for hit in results:
                        text_ = hit["record"]["text"]
                        results.highlighter.highlight_hit(hit, "body", text=text_)
                else:
                    results = searcher.search(query, limit=10)
                    [hit["url"] for hit in results]
            ix.close()
            samples.append((time.perf_counter() - started) * 1000)
        out[kind] = percentiles(samples)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--queries", type=int, default=200, help="queries per kind")
    parser.add_argument("--naive-queries", type=int, default=None,
                        help="queries per kind for the (slow) naive searcher; default: all")
    parser.add_argument("--workdir", type=Path, default=None)
    parser.add_argument("--skip-naive", action="store_true",
                        help="time only our build and queries")
    parser.add_argument("--index", type=Path, default=None,
                        help="time queries on this index of the same corpus (N and seed), "
                        "built earlier (e.g. by bench_serve.py --create-index): no builds")
    args = parser.parse_args(argv)

    workdir = Path(args.workdir or tempfile.mkdtemp(prefix="bench-index-"))
    workdir.mkdir(parents=True, exist_ok=True)
    print(f"corpus: {args.docs} synthetic articles, seed {args.seed}; "
          f"{os.cpu_count()} cpus; work dir {workdir}", flush=True)
    gen = ArticleGenerator(args.seed)
    articles = [gen.article(i) for i in range(args.docs)]
    words = sum(len(a.text.split()) for a in articles) / len(articles)
    print(f"generated ({words:.0f} words per article)", flush=True)

    ours_dir, naive_dir = workdir / "ours", workdir / "naive"
    for folder in (ours_dir, naive_dir):
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir()
    rows = []
    naive_rate = None
    if args.index is not None:
        args.skip_naive = True
        ours_dir = args.index
    if not args.skip_naive:
        seconds = timed_build(_naive_build, articles, naive_dir)
        naive_rate = args.docs / seconds
        rows.append(("naive (Whoosh defaults)", seconds, naive_rate, folder_size(naive_dir)))
        print(f"naive build: {seconds:.0f} s", flush=True)
    if args.index is None:
        seconds = timed_build(_our_build, articles, ours_dir)
        rows.append(("ours (IndexBuilder)", seconds, args.docs / seconds,
                     folder_size(ours_dir)))
        print(f"our build: {seconds:.0f} s", flush=True)

    print(f"\nBUILD  N={args.docs}")
    print(f"{'writer':<26}{'seconds':>9}{'docs/s':>9}{'size MB':>9}")
    for name, secs, rate, size in rows:
        print(f"{name:<26}{secs:>9.0f}{rate:>9.1f}{size / 1e6:>9.1f}")
    if naive_rate:
        print(f"speed-up: {rows[-1][2] / naive_rate:.2f}x")

    queries = make_queries(gen, articles, args.queries, args.seed)
    del articles
    naive_count = min(args.queries, args.naive_queries or args.queries)
    print(f"\nQUERIES  N={args.docs}, {args.queries} per kind ({naive_count} for naive), "
          "latency ms p50 / p95")
    print(f"{'searcher':<34}" + "".join(f"{k:>16}" for k in KINDS))
    setups = [("ours, plain", lambda: time_ours(ours_dir, queries, False)),
              ("ours, highlights+facets", lambda: time_ours(ours_dir, queries, True))]
    if not args.skip_naive:
        few = {kind: texts[:args.naive_queries or len(texts)] for kind, texts in queries.items()}
        setups += [("naive, plain", lambda: time_naive(naive_dir, few, False)),
                   ("naive, highlights+facets", lambda: time_naive(naive_dir, few, True))]
    for name, run in setups:
        result = run()
        print(f"{name:<34}" + "".join(
            f"{result[k][0]:>8.1f} /{result[k][1]:>6.1f}" for k in KINDS), flush=True)
    if args.workdir is None:
        shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
