"""Index generations: a build goes live atomically and a failed or killed build changes nothing."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest
from index_content import block_statistics, document_content, index_content
from whoosh import index as whoosh_index
from whoosh.writing import SegmentWriter

from index.errors import IndexBusyError
from index.layout import read_current
from index.model import Article, Event, Speaker
from index.schema import build_schema
from index.write.builder import IndexBuilder
from index.write.document import record_to_document
from index.write.lock import write_lock
from index.write.segment import LengthsInMemoryWriter
from search import SearchIndex

REPO = Path(__file__).resolve().parents[1]


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

    for procs in (1, 2):
        with pytest.raises(RuntimeError):
            IndexBuilder(tmp_path, procs=procs).build(broken())
        assert read_current(tmp_path) == live
        assert sorted(p.name for p in tmp_path.glob("gen-*")) == [live]
    with SearchIndex.open(tmp_path) as ix:
        assert ix.search("literasi").total == 1


def test_second_writer_gets_index_busy(tmp_path: Path) -> None:
    with write_lock(tmp_path):
        with pytest.raises(IndexBusyError, match="index busy"):
            IndexBuilder(tmp_path, lock_timeout=0.2).build([_article(1, "x")])


def test_parallel_and_serial_builds_agree_and_last_duplicate_wins(tmp_path: Path) -> None:
    words = ["alfa", "beta", "gama", "delta"]
    articles = [
        Article(url=f"https://uji.example/{i % 30}", title=f"Judul {i}",
                text=f"Teks {words[i % 4]} ke-{i} tentang pelayanan publik.",
                event=Event(speakers=[Speaker(name=f"Narasumber {words[i % 4].title()}")]))
        for i in range(45)
    ]
    results = {}
    for procs in (1, 2):
        folder = tmp_path / f"p{procs}"
        report = IndexBuilder(folder, procs=procs).build(articles)
        assert report.documents == 30
        with SearchIndex.open(folder) as ix:
            results[procs] = {w: sorted(h.url for h in ix.search(w, per_page=50).hits)
                              for w in words}
            assert ix.stats()["documents"] == 30
            assert ix.article("https://uji.example/3").title == "Judul 33"
    assert results[1] == results[2]


def test_reader_sees_old_or_new_index_during_rebuilds(tmp_path: Path) -> None:
    small = [_article(i, "alfa") for i in range(5)]
    large = [_article(i, "beta") for i in range(7)]
    IndexBuilder(tmp_path, procs=1).build(small)
    seen: list[int] = []
    errors: list[BaseException] = []
    stop = threading.Event()

    def reader() -> None:
        with SearchIndex.open(tmp_path) as ix:
            while not stop.is_set():
                try:
                    seen.append(ix.search("").total)
                except BaseException as exc:  # the test reports any failure below
                    errors.append(exc)
                    return

    thread = threading.Thread(target=reader)
    thread.start()
    try:
        for corpus in (large, small, large, small):
            IndexBuilder(tmp_path, procs=1).build(corpus)
    finally:
        stop.set()
        thread.join()
    assert errors == []
    assert set(seen) <= {5, 7} and len(seen) > 0
    assert len(list(tmp_path.glob("gen-*"))) == 2


_SLOW_BUILD = textwrap.dedent("""
    import sys, time
    from index.write.builder import IndexBuilder
    from index.model import Article
    index_dir, marker, mode = sys.argv[1:4]
    words = "literasi digital keamanan data pribadi media sosial etika budaya".split()
    def articles():
        for i in range(3000):
            text = " ".join(words[(i + k) % len(words)] + str(k % 97) for k in range(400))
            yield Article(url=f"https://lambat.example/{i}", text=text)
            if mode == "stall" and i == 50:
                open(marker, "w").close()
                time.sleep(3600)
    def phase(message):
        if mode == "index" and message.startswith("indexing"):
            open(marker, "w").close()
    IndexBuilder(index_dir, procs=2, lock_timeout=1, phase=phase).build(articles())
