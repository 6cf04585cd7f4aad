"""Speakers the rules once dropped whole, round 13b: an attending verb inside a relative
clause on a role noun ("narasumber yang turut hadir antara lain A, B"), a long verbless
lead-in before a list intro, the quantifier "salah satu" between a one-word name and its
role noun, and a stand-in after "melalui" for an office named without its holder.

Every sentence is invented for these tests (fictional people, places and bodies).
"""

from __future__ import annotations

from extract_people import HELD, people


def test_an_attending_verb_in_a_relative_clause_on_the_role_noun() -> None:
    # "yang turut hadir" modifies "narasumber": the people listed are the speakers, not
    # guests beside the programme
    found = people(HELD + "Narasumber yang turut hadir dalam kesempatan itu antara lain Dr. "
                   "Laras Kinanti, M.Pd; Dr. Bayu Pranata, M.Si dan Dr. Sekar Wulan, M.Kes.")
    assert {n: s.role for n, s in found.items()} == {
        "Laras Kinanti": "speaker", "Bayu Pranata": "speaker", "Sekar Wulan": "speaker"}


def test_plain_attendance_still_takes_no_role_noun() -> None:
    found = people(HELD + "Webinar menghadirkan narasumber Dr. Laras Kinanti, M.Pd. Turut hadir "
                   "pula Camat Uji Barat Bayu Pranata.")
    assert {n: s.role for n, s in found.items()} == {"Laras Kinanti": "speaker"}


def test_a_long_verbless_lead_in_before_the_list_intro() -> None:
    # the lead-in (over 120 characters) is one noun phrase describing the people listed
    found = people(HELD + "Narasumber yang turut hadir terutama para dosen Fakultas "
                   "Ilmu Keolahragaan dan Kesehatan , Universitas Tanjung Uji (FIKK, UTU) dari "
                   "Jurusan Pendidikan Jasmani Rekreasi antara lain, Dr. Laras Kinanti, M.Pd ; "
                   "Dr. Bayu Pranata, M.Pd dan Dr. Sekar Wulan, M.Pd.")
    assert {n: s.role for n, s in found.items()} == {
        "Laras Kinanti": "speaker", "Bayu Pranata": "speaker", "Sekar Wulan": "speaker"}


def test_a_long_lead_in_with_a_clause_still_ends_no_list() -> None:
    # the list after a long lead-in that holds a verb names whom the clause is about
    found = people(HELD + "Pemateri pertama Dr. Laras Kinanti, M.Pd menyampaikan materi yang "
                   "ditunggu para guru dan orang tua tentang kurikulum baru yang dicanangkan "
                   "oleh Menteri Pendidikan Dasar dan Menengah, yaitu bapak Gilang Permadi.")
    assert set(found) == {"Laras Kinanti"}


def test_one_of_the_speakers_frames_a_one_word_name() -> None:
    found = people(HELD + "Talkshow ini menghadirkan tiga narasumber. Kirana menjadi salah satu "
                   "narasumber yang masih duduk di bangku SMA.")
    assert {n: s.role for n, s in found.items()} == {"Kirana": "speaker"}


def test_a_stand_in_for_an_office_named_without_its_holder() -> None:
    found = people("Universitas Maju Jaya bersama Polres Kota Uji menggelar seminar secara "
                   "daring melalui Zoom, Selasa (5/3/2023).\nKapolres Kota Uji melalui Kompol "
                   "Bayu Pranata mengatakan bahwa kasus penipuan daring terus meningkat.")
    assert set(found) == {"Bayu Pranata"}
