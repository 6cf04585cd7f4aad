"""Event titles and rank titles, round 11 (batch 10 shapes; invented sentences)."""

from __future__ import annotations

import pytest

from index.extract.event import extract_event
from index.extract.meta import event_title
from index.extract.sentences import split_sentences
from index.model import Article


def _title(text: str) -> str | None:
    return event_title(split_sentences(text), set())


@pytest.mark.parametrize(("text", "title"), [
    # a future mark in a relative clause about a day to come, not about the event
    ("Menyambut Hari Sungai Daerah yang jatuh pada 9 Mei 2022 mendatang, Forum Hijau Uji "
     "menggelar webinar berjudul “Sungai Bersih Milik Bersama” dengan mengundang warga.",
     "Sungai Bersih Milik Bersama"),
    ("Dinas Uji menggelar webinar bertajuk “Kopi Lokal Naik Kelas” untuk mengenalkan "
     "Pekan Kopi Nusantara yang akan diselenggarakan di Solo pada 3 Juli 2022.",
     "Kopi Lokal Naik Kelas"),
    # a single opening quote closed by a double one
    ("Balai Uji menyelenggarakan webinar seri 2 yang bertajuk ‘Laut Sehat: Pantai Lestari” "
     "sebagai upaya mengajak nelayan muda.", "Laut Sehat: Pantai Lestari"),
    # the same class of verbs of holding as the organisers'
    ("Bersama komunitas remaja, Yayasan Uji menginisiasi Talkshow Aman Bermain Gawai di "
     "Rumah. Talkshow ini menghadirkan tiga narasumber.", "Aman Bermain Gawai di Rumah"),
    # an English event noun, "on the", then the theme
    ("The Director opening the Webinar on the Effects of Drought on Rice Farming in Asia. "
     "About 90 people joined.", "Effects of Drought on Rice Farming in Asia"),
])
def test_event_title(text: str, title: str) -> None:
    assert _title(text) == title


@pytest.mark.parametrize("text", [
    # the relative clause's head is the event: the sentence is about a later event
    "Webinar seri kedua yang akan digelar pekan depan bertajuk “Air Bersih untuk Desa”.",
    "Webinar berikutnya akan diselenggarakan dengan tema “Air Bersih untuk Desa”.",
])
def test_later_event_title_stays_out(text: str) -> None:
    assert _title(text) is None


def _people(text: str) -> list[tuple[str, str | None]]:
    event = extract_event(Article(url="https://example.org/a", text=text))
    assert event is not None
    return [(s.name, s.position) for s in event.speakers]


def test_corps_and_retired_mark_after_a_rank_are_title() -> None:
    people = _people("Dua narasumber hadir dalam webinar ini, yaitu Drs. Komang Arta, dosen, "
                     "dan Letkol Kav. Purn. I Made Surya, Ketua Dewan Pakar Uji.")
    assert ("I Made Surya", "Ketua Dewan Pakar Uji") in people
    assert all(name not in {"Kav", "Purn"} for name, _ in people)

