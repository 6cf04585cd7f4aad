"""Literal-core highlighting finds exactly the spans of the regular expression it replaces,
and the window search by bisection picks the windows the match-by-match count picked."""

from __future__ import annotations

import json
import random
from pathlib import Path

from index.schema import stem_indonesian
from search.snippets import SNIPPET_CHARS, _best_windows, _regex_matches, find_matches

RAW = Path(__file__).parent / "fixtures" / "extract" / "heldout_raw.jsonl"
EDGES = ("Pra-literasi literasi-nya LITERASI'  e-commerce ecommerce 'digital'-an xliterasi "
         "literasix _lit meliterasikan Literasi’s DIGITAL-DIGITAL")


def test_literal_and_regex_spans_agree() -> None:
    texts = [json.loads(line)["text"] for line in RAW.read_text().splitlines()] + [EDGES]
    rng = random.Random(3)
    for text in texts:
        words = [w.lower() for w in text.split() if w.isalpha()]
        for _ in range(30):
            typed = frozenset(rng.sample(words, 2)) | {"literasi", "digital", "e"}
            stems = frozenset(stem_indonesian(w) for w in typed)
            cores = ({w for w in typed if len(w) >= 2} | {s[1:] for s in stems if len(s) >= 4}
                     | {s for s in stems if 2 <= len(s) < 4})
            assert find_matches(text, typed, stems) == _regex_matches(text, typed, stems, cores)


def test_a_text_whose_lowercase_is_longer_uses_the_expression() -> None:
    text = "İstanbul literasi digital"
    spans = find_matches(text, frozenset({"literasi"}), frozenset({"literasi"}))
    assert [text[s:e] for s, e in spans] == ["literasi"]


def _counted_windows(spans: list[tuple[int, int]]) -> list[int]:
    """The window search as it was, counting each window's matches one by one."""
    chosen: list[int] = []
    remaining = list(spans)
    while remaining and len(chosen) < 2:
        best_start, best_count = remaining[0][0], 0
        for i, (start, _end) in enumerate(remaining):
            count = sum(1 for _s, e in remaining[i:] if e <= start + SNIPPET_CHARS - 40)
            if count > best_count:
                best_start, best_count = start, count
        chosen.append(best_start)
        remaining = [(s, e) for s, e in remaining if abs(s - best_start) > SNIPPET_CHARS]
    return sorted(chosen)


def test_bisected_windows_are_the_counted_ones() -> None:
    rng = random.Random(5)
    for _ in range(2000):
        spans, at = [], rng.randrange(0, 50)
        for _ in range(rng.randrange(0, 60)):
            length = rng.choice((1, 3, 8, 30, 230))
            spans.append((at, at + length))
            at += length + rng.choice((0, 1, 5, 40, 150, 400))
        assert _best_windows(spans) == _counted_windows(spans)
