"""Queries users type by mistake or on purpose: a clear QueryError or a bounded result."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from index.errors import QueryError
from index.model import Article, Event, Speaker
from index.write.builder import IndexBuilder
from search import SearchIndex
from search.plain import plain_query
from search.query import tokenize


@pytest.fixture(scope="module")
def ix(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("queries")
    words = ["aksara", "anggrek", "angin", "apung", "arah", "asri", "atap", "awan"]
    articles = [
        Article(url=f"https://uji.example/{i}", site="uji.example", title=f"Webinar {w}",
                published="2021-05-0%d" % (i % 9 + 1),
                text=f"Webinar tentang {w} dan {words[(i + 1) % len(words)]}: kata{i} "
                     "ini:itu (kurung) \"kutip\" a-b c/d.",
                event=Event(title=f"Tema {w.title()}",
                            speakers=[Speaker(name=f"Nara {w.title()}")]))
        for i, w in enumerate(words * 3)
    ]
    IndexBuilder(folder, procs=1).build(articles)
    with SearchIndex.open(folder) as index:
        yield index


@pytest.mark.parametrize("text", [
    '"unclosed phrase', "title:", "(((", "AND OR NOT", "a:b:c", "*", "?", "~", "^2",
    "[a TO", "kata* OR", "-", "\\", "\u0000", "🙂 webinar", "tanggal:2021",
])
def test_plain_mode_treats_syntax_as_text(ix: SearchIndex, text: str) -> None:
    results = ix.search(text)
    assert results.total >= 0


def test_plain_mode_finds_words_next_to_punctuation(ix: SearchIndex) -> None:
    assert ix.search('ini:itu "kutip"').total == 24


def test_long_queries_are_refused(ix: SearchIndex) -> None:
    with pytest.raises(QueryError, match="too long"):
        ix.search("x" * 10_000)
    with pytest.raises(QueryError, match="too long"):
        ix.search("webinar " * 1500, syntax=True)
    with pytest.raises(QueryError, match="too many words"):
        ix.search(" ".join(f"kata{i}" for i in range(40)))


@pytest.mark.parametrize("text, message", [
    ("a*", "two letters"),
    ("*a", "two letters"),
    ("colour:blue", "unknown field 'colour'"),
    ("speaker:Nara OR foo:bar", "unknown field 'foo'"),
])
def test_syntax_mode_refuses_unknown_fields_and_huge_expansions(
    ix: SearchIndex, text: str, message: str
) -> None:
    with pytest.raises(QueryError, match=message):
        ix.search(text, syntax=True)


def test_wildcards_beyond_the_expansion_limit_are_refused(
    ix: SearchIndex, monkeypatch: pytest.MonkeyPatch
) -> None:
    import search.query

    assert ix.search("kata*", syntax=True).total == 24
    monkeypatch.setattr(search.query, "MAX_EXPANSION", 5)
    ix.results_cache.clear()  # the same query's answer is cached
    with pytest.raises(QueryError, match="more than 5 different words"):
        ix.search("kata*", syntax=True)


def test_syntax_mode_features(ix: SearchIndex) -> None:
    assert ix.search('"aksara dan anggrek"', syntax=True).total == 3
    assert ix.search('speaker:"Nara Angin"', syntax=True).total == 3
    assert ix.search("tema:anggrek OR tema:awan", syntax=True).total == 6
    assert ix.search("aksara NOT anggrek", syntax=True).total == 3
    assert ix.search("date:[2021-05-01 to 2021-05-02]", syntax=True).total > 0
    assert ix.search("anggrk~", syntax=True).total >= 3


def test_malformed_syntax_never_raises_anything_else(ix: SearchIndex) -> None:
    for text in ('"', "title:(", "date:[x TO y]", "year:", ")", "NOT", "speaker:", "~~~",
                 "[* TO *]", "title:*"):
        started = time.monotonic()
        try:
            ix.search(text, syntax=True)
        except QueryError:
            pass
        assert time.monotonic() - started < 5


def test_tokenize_and_correction(ix: SearchIndex) -> None:
    assert tokenize("Dr. Ratna, M.Si — “Kota”!") == ["dr", "ratna", "m.si", "kota"]
    with ix._reading() as gen:
        reader = gen.reader
        plan = plain_query("Nara Anggerk", reader)
        assert plan.words == ["nara", "anggerk"] and not plan.corrected
        assert plan.suggestion == "Nara Anggrek"
        plan = plain_query("webinar aksra", reader)
        assert plan.words == ["webinar", "aksara"] and plan.corrected
        assert plan.suggestion == "webinar aksara"
        assert not plain_query("nara angin", reader).corrected


def test_index_files_are_not_opened_per_query(ix: SearchIndex, tmp_path: Path) -> None:
    before = ix._current()
    ix.search("angin")
    ix.search("awan")
    assert ix._current() is before


def test_set_algebra_matches_whoosh_on_syntax_queries(ix: SearchIndex) -> None:
    from search.evaluate import match_set
    from search.query import syntax_query

    with ix._reading() as gen:
        for text in ("aksara", "aksara anggrek", "aksara OR angin", "webinar NOT aksara",
                     "tema:anggrek OR speaker:\"nara awan\"", "kat*", "title:(webinar -angin)",
                     "date:[2021-05-01 to 2021-05-03]", "anggrk~", "(aksara OR awan) AND angin",
                     '"aksara dan anggrek"', "speaker:nara ANDMAYBE awan"):
            query = syntax_query(text, gen.searcher.schema, gen.reader)
            expected = set(gen.searcher.docs_for_query(query))
            assert set(match_set(query, gen.docsets, gen.searcher)) == expected, text
