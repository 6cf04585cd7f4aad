"""The cleaner on the demo corpus: three site templates it was not written against.

Each page's hand-made truth (tests/fixtures/demo_gold.jsonl) names its first and last body
sentences, its headline, its date and the boilerplate strings that must not survive.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from index.clean.cleaner import clean_html
from index.pipeline.demo import demo_corpus_dir

GOLD = [
    json.loads(line)
    for line in (Path(__file__).parent / "fixtures" / "demo_gold.jsonl").read_text().splitlines()
    if line.strip()
]


def _squash(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("gold", GOLD, ids=[g["file"][:24] for g in GOLD])
def test_demo_page_is_cleaned_to_its_body(gold: dict[str, Any]) -> None:
    article = clean_html((demo_corpus_dir() / gold["file"]).read_bytes())
    body = _squash(article.text)
    assert article.title == gold["title"]
    assert article.published == gold["published"]
    assert article.url == gold["url"]
    assert _squash(gold["body_first_sentence"]) in body
    last_on_this_page = _squash(gold["body_last_sentence"]) in _squash(
        (demo_corpus_dir() / gold["file"]).read_text(encoding="utf-8"))
    if last_on_this_page:
        assert _squash(gold["body_last_sentence"]) in body
    for noise in gold["noise_strings"]:
        assert _squash(noise) not in body
