"""Parallel extraction and the record cache give the serial pipeline's records, byte for
byte; the cache is used, and invalidated by a changed page or extractor; a build with
nothing changed writes nothing."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from index_content import index_content

from index.layout import read_current
from index.pipeline import record_cache as rc
from index.pipeline.demo import demo_corpus_dir
from index.pipeline.record_cache import RecordCache
from index.pipeline.records import PipelineStats, iter_articles
from index.pipeline.sources import iter_sources
from index.write.document import content_hash
from search.cli import cli

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def corpus(tmp_path: Path) -> list[str]:
    """HTML pages (the demo corpus, an empty and a binary page) and clean texts (JSON Lines,
    one line unreadable), in one list of sources."""
    texts = tmp_path / "texts.jsonl"
    lines = (FIXTURES / "extract" / "heldout_raw.jsonl").read_text().splitlines()[:8]
    texts.write_text("\n".join(lines + ["{not json", lines[0]]) + "\n")
    return [str(demo_corpus_dir()), str(FIXTURES / "empty.html"), str(FIXTURES / "binary.html"),
            str(texts)]


def _run(sources: list[str], **options: object) -> tuple[list[str], PipelineStats]:
    stats = PipelineStats()
    skipped: list[str] = []
    articles = iter_articles(iter_sources(sources), stats, lambda o, r: skipped.append(o),
                             **options)  # type: ignore[arg-type]
    records = [json.dumps(a.to_dict(), ensure_ascii=False) + content_hash(a) for a in articles]
    return records, stats


def test_parallel_and_cached_records_equal_the_serial_ones(corpus: list[str],
                                                           tmp_path: Path) -> None:
    serial, serial_stats = _run(corpus)
    assert serial_stats.skipped and len(serial) > 20
    parallel, parallel_stats = _run(corpus, procs=2)
    assert parallel == serial and parallel_stats == serial_stats
    cache = RecordCache(tmp_path / "cache.sqlite")
    cold, cold_stats = _run(corpus, procs=2, cache=cache)
    warm, warm_stats = _run(corpus, procs=1, cache=cache)
    assert cold == serial and warm == serial
    assert cold_stats == serial_stats and warm_stats == serial_stats
    assert len(cache) == len(set_of_keys(corpus)) == cache.misses == cache.hits


def set_of_keys(sources: list[str]) -> set[rc.SourceKeys]:
    return {rc.source_keys(doc) for doc in iter_sources(sources) if doc.error is None}


def test_moving_or_renaming_sources_keeps_their_cached_records(corpus: list[str],
                                                               tmp_path: Path) -> None:
    # Pages that name their URL (JSON Lines "url", a canonical link) are found again
    # wherever their file lies; only a page addressed by its file's URI is extracted again,
    # and its record then carries the new URI.
    texts = Path(corpus[-1])
    nameless = json.loads(texts.read_text().splitlines()[0])
    del nameless["url"]
    texts.write_text(texts.read_text() + json.dumps(nameless) + "\n")
    cache = RecordCache(tmp_path / "cache.sqlite")
    before, _ = _run(corpus, cache=cache)
    moved = tmp_path / "moved"
    shutil.copytree(demo_corpus_dir(), moved / "demo")
    shutil.copy(FIXTURES / "empty.html", moved / "blank.html")
    shutil.copy(FIXTURES / "binary.html", moved / "binary.html")
    texts.rename(moved / "renamed.jsonl")
    sources = [str(moved / "demo"), str(moved / "blank.html"), str(moved / "binary.html"),
               str(moved / "renamed.jsonl")]
    again = RecordCache(tmp_path / "cache.sqlite")
    after, stats = _run(sources, cache=again)
    assert (again.misses, again.hits) == (1, cache.misses - 1)
    new_uri = (moved / "renamed.jsonl").resolve().as_uri()
    assert after[:-1] == before[:-1]
    assert json.loads(after[-1][:-64])["url"].startswith(new_uri + "#line-")
    assert not json.loads(before[-1][:-64])["url"].startswith(new_uri)
    assert after == _run(sources)[0]                            # as if never cached


def test_a_changed_page_or_extractor_is_extracted_again(corpus: list[str], tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    cache = RecordCache(tmp_path / "cache.sqlite")
    _run(corpus, cache=cache)
    texts = Path(corpus[-1])
    lines = texts.read_text().splitlines()
    changed = json.loads(lines[0])
    changed["text"] += "\n\nParagraf tambahan."
    texts.write_text("\n".join([json.dumps(changed)] + lines[1:]) + "\n")
    again = RecordCache(tmp_path / "cache.sqlite")
    _run(corpus, cache=again)
    sources = len(set_of_keys(corpus))      # the last line is the first one unchanged
    assert again.misses == 1 and again.hits == sources - 1
    monkeypatch.setattr(rc, "extractor_version", lambda: "another extractor")
    other = RecordCache(tmp_path / "cache.sqlite")
    _run(corpus, cache=other)
    assert other.hits == 0 and other.misses == sources


def test_a_rebuild_with_nothing_changed_writes_nothing(corpus: list[str],
                                                       tmp_path: Path) -> None:
    index = tmp_path / "index"
    runner = CliRunner()
    args = ["build", *corpus, "--index", str(index), "--extract-procs", "2"]
    first = runner.invoke(cli, args)
    assert first.exit_code == 0, first.output
    generation = read_current(index)
    again = runner.invoke(cli, args)
    assert again.exit_code == 0, again.output
    assert "index unchanged" in again.output and "0 extracted" in again.output
    assert read_current(index) == generation
    forced = runner.invoke(cli, [*args, "--force"])
    assert forced.exit_code == 0 and "indexed" in forced.output
    assert read_current(index) != generation
    fewer = runner.invoke(cli, ["build", corpus[0], "--index", str(index), "--no-record-cache"])
    assert fewer.exit_code == 0, fewer.output
    pruned = runner.invoke(cli, ["build", corpus[0], "--index", str(index)])
    assert pruned.exit_code == 0 and "index unchanged" in pruned.output
    assert len(RecordCache(index / rc.CACHE_NAME)) == len(set_of_keys(corpus[:1]))


def test_a_parallel_build_holds_the_serial_builds_index(corpus: list[str],
                                                        tmp_path: Path) -> None:
    """Extraction and indexing in worker processes (a cold record cache, then a warm one)
    give the index a build in one process gives: the same documents, stored fields,
    postings, lengths, columns (event ids included) and term statistics."""
    runner = CliRunner()
    contents = []
    for name, options in (("serial", ["--extract-procs", "1", "--procs", "1",
                                      "--no-record-cache"]),
                          ("parallel", ["--extract-procs", "2", "--procs", "2"]),
                          ("cached", ["--extract-procs", "2", "--procs", "2", "--force"])):
        folder = tmp_path / ("parallel" if name == "cached" else name)
        done = runner.invoke(cli, ["build", *corpus, "--index", str(folder), *options])
        assert done.exit_code == 0, done.output
        contents.append(index_content(folder))
    assert len(contents[0]["documents"]) > 20
    assert contents[1] == contents[0] and contents[2] == contents[0]
