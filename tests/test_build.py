"""Index generations: a build goes live atomically and a failed build changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.build import IndexBuilder
from index.errors import IndexBusyError
from index.layout import read_current
from index.lock import write_lock
from index.model import Article
from search import SearchIndex


def _article(n: int, word: str) -> Article:
    return Article(url=f"https://uji.example/{n}", title=f"Artikel {word} {n}",
                   text=f"Isi artikel tentang {word} nomor {n}.")


def test_rebuild_switches_generation_and_open_reader_follows(tmp_path: Path) -> None:
    IndexBuilder(tmp_path).build([_article(1, "literasi")])
    with SearchIndex.open(tmp_path) as ix:
        first = ix.generation
        assert ix.search("literasi").total == 1
        IndexBuilder(tmp_path).build([_article(2, "keamanan"), _article(3, "keamanan")])
        assert ix.search("keamanan").total == 2
        assert ix.search("literasi").total == 0
        assert ix.generation != first


def test_failed_build_leaves_live_index_and_no_debris(tmp_path: Path) -> None:
    IndexBuilder(tmp_path).build([_article(1, "literasi")])
    live = read_current(tmp_path)

    def broken():
        yield _article(2, "hoaks")
        raise RuntimeError("disk on fire")

    with pytest.raises(RuntimeError):
        IndexBuilder(tmp_path).build(broken())
    assert read_current(tmp_path) == live
    assert sorted(p.name for p in tmp_path.glob("gen-*")) == [live]
    with SearchIndex.open(tmp_path) as ix:
        assert ix.search("literasi").total == 1


def test_second_writer_gets_index_busy(tmp_path: Path) -> None:
    with write_lock(tmp_path):
        with pytest.raises(IndexBusyError, match="index busy"):
            IndexBuilder(tmp_path, lock_timeout=0.2).build([_article(1, "x")])
