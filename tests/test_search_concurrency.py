"""Reads without a global lock, generations retired only after their last call, the
results cache (keyed per generation), and bounded, reported memory."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from test_search import load_records, urls

from index.write.builder import IndexBuilder
from search import Results, SearchIndex
from search.cache import ResultsCache, SizedLRU


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    IndexBuilder(tmp_path, procs=1).build(load_records())
    return tmp_path


def test_two_searches_run_at_the_same_time(folder: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    # Each search waits inside highlighting until the other one is there too: with one
    # lock around every search the barrier would time out.
    from search import searcher

    real = searcher.make_snippet
    barrier = threading.Barrier(2, timeout=10)

    def meeting(*args: object) -> str:
        barrier.wait()
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(searcher, "make_snippet", meeting)
    found: dict[str, int] = {}
    errors: list[BaseException] = []
    with SearchIndex.open(folder, cache_mb=0) as index:
        def run(q: str) -> None:
            try:
                found[q] = index.search(q, per_page=1).total
            except BaseException as exc:  # noqa: BLE001 - reported below
                errors.append(exc)

        threads = [threading.Thread(target=run, args=(q,)) for q in ("hoaks", "umkm")]
        for t in threads:
            t.start()
        for t in threads:
            t.join(20)
    assert errors == [] and set(found) == {"hoaks", "umkm"}


def test_many_threads_without_cache_agree_with_one(folder: Path) -> None:
    queries = ("hoaks", "data pribadi", "Ratna", "umkm", "webinar", "literasi digital")
    with SearchIndex.open(folder, cache_mb=0) as index:
        expected = {q: (urls(index.search(q)), index.search(q).facets) for q in queries}
        failures: list[str] = []

        def worker(offset: int) -> None:
            for i in range(40):
                q = queries[(i + offset) % len(queries)]
                got = index.search(q)
                if (urls(got), got.facets) != expected[q]:
                    failures.append(q)

        threads = [threading.Thread(target=worker, args=(n,)) for n in range(6)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert failures == []
        assert index.results_cache.stats()["entries"] == 0


def test_an_old_generation_closes_after_its_last_call(folder: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from search import searcher

    real = searcher.make_snippet
    inside, release = threading.Event(), threading.Event()

    def slow(*args: object) -> str:
        if threading.current_thread().name == "slow":
            inside.set()
            assert release.wait(10)
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(searcher, "make_snippet", slow)
    with SearchIndex.open(folder, cache_mb=0) as index:
        old = index._current()
        answered: list[int] = []
        slow_call = threading.Thread(target=lambda: answered.append(index.search("").total),
                                     name="slow")
        slow_call.start()
        assert inside.wait(10)
        IndexBuilder(folder, procs=1).build(load_records()[:3])
        assert index.search("").total == 3          # switched while the slow call runs
        assert old._retired and old._pool == [] and old._users > 0
        release.set()
        slow_call.join(10)
        assert answered == [7]                      # it finished on its own generation
        assert old._users == 0 and old._pool == []  # and closed it on the way out


def test_results_are_cached_per_generation(folder: Path) -> None:
    with SearchIndex.open(folder) as index:
        first = index.search("hoaks  ")
        again = index.search(" hoaks", filters={"year": []})
        stats = index.results_cache.stats()
        assert stats["hits"] == 1 and stats["entries"] == 1
        assert urls(again) == urls(first) and again.query == " hoaks"
        again.hits.clear()                          # a caller's list is its own
        assert urls(index.search("hoaks")) == urls(first)
        index.search("hoaks", page=2)               # other parameters: another entry
        assert index.results_cache.stats()["entries"] == 2

        assert index.search("").total == 7
        IndexBuilder(folder, procs=1).build(load_records()[:3])
        assert index.search("").total == 3          # never the old generation's answer
        assert index.results_cache.stats()["entries"] == 1  # the old generation's dropped


def test_results_key_normalises_parameters() -> None:
    one = ResultsCache.key("gen-1", "a  b", {"site": ("y", "x")}, page=1, sort="date")
    two = ResultsCache.key("gen-1", " a b ", {"site": ("x", "y")}, sort="date", page=1)
    assert one == two
    assert one != ResultsCache.key("gen-2", "a b", {"site": ("x", "y")}, page=1, sort="date")


def test_sized_lru_evicts_least_recent_by_size() -> None:
    lru: SizedLRU[str, str] = SizedLRU(10, size_of=len)
    lru.put("a", "xxxx")
    lru.put("b", "yyyy")
    assert lru.get("a") == "xxxx"          # a is now the most recent
    lru.put("c", "zzzz")                   # over budget: b goes
    assert lru.get("b") is None and lru.get("a") and lru.get("c")
    lru.put("huge", "h" * 11)              # larger than the budget: never kept
    assert lru.get("huge") is None and lru.stats()["bytes"] == 8


def test_caches_stay_within_their_budget_whatever_the_queries(folder: Path) -> None:
    with SearchIndex.open(folder, cache_mb=0.05) as index:   # 51 KiB
        for n in range(300):
            index.search(f"webinar {n}")
            index.search("", filters={"year": str(2000 + n % 40)}, page=1 + n % 3)
        memory = index.stats()["memory"]
        assert memory["rss_bytes"] > 0
        for name, cache in memory["caches"].items():
            assert cache["bytes"] <= cache["limit_bytes"], name
        assert memory["caches"]["results"]["entries"] > 0
        # ranked text queries opened the rerank column: its offset tables are reported too
        assert memory["rerank_offsets"]["readers"] >= 1
        assert memory["rerank_offsets"]["bytes"] >= index.stats()["documents"]


def test_results_to_dict_is_asdicts(folder: Path) -> None:
    with SearchIndex.open(folder) as index:
        for q, group in (("hoaks", True), ("", True), ("data pribadi", False)):
            results = index.search(q, group=group)
            assert_to_dict_is_asdict(results)


def assert_to_dict_is_asdict(results: Results) -> None:
    """``Results.to_dict`` (built field by field) is the ``asdict`` form, key order too, plus
    ``pages`` and each hit's ``more_reports``."""
    from dataclasses import asdict

    expected = asdict(results)
    expected["facets"] = {k: [list(p) for p in v] for k, v in results.facets.items()}
    expected["pages"] = results.pages
    for hit, shown in zip(results.hits, expected["hits"]):
        shown["more_reports"] = hit.more_reports
    data = results.to_dict()
    assert data == expected
    assert list(data) == list(expected)
    assert [list(h) for h in data["hits"]] == [list(h) for h in expected["hits"]]
