"""Array facet counting gives exactly the ``Counter``'s counts (search.facet_counts)."""

from __future__ import annotations

import random
from collections import Counter
from itertools import chain

from search.facet_counts import CodedFacet, as_index


def _expected(rows: list, docs: list[int], limit: int) -> dict[str, int]:
    if rows and isinstance(rows[0], tuple):
        counter = Counter(chain.from_iterable(rows[d] for d in docs))
    else:
        counter = Counter(rows[d] for d in docs)
        counter.pop(None, None)
    if len(counter) > limit:
        least = sorted(counter.values(), reverse=True)[limit - 1]
        return {v: c for v, c in counter.items() if c >= least}
    return dict(counter)


def test_multi_and_single_valued_counts_equal_a_counters() -> None:
    rng = random.Random(7)
    values = [f"v{n}" for n in range(300)]
    multi = [tuple(rng.choice(values) for _ in range(rng.randint(0, 5))) for _ in range(5000)]
    single = [rng.choice(values) if rng.random() < 0.8 else None for _ in range(5000)]
    for rows in (multi, single):
        coded = CodedFacet(rows)
        for size in (0, 1, 50, 2000, 5000):
            docs = rng.sample(range(5000), size)
            for limit in (1, 30, 1000):
                assert coded.top(as_index(docs), limit) == _expected(rows, docs, limit)


def test_empty_rows_and_duplicates_within_a_document() -> None:
    coded = CodedFacet([(), ("a", "a"), ("b",), ()])
    assert coded.top(as_index([0, 1, 2, 3]), 30) == {"a": 2, "b": 1}
    assert coded.top(as_index([0, 3]), 30) == {}
