"""Set algebra on sorted arrays gives exactly Python's set algebra (search.docset)."""

from __future__ import annotations

import random

import numpy as np
import pytest

from search.docset import BINARY_SEARCH_RATIO, EMPTY, SORT_RATIO, DocSet


def _random_set(rng: random.Random, size: int, top: int) -> set[int]:
    return set(rng.sample(range(top), min(size, top)))


def _check(docs: DocSet, expected: set[int]) -> None:
    assert docs.tolist() == sorted(expected)
    assert docs.ids.dtype == np.int32 and not docs.ids.flags.writeable
    assert len(docs) == len(expected) and bool(docs) == bool(expected)


# sizes that take each way: binary search (one side 16 times larger or more), marks
# (comparable sizes), sorting for unions (few members over a wide range)
SIZES = [(0, 0), (0, 5), (1, 1), (3, 200), (5, 5 * BINARY_SEARCH_RATIO), (40, 60),
         (300, 300), (1000, 20), (2, 5000)]


@pytest.mark.parametrize(("left", "right"), SIZES)
def test_intersection_union_difference_equal_pythons(left: int, right: int) -> None:
    rng = random.Random(left * 1000 + right)
    for top in (10, 400, 100_000):
        a, b = _random_set(rng, left, top), _random_set(rng, right, top)
        x, y = DocSet.of(a), DocSet.of(b)
        _check(x & y, a & b)
        _check(y & x, a & b)
        _check(x | y, a | b)
        _check(x - y, a - b)
        _check(y - x, b - a)
        _check(DocSet.intersection([x, y, x]), a & b)
        _check(DocSet.union([x, y, EMPTY]), a | b)


def test_unions_of_many_take_marks_or_a_sort_and_agree() -> None:
    rng = random.Random(3)
    dense = [_random_set(rng, 3000, 10_000) for _ in range(8)]
    sparse = [_random_set(rng, 3, 1_000_000) for _ in range(8)]
    assert 1_000_000 > SORT_RATIO * 24 and 10_000 < SORT_RATIO * 3000
    for sets in (dense, sparse, dense[:3] + sparse[:3]):
        _check(DocSet.union(DocSet.of(s) for s in sets), set().union(*sets))
        _check(DocSet.intersection([DocSet.of(s) for s in sets]), set.intersection(*sets))


def test_building_from_anything_and_the_set_protocol() -> None:
    docs = DocSet.of([5, 1, 5, 3])
    assert list(docs) == [1, 3, 5] and docs.tolist() == [1, 3, 5]
    assert DocSet.of({3, 1, 5}) == docs == DocSet.of(np.array([3, 5, 1, 1]))
    assert DocSet.of(d for d in (1, 3, 5)) == docs
    assert DocSet.of(docs) is docs
    assert DocSet.of([]) is EMPTY and DocSet.of(set()) is EMPTY and not EMPTY
    assert 3 in docs and 4 not in docs and 6 not in docs and "3" not in docs
    assert 0 not in EMPTY
    assert docs == {1, 3, 5} and docs == frozenset({1, 3, 5}) and docs != {1, 3}
    assert docs != [1, 3, 5]
    assert hash(docs) == hash(DocSet.of([1, 3, 5])) and hash(docs) != hash(DocSet.of([1, 3]))
    assert {docs: "x"}[DocSet.of([3, 1, 5])] == "x"
    assert docs & {3, 5, 7} == DocSet.of([3, 5]) and {3, 5, 7} & docs == {3, 5}
    assert docs | [7] == {1, 3, 5, 7} and [0] | docs == {0, 1, 3, 5}
    assert docs - [1] == {3, 5}
    assert "3:" in repr(docs) and "..." in repr(DocSet.of(range(20)))
    assert DocSet.sorted_unique(np.array([2, 4], dtype=np.int64)).ids.dtype == np.int32
    assert DocSet.sorted_unique(np.array([], dtype=np.int64)) is EMPTY


def test_a_docset_never_changes() -> None:
    source = np.array([1, 2, 3], dtype=np.int32)
    docs = DocSet(source)
    with pytest.raises(ValueError, match="read-only"):
        docs.ids[0] = 9
    both = docs & DocSet.of([2, 3, 4])
    both_again = docs | [9]
    assert docs.tolist() == [1, 2, 3] and both == {2, 3} and both_again == {1, 2, 3, 9}
