"""The bundled demo: built once into the data dir, reused until corpus or record code change."""

from __future__ import annotations

from pathlib import Path

from index.layout import read_current
from index.pipeline.demo import corpus_digest, demo_corpus_dir, ensure_demo_index
from search import SearchIndex


def test_demo_corpus_ships_enough_pages() -> None:
    pages = sorted(demo_corpus_dir().glob("*.html"))
    assert len(pages) >= 14


def test_demo_index_is_built_once_and_finds_literasi(tmp_path: Path) -> None:
    messages: list[str] = []
    index_dir = ensure_demo_index(tmp_path, messages.append)
    assert any("building" in m for m in messages)
    generation = read_current(index_dir)
    with SearchIndex.open(index_dir) as ix:
        assert ix.search("literasi").total >= 1
    messages.clear()
    assert ensure_demo_index(tmp_path, messages.append) == index_dir
    assert messages == []
    assert read_current(index_dir) == generation


def test_demo_digest_follows_corpus_and_record_code(tmp_path: Path) -> None:
    corpus, code = tmp_path / "corpus", tmp_path / "code"
    (code / "data").mkdir(parents=True)
    corpus.mkdir()
    (corpus / "a.html").write_text("<p>halaman</p>")
    (code / "extract.py").write_text("RULES = 1\n")
    (code / "data" / "cues.txt").write_text("narasumber\n")
    first = corpus_digest(corpus, code)
    assert corpus_digest(corpus, code) == first
    (code / "data" / "cues.txt").write_text("narasumber\npemateri\n")
    second = corpus_digest(corpus, code)
    (code / "extract.py").write_text("RULES = 2\n")
    third = corpus_digest(corpus, code)
    (code / "extract").mkdir()
    (code / "extract" / "people.py").write_text("STEPS = 1\n")
    in_wing = corpus_digest(corpus, code)
    (code / "extract" / "people.py").write_text("STEPS = 2\n")
    assert len({third, in_wing, corpus_digest(corpus, code)}) == 3
    (corpus / "a.html").write_text("<p>halaman baru</p>")
    assert len({first, second, third, corpus_digest(corpus, code)}) == 4
