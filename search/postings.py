"""Document sets straight from posting lists: counting matches without scoring them.

A results page needs the ranked top ten (Whoosh's scorer, with its block-max skipping, is
good at that) and the exact number and facets of *every* match, which Whoosh would get by
scoring every match, one Python call chain per document. Here a match set is computed
from the posting lists instead: per term, the document numbers of each posting block are
read as a whole (a Python ``set`` built at C speed), unions across fields and
intersections across words are set operations. A small cache keeps the sets of recently
used terms, since the same words come back page after page.

Reading whole blocks uses the block attributes of Whoosh 2.7's W3 posting reader (the
version is pinned); any other matcher falls back to the public ``all_ids()``.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Iterable
from typing import Any

from index.errors import QueryError

CACHE_TERMS = 512
"""Term document sets kept per generation (a set of 100k ids is a few megabytes)."""


class DocSets:
    """Posting-list document sets for one open index generation (not thread-safe)."""

    def __init__(self, reader: Any) -> None:
        self._reader = reader
        self._leaves = list(reader.leaf_readers())
        self._cache: OrderedDict[tuple[str, str], frozenset[int]] = OrderedDict()

    def term(self, field: str, text: str) -> frozenset[int]:
        """Live document numbers whose ``field`` contains the (analysed) term ``text``."""
        key = (field, text)
        cached = self._cache.get(key)
        if cached is not None:
            self._cache.move_to_end(key)
            return cached
        found: set[int] = set()
        for leaf, offset in self._leaves:
            if (field, text) not in leaf:
                continue
            ids = _leaf_ids(leaf.postings(field, text))
            if leaf.has_deletions():
                ids = [i for i in ids if not leaf.is_deleted(i)]
            found.update(ids if not offset else (i + offset for i in ids))
        result = frozenset(found)
        self._cache[key] = result
        if len(self._cache) > CACHE_TERMS:
            self._cache.popitem(last=False)
        return result

    def any_of(self, terms: Iterable[tuple[str, str]]) -> frozenset[int]:
        """Documents containing at least one of the ``(field, term)`` pairs."""
        out: set[int] = set()
        for field, text in terms:
            out |= self.term(field, text)
        return frozenset(out)

    def all_live(self) -> frozenset[int]:
        """Every live document (for a query that matches everything)."""
        key = ("", "")
        cached = self._cache.get(key)
        if cached is None:
            cached = frozenset(self._reader.all_doc_ids())
            self._cache[key] = cached
        return cached

    def for_query(self, query: Any, searcher: Any, deadline: float) -> frozenset[int]:
        """Documents matching an arbitrary Whoosh query, giving up at ``deadline``."""
        out: set[int] = set()
        for leaf_searcher, offset in searcher.leaf_searchers():
            matcher = query.matcher(leaf_searcher)
            count = 0
            for docnum in matcher.all_ids():
                out.add(docnum + offset)
                count += 1
                if count % 2048 == 0 and time.monotonic() > deadline:
                    raise QueryError("query too expensive: it took too long to run; "
                                     "use fewer wildcards or more specific words")
        return frozenset(out)


def _leaf_ids(matcher: Any) -> list[int]:
    if not hasattr(matcher, "_read_ids") or not hasattr(matcher, "_next_block"):
        return list(matcher.all_ids())
    ids: list[int] = []
    while matcher.is_active():
        if matcher._ids is None:
            matcher._read_ids()
        ids.extend(matcher._ids[matcher._i:])
        matcher._next_block()
    return ids
