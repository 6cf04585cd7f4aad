"""``may_open_run``: the quick test that lets ``parse_person(name_first_only=True)`` skip
``find_runs`` holds wherever find_runs starts a run.

The phrases are the invented held-out articles in tests/fixtures/extract and a few
invented ones below (fictional people, places and bodies).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from index.extract.people_1_runs import find_runs, may_open_run, tokenize
from index.extract.people_3_phrase import parse_person
from index.extract.sentences import split_sentences
from index.pipeline.records import article_from_text

FIXTURES = Path(__file__).parent / "fixtures" / "extract"
PHRASES = [
    "Dalam kesempatan itu Dr. (Cand.) Rina Lestari, M.Si menjelaskan literasi digital",
    "dan Dato' Dr. Kamal Harun selaku Rektor Universitas Sukamaju",
    "Webinar dipandu oleh moderator @rinakusuma dan Brigjen TNI Agus Salim",
    "Kepala Dinas Kominfo Kota Sukamaju H.Abdul Hadi, S.Ag. membuka acara",
    "1. Muh. Rizal Putra (Dosen); 2. RINA AYU LESTARI (Penyiar Radio Suara)",
]


def _sentences() -> list[str]:
    texts = list(PHRASES)
    for path in sorted(FIXTURES.glob("*_raw.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                article = article_from_text(json.loads(line)["text"])
                texts += [s.text for s in split_sentences(article.text)]
    return texts


@pytest.mark.parametrize("loose", [False, True])
def test_every_run_has_an_opener_at_or_before_its_start(loose: bool) -> None:
    runs_seen = 0
    for text in _sentences():
        tokens = tokenize(text)
        for run in find_runs(tokens, loose):
            runs_seen += 1
            assert any(may_open_run(tokens, j) for j in range(run.prefix + 1)), (text, run)
    assert runs_seen > 500


def test_name_first_only_reads_a_name_that_opens_the_phrase() -> None:
    person = parse_person("Dr. Rina Lestari, M.Si menjelaskan pentingnya data",
                          name_first_only=True)
    assert person is not None and person.name == "Rina Lestari"
    assert parse_person("menurut data dinas, Rina Lestari menjelaskan",
                        name_first_only=True) is None
