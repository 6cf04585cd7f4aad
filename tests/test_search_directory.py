"""The speaker directory: first letter of the shown name, stable order, pages and totals."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from index.errors import QueryError
from index.model import Article
from index.write.builder import IndexBuilder
from search import SearchIndex, speaker_key
from search.directory import first_letter, fold

PEOPLE = [
    # (name, number of events: one article each, on different days)
    ("Zainal Arifin", 1), ("Siti Rahma", 1), ("Yudi Pranata", 1), ("Bagus Setiawan", 1),
    ("Ahmad Fauzi", 1), ("Élise Manurung", 1), ("Citra Dewi", 3), ("Dedi Kurnia", 3),
    ("Ani Lestari", 5), ("Vivi Oktaviani", 1), ("Qori Amalia", 1),
]


def _record(i: int, names: list[str]) -> dict[str, Any]:
    day = f"2021-06-{i + 1:02d}"
    return Article(url=f"https://uji.example/{i}", site="uji.example", title=f"Webinar {i}",
                   published=day, text="Webinar literasi.").to_dict() | {"event": {
                       "title": "Literasi", "date": day, "location": None,
                       "province": None, "organizers": [], "participants": None,
                       "questions": [], "speakers": [
                           {"name": n, "name_as_written": n, "role": "speaker",
                            "position": None, "talk_title": None} for n in names]}}


@pytest.fixture(scope="module")
def ix(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchIndex]:
    records: list[dict[str, Any]] = []
    for name, count in PEOPLE:
        for _ in range(count):
            records.append(_record(len(records), [name]))
    folder = tmp_path_factory.mktemp("directory")
    IndexBuilder(folder, procs=1).build(Article.from_dict(r) for r in records)
    with SearchIndex.open(folder) as index:
        yield index


def names(page: Any) -> list[str]:
    return [s.name for s in page.speakers]


def test_a_letter_is_the_first_letter_of_the_shown_name(ix: SearchIndex) -> None:
    # The identity key spells Zainal "sainal", Vivi "fifi", Qori "kori": the letter bar
    # follows the name people read.
    assert speaker_key("Zainal Arifin").startswith("s")
    assert names(ix.speaker_directory(letter="z")) == ["Zainal Arifin"]
    assert names(ix.speaker_directory(letter="s")) == ["Siti Rahma"]
    assert names(ix.speaker_directory(letter="v")) == ["Vivi Oktaviani"]
    assert names(ix.speaker_directory(letter="q")) == ["Qori Amalia"]
    assert names(ix.speaker_directory(letter="E")) == ["Élise Manurung"]
    letters = ix.speaker_directory().letters
    assert letters["z"] == 1 and letters["a"] == 2 and "x" not in letters


def test_order_is_count_then_alphabetical(ix: SearchIndex) -> None:
    everyone = names(ix.speaker_directory())
    assert everyone[:3] == ["Ani Lestari", "Citra Dewi", "Dedi Kurnia"]
    assert everyone[3:] == ["Ahmad Fauzi", "Bagus Setiawan", "Élise Manurung", "Qori Amalia",
                            "Siti Rahma", "Vivi Oktaviani", "Yudi Pranata", "Zainal Arifin"]
    assert [s.name for s in ix.speakers(limit=4)] == everyone[:4]


def test_pages_with_totals(ix: SearchIndex) -> None:
    first = ix.speaker_directory(per_page=4)
    assert first.total == 11 and first.pages == 3 and len(first.speakers) == 4
    third = ix.speaker_directory(page=3, per_page=4)
    assert names(third) == ["Vivi Oktaviani", "Yudi Pranata", "Zainal Arifin"]
    pages = [names(ix.speaker_directory(page=p, per_page=4)) for p in (1, 2, 3)]
    assert sum(pages, []) == names(ix.speaker_directory())
    beyond = ix.speaker_directory(page=9, per_page=4)
    assert beyond.speakers == [] and beyond.total == 11
    data = third.to_dict()
    assert data["total"] == 11 and data["pages"] == 3 and data["page"] == 3
    assert data["speakers"][0] == {"key": speaker_key("Vivi Oktaviani"),
                                   "name": "Vivi Oktaviani", "count": 1}


def test_a_typed_prefix_still_finds_spelling_variants(ix: SearchIndex) -> None:
    assert names(ix.speaker_directory(prefix="Zaenal")) == ["Zainal Arifin"]
    assert names(ix.speaker_directory(prefix="Arif")) == ["Zainal Arifin"]
    assert ix.speaker_directory(prefix="Arif", letter="b").total == 0


@pytest.mark.parametrize("bad", [{"letter": "ab"}, {"letter": "1"}, {"page": 0},
                                 {"per_page": 0}, {"per_page": 501}])
def test_bad_arguments_are_query_errors(ix: SearchIndex, bad: dict[str, Any]) -> None:
    with pytest.raises(QueryError):
        ix.speaker_directory(**bad)


def test_letters_and_folding() -> None:
    assert fold("Élise") == "elise" and first_letter("'Aisyah") == "a"
    assert first_letter("Ṣalāḥ") == "s" and first_letter("李") == "" and first_letter("") == ""
