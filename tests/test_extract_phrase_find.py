"""phrase_spans/followed_by find exactly what the regex they replace found (a phrase of words
separated by whitespace, not glued to a word character or a hyphen)."""

from __future__ import annotations

import re

import pytest

from index.extract.phrase_find import followed_by, phrase_spans

TEXT = ("Forum Guru Melati, Kecamatan Uji. Ketua Forum Guru Melati Rina Lestari membuka "
        "acara; Forum  Guru\nMelati-Raya dan xForum Guru Melati tidak dihitung. Forum Guru")


def _regex_spans(text: str, words: list[str]) -> list[tuple[int, int]]:
    pattern = re.compile(r"(?<![\w-])" + r"\s+".join(re.escape(w) for w in words)
                         + r"(?![\w-])")
    return [(m.start(), m.end()) for m in pattern.finditer(text)]


@pytest.mark.parametrize("words", [
    ["Forum", "Guru", "Melati"], ["Forum", "Guru"], ["Melati"], ["Rina", "Lestari"],
    ["Uji."], ["Guru"], ["acara;"], ["Tidak"],
])
def test_phrase_spans_match_the_regex(words: list[str]) -> None:
    assert list(phrase_spans(TEXT, words)) == _regex_spans(TEXT, words)


def test_followed_by_needs_whitespace_and_a_word_end() -> None:
    at = TEXT.index("Melati Rina") + len("Melati")
    assert followed_by(TEXT, at, "Rina")
    assert not followed_by(TEXT, at, "Rin")
    assert not followed_by(TEXT, at + 1, "Rina")  # no whitespace before it
