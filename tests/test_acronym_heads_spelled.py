"""The word-by-word reading of a short name spelled by a run (``_spelled_by``) gives the
answers of the first, direct definition: try every part of the run and every way to cut
the name into starts of its words. The direct one cost time with the square of a page-long
run of capitalised words; this checks the faster one changed no answer."""

from __future__ import annotations

import random

from index.extract.acronym_heads import _lexical, _spelled_by, _spelled_in_prose


def _pieces(word: str, words: tuple[str, ...]) -> bool:
    """The direct definition: ``word`` is the starts (two letters or more) of all of
    ``words``, in order, and of nothing more."""
    if not words:
        return not word
    head = words[0].casefold()
    for size in range(min(len(head), len(word)), 1, -1):
        if head[:size] == word[:size] and _pieces(word[size:], words[1:]):
            return True
    return False


def _direct(lower: str, run: tuple[str, ...]) -> bool:
    return any(_pieces(lower, run[:end]) and _lexical(list(run[:end]))
               for end in range(2, len(run) + 1))


_WORDS = ("Sumatera", "Bagian", "Selatan", "Badan", "Nasional", "Daerah", "Lembaga", "Amil",
          "Zakat", "Infak", "Rudi", "Hartono", "Sumber", "Sela", "Baga", "Kesehatan",
          "Kementerian", "Dinas", "Pendidikan", "Sari", "Nusa", "Tenggara", "Barat")


def _shorts(rng: random.Random, run: tuple[str, ...]) -> str:
    """A short name cut from the run's words (often a real spelling, sometimes not)."""
    cut = "".join(w[:rng.randint(1, 4)] for w in run[:rng.randint(1, len(run))])
    if rng.random() < 0.3:
        cut = cut[:-1] + rng.choice("aeiklmnrs")
    return cut.casefold()


def test_word_by_word_reading_agrees_with_every_cut_tried() -> None:
    rng = random.Random(17)
    agreed = spelled = 0
    for _ in range(4000):
        run = tuple(rng.choice(_WORDS) for _ in range(rng.randint(1, 6)))
        lower = _shorts(rng, run)
        assert _spelled_by(lower, run) == _direct(lower, run), (lower, run)
        agreed += 1
        spelled += _direct(lower, run)
    assert agreed == 4000 and spelled > 100  # (both answers are exercised)


def test_known_spellings() -> None:
    assert _spelled_by("sumbagsel", ("Sumatera", "Bagian", "Selatan"))
    assert not _spelled_by("sumbagsel", ("Sumatera", "Bagian"))
    assert not _spelled_by("ruhar", ("Rudi", "Hartono"))  # no word no name has
    text = "Proyek di Sumatera Bagian Selatan berjalan. Kepala BP Sumbagsel Dodi Pratama hadir."
    assert _spelled_in_prose("Sumbagsel", text)
    assert not _spelled_in_prose("Sumbagsal", text)


def test_runs_read_to_half_the_letters_and_once_give_the_same_answers() -> None:
    from index.extract.acronym_heads import _run_starts

    rng = random.Random(8)
    for _ in range(300):
        words = [rng.choice(_WORDS) for _ in range(rng.randint(2, 40))]
        text = " ".join(words) + ". " + " ".join(rng.sample(_WORDS, 3)) + "."
        run = tuple(rng.sample(_WORDS, rng.randint(2, 4)))
        word = _shorts(rng, run).capitalize()
        if len(word) < 2:
            continue
        lower = word.casefold()
        direct = any(_direct(lower, r) for r in _run_starts(text, lower[:2]))
        assert _spelled_in_prose(word, text) == direct, (word, text)
