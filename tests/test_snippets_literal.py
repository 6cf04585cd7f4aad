"""Literal-core highlighting finds exactly the spans of the regular expression it replaces."""

from __future__ import annotations

import json
import random
from pathlib import Path

from index.schema import stem_indonesian
from search.snippets import _regex_matches, find_matches

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
