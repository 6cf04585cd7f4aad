"""Roles of round 11: whole classes of office (diplomats, deputies) whose holders' quoted
remarks, with no programme role, are `other` like any head of a body's.

All sentences are invented for these tests (fictional people, outlets and places).
"""

from __future__ import annotations

from index.extract.event import extract_event
from index.model import Event
from index.pipeline.records import article_from_text


def event_of(text: str) -> Event:
    event = extract_event(article_from_text(text, "https://uji.example/berita"))
    assert event is not None
    return event


def roles(text: str) -> dict[str, str]:
    return {s.name: s.role for s in event_of(text).speakers}


def test_an_ambassador_quoted_without_a_role_gives_remarks() -> None:
    found = roles(
        "Persatuan Pelajar Nusantara di Lembah Hijau menggelar webinar secara daring pada "
        "Sabtu (4/3/2023). Narasumber webinar ialah Rangga Wiratama, dosen Universitas "
        "Kencana. Dalam kesempatan yang sama, Duta Besar Republik Indonesia untuk Lembah "
        "Hijau, Hendro Saptadi menegaskan bahwa para pelajar perlu menjaga nama baik bangsa.")
    assert found == {"Rangga Wiratama": "speaker", "Hendro Saptadi": "other"}


def test_a_deputy_quoted_without_a_role_gives_remarks() -> None:
    found = roles(
        "The Regional Youth Forum held a webinar on Monday. Dr. Amara Velez of the Youth "
        "Council moderated the dialogue. Deputy Secretary-General of the Forum for Culture "
        "Tomas Reyno asserted that young people should have a say in regional policy.")
    assert found == {"Amara Velez": "moderator", "Tomas Reyno": "other"}


def test_a_wakil_of_a_body_quoted_without_a_role_gives_remarks() -> None:
    found = roles(
        "UJI – Sekolah Tinggi Ekonomi Cendana menggelar webinar ekonomi hijau, Selasa "
        "(14/6/2022). Webinar itu mengundang narasumber Sinta Maharani selaku "
        "Manajer Koperasi Sejahtera. Ketua Forum Petani Muda Rudi Haryono melalui Wakil "
        "Forum Petani Muda Bayu Santoso mengapresiasi diskusi ini.")
    assert found["Sinta Maharani"] == "speaker"
    assert found["Bayu Santoso"] == "other"
