"""Name bounds, ninth round: the modifier of a field noun running into a name.

A pe(r)-/ke-...-an noun of a field closing a title takes plain dictionary words after it as
its modifier ("Pendidikan Menengah", "Kesehatan Jiwa", "Pendidikan Anak Usia Dini"); with no
mark before the name those words were read as its first words.

Every sentence is invented for these tests (fictional people, places and bodies).
"""

from __future__ import annotations

from extract_people import HELD, people

from index.extract.people_1_runs import find_runs, name_of, tokenize


def _names(text: str) -> list[str]:
    tokens = tokenize(text)
    return [name_of(tokens, text, run)[0] for run in find_runs(tokens)]


def test_a_field_modifier_is_no_first_name() -> None:
    names = _names("Kepala Seksi Kesehatan Jiwa Marlina Tobing hadir.")
    assert "Marlina Tobing" in names
    assert "Jiwa Marlina Tobing" not in names


def test_a_field_modifier_begun_before_the_run_leaves_one_name_word() -> None:
    names = _names("Kepala Bidang Pendidikan Anak Usia Dini Sulastriningsih, Kepala Bidang "
                   "Pendidikan Menengah Warsitoharjo Lubis.")
    assert "Sulastriningsih" in names
    assert "Warsitoharjo Lubis" in names


def test_root_given_names_after_a_field_noun_stay_whole() -> None:
    # a run whose words are all dictionary roots may be a name of given names
    assert "Budi Santoso" in _names("Kepala Dinas Pendidikan Budi Santoso hadir.")
    assert "Agus Budi Santoso" in _names("Kepala Dinas Pendidikan Agus Budi Santoso hadir.")


def test_field_modifier_in_a_speaker_list() -> None:
    found = people(HELD + "Narasumber yang hadir yaitu Direktur Pendidikan Dasar Haryomurti "
                          "Wicaksono dan Dosen Universitas Uji Rina Lestari.")
    assert "Haryomurti Wicaksono" in found
    assert not any(n.startswith("Dasar") for n in found)
