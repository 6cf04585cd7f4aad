"""The re-ranker's body-phrase test gives what a case-insensitive search of the text does."""

from __future__ import annotations

import pytest

from search.ranking import Reranker, _has_phrase

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
