"""Events and the speed work together: the results cache keeps grouped and ungrouped
answers apart, counting by event with arrays gives the ``Counter``'s counts, and the JSON
of grouped hits is the ``asdict`` form."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from test_events import rows
from test_search_concurrency import assert_to_dict_is_asdict

import search.collapse
from index.model import Article
from index.names import speaker_key
from index.write.builder import IndexBuilder
from search import SearchIndex
from search.collapse import EventFacets
from search.facets import FACET_NAMES


@pytest.fixture(scope="module")
def ix(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchIndex]:
    folder = tmp_path_factory.mktemp("events-speed")
    IndexBuilder(folder, procs=1).build(Article.from_dict(r) for r in rows())
    with SearchIndex.open(folder) as index:
        yield index


def test_the_results_cache_keeps_grouped_and_ungrouped_apart(ix: SearchIndex) -> None:
    ix.results_cache.clear()
    grouped = ix.search("", per_page=50)
    every = ix.search("", per_page=50, group=False)
    assert (grouped.total, every.total) == (13, 31)
    assert grouped.grouped and not every.grouped
    assert ix.results_cache.stats()["entries"] == 2
    again = ix.search("", per_page=50)
    assert again.total == 13 and again.grouped
    assert [h.url for h in again.hits] == [h.url for h in grouped.hits]
    assert ix.results_cache.stats()["hits"] >= 1
    assert ix.search("", per_page=50, group=False).total == 31


def test_event_counts_with_arrays_equal_the_counters(ix: SearchIndex,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    with ix._reading() as gen:
        table, events = gen.facets, gen.events
        every = frozenset(gen.reader.all_doc_ids())
        sets = [every, frozenset(list(every)[::2]), frozenset(list(every)[:7])]
        by_counter = EventFacets(table, events)
        expected = [by_counter.counts(docs) for docs in sets]
        totals = [events.count(docs) for docs in sets]
        monkeypatch.setattr(search.collapse, "ARRAY_MIN_DOCS", 1)
        by_array = EventFacets(table, events)
        assert [by_array.counts(docs) for docs in sets] == expected
        assert [events.count(docs) for docs in sets] == totals
        assert totals[0] == 13
        assert list(events.numbers(every)) == list(range(13))
        assert set(by_array.coded("speaker").values) == set(table.speaker_counts())


def test_disjunctive_facets_count_events_on_the_array_path(
        ix: SearchIndex, monkeypatch: pytest.MonkeyPatch) -> None:
    hendra = speaker_key("Hendra Gunawijaya")
    filters = {"province": "Sumatera Selatan", "speaker": hendra}
    ix.results_cache.clear()
    slow = ix.search("", filters=filters)
    monkeypatch.setattr(search.collapse, "ARRAY_MIN_DOCS", 1)
    with ix._reading() as gen:      # a fresh table: the old one keeps its counts cached
        gen._event_facets = EventFacets(gen.facets, gen.events)
    ix.results_cache.clear()
    fast = ix.search("", filters=filters)
    assert fast.facets == slow.facets and fast.total == slow.total
    # the speaker facet is counted under the province filter only: Hendra's count there
    # is the number of his events in the province, the total
    assert dict(fast.facets["speaker"])[hendra] == fast.total
    assert set(fast.facets) == set(FACET_NAMES)


def test_grouped_json_is_the_asdict_form(ix: SearchIndex) -> None:
    results = ix.search("cakap bermedia digital")
    assert results.hits[0].more_reports == 4
    assert_to_dict_is_asdict(results)
