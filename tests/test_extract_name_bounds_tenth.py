"""Name bounds, tenth round: a name's last initial, and a role that opens a list.

A lone capital after a name is its last initial when a lower-case word follows it without
a full stop ("Rina Kartika S sebagai moderator") or when the degrees follow it after a
comma and a space ("Budi Santoso A, SE."): "A.SE" is no degree anyone holds, unlike a
degree typed with a comma for its full stop ("M,Pd", "M, Pd"). A short form that writes
the surname as that initial ("Andi S") names the person introduced in full. A role noun
that opens a list ("sebagai narasumber antara lain A, B") holds no job of the person
before it.

Every sentence is invented for these tests (fictional people, places and bodies).
"""

from __future__ import annotations

from extract_people import HELD, people

from index.extract.people_1_runs import find_runs, name_of, tokenize
from index.extract.people_7_merge import _same_person


def _names(text: str) -> list[str]:
    tokens = tokenize(text)
    return [name_of(tokens, text, run)[0] for run in find_runs(tokens)]


def test_an_initial_before_a_lower_case_word_ends_the_name() -> None:
    found = people(HELD + "Acara ini menghadirkan Kepala Dinas Arman Lubis sebagai pembicara, "
                   "Rina Kartika S sebagai moderator yang memandu diskusi.")
    assert "Rina Kartika S" in found
    assert found["Rina Kartika S"].role == "moderator"
    assert found["Rina Kartika S"].position is None


def test_an_initial_before_a_spaced_comma_and_degrees_ends_the_name() -> None:
    found = people(HELD + "Diskusi dipandu oleh moderator, Bapak Yoga Permadi B, SE., MM., "
                   "yang kemudian mempersilakan pembicara pertama Dr. Lestiani Hutapea.")
    assert "Yoga Permadi B" in found
    assert "Yoga Permadi" not in found


def test_a_degree_typed_with_a_comma_is_still_a_degree() -> None:
    assert "Sri Wulandari" in _names("Narasumber Sri Wulandari M,Pd hadir.")
    assert "Sri Wulandari" in _names("Narasumber Sri Wulandari M, Pd hadir.")


def test_a_short_form_with_the_surname_as_initial_is_the_same_person() -> None:
    found = people(HELD + "Hadir sebagai pembicara Andika Purwanegara SHum MSi, dosen "
                   "komunikasi Politeknik Sinar Lembah. Andika P menjelaskan pentingnya "
                   "menjaga data pribadi.")
    assert "Andika Purwanegara" in found
    assert "Andika P" not in found
    assert _same_person("Andika P", "Andika Purwanegara")
    assert not _same_person("Andika P", "Andika Lubis")


def test_a_role_that_opens_a_list_is_no_job_of_the_person_before_it() -> None:
    found = people(HELD + "Webinar ini menghadirkan Kepala Dinas Arman Lubis sebagai pembicara "
                   "utama, Rina Kartika sebagai moderator dan sebagai narasumber antara lain "
                   "Pakar Hukum Laut Dr. Yohan Siregar, M.H.")
    assert found["Rina Kartika"].position is None
    assert found["Yohan Siregar"].position == "Pakar Hukum Laut"


def test_a_sambutan_with_its_possessive_after_a_verb_is_an_opening() -> None:
    found = people(HELD + "Selanjutnya, Ketua Jurusan Teknik Sipil, Dr. Marlina Sitompul, M.T., "
                   "memberikan sambutannya sekaligus membuka kegiatan secara resmi.")
    assert found["Marlina Sitompul"].role == "opening"
    found = people(HELD + "Kepala Bidang Aplikasi Hendri Gultom menyampaikan sambutannya.")
    assert found["Hendri Gultom"].role == "opening"


def test_kep_for_kepulauan_neither_ends_a_sentence_nor_names_a_person() -> None:
    found = people(HELD + "Kegiatan dibuka oleh Gubernur Provinsi Kep. Nusa Harapan Dr. Erlangga "
                   "Wiratama Lubis, S.E., M.M dengan menghadirkan tiga narasumber.")
    assert found["Erlangga Wiratama Lubis"].role == "opening"
    assert found["Erlangga Wiratama Lubis"].position == "Gubernur Provinsi Kep. Nusa Harapan"
