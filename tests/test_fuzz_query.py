"""Property tests for query parsing through ``search.SearchIndex.search``.

Users type anything into a search box, and links carry anything in ``q``. Whatever the
string (quotes, brackets, ``field:``, wildcards, fuzzy and boost marks, ranges, operators,
Unicode), ``search(q)`` and ``search(q, syntax=True)`` either answer or raise
:class:`index.errors.QueryError` (the one error the edges translate into a 400), and they
answer in bounded time. The index is a small one, built once for the module.
"""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from webui_corpus import webui_records

from index.errors import QueryError
from index.model import Article
from index.write.builder import IndexBuilder
from search import SearchIndex

SLOW_QUERY_SECONDS = 10.0
"""Not a speed target (benchmarks measure speed): a hang detector, generous on a busy box."""

SYNTAX = ['"', "'", "(", ")", "[", "]", "{", "}", ":", "*", "?", "~", "~2", "~99", "^",
          "^2", "^-1", "^1e308", " TO ", " AND ", " OR ", " NOT ", " ANDNOT ", " ANDMAYBE ",
          "+", "-", "!", "\\", "/", "<", ">", "=", "#", "&&", "||", "@", ".", ",", "’", "“",
          "title:", "body:", "speakers:", "url:", "year:", "published:", "record:",
          "nosuchfield:", "event_date:", "participants:", "content_hash:", "*:*", "[a TO]",
          "[TO z]", "{0 TO 9999999999999999999999}", "[2021 TO 1999]", "year:[2021 TO]",
          "published:>2021", "published:[yesterday TO now]", "*a", "a*", "**", "*?*", "?",
          '"a b"~3', '"', "''", "(((", ")))", "NOT NOT", "AND OR", "\x00", "\u202e",
          "\u200b", "\ufeff", "İ", "ß", "𝐁𝐮𝐝𝐢", "🙂", "ñ", "\t", "\n"]
WORDS = ["literasi", "digital", "webinar", "Palembang", "narasumber", "Yohana", "2021",
         "a", "ab", "e", "x" * 60, "0", "-1", "1e5", "yang", "dan"]

queries = st.lists(
    st.one_of(st.sampled_from(SYNTAX), st.sampled_from(WORDS), st.text(max_size=8)),
    max_size=40,
).map("".join)


@pytest.fixture(scope="module")
def small_index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchIndex]:
    index_dir = tmp_path_factory.mktemp("fuzz-query") / "index"
    records = webui_records()
    IndexBuilder(index_dir).build(Article.from_dict(r) for r in records[:20])
    with SearchIndex.open(index_dir) as ix:
        yield ix


def run(ix: SearchIndex, q: str, **kwargs: object) -> None:
    started = time.monotonic()
    try:
        results = ix.search(q, **kwargs)  # type: ignore[arg-type]
    except QueryError as error:
        message = str(error)
        assert message and "\n" not in message, "a QueryError must be one line"
    else:
        assert results.total >= 0
        assert all(isinstance(hit.url, str) for hit in results.hits)
    assert time.monotonic() - started < SLOW_QUERY_SECONDS, f"slow query {q!r}"


@given(queries)
def test_plain_queries(small_index: SearchIndex, q: str) -> None:
    run(small_index, q)


@given(queries)
@example("\u200b" + "x" * 60 + "<~99")  # took 75 s before fuzzy edits were capped
def test_syntax_queries(small_index: SearchIndex, q: str) -> None:
    run(small_index, q, syntax=True)


@given(queries, st.sampled_from(["relevance", "date"]), st.integers(-5, 2000),
       st.integers(-5, 500))
def test_queries_with_paging(small_index: SearchIndex, q: str, sort: str, page: int,
                             per_page: int) -> None:
    run(small_index, q, sort=sort, page=page, per_page=per_page, syntax=True)


@given(st.text(max_size=300))
def test_random_unicode(small_index: SearchIndex, q: str) -> None:
    run(small_index, q)
    run(small_index, q, syntax=True)
