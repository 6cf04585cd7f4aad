"""The record contract (docs/ARCHITECTURE.md): fixed keys, nulls for unknowns, exact round trip."""

from __future__ import annotations

import json

from index.model import EVENT_KEYS, RECORD_KEYS, Article, Event, Question, Speaker


def _sample() -> Article:
    return Article(
        url="https://kabaruji.example/2021/06/19/tantangan-digital",
        site="kabaruji.example",
        title="Tantangan Digital Pemerintah Daerah",
        published="2021-06-19",
        authors=["Redaksi Uji"],
        lang="id",
        text="Palembang, KU - Paragraf satu.\n\nParagraf dua.",
        event=Event(
            title="Inovasi Daerah di Era Digital",
            date="2021-06-18",
            location="Kota Palembang",
            province="Sumatera Selatan",
            organizers=["Kementerian Komunikasi dan Informatika"],
            participants=311,
            speakers=[Speaker(name="Ayu Lestari", name_as_written="Ayu Lestari, S.Si",
                              role="speaker", position="Dosen", talk_title="Data Terbuka")],
            questions=[Question(question="Bagaimana caranya?", asker="Dodi",
                                addressee="Ayu Lestari", answer="Dengan belajar.")],
        ),
    )


def test_record_keys_are_exactly_the_contract() -> None:
    record = _sample().to_dict()
    assert tuple(record) == RECORD_KEYS
    assert tuple(record["event"]) == EVENT_KEYS
    assert set(record["event"]["speakers"][0]) == {
        "name", "name_as_written", "role", "position", "talk_title"}
    assert set(record["event"]["questions"][0]) == {"asker", "addressee", "question", "answer"}


def test_json_round_trip_is_exact() -> None:
    record = _sample().to_dict()
    again = Article.from_dict(json.loads(json.dumps(record))).to_dict()
    assert again == record


def test_unknowns_are_null_or_empty_lists() -> None:
    record = Article(url="https://x.example/a", text="t").to_dict()
    assert record["event"] is None
    assert record["authors"] == []
    assert record["title"] is None and record["published"] is None
    empty_event = Event().to_dict()
    assert empty_event["organizers"] == [] and empty_event["speakers"] == []
    assert empty_event["participants"] is None


def test_unknown_role_becomes_other_and_bad_numbers_null() -> None:
    event = Event.from_dict({"speakers": [{"name": "A B", "role": "juri"}],
                             "participants": "banyak"})
    assert event.speakers[0].role == "other"
    assert event.participants is None
