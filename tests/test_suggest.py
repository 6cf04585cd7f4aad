"""Completions while typing (search/suggest.py): speakers and themes by prefix, fast."""

from __future__ import annotations

import time

from search import SearchIndex, Suggestion


def labels(found: list[Suggestion]) -> list[str]:
    return [s.label for s in found]


def test_speakers_and_themes_complete_a_prefix_of_any_word(seed_ix: SearchIndex) -> None:
    assert seed_ix.suggest("lit") == [
        Suggestion("theme", "literasi digital", "Literasi Digital", 2)]
    assert labels(seed_ix.suggest("sus")) == ["Joko Susanto"]         # the surname
    assert labels(seed_ix.suggest("joko s")) == ["Joko Susanto"]      # two words
    assert labels(seed_ix.suggest("hendarto pra")) == ["Hendarto A. Prasetya"]
    assert seed_ix.suggest("") == [] and seed_ix.suggest("zzz") == []


def test_most_appearances_first_then_by_name(seed_ix: SearchIndex) -> None:
    found = seed_ix.suggest("a")
    counts = [s.count for s in found]
    assert counts == sorted(counts, reverse=True)
    assert labels(found)[:2] == ["Anisa Rahmawati", "Ika Jailani"] or counts[0] > 1
    assert len(seed_ix.suggest("a", limit=2)) == 2


def test_other_spellings_complete_to_the_indexed_one(seed_ix: SearchIndex) -> None:
    assert labels(seed_ix.suggest("Djoko")) == ["Joko Susanto"]
    assert labels(seed_ix.suggest("soesan")) == ["Joko Susanto"]
    assert labels(seed_ix.suggest("Njoman")) == ["Nyoman Ardika"]


def test_a_suggestion_knows_its_filter_and_query(seed_ix: SearchIndex) -> None:
    entry = seed_ix.suggest("joko")[0]
    assert entry.to_dict() == {"kind": "speaker", "key": "jaka-sasanta",
                               "label": "Joko Susanto", "count": 3, "filter": "speaker",
                               "query": "Joko Susanto"}
    assert seed_ix.search("", filters={entry.filter: entry.key}).total == entry.count


def test_completions_take_a_few_milliseconds(seed_ix: SearchIndex) -> None:
    seed_ix.suggest("x")                      # the table is built once per generation
    started = time.perf_counter()
    for prefix in ("a", "an", "ani", "jo", "lit", "desa", "sy", "wu", "ren", "ca"):
        seed_ix.suggest(prefix)
    assert (time.perf_counter() - started) / 10 < 0.005