""")


def _start_slow_build(index_dir: Path, marker: Path, mode: str) -> subprocess.Popen[bytes]:
    """A build in a subprocess; returns once it is stalled while reading its sources
    (``mode="stall"``) or once its indexing workers have started (``"index"``)."""
    env = dict(os.environ, PYTHONPATH=str(REPO))
    proc = subprocess.Popen(
        [sys.executable, "-c", _SLOW_BUILD, str(index_dir), str(marker), mode],
        env=env, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while not marker.exists():
        assert proc.poll() is None, "the slow build exited early"
        assert time.monotonic() < deadline, "the slow build never started"
        time.sleep(0.05)
    return proc


def _processes_mentioning(text: str) -> list[int]:
    found = []
    for proc_dir in Path("/proc").iterdir():
        if not proc_dir.name.isdigit():
            continue
        try:
            if text.encode() in (proc_dir / "cmdline").read_bytes():
                found.append(int(proc_dir.name))
        except OSError:
            continue
    return found


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="uses /proc and SIGKILL")
def test_kill_9_mid_build_leaves_the_live_index_answering(tmp_path: Path) -> None:
    index_dir = tmp_path / "index"
    IndexBuilder(index_dir, procs=1).build([_article(1, "literasi")])
    live = read_current(index_dir)
    marker = tmp_path / f"started-{os.getpid()}"
    proc = _start_slow_build(index_dir, marker, "index")
    time.sleep(0.3)
    assert len(_processes_mentioning(str(marker))) >= 2, "the indexing workers never ran"
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    assert read_current(index_dir) == live
    with SearchIndex.open(index_dir) as ix:
        assert ix.search("literasi").total == 1
    deadline = time.monotonic() + 5
    while _processes_mentioning(str(marker)) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert _processes_mentioning(str(marker)) == []
    with write_lock(index_dir, timeout=2):
        pass
    IndexBuilder(index_dir, procs=1).build([_article(2, "pemulihan")])
    assert sorted(p.name for p in index_dir.glob("gen-*")) == sorted(
        {live, read_current(index_dir)})


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="uses SIGKILL")
def test_a_second_process_waits_then_gets_index_busy(tmp_path: Path) -> None:
    index_dir = tmp_path / "index"
    IndexBuilder(index_dir, procs=1).build([_article(1, "literasi")])
    proc = _start_slow_build(index_dir, tmp_path / "started", "stall")
    try:
        started = time.monotonic()
        with pytest.raises(IndexBusyError, match="index busy"):
            IndexBuilder(index_dir, lock_timeout=0.5).build([_article(2, "x")])
        assert 0.4 < time.monotonic() - started < 5
    finally:
        proc.kill()
        proc.wait(timeout=10)
    with SearchIndex.open(index_dir) as ix:
        assert ix.search("literasi").total == 1


def test_lengths_in_memory_writer_writes_what_whoosh_writes(tmp_path: Path) -> None:
    """The build's segment writer answers the finishing pass's length lookups from memory:
    the segment must hold what Whoosh's own writer writes, block statistics included (a
    one-word title has the stored length byte 0, a missing field no length at all)."""
    words = ["literasi", "digital", "keamanan", "siber", "pangan", "desa", "wisata"]
    docs = []
    for n in range(300):
        doc = record_to_document(Article(
            url=f"https://uji.example/{n}", title=words[n % 7] if n % 3 else "",
            text=" ".join(words[(n + k) % 7] for k in range(1 + n % 40)),
            event=Event(title=words[n % 5], speakers=[Speaker(name=f"Nara {words[n % 4]}")])
            if n % 2 else None))
        doc["event_id"] = f"e{n % 50}"
        docs.append(doc)
    folders = {}
    for kind in (SegmentWriter, LengthsInMemoryWriter):
        folder = tmp_path / kind.__name__
        folder.mkdir()
        writer = kind(whoosh_index.create_in(str(folder), build_schema()))
        for doc in docs:
            writer.add_document(**doc)
        writer.commit()
        folders[kind] = folder
    ours, whoosh = folders[LengthsInMemoryWriter], folders[SegmentWriter]
    assert len(document_content(ours)) == 300
    assert document_content(ours) == document_content(whoosh)
    assert index_content(ours) == index_content(whoosh)
    blocks = block_statistics(ours)
    assert any(len(found) > 1 for _, _, found in blocks)
    assert blocks == block_statistics(whoosh)
