"""The re-ranker's body-phrase test gives what a case-insensitive search of the text does,
and its features read from the ``rerank`` column are those of the stored record."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

from search.ranking import (
    _WORD,
    PROVINCE,
    TITLE_WHOLE,
    Reranker,
    _has_phrase,
    split_compounds,
)

TEXTS = [
    "Literasi Digital bagi warga.",
    "literasi—digital; LITERASI   DIGITAL",
    "“Literasi” digital di desa",
    "xliterasi digital",
    "literasi digitalisasi",
    "Lıterasi digital",            # dotless i: the case-insensitive search matches it
    "LİTERASI DIGITAL",            # İ lowercases to two characters
    "ſekolah ſiber ada",           # long s matches "s"
    "Straße literasi\u212a digital",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("words", [["literasi", "digital"], ["sekolah", "siber"],
                                   ["ße", "literasik"], ["literasi", "digital", "bagi"]])
def test_body_phrase_is_the_case_insensitive_search(text: str, words: list[str]) -> None:
    phrase = Reranker(words).body_phrase
    assert phrase is not None
    assert _has_phrase(text, words[0], phrase) == (phrase.search(text) is not None)


def test_body_phrase_counts_in_the_bonus() -> None:
    reranker = Reranker(["literasi", "digital"])
    stored = {"record": {"text": "Tentang LITERASI, digital.", "event": {}}}
    assert reranker.bonus(stored) >= 1.0


def test_the_rerank_column_scores_as_the_stored_record(seed_ix: Any) -> None:
    """Every feature the re-ranker reads comes out of the ``rerank`` column as out of the
    whole stored record, for queries made of each document's own names (whole and in
    parts), titles (whole and their first words), text and province."""
    with seed_ix._reading() as gen:
        docnums = list(gen.reader.all_doc_ids())
        assert docnums
        queries: list[list[str]] = [["literasi", "digital"]]
        provinces: set[str] = set()
        for docnum in docnums:
            record = gen.stored(docnum)["record"]
            event = record.get("event") or {}
            provinces.add(event.get("province") or "")
            people = event.get("speakers") or []
            for text in [record.get("title"), event.get("title"), (record.get("text") or "")[:40],
                         *(p.get("name") for p in people), *(p.get("talk_title") for p in people)]:
                words = split_compounds(_WORD.findall((text or "").lower()))
                queries += [words, words[:1], words[:2]] if words else []
        seen: Counter[str] = Counter()
        for n, words in enumerate(queries):
            reranker = Reranker(words, provinces=provinces if n % 2 else ())
            for docnum in docnums:
                expected = reranker.bonus(gen.stored(docnum))
                assert reranker.bonus(gen.rerank_facts(docnum)) == expected
                seen.update(f"{part:.1f}" for part in (
                    reranker._titles(gen.record(docnum), gen.record(docnum).get("event") or {}),
                    reranker._province(gen.record(docnum).get("event") or {})) if part)
        # the queries reach title and province features, not only names and phrases
        assert seen[f"{TITLE_WHOLE:.1f}"] and seen[f"{PROVINCE:.1f}"]
