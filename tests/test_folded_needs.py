"""The word gates in front of case-blind tests answer as the regexes behind them."""

from __future__ import annotations

import re

import pytest

from index.extract.folded import FoldedTest
from index.extract.speakers import _NAMES_SESSION, _NAMES_SESSION_TEST

SESSION_TEXTS = [
    "Hal itu disampaikan Rudi Hartawan dalam Webinar Literasi Pangan, Sabtu (4/6).",
    "Ia berbicara pada sebuah talkshow bertajuk Kota Hijau.",
    "Menurut Sari saat menjadi salah satu Narasumber dalam kegiatan itu.",
    "Wina spoke at the online forum of the Lembah Hijau council.",
    "Dalam diskusi daring tersebut, peserta bertanya banyak hal.",
    "Dalam diskusi kelompok, peserta bertanya banyak hal.",  # a discussion, but not online
    "Acara ditutup dengan doa bersama.",
    "Ketika menjadi pembicara ia tampil tenang.",
    "Pada WEBİNAR itu ia hadir.",  # dotted capital I: the case-blind regex, ungated
    "During the symposium he spoke twice.",
    "",
]


@pytest.mark.parametrize("text", SESSION_TEXTS)
def test_the_session_gate_answers_as_the_regex(text: str) -> None:
    assert _NAMES_SESSION_TEST.found(text) == (_NAMES_SESSION.search(text) is not None)


def test_the_gate_decides_where_none_of_its_words_is() -> None:
    # a pattern that matches where its (deliberately wrong) needed word is missing: the
    # answer shows that the regex did not run there, and did where the word is
    test = FoldedTest(re.compile(r"\bkopi\b", re.IGNORECASE), needs=("teh",))
    assert not test.found("Segelas KOPI hangat.")
    assert test.found("Segelas kopi dan teh.")
    assert FoldedTest(re.compile(r"\bkopi\b", re.IGNORECASE)).found("Segelas KOPI hangat.")


@pytest.mark.parametrize("needs", [("Webinar",), ("",), ("kafé",)])
def test_needed_words_are_lower_case_ascii(needs: tuple[str, ...]) -> None:
    with pytest.raises(ValueError):
        FoldedTest(re.compile(r"webinar", re.IGNORECASE), needs=needs)
