"""Phrase matches in the fields with word positions (titles, themes, names), from postings.

A phrase in a positioned field is the only node of a syntax query that needs positions
(:mod:`search.evaluate`). Whoosh finds its documents with a span matcher that walks the
documents holding all the words one by one, building span objects and comparing them
through several Python calls per document: for a phrase of two common words that is
thousands of documents and most of the query's time. Here the candidates (the documents
with every word, from the posting sets) are known already, so each word's postings are
read block by block, positions decoded only for the candidates, and a document matches
when the words sit at consecutive positions: what Whoosh's ``Phrase`` with its default
slop of 1 (ordered, at least and at most one position apart) matches, and nothing else
(other slops go to Whoosh).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Collection, Sequence
from itertools import accumulate
from typing import Any


def phrase_docs(field: str, words: Sequence[str], candidates: Collection[int],
                searcher: Any) -> frozenset[int]:
    """The documents of ``candidates`` (every one holds all ``words`` in ``field``) where
    the words occur one after another, ``words[i]`` at position ``p + i``."""
    found: set[int] = set()
    decode = searcher.schema[field].format.decode_positions
    for leaf, offset in searcher.leaf_searchers():
        reader = leaf.reader()
        size = reader.doc_count_all()
        local = {d - offset for d in candidates if offset <= d < offset + size}
        if not local:
            continue
        positions = {word: _positions(reader, field, word, local, decode)
                     for word in dict.fromkeys(words)}
        for docnum in local:
            starts = set(positions[words[0]].get(docnum, ()))
            for i, word in enumerate(words[1:], start=1):
                held = positions[word].get(docnum, ())
                starts = {p for p in starts if p + i in held}
                if not starts:
                    break
            if starts:
                found.add(docnum + offset)
    return frozenset(found)


def _positions(reader: Any, field: str, word: str, docs: set[int], decode: Any
               ) -> dict[int, frozenset[int]]:
    """The positions of ``word`` in ``field`` of each of ``docs`` (leaf numbers).

    Posting blocks come in document order and each one's header gives its last document,
    so a block before the next candidate is passed over without decompressing it."""
    out: dict[int, frozenset[int]] = {}
    if (field, word) not in reader:
        return out
    matcher = reader.postings(field, word)
    if not all(hasattr(matcher, name) for name in ("_read_values", "_next_block",
                                                   "_read_data", "_byteids", "_maxid")):
        while matcher.is_active():
            if matcher.id() in docs:
                out[matcher.id()] = frozenset(decode(matcher.value()))
            matcher.next()
        return out
    wanted = sorted(docs)
    at = 0
    while matcher.is_active() and at < len(wanted):
        last = matcher._maxid
        if wanted[at] <= last:
            if matcher._ids is None:
                _read_ids(matcher)
            if matcher._values is None:
                matcher._read_values()
            ids, values = matcher._ids, matcher._values
            for i in range(matcher._i, len(ids)):
                if ids[i] in docs:
                    out[ids[i]] = frozenset(decode(values[i]))
            at = bisect_right(wanted, last, at)
        matcher._next_block()
    return out


def _read_ids(matcher: Any) -> None:
    """``W3LeafMatcher._read_ids`` with the delta decoding in C (``accumulate``): Whoosh
    undoes it with a Python generator, one step per posting. Only the position reading
    here walks blocks one at a time; match sets and scores read whole terms
    (:mod:`search.w3blocks`)."""
    if matcher._data is None:
        matcher._read_data()
    ids = matcher._data[0]
    matcher._ids = ids if matcher._byteids else tuple(accumulate(ids))
