"""Participant counts, and numbers that are not counts (invented sentences)."""

from __future__ import annotations

import pytest

from index.extract_participants import participant_count
from index.sentences import split_sentences


def count_of(text: str) -> int | None:
    return participant_count(split_sentences(text))


@pytest.mark.parametrize(("text", "expected"), [
    ("Webinar ini diikuti 311 orang peserta dari berbagai kalangan.", 311),
    ("Acara dihadiri sekitar 400 peserta daring.", 400),
    ("Webinar tersebut dihadiri oleh lebih dari 1.300 orang dari berbagai komunitas.", 1300),
    ("Tercatat jumlah peserta yang mengikuti acara ini sejumlah 549.", 549),
    ("Ada 80 an Peserta yang mengikuti acara ini.", 80),
    ("More than 70 participants joined the session.", 70),
    ("Talkshow diikuti oleh kurang lebih 1.200 siswa dari 40 sekolah.", 1200),
    ("Sebanyak 95 petani muda mengikuti webinar tersebut.", 95),
    ("Seminar dihadiri 150 peserta luring dan sekitar 300 peserta daring.", 450),
])
def test_counts(text: str, expected: int) -> None:
    assert count_of(text) == expected


@pytest.mark.parametrize("text", [
    "Program ini menargetkan 57.550 peserta hingga akhir tahun.",
    "Webinar itu dihadiri ratusan peserta daring.",
    "Pengguna internet di Indonesia mencapai 202,6 juta jiwa.",
    "Webinar menghadirkan tiga orang narasumber.",
    "Acara juga dihadiri oleh 12 pengurus yayasan.",
    "Kemkominfo menyelenggarakan 1.251 kegiatan di 14 kabupaten.",
    "Target panitia yang diharapkan mencapai 200 peserta belum tercapai.",
])
def test_numbers_that_are_not_participant_counts(text: str) -> None:
    assert count_of(text) is None


def test_the_first_stated_count_wins_over_a_later_target() -> None:
    text = ("Kegiatan ini diikuti oleh 497 peserta dari berbagai kalangan. Rangkaian program "
            "menargetkan 57.550 orang peserta.")
    assert count_of(text) == 497
