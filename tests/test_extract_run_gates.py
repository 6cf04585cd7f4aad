"""Speed-only shortcuts of the run reader: they skip work whose answer is known, never change it.

The phrases are invented, in the style of the coverage the extractor reads.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from index.extract import people_1_runs, people_3_phrase
from index.extract.people_0_tokens import Token, tokenize
from index.extract.people_1_runs import Run, find_runs

PHRASES = [
    "Rina Wulandari, S.Pd memaparkan materi tentang Kebun Raya Sukamekar bersama Dodi Prasetyo.",
    "Ketua Yayasan Bumi Hijau Dr. H. Tono Wirasena, M.Si (Kepala Balai) hadir pada 12 Mei 2023.",
    "moderator @rinakusuma dan “Ucok” Dedi arkana wiratma selaku pemateri, serta Budi bin Salim.",
    "Ni kadek sari selaku narasumber; Arif Wira P (Instruktur) dan Drs HAM Rudi Hartawan",
    "1. Prof.Dr.H.rusdi Saputra, Ph.D. - dosen di Universitas Sukamekar, Sekolah VS Gawai",
]


def test_tokens_are_the_named_tuples_of_their_words() -> None:
    tokens = tokenize("Dodi Prasetyo, dosen")
    assert tokens == [Token("Dodi", 0, 4), Token("Prasetyo", 5, 13), Token(",", 13, 14),
                      Token("dosen", 15, 20)]
    assert all(type(t) is Token and t.text == t[0] for t in tokens)


def test_idle_words_and_closing_marks_are_known_alone() -> None:
    for word in (",", "dan", "memaparkan", "(", "2023"):
        assert people_1_runs._idle_word(word)
    for word in ("Rina", "Dr.", "@rina", "Muh."):
        assert not people_1_runs._idle_word(word)
    for word in (",", ")", "2023", ";"):
        assert people_1_runs._closes_run(word)
    for word in ("“", "Rina", "P", "dan", "bin", "al-Habsyi", "@rina"):
        assert not people_1_runs._closes_run(word)


@pytest.mark.parametrize("loose", [False, True])
def test_the_shortcuts_find_the_runs_of_the_full_reading(monkeypatch: pytest.MonkeyPatch,
                                                          loose: bool) -> None:
    fast = [find_runs(tokenize(text), loose) for text in PHRASES]
    monkeypatch.setattr(people_1_runs, "_idle_word", lambda text: False)
    monkeypatch.setattr(people_1_runs, "_closes_run", lambda tok: False)
    assert [find_runs(tokenize(text), loose) for text in PHRASES] == fast


def test_a_name_first_reading_stops_after_the_runs_that_open_the_phrase(
        monkeypatch: pytest.MonkeyPatch) -> None:
    read: list[Run] = []

    def counted(tokens: list[Token], loose: bool = False) -> Iterator[Run]:
        for run in people_1_runs.iter_runs(tokens, loose):
            read.append(run)
            yield run

    monkeypatch.setattr(people_3_phrase, "iter_runs", counted)
    text = "Sulastri Handayani, S.Sos memandu acara bersama Gilang Purnama dari Kota Sukamekar."
    first = people_3_phrase.parse_person(text, name_first_only=True)
    assert first is not None and first.name == "Sulastri Handayani"
    assert len(read) == 1  # the runs after the opening name are not read for it
    anywhere = people_3_phrase.parse_person(text)
    assert anywhere is not None and anywhere.name == "Sulastri Handayani"
    assert read == find_runs(tokenize(text))  # the full reading goes on where it stopped


def test_a_late_first_person_ends_a_name_first_reading() -> None:
    text = "acara dibuka oleh Wulan Kartikasari lalu dilanjutkan Herman Susilo, M.Pd."
    assert people_3_phrase.parse_person(text, name_first_only=True) is None
    assert people_3_phrase.parse_person(text) is not None
