"""``phrase_pattern`` written as a prefix tree matches exactly what the flat list matches."""

from __future__ import annotations

import random
import re

import pytest

from index.lexicon import (bounded, may_hold_phrase, phrase_pattern, phrase_words, phrases,
                           role_cues, search_fold)

SENTENCES = [
    "Webinar ini menghadirkan narasumber yakni Rina Lestari dan Keynote Speaker Budi.",
    "Acara dipandu oleh Dewi selaku moderator, sedangkan pemateri pertama adalah Agus.",
    "The speakers were A and B; the guest speaker, C, gave the KEYNOTE SPEECH.",
    "Narasumberyaitu Dr. Sinta – Dosen Unmaju — dan Pembicara kedua: Yuni.",
    "Sambutan disampaikan juga oleh Bupati, lalu materi dipaparkan pula oleh Kepala Dinas.",
]
# Case pairs, an optional last letter, a one-letter phrase, spaced and dashed phrases.
TRICKY = ["Abc", "abd", "ab", "a b", "a  b", "K", "k", "s?", "speakers?", "speaker",
          "x-y?", "x.y", "–x", "—y", "KEY note", "key"]


def _flat(items: list[str] | tuple[str, ...]) -> str:
    """The alternation as it was written before the tree: one branch per phrase."""
    parts = []
    for phrase in sorted(set(items), key=lambda p: (-len(p), p)):
        optional = phrase.endswith("?")
        body = phrase[:-1] if optional else phrase
        parts.append(r"\s+".join(re.escape(w) for w in body.split()) + ("?" if optional else ""))
    return "(?:" + "|".join(parts) + ")"


def _spans(pattern: str, flags: int, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(pattern, text, flags)]


def _texts() -> list[str]:
    rng = random.Random(13)
    pieces = ["a", "b", "k", "K", "s", " ", "  ", "–", "—", "x", ".", "-", "y", "abc", "Abd",
              "speaker", "speakers", "key note", "KEY  NOTE", "narasumber", "oleh "]
    randoms = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 8)))
               for _ in range(3000)]
    return SENTENCES + [s.upper() for s in SENTENCES] + randoms


@pytest.mark.parametrize("items", [
    TRICKY,
    [c.phrase for c in role_cues()],
    list(phrases("quote_verb")) + list(phrases("present_verb")),
    list(phrases("discourse")),
])
def test_tree_matches_like_the_flat_list(items: list[str]) -> None:
    tree, flat = phrase_pattern(items), _flat(items)
    for flags in (0, re.IGNORECASE):
        for text in _texts():
            assert _spans(tree, flags, text) == _spans(flat, flags, text), text
            assert _spans(bounded(tree), flags, text) == _spans(bounded(flat), flags, text), text


def test_shared_beginnings_are_written_once() -> None:
    pattern = phrase_pattern(["narasumber", "narasumber utama", "nara sumber", "moderator"])
    assert pattern.count("nara") == 1
    assert re.fullmatch(pattern, "Narasumber  Utama", re.IGNORECASE)
    # "K" and "k" differ only by case: those branches keep their own order, unmerged.
    assert phrase_pattern(["Kab", "kac"]).count("a") == 2


def test_the_pattern_is_the_same_under_every_hash_seed() -> None:
    # equal-length phrases come from a set: their order (which branch is tried first) must
    # not follow the process's hash seed, or records would differ from run to run
    import os
    import subprocess
    import sys

    code = ("from index.lexicon import phrase_pattern; "
            "print(phrase_pattern(['kota', 'desa', 'dusun', 'banjar', 'nagari', 'kampung']))")
    patterns = set()
    for seed in ("1", "2", "3", "4"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                              text=True, check=True)
        patterns.add(done.stdout)
    assert len(patterns) == 1


@pytest.mark.parametrize("category", ["future", "theme_cue", "not_agent", "org_head"])
def test_may_hold_phrase_answers_as_the_test_of_every_phrase(category: str) -> None:
    words = phrase_words(category)
    texts = ["Webinar berikutnya akan digelar pekan depan", "acara selanjutnya untuk warga",
             "Seminar ini bertema lingkungan", "dengan tema besar kota", "the next webinar",
             "akan tetapi tidak", "Rina menyampaikan materi", "", "theme was set with the topic"]
    texts += [" ".join(phrase) for phrase in words or ()]
    texts += [" ".join(phrase[1:]) for phrase in words or ()]
    for text in texts:
        folded = search_fold(text)
        slow = words is None or any(all(w in folded for w in phrase) for phrase in words)
        assert may_hold_phrase(category, folded) == slow, text


def test_no_phrases_give_the_empty_alternation() -> None:
    """An empty phrase list (a data file with no entries) gives a pattern that matches the
    empty string, as it always did, not an error while the tree is built."""
    assert phrase_pattern([]) == "(?:)"
