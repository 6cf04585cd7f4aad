"""Events across updates: only what changed is grouped again, and events keep their ids.

Reports come from the invented corpus of tests/test_events.py.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from index.model import Article
from index.write.builder import IndexBuilder
from index.write.updater import IndexUpdater
from search import SearchIndex

REPORTS = Path(__file__).parent / "fixtures" / "events" / "reports.jsonl"


def reports(gold: str) -> list[Article]:
    lines = REPORTS.read_text(encoding="utf-8").splitlines()
    return [Article.from_dict(r) for r in map(json.loads, lines) if r["gold"] == gold]


def ids(folder: Path) -> dict[str, str]:
    with SearchIndex.open(folder) as ix, ix._reading() as gen:
        return {gen.stored(d)["url"]: gen.events.id_of(d) for d in gen.reader.all_doc_ids()}


def appearances(folder: Path, name: str) -> list[Any]:
    with SearchIndex.open(folder) as ix:
        profile = ix.speaker(name)
        return profile.appearances if profile else []


@pytest.fixture
def cakap(tmp_path: Path) -> Path:
    """An index with three of E1's five reports and E2 (same day, same moderator)."""
    IndexBuilder(tmp_path, procs=1).build(reports("E1")[:3] + reports("E2"))
    return tmp_path


def test_a_new_copy_joins_its_event(cakap: Path) -> None:
    before = ids(cakap)
    first = before[reports("E1")[0].url or ""]
    report = IndexUpdater(cakap).update([reports("E1")[3]])
    assert (report.added, report.regrouped) == (1, 0)
    after = ids(cakap)
    assert after[reports("E1")[3].url or ""] == first
    assert {u: after[u] for u in before} == before
    assert len(appearances(cakap, "Rina Kartikasari")) == 1


def test_a_deleted_report_leaves_its_event_to_the_others(cakap: Path) -> None:
    e1 = [a.url or "" for a in reports("E1")[:3]]
    event = ids(cakap)[e1[0]]
    report = IndexUpdater(cakap).update([], deletions=[e1[0]])
    assert (report.deleted, report.regrouped) == (1, 0)
    after = ids(cakap)
    assert e1[0] not in after and after[e1[1]] == after[e1[2]] == event
    [appearance] = appearances(cakap, "Rina Kartikasari")
    assert len(appearance.reports) == 1


def test_deleting_every_report_removes_the_event(cakap: Path) -> None:
    e1 = [a.url or "" for a in reports("E1")[:3]]
    IndexUpdater(cakap).update([], deletions=e1)
    assert appearances(cakap, "Rina Kartikasari") == []
    assert len(appearances(cakap, "Sari Wulandini")) == 1


def test_a_changed_report_of_another_event_leaves(cakap: Path) -> None:
    e1 = [a.url or "" for a in reports("E1")[:3]]
    event = ids(cakap)[e1[0]]
    moved = Article.from_dict(reports("E8")[0].to_dict() | {"url": e1[2]})
    report = IndexUpdater(cakap).update([moved])
    assert report.replaced == 1
    after = ids(cakap)
    assert after[e1[0]] == after[e1[1]] == event != after[e1[2]]


def test_an_unrelated_update_rewrites_nothing(cakap: Path) -> None:
    before = ids(cakap)
    report = IndexUpdater(cakap).update(reports("E7"))
    assert (report.added, report.regrouped) == (2, 0)
    after = ids(cakap)
    assert {u: after[u] for u in before} == before
    assert len({after[a.url or ""] for a in reports("E7")}) == 1


def test_a_report_that_links_two_events_merges_them_and_its_removal_splits_them(
        tmp_path: Path) -> None:
    # E9's second and third reports share nothing a rule can see; the first links both.
    first, second, third = reports("E9")
    IndexBuilder(tmp_path, procs=1).build([second, third])
    apart = ids(tmp_path)
    assert apart[second.url or ""] != apart[third.url or ""]
    report = IndexUpdater(tmp_path).update([first])
    assert report.regrouped == 1
    merged = ids(tmp_path)
    assert len(set(merged.values())) == 1 and set(merged.values()) <= set(apart.values())
    assert len(appearances(tmp_path, "Intan Maharani")) == 1
    IndexUpdater(tmp_path).update([], deletions=[first.url or ""])
    split = ids(tmp_path)
    assert split[second.url or ""] != split[third.url or ""]
    assert set(merged.values()) <= set(split.values())
    assert len(appearances(tmp_path, "Intan Maharani")) == 2


def test_an_update_groups_its_own_articles(tmp_path: Path) -> None:
    IndexBuilder(tmp_path, procs=1).build(reports("E8"))
    IndexUpdater(tmp_path).update(reports("E5"))
    found = ids(tmp_path)
    assert len({found[a.url or ""] for a in reports("E5")}) == 1
    assert len(set(found.values())) == 2
