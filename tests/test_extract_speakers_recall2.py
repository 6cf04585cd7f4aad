"""Speakers the rules once dropped whole, second round: a focus particle between a person and
their role ("A pun hadir sebagai pembicara"), the passive verb of the role noun
("dinarasumberi oleh"), a pronoun list with "terdiri atas", numeric ordinals and naming
clauses after a role noun ("pembicara ke-2 yang bernama A"); and an organiser who only gives
the event's occasion is no speaker.

Every sentence is invented for these tests (fictional people, places and bodies).
"""

from __future__ import annotations

from extract_people import HELD, people


def test_a_focus_particle_between_the_person_and_the_role() -> None:
    found = people(HELD + "Bupati Tanjung Uji Rina Mardiana pun hadir sebagai salah satu "
                   "pembicara, bersama pakar gizi dari Kemenkes.")
    assert {n: (s.role, s.position) for n, s in found.items()} == {
        "Rina Mardiana": ("speaker", "Bupati Tanjung Uji")}


def test_the_passive_verb_of_the_role_noun_introduces_speakers() -> None:
    found = people(HELD + "Acara dimoderatori oleh Ketua Pusat Kajian Uji, Dr. Bayu Pranata, "
                   "M.Pd dan dinarasumberi oleh Kepala Dinas Pertanian Kabupaten Uji, Sri "
                   "Handayani, S.P., M.Si, dan Ketua DPRD Kabupaten Uji, H. Rahmat Hidayat.")
    assert {n: s.role for n, s in found.items()} == {
        "Bayu Pranata": "moderator", "Sri Handayani": "speaker", "Rahmat Hidayat": "speaker"}


def test_a_pronoun_list_that_consists_of_the_speakers() -> None:
    found = people(HELD + "Webinar ini menampilkan tiga narasumber. Mereka terdiri atas Prof. "
                   "Hendra Wijaya, M.S., Dr. Laras A. Kinanti, dan Yusuf Pratama Putra.")
    assert {n: s.role for n, s in found.items()} == {
        "Hendra Wijaya": "speaker", "Laras A. Kinanti": "speaker",
        "Yusuf Pratama Putra": "speaker"}


def test_a_numeric_ordinal_and_a_naming_clause_after_the_role_noun() -> None:
    found = people(HELD + "Sesi berikutnya dari lokakarya daring itu mendatangkan pembicara ke-2 "
                   "yang bernama Laras Kinanti selaku penulis dan dosen dari Universitas Uji.")
    assert {n: (s.role, s.position) for n, s in found.items()} == {
        "Laras Kinanti": ("speaker", "penulis dan dosen dari Universitas Uji")}


def test_an_organiser_who_gives_the_occasion_of_the_event_is_no_speaker() -> None:
    text = ("UJI – Balai Keuangan Uji bekerja sama dengan Dinas Pendidikan Provinsi Uji "
            "menyelenggarakan Webinar Literasi Keuangan bagi Guru se-Provinsi Uji.\n\n"
            "Kepala Balai Keuangan Uji Hendra Saputra mengatakan webinar bagi para guru ini "
            "selain dalam rangka memperingati Hari Guru juga menjadi bagian dari program "
            "literasi nasional.\n\n"
            "Materi disampaikan oleh Analis Keuangan Balai Keuangan Uji, Dewi Anggraini.")
    assert set(people(text)) == {"Dewi Anggraini"}
