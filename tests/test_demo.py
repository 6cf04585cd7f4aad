"""The bundled demo: built once into the data dir, reused until the corpus changes."""

from __future__ import annotations

from pathlib import Path

from index.layout import read_current
from search import SearchIndex
from search.demo import demo_corpus_dir, ensure_demo_index


def test_demo_corpus_ships_enough_pages() -> None:
    pages = sorted(demo_corpus_dir().glob("*.html"))
    assert len(pages) >= 14


def test_demo_index_is_built_once_and_finds_literasi(tmp_path: Path) -> None:
    messages: list[str] = []
    index_dir = ensure_demo_index(messages.append, data_dir=tmp_path)
    assert any("building" in m for m in messages)
    generation = read_current(index_dir)
    with SearchIndex.open(index_dir) as ix:
        assert ix.search("literasi").total >= 1
    messages.clear()
    assert ensure_demo_index(messages.append, data_dir=tmp_path) == index_dir
    assert messages == []
    assert read_current(index_dir) == generation
