"""Postings read a whole term at a time equal Whoosh's own matchers (search.postings,
search.w3blocks)."""

from __future__ import annotations

import pickle
import random
import struct
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from whoosh import fields, index

from search import w3blocks
from search.docset import DocSet
from search.postings import ENTRY_BYTES, DocSets
from search.w3blocks import read_term

DOCS = 600


def _schema() -> fields.Schema:
    return fields.Schema(
        key=fields.ID(stored=True, unique=True),
        body=fields.TEXT(phrase=False),                 # frequencies as weights
        title=fields.TEXT(field_boost=2.5),             # positions, boosted weights
        tags=fields.KEYWORD(),                          # weight 1.0 everywhere
    )


def _document(n: int) -> dict[str, str]:
    body = " ".join(["umum"] * (1 + n % 4))            # in every document, 1-4 times
    if n % 7 == 0:
        body += " tujuh"
    if n in (0, 299, 599):
        body += " jarang"                               # gaps of 299 and 300: wide deltas
    if n == 123:
        body += " sekali"                               # one posting: inlined in Whoosh
    title = "judul umum" if n % 3 else "judul"
    return {"key": str(n), "body": body, "title": title, "tags": f"t{n % 5} semua"}


@pytest.fixture(scope="module")
def whoosh_index(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """Two segments (documents 0-299 and 300-599) with a few documents deleted."""
    folder = tmp_path_factory.mktemp("postings")
    ix = index.create_in(str(folder), _schema())
    for start in (0, DOCS // 2):
        writer = ix.writer()
        for n in range(start, start + DOCS // 2):
            writer.add_document(**_document(n))
        writer.commit(merge=False)
    return ix


def _expected(reader: Any, field: str, term: str) -> tuple[list[int], list[float]]:
    ids: list[int] = []
    weights: list[float] = []
    if (field, term) not in reader:
        return ids, weights
    matcher = reader.postings(field, term)
    while matcher.is_active():
        ids.append(matcher.id())
        weights.append(matcher.weight())
        matcher.next()
    return ids, weights


TERMS = [("body", "umum"), ("body", "tujuh"), ("body", "jarang"), ("body", "sekali"),
         ("body", "absent"), ("title", "umum"), ("title", "judul"), ("tags", "semua"),
         ("tags", "t3")]


def _check_all(reader: Any) -> None:
    docsets = DocSets(lambda: reader)
    for field, term in TERMS:
        ids, weights = docsets.postings(field, term)
        expected_ids, expected_weights = _expected(reader, field, term)
        assert ids.tolist() == expected_ids, (field, term)
        assert weights.dtype == np.float32
        assert weights.tolist() == pytest.approx(expected_weights, rel=1e-7), (field, term)
        assert docsets.term(field, term) == set(expected_ids)


def test_postings_equal_whooshs_across_segments(whoosh_index: Any) -> None:
    with whoosh_index.searcher() as searcher:
        reader = searcher.reader()
        assert len(reader.leaf_readers()) == 2
        _check_all(reader)


def test_deleted_documents_are_left_out(whoosh_index: Any, tmp_path: Path) -> None:
    ix = index.create_in(str(tmp_path), _schema())
    writer = ix.writer()
    for n in range(DOCS):
        writer.add_document(**_document(n))
    writer.commit()
    writer = ix.writer()
    for n in (0, 1, 130, 299, 598):
        writer.delete_by_term("key", str(n))
    writer.commit(merge=False)
    with ix.searcher() as searcher:
        reader = searcher.reader()
        assert reader.has_deletions()
        _check_all(reader)
        assert 0 not in DocSets(lambda: reader).term("body", "umum")
        assert DocSets(lambda: reader).all_live() == set(reader.all_doc_ids())


def test_a_whole_term_is_read_in_one_piece_over_many_blocks(whoosh_index: Any) -> None:
    with whoosh_index.searcher() as searcher:
        leaf, _offset = searcher.reader().leaf_readers()[0]
        read = read_term(leaf.postings("body", "umum"))
        assert read is not None
        ids, weights = read
        assert ids.tolist() == list(range(DOCS // 2))       # three blocks of 128 at most
        assert weights.tolist() == [1 + n % 4 for n in range(DOCS // 2)]


def test_the_cache_is_bounded_by_bytes_and_counts_them(whoosh_index: Any) -> None:
    with whoosh_index.searcher() as searcher:
        reader = searcher.reader()
        docsets = DocSets(lambda: reader)
        docsets.max_bytes = 5000
        docsets.term("body", "umum")                         # 600 postings: 4,800 bytes
        stats = docsets.stats()
        assert stats["entries"] == 1 and stats["postings"] == DOCS
        assert stats["bytes"] == DOCS * 8 + ENTRY_BYTES and stats["limit_bytes"] == 5000
        docsets.term("body", "tujuh")                        # over budget: the oldest goes
        assert docsets.stats()["entries"] == 1
        assert docsets.stats()["postings"] == len(docsets.term("body", "tujuh"))
        both = docsets.any_of([("body", "tujuh"), ("body", "jarang")])
        assert isinstance(both, DocSet) and both == set(docsets.term("body", "tujuh")) | {
            0, 299, 599}
        assert docsets.any_of([("body", "tujuh"), ("body", "jarang")]) is both


def _whoosh_block(deltas: list[int], weights: Any, positioned: bool) -> bytes:
    """A block's data as Whoosh's W3 writer pickles it (before compression)."""
    if positioned:
        values: Any = tuple(pickle.dumps([d % 7], 2) for d in deltas)
    else:
        values = b"".join(struct.pack("!I", 1 + d % 3) for d in deltas)
    return pickle.dumps((tuple(deltas), weights, values), 2)


def test_the_array_parse_reads_exactly_what_unpickling_reads() -> None:
    rng = random.Random(5)
    blocks: list[tuple[list[int], Any, bool]] = []
    for first in (0, 200, 300, 70_000, 2**31 - 1):       # BININT1, BININT2, BININT
        for weights in ("none", "one", "each"):
            count = rng.choice((4, 50, 128))
            deltas = [first] + [rng.randint(0, 255) for _ in range(count - 1)]
            weight: Any = None if weights == "none" else 2.5 if weights == "one" else \
                tuple(rng.choice((1.0, 2.5, 0.3, 1e-9)) for _ in range(count))
            blocks.append((deltas, weight, first % 2 == 0))
    blocks.append(([5, 256, 1, 1], None, False))          # a later delta wider than a byte
    blocks.append(([5, 1, 1], (1.0, 2.0, 3.0), True))     # three postings: no MARK
    blocks.append(([7], 4.0, False))
    datas = [_whoosh_block(*block) for block in blocks]
    counts = np.array([len(b[0]) for b in blocks], dtype=np.int64)
    starts = np.concatenate([[0], np.cumsum(counts)[:-1]])
    total = int(counts.sum())
    expected_deltas = np.empty(total, dtype=np.int32)
    expected_weights = np.empty(total, dtype=np.float32)
    for n, data in enumerate(datas):
        assert w3blocks._unpickle(data, int(counts[n]), int(starts[n]), expected_deltas,
                                  expected_weights)
    deltas = np.full(total, -1, dtype=np.int32)
    weights = np.full(total, -1.0, dtype=np.float32)
    left = w3blocks._parse_regular(datas, counts, starts, deltas, weights)
    assert left == [len(blocks) - 3, len(blocks) - 2, len(blocks) - 1]
    for n in left:
        assert w3blocks._unpickle(datas[n], int(counts[n]), int(starts[n]), deltas, weights)
    assert deltas.tolist() == expected_deltas.tolist()
    assert weights.tolist() == expected_weights.tolist()


def test_an_unexpected_byte_sends_a_block_to_the_unpickler() -> None:
    data = bytearray(_whoosh_block([3] + [1] * 9, tuple([2.0] * 10), True))
    tampered = bytes(data).replace(b"G@\x00", b"J\x02\x00", 1)   # a weight's opcode
    counts = np.array([10, 10], dtype=np.int64)
    starts = np.array([0, 10], dtype=np.int64)
    deltas = np.zeros(20, dtype=np.int32)
    weights = np.zeros(20, dtype=np.float32)
    assert w3blocks._parse_regular([bytes(data), tampered], counts, starts, deltas,
                                   weights) == [1]
    assert deltas[:10].tolist() == [3] + [1] * 9 and weights[:10].tolist() == [2.0] * 10


@pytest.mark.parametrize("min_blocks", [1, 10**9])
def test_both_ways_read_a_real_index_alike(whoosh_index: Any, min_blocks: int,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(w3blocks, "ARRAY_PARSE_MIN_BLOCKS", min_blocks)
    with whoosh_index.searcher() as searcher:
        _check_all(searcher.reader())
