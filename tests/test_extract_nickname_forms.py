"""A nickname written next to the full name is no job and no predicate
(``index.extract.nickname_forms``): "Nama Lengkap (Romo X), Ketua Y" has the job after the
bracket and the full name as the person; "Nama, M.Si. yang akrab disapa Bu X itu
mengatakan ..." has the full name as the subject of the reporting verb.

Every sentence is invented for these tests (fictional people, places and bodies).
"""

from __future__ import annotations

from extract_people import HELD, people

from index.extract.nickname_forms import blank_nickname_clauses, nickname_bracket
from index.extract.people_3_phrase import parse_person


def test_a_bracketed_nickname_is_found_and_a_nickname_clause_blanked_in_place() -> None:
    assert nickname_bracket("(Romo Nugi), Ketua") == 10
    assert nickname_bracket("(Kepala Dinas), Ketua") == -1
    text = "Wulan Sari yang akrab disapa Bu Wulan itu mengatakan"
    assert blank_nickname_clauses(text) == "Wulan Sari" + " " * 31 + " mengatakan"


def test_the_job_follows_a_nickname_in_brackets() -> None:
    person = parse_person("Fransiskus Adi Nugroho (Romo Nugi), Ketua Komisi Kepemudaan "
                          "Keuskupan Uji")
    assert person is not None
    assert (person.name, person.position) == (
        "Fransiskus Adi Nugroho", "Ketua Komisi Kepemudaan Keuskupan Uji")


def test_a_full_name_with_a_nickname_in_brackets_is_the_speaker() -> None:
    found = people(HELD + "Diskusi ini mengundang Fransiskus Adi Nugroho (Romo Nugi), Ketua "
                   "Komisi Kepemudaan Keuskupan Uji, sebagai narasumber, yang membahas "
                   "iman kaum muda. Dimoderatori oleh Yohana Rumpaka, M.Pd., Psikolog (Kak "
                   "Yohana), Konselor Sekolah Santa Maria Uji.")
    assert {n: (s.role, s.position) for n, s in found.items()} == {
        "Fransiskus Adi Nugroho": ("speaker", "Ketua Komisi Kepemudaan Keuskupan Uji"),
        "Yohana Rumpaka": ("moderator", "Konselor Sekolah Santa Maria Uji")}


def test_a_nickname_clause_leaves_the_subject_of_reported_speech() -> None:
    found = people(HELD + "Webinar menghadirkan narasumber Dr. Sekar Ayuningtyas, dosen "
                   "Universitas Uji. Kepala Pusat Kajian Anak Uji, Wulandari Kusumaningrum, "
                   "M.Si. yang akrab disapa Bu Wulan itu mengatakan bahwa webinar ini "
                   "terbuka bagi semua guru.")
    assert "Wulandari Kusumaningrum" in found
