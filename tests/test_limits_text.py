"""Limits on text size in extraction: work stays linear however long a line or text is.

Regression tests for the 1 MB single-line limit case (``tests/stress/limits.py``): the
sentence splitter re-read the whole paragraph at every full stop (126 s for 1 MB), a
"sentence" without full stops was as long as the text and every cue in it re-parsed it
(hours), and mention grouping compares every mention with every other. The assertions are
structural (sizes of what each stage is given), not timings: the limits script times them.
"""

from __future__ import annotations

import random

import pytest

from index.extract import sentences as sentences_module
from index.extract.event import MAX_TEXT_CHARS, extract_event
from index.extract.sentences import MAX_SENTENCE_CHARS, split_sentences
from index.model import Article

WORDS = ["webinar", "literasi", "digital", "narasumber", "selaku", "Kepala", "Dinas", "Budi",
         "Santoso", "S.Kom.", "dipandu", "oleh", "moderator", "Rina", "Lestiani", "bertajuk",
         "“Cakap", "Digital”", "pada", "Jumat", "(18/6)", "diikuti", "311", "peserta", "di",
         "Kota", "Palembang", "yang", "dan", "serta", "pemateri", "Dr.", "Andi", "Wiratama",
         "M.Si.", ","]


def run_on_line(chars: int, seed: int = 7) -> str:
    rng = random.Random(seed)
    words: list[str] = []
    size = 0
    while size < chars:
        word = rng.choice(WORDS)
        words.append(word)
        size += len(word) + 1
    return " ".join(words)[:chars]


def test_no_sentence_is_longer_than_the_limit_and_nothing_is_lost() -> None:
    text = run_on_line(50_000)
    found = split_sentences(text)
    assert max(len(s.text) for s in found) <= MAX_SENTENCE_CHARS
    assert "".join(s.text for s in found).replace(" ", "") == text.replace(" ", "")


def test_a_sentence_without_commas_is_cut_at_spaces() -> None:
    text = " ".join(["kata"] * 3000)
    found = split_sentences(text)
    assert all(len(s.text) <= MAX_SENTENCE_CHARS for s in found)
    assert all(s.text.split(" ") == ["kata"] * len(s.text.split(" ")) for s in found)


def test_ordinary_sentences_are_not_cut() -> None:
    sentence = ("Narasumber yakni " + ", ".join(f"Nama{i} Orang (Kepala Dinas {i})"
                                              for i in range(25)) + ".")
    assert len(sentence) < MAX_SENTENCE_CHARS
    assert [s.text for s in split_sentences(sentence)] == [sentence]


def test_full_stop_checks_read_a_window_not_the_paragraph(
        monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[int] = []
    original = sentences_module._keeps_going

    def spy(before: str, after: str) -> bool:
        seen.append(max(len(before), len(after)))
        return original(before, after)

    monkeypatch.setattr(sentences_module, "_keeps_going", spy)
    split_sentences(" ".join(["Dr. Budi S.Kom. dan"] * 5000))
    assert seen and max(seen) <= 2 * sentences_module._WORD_WINDOW


def test_extraction_reads_a_bounded_prefix() -> None:
    programme = ("Webinar bertajuk “Cakap Digital” menghadirkan narasumber Budi Santoso selaku "
                 "Kepala Dinas Kominfo.\n\n")
    filler = "\n\n".join(["Cuaca hari ini cerah dan warga beraktivitas seperti biasa."] * 2000)
    text = programme + filler + "\n\nNarasumber Zulkarnaen Wicaksono menutup acara."
    assert len(text) > MAX_TEXT_CHARS
    event = extract_event(Article(title="Webinar", text=text))
    assert event is not None
    names = [s.name for s in event.speakers]
    assert "Budi Santoso" in names
    assert "Zulkarnaen Wicaksono" not in names
