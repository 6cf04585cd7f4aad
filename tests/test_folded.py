"""A case-blind test run on the lower-cased text answers as the case-blind regex."""

from __future__ import annotations

import re

import pytest

from index.extract.folded import FoldedTest, finds

PATTERN = re.compile(r"\b(?:siaran\s+pers|rilis\w*|(?<!\d\s)tahun\s+lalu|kepada\s+wartawan)\b",
                     re.IGNORECASE)
TEXTS = [
    "Dalam SIARAN PERS yang diterima redaksi.",
    "Rilisnya terbit kemarin.",
    "Acara itu digelar tahun lalu di Bandung.",
    "Usaha itu tumbuh sejak 20 tahun lalu.",
    "Hal itu ia sampaikan Kepada Wartawan usai acara.",
    "Webinar berlangsung dua jam secara daring.",
    "Dalam sıaran pers yang diterima.",  # dotless i: read as "i" by the case-blind regex
    "RİLİS resmi panitia.",  # dotted capital I: lowered to two characters
    "Dalam ſiaran pers.",  # long s
]


@pytest.mark.parametrize("text", TEXTS)
def test_folded_test_answers_as_the_case_blind_regex(text: str) -> None:
    assert FoldedTest(PATTERN).found(text) == (PATTERN.search(text) is not None)


@pytest.mark.parametrize("pattern", [re.compile(r"siaran"), re.compile(r"Siaran", re.I),
                                     re.compile(r"a(?-i:[A-Z])", re.I)])
def test_a_pattern_that_is_not_case_blind_lower_case_is_refused(pattern: re.Pattern[str]) -> None:
    with pytest.raises(ValueError):
        FoldedTest(pattern)


def test_finds_searches_plainly_when_the_pattern_cannot_be_folded() -> None:
    upper = re.compile(r"\bWebinar\b")
    assert finds(upper, "Webinar Uji") and not finds(upper, "webinar uji")
    assert finds(PATTERN, "SIARAN PERS") and not finds(PATTERN, "siaran")
