"""Phrases in positioned fields match exactly the documents Whoosh's ``Phrase`` matches."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from whoosh import query as wq

from index.model import Article, Event, Speaker
from index.write.builder import IndexBuilder
from search import SearchIndex
from search.evaluate import match_set

TITLES = ["Literasi Digital untuk Guru", "Guru Literasi Digital", "Digital Literasi Guru",
          "Keamanan Data Pribadi", "Data Pribadi dan Keamanan", "Literasi literasi digital",
          "COVID-19 dan Literasi Digital", "Guru guru guru"]


@pytest.fixture(scope="module")
def ix(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchIndex]:
    folder: Path = tmp_path_factory.mktemp("phrases")
    articles = [
        Article(url=f"https://uji.example/{i}", site="uji.example", title=title,
                text=f"Laporan {i} tentang {title.lower()}.",
                event=Event(title=TITLES[(i + 3) % len(TITLES)],
                            speakers=[Speaker(name=name) for name in
                                      (["Budi Santoso", "Santoso Budi"] if i % 2 else
                                       ["Siti Budi Santoso"])]))
        for i, title in enumerate(TITLES * 40)
    ]
    # a second build adds a segment, so that phrases are matched across segments
    IndexBuilder(folder, procs=2).build(articles)
    with SearchIndex.open(folder) as index:
        yield index


@pytest.mark.parametrize("field", ["title", "title_exact", "themes", "themes_exact",
                                   "speakers"])
@pytest.mark.parametrize("words", [
    "literasi digital", "digital literasi", "literasi digital guru", "guru guru",
    "data pribadi keamanan", "budi santoso", "santoso budi", "siti budi santoso",
    "covid 19", "guru literasi", "tidak ada",
])
def test_phrase_matches_are_whooshs(ix: SearchIndex, field: str, words: str) -> None:
    with ix._reading() as gen:
        schema = gen.searcher.schema
        terms = [t.text for t in schema[field].analyzer(words, mode="query")]
        if not terms:
            return
        phrase = wq.Phrase(field, terms)
        expected = frozenset(gen.searcher.docs_for_query(phrase))
        assert match_set(phrase, gen.docsets, gen.searcher) == expected
