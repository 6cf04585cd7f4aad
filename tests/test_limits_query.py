"""Limits on syntax queries: a fuzzy word allows at most two edits and 24 letters.

Regression tests for a find of ``tests/test_fuzz_query.py`` after the new search internals
were merged: ``xxxx...~99`` (a 60-letter word, 99 edits) took 75 s on a 20-document index,
because finding the words within N edits grows steeply with N; and for one of
``tests/stress/limits.py``: on the 100,000-document index even two edits took 25 s for an
80-letter word and 270 s for a 990-letter one. Both are now refused with a one-line
QueryError.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from webui_corpus import webui_records

from index.errors import QueryError
from index.model import Article
from index.write.builder import IndexBuilder
from search import SearchIndex
from search.query import MAX_FUZZY_CHARS, MAX_FUZZY_EDITS


@pytest.fixture(scope="module")
def ix(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchIndex]:
    folder = tmp_path_factory.mktemp("fuzzy") / "index"
    records = webui_records()
    IndexBuilder(folder).build(Article.from_dict(r) for r in records[:10])
    with SearchIndex.open(folder) as opened:
        yield opened


@pytest.mark.parametrize("q", ["literasi~3", "x" * 60 + "~99", "title:digital~5",
                               "literasi~3/1", "(webinar OR literasi~9)"])
def test_more_than_two_edits_is_refused(ix: SearchIndex, q: str) -> None:
    with pytest.raises(QueryError, match=f"at most {MAX_FUZZY_EDITS} edits") as error:
        ix.search(q, syntax=True)
    assert "\n" not in str(error.value)


@pytest.mark.parametrize("q", ["x" * (MAX_FUZZY_CHARS + 1) + "~", "x" * 990 + "~2",
                               "title:" + "a" * 80 + "~1"])
def test_long_fuzzy_words_are_refused(ix: SearchIndex, q: str) -> None:
    with pytest.raises(QueryError, match=f"at most {MAX_FUZZY_CHARS} letters") as error:
        ix.search(q, syntax=True)
    assert "\n" not in str(error.value)


@pytest.mark.parametrize("q", ["literasi~", "literasi~1", "literasi~2", "literasi~2/1"])
def test_one_or_two_edits_still_work(ix: SearchIndex, q: str) -> None:
    assert ix.search(q, syntax=True).total > 0


def test_a_fuzzy_word_at_the_length_limit_runs(ix: SearchIndex) -> None:
    assert ix.search("x" * MAX_FUZZY_CHARS + "~2", syntax=True).total == 0


def test_plain_queries_keep_the_tilde_as_text(ix: SearchIndex) -> None:
    # Without syntax, "~9" is no edit distance (nine edits would be refused): the tilde is
    # punctuation and the digit a word, so the query reads as "literasi 9".
    tilde = ix.search("literasi~9")
    assert tilde.total == 1
    assert [h.url for h in tilde.hits] == [h.url for h in ix.search("literasi 9").hits]
    assert ix.search("literasi").total > tilde.total
