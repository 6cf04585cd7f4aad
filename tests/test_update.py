"""Incremental updates by URL: added, replaced, unchanged, deleted; the live index untouched."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from index.errors import IndexBusyError
from index.layout import read_current
from index.model import Article
from index.write.builder import IndexBuilder
from index.write.lock import write_lock
from index.write.updater import IndexUpdater
from search import SearchIndex


def _article(n: int, text: str) -> Article:
    return Article(url=f"https://uji.example/{n}", title=f"Artikel {n}", text=text)


def _checksums(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in folder.iterdir() if p.is_file()}


@pytest.fixture
def index_dir(tmp_path: Path) -> Path:
    IndexBuilder(tmp_path, procs=1).build([
        _article(1, "literasi digital"), _article(2, "keamanan data"), _article(3, "etika"),
    ])
    return tmp_path


def test_update_adds_replaces_skips_and_deletes(index_dir: Path) -> None:
    live = read_current(index_dir)
    before = _checksums(index_dir / live)
    report = IndexUpdater(index_dir).update(
        [_article(1, "literasi digital"), _article(2, "keamanan siber"),
         _article(4, "hoaks pemilu")],
        deletions=["https://uji.example/3", "https://uji.example/404"],
    )
    assert (report.added, report.replaced, report.unchanged, report.deleted) == (1, 1, 1, 1)
    assert report.documents == 3 and report.generation == read_current(index_dir) != live
    assert _checksums(index_dir / live) == before
    with SearchIndex.open(index_dir) as ix:
        assert ix.search("siber").total == 1
        assert ix.search("data").total == 0
        assert ix.search("hoaks").total == 1
        assert ix.search("etika").total == 0
        assert ix.stats()["documents"] == 3


def test_an_update_that_changes_nothing_publishes_nothing(index_dir: Path) -> None:
    live = read_current(index_dir)
    report = IndexUpdater(index_dir).update([_article(1, "literasi digital")])
    assert report.unchanged == 1 and report.added == report.replaced == report.deleted == 0
    assert read_current(index_dir) == live == report.generation
    assert [p.name for p in index_dir.glob("gen-*")] == [live]


def test_delete_missing_keeps_only_the_given_sources(index_dir: Path) -> None:
    report = IndexUpdater(index_dir).update([_article(2, "keamanan data")],
                                            delete_missing=True)
    assert report.deleted == 2 and report.unchanged == 1
    with SearchIndex.open(index_dir) as ix:
        assert ix.stats()["documents"] == 1


def test_repeated_urls_in_one_update_keep_the_last(index_dir: Path) -> None:
    IndexUpdater(index_dir).update([_article(5, "versi pertama"), _article(5, "versi kedua")])
    with SearchIndex.open(index_dir) as ix:
        assert ix.search("kedua").total == 1
        assert ix.search("pertama").total == 0
        assert ix.stats()["documents"] == 4


def test_updates_accumulate_and_readers_follow(index_dir: Path) -> None:
    with SearchIndex.open(index_dir) as ix:
        for n in range(10, 16):
            IndexUpdater(index_dir).update([_article(n, f"berita ke {n} banjir")])
            assert ix.search("banjir").total == n - 9
        assert len(list(index_dir.glob("gen-*"))) == 2


def test_update_without_an_index_builds_one(tmp_path: Path) -> None:
    report = IndexUpdater(tmp_path / "new").update([_article(1, "awal")])
    assert report.documents == 1
    with SearchIndex.open(tmp_path / "new") as ix:
        assert ix.search("awal").total == 1


def test_update_waits_for_a_busy_index(index_dir: Path) -> None:
    with write_lock(index_dir):
        with pytest.raises(IndexBusyError):
            IndexUpdater(index_dir, lock_timeout=0.2).update([_article(9, "x")])


def test_failed_update_leaves_the_live_index(index_dir: Path) -> None:
    live = read_current(index_dir)

    def broken():
        yield _article(7, "setengah")
        raise RuntimeError("source vanished")

    with pytest.raises(RuntimeError):
        IndexUpdater(index_dir).update(broken())
    assert read_current(index_dir) == live
    assert [p.name for p in index_dir.glob("gen-*")] == [live]
