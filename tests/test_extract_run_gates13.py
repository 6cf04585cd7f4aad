"""Speed-only shortcuts of the tokens, the run reader and the person test (round 13): each
skips work whose answer is known, never changes it.

The phrases are invented, in the style of the coverage the extractor reads.
"""

from __future__ import annotations

import pytest

from index.extract import people_0_tokens, people_1_runs, people_3_phrase
from index.extract.people_0_tokens import Token, tokenize
from index.extract.people_1_runs import Run

PHRASES = [
    "Rina Wulandari, S.Pd memaparkan materi lewat YouTube bersama Dodi Prasetyo.",
    "Ketua Yayasan Bumi Hijau Dr.Tono Wirasena, M.Si (Kepala Balai) hadir di Kota Sukamekar",
    "UstadzAhmad Fauzan dan HM Rusli Amir serta Drs HAM Rudi Hartawan, Natasa.MH",
    "Prof.Dr.H.rusdi Saputra, Ph.D. - dosen di Universitas Sukamekar Raya Agus Salim",
    "Kabid Humas Polda Maju Kombes Pol Rudi Hartawan dan dr.H.L Bima Adiputra, S.Kom",
]


def _words(text: str) -> list[Token]:
    """One token a match of the token pattern, no glued word split."""
    return [Token(m[0], m.start(), m.end()) for m in people_0_tokens._TOKEN.finditer(text)]


@pytest.mark.parametrize("text", PHRASES)
def test_tokens_are_those_of_the_word_by_word_split(text: str) -> None:
    # the word-by-word reading, asked of every word: the same tokens as the shortcuts
    assert tokenize.__wrapped__(text) == people_0_tokens._split_glued(text, _words(text))


def test_a_text_with_no_word_to_split_keeps_its_words() -> None:
    text = "Materi S.Pd lewat YouTube oleh Rina Wulandari, M.Si"
    assert people_0_tokens._GLUED_DOT.search(text) and people_0_tokens._CAMEL.search(text)
    assert tokenize.__wrapped__(text) == _words(text)
    split = tokenize.__wrapped__("Materi oleh Dr.Rudi Hartawan")
    assert [t.text for t in split][2:4] == ["Dr.", "Rudi"]


def _spans(tokens: list[Token]) -> list[tuple[int, int]]:
    return [(first, last) for first in range(len(tokens))
            for last in range(first, min(len(tokens), first + 8))]


@pytest.mark.parametrize("text", PHRASES)
def test_the_run_cutters_skipped_change_nothing(text: str) -> None:
    # iter_runs asks _after_acronym, _after_body_end and _after_field only of a run of three
    # words or more, _after_job only of four or more, and none of them at the first token
    tokens = tokenize(text)
    for first, last in _spans(tokens):
        if last - first < 2:
            assert people_1_runs._after_acronym(tokens, first, last) == first
            assert people_1_runs._after_body_end(tokens, first, last) == first
            assert people_1_runs._after_field(tokens, first, last) == first
        if last - first < 3:
            assert people_1_runs._after_job(tokens, first, last) == first
        if first == 0:
            assert people_1_runs._after_job(tokens, first, last) == first
            assert people_1_runs._after_complement(tokens, first, last) == (first, first)
            assert people_1_runs._after_field(tokens, first, last) == first


@pytest.mark.parametrize("text", PHRASES)
def test_a_marked_run_is_never_inside_a_title_nor_a_body_with_its_place(text: str) -> None:
    # run_is_person asks _inside_title and _place_goes_on only of an unmarked run
    tokens = tokenize(text)
    for first, last in _spans(tokens):
        marked = [Run(first, last, first - 1, last, None)] if first else []
        marked += [Run(first, last, first, last + 1, None)] if last + 1 < len(tokens) else []
        marked += [Run(first, last, first, last, "@rina")]
        for run in marked:
            assert not people_3_phrase._inside_title(tokens, run)
            assert not people_3_phrase._place_goes_on(tokens, run)


def test_the_runs_and_persons_are_those_of_the_full_reading(
        monkeypatch: pytest.MonkeyPatch) -> None:
    fast = [people_1_runs.find_runs(tokenize(text)) for text in PHRASES]
    persons = [people_3_phrase._parse_person.__wrapped__(text, False, False, None, frozenset(),
                                                         frozenset()) for text in PHRASES]
    # every word asked of every split, one by one
    monkeypatch.setattr(people_0_tokens, "_plain_word", lambda word: False)
    slow_tokens = [tokenize.__wrapped__(text) for text in PHRASES]
    assert slow_tokens == [tokenize(text) for text in PHRASES]
    assert [people_1_runs.find_runs(tokens) for tokens in slow_tokens] == fast
    assert persons[0] is not None and persons[0].name == "Rina Wulandari"


def test_the_evidence_of_an_english_article_carries_its_mark() -> None:
    # the mark is read from the article's words alone, inside the cached evidence
    english = frozenset({"the", "and", "panel", "moderated"})
    indonesian = frozenset({"dan", "yang", "panel"})
    text = "Panel Moderated by Rina Wulandari"
    lower, places = people_3_phrase._evidence_in(text, english, frozenset())
    assert lower == {"panel", "moderated", people_3_phrase.ENGLISH_MARK}
    assert people_3_phrase._evidence_in("Rina Wulandari", english, frozenset()) == (
        {people_3_phrase.ENGLISH_MARK}, frozenset())
    assert people_3_phrase._evidence_in(text, indonesian, frozenset({"rina"})) == (
        {"panel"}, {"rina"})


DEGREE_PHRASES = PHRASES + [
    "Rina Wulandari, S. Pd., M. Sc (Dosen) dan Bima Adiputra M,Pd. serta Tono Dipl Ing",
    "Dodi Prasetyo, CHRM, Direktur dan Dewi S. M.Hum, lalu Agus Salim, Sp.A(K) .",
    "Wulan Prameswari Ph. D, Ir. Bayu, Dr.Eng. Sari, dan Rudi .",
]


@pytest.mark.parametrize("text", DEGREE_PHRASES)
def test_degrees_end_where_the_full_reading_ends(text: str,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    tokens = tokenize(text)
    fast = [people_0_tokens.degrees_end(tokens, last) for last in range(len(tokens))]
    monkeypatch.setattr(people_0_tokens, "_opens_no_degree", lambda word: False)
    assert [people_0_tokens.degrees_end(tokens, last) for last in range(len(tokens))] == fast
    assert any(end > last for last, end in enumerate(fast))


def test_the_marks_after_a_name_open_no_degree_alone() -> None:
    for word in ("dosen", "(", "Direktur", "selaku", "Rudi"):
        assert people_0_tokens._opens_no_degree(word)
    for word in (",", ".", "M.Si", "S.", "M", "Dipl", "Ph.", "SpOG"):
        assert not people_0_tokens._opens_no_degree(word)
