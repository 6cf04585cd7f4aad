"""Events, not articles: reports of one webinar grouped at build time and counted once.

The corpus is invented (tests/fixtures/events/make_reports.py writes reports.jsonl): 31
reports of 13 events, with copies, rewrites and same-day traps that must stay apart.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterator
from itertools import combinations
from pathlib import Path
from typing import Any

import pytest

from index.merge import merge_events
from index.model import Article, Event, Speaker
from index.names import speaker_key
from index.write.builder import IndexBuilder
from search import SearchIndex

REPORTS = Path(__file__).parent / "fixtures" / "events" / "reports.jsonl"


def rows() -> list[dict[str, Any]]:
    return [json.loads(line) for line in REPORTS.read_text(encoding="utf-8").splitlines()]


def event_of_url(ix: SearchIndex) -> dict[str, str]:
    with ix._reading() as gen:
        return {gen.stored(d)["url"]: gen.events.id_of(d) for d in gen.reader.all_doc_ids()}


@pytest.fixture(scope="module")
def ix(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchIndex]:
    folder = tmp_path_factory.mktemp("events")
    IndexBuilder(folder, procs=1).build(Article.from_dict(r) for r in rows())
    with SearchIndex.open(folder) as index:
        yield index


def test_pairwise_grouping_precision_and_recall(ix: SearchIndex) -> None:
    records = rows()
    ids = event_of_url(ix)
    tp = fp = fn = 0
    for a, b in combinations(records, 2):
        said, true = ids[a["url"]] == ids[b["url"]], a["gold"] == b["gold"]
        tp, fp, fn = tp + (said and true), fp + (said and not true), fn + (true and not said)
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    # Each on its own: a tuple comparison would let a high precision hide any recall.
    assert precision >= 0.95, (precision, tp, fp, fn)
    assert recall >= 0.95, (recall, tp, fp, fn)
    assert len(set(ids.values())) == len({r["gold"] for r in records}) == 13
    assert ix.stats()["events"] == 13 and ix.stats()["documents"] == 31


def test_speaker_appearances_and_counts_are_events(ix: SearchIndex) -> None:
    events_of: dict[str, set[str]] = defaultdict(set)
    for record in rows():
        for person in record["event"]["speakers"]:
            events_of[speaker_key(person["name"])].add(record["gold"])
    directory = {s.key: s.count for s in ix.speaker_directory(per_page=500).speakers}
    for key, events in events_of.items():
        profile = ix.speaker(key)
        assert profile is not None
        assert len(profile.appearances) == len(events) == directory[key], key
    # Made Ardika Putrawan spoke twice on 2 July: two events, from five reports.
    made = ix.speaker("Made Ardika Putrawan")
    assert made is not None and [a.date for a in made.appearances] == ["2021-07-02"] * 2
    assert sorted(len(a.reports) for a in made.appearances) == [1, 2]


def test_an_appearance_has_the_events_merged_facts(ix: SearchIndex) -> None:
    # Two of E1's five reports name the moderator; the merged event still has her.
    sari = ix.speaker("Sari Wulandini")
    assert sari is not None and len(sari.appearances) == 2
    cakap = next(a for a in sari.appearances if a.event_title == "Cakap Bermedia Digital")
    assert cakap.role == "moderator" and cakap.location == "Kota Palembang"
    assert set(cakap.co_speakers) == {"Rina Kartikasari", "Budi Haryanto"}
    assert len(cakap.reports) == 4


def test_search_collapses_an_events_reports_into_one_hit(ix: SearchIndex) -> None:
    results = ix.search("cakap bermedia digital")
    first = results.hits[0]
    assert first.event_title == "Cakap Bermedia Digital" and first.more_reports == 4
    assert len({first.url, *(r.url for r in first.reports)}) == 5
    assert {s.name for s in first.speakers} >= {"Rina Kartikasari", "Sari Wulandini"}
    assert results.articles > results.total
    urls = [h.url for h in results.hits]
    assert len({event_of_url(ix)[u] for u in urls}) == len(urls)
    data = results.to_dict()
    assert data["grouped"] is True and data["hits"][0]["more_reports"] == 4
    assert {"url", "title", "site", "published", "lang"} <= set(data["hits"][0]["reports"][0])


def test_group_false_lists_every_article(ix: SearchIndex) -> None:
    grouped = ix.search("", filters={"date_from": "2021-06-18", "date_to": "2021-06-18"})
    every = ix.search("", filters={"date_from": "2021-06-18", "date_to": "2021-06-18"},
                      group=False, per_page=50)
    # E1 (one of its copies has no date), E2, E3, E4 that day; eleven dated reports.
    assert grouped.total == 4 and grouped.articles == every.total == 11
    assert not every.grouped and all(h.reports == [] for h in every.hits)
    assert len({h.url for h in every.hits}) == 11


def test_facets_and_months_count_events(ix: SearchIndex) -> None:
    facets = ix.search("", group=True).facets
    assert dict(facets["province"])["Sumatera Selatan"] == 4
    assert dict(facets["site"])["kabarmusi.example"] == 2
    assert dict(facets["speaker"])[speaker_key("Hendra Gunawijaya")] == 2
    assert dict(ix.month_counts()) == {"2021-06": 4, "2021-07": 2, "2021-08": 2,
                                       "2021-09": 3, "2021-10": 2}
    assert sum(dict(ix.month_counts(group=False)).values()) == 31
    articles = ix.search("", group=False).facets
    assert dict(articles["province"])["Sumatera Selatan"] == 12


def test_date_sort_gives_each_event_once(ix: SearchIndex) -> None:
    results = ix.search("", sort="date", per_page=20)
    assert results.total == 13 and len(results.hits) == 13
    assert [h.date for h in results.hits] == sorted((h.date for h in results.hits),
                                                    reverse=True)


def test_merge_keeps_the_union_and_the_most_complete_values() -> None:
    a = Event(title="Cakap Digital", date="2021-06-18", location="Palembang",
              organizers=["Dinas Kominfo"], participants=300,
              speakers=[Speaker("Rina Lestari", role="speaker", position="dosen")])
    b = Event(title="Cakap Digital", date="2021-06-18", location="Kota Palembang",
              organizers=["dinas kominfo", "Siberkreasi"], participants=312,
              speakers=[Speaker("Rina Lestari", "Dr. Rina Lestari, M.Si", "speaker",
                                "dosen Universitas Nusantara", "Jejak Digital"),
                        Speaker("Budi", role="moderator")])
    merged = merge_events([a, None, b])
    assert merged is not None
    assert (merged.title, merged.date, merged.location) == (
        "Cakap Digital", "2021-06-18", "Kota Palembang")
    assert merged.organizers == ["Dinas Kominfo", "Siberkreasi"]
    assert merged.participants == 312
    rina, budi = merged.speakers
    assert (rina.name_as_written, rina.position, rina.talk_title) == (
        "Dr. Rina Lestari, M.Si", "dosen Universitas Nusantara", "Jejak Digital")
    assert budi.role == "moderator"
    assert merge_events([None]) is None


def test_a_parallel_build_gives_the_same_events(ix: SearchIndex, tmp_path: Path) -> None:
    # Worker processes set each document's event id from the mapping they inherit.
    IndexBuilder(tmp_path, procs=2).build(Article.from_dict(r) for r in rows())
    with SearchIndex.open(tmp_path) as parallel:
        assert event_of_url(parallel) == event_of_url(ix)
