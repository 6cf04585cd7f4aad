"""Structured places that name speakers (invented text): a series of trailing initials
ends a name, "opened the <event noun>" gives the opening, and a title placed in a town
ends at the town, so the capitalised word after it is the holder's name."""

from __future__ import annotations

from extract_people import HELD, people

from index.extract.people_3_phrase import parse_person
from index.extract.people_5_assembly import parse_list
from index.extract.town_closes import held_after_town, town_closes


def test_two_trailing_initials_end_a_listed_name() -> None:
    found = people(HELD + "Webinar menghadirkan narasumber yakni Ketua Forum Guru Provinsi "
                   "Jambi, Yohanes Rudi K W, dan Direktur Ajar Kita, Bima N. Santoso.")
    assert found["Yohanes Rudi K W"].position == "Ketua Forum Guru Provinsi Jambi"
    assert "Bima N. Santoso" in found


def test_spaced_initials_with_stops_stay_in_the_name() -> None:
    found = people(HELD + "Webinar menghadirkan narasumber yakni Kepala Balai Uji, Hendra "
                   "Saputra G. S, dan Rina Lestari.")
    assert "Hendra Saputra G. S" in found


def test_opened_the_workshop_gives_the_opening() -> None:
    found = people("The webinar on clean rivers was held online on 3 May 2021.\n\n"
                   "Tan Wei Ming, Chairperson of the Asian River Network, opened the workshop "
                   "and greeted everyone present.")
    assert found["Tan Wei Ming"].role == "opening"
    assert found["Tan Wei Ming"].position == "Chairperson of the Asian River Network"


def test_one_word_name_after_a_regent_title_before_a_relative_clause() -> None:
    person = parse_person("Bupati Ngawi Sumarjo yang pernah menjabat Kepala Dinas", loose=True)
    assert person is not None
    assert (person.name, person.position) == ("Sumarjo", "Bupati Ngawi")


def test_town_title_in_a_list_keeps_both_people() -> None:
    listed = parse_list("Bupati Ngawi Sumarjo Hadi, Rusdianto Wibowo dan Ahmad Fauzi", True)
    assert [(p.person.name, p.person.position) for p in listed] == [
        ("Sumarjo Hadi", "Bupati Ngawi"), ("Rusdianto Wibowo", None), ("Ahmad Fauzi", None)]


def test_a_body_name_before_a_bare_name_still_ends_the_position() -> None:
    listed = parse_list("Ketua Yayasan Budi Mulia, Rina Sari dan Ahmad Fauzi", True)
    assert [(p.person.name, p.person.position) for p in listed] == [
        ("Rina Sari", "Ketua Yayasan Budi Mulia"), ("Ahmad Fauzi", None)]


def test_listed_speakers_with_a_regent_first() -> None:
    found = people(HELD + "Diskusi ini menghadirkan tiga narasumber, yakni Bupati Ngawi "
                   "Sumarjo yang pernah menjabat Kepala Dinas Kominfo, Rusdianto Wibowo, "
                   "dan Ahmad Fauzi.")
    assert found["Sumarjo"].position == "Bupati Ngawi"
    assert "Rusdianto Wibowo" in found


def test_town_closes_and_its_limits() -> None:
    assert town_closes("Kepala Dinas Pendidikan Kota Ngawi")
    assert not town_closes("Ketua Yayasan Budi Mulia")
    assert not town_closes(None)
    # a longer place is no holder: "Barat" makes "Bandung Barat"
    assert not held_after_town(["Bupati", "Bandung", "Barat"], 2)
    assert held_after_town(["Bupati", "Ngawi", "Sumarjo"], 2)
    assert not held_after_town(["Dosen", "UGM", "Sumarjo"], 2)


def test_a_tourism_degree_is_no_listed_name() -> None:
    found = people(HELD + "Dalam sambutannya, Ketua Forum Wanita Kalbar Sulastri, S. Par "
                   "mengapresiasi terselenggaranya webinar tersebut.")
    assert "S. Par" not in found


def test_an_apposition_after_a_quote_tag_subject_is_theirs() -> None:
    found = people(HELD + "“Kampus siap menjadi mitra daerah,” ungkap Rudi Hartanto, Direktur "
                   "Politeknik Sukamaju dalam sambutannya.")
    assert found["Rudi Hartanto"].role == "opening"
    assert found["Rudi Hartanto"].position == "Direktur Politeknik Sukamaju"


def test_a_capitalised_quote_tag_verb_is_no_name_word() -> None:
    found = people(HELD + "“Kampus siap menjadi mitra daerah,” Ungkap Rudi Hartanto, Direktur "
                   "Politeknik Sukamaju dalam sambutannya. Ia menerangkan bahwa para lulusan "
                   "adalah kunci.")
    assert found["Rudi Hartanto"].role == "opening"
    assert "Ungkap Rudi Hartanto" not in found


def test_a_position_first_list_keeps_its_cut_tail_off_the_last_name() -> None:
    listed = parse_list("Kepala Balai Uji Rudi Hartanto, Kepala Seksi Data", True)
    assert [(p.person.name, p.person.position) for p in listed] == [
        ("Rudi Hartanto", "Kepala Balai Uji")]
