"""A position written once for a coordinated list of names: spread over every member where the
grammar makes it distributive, kept to the last member where it is that member's apposition.

All sentences are invented for these tests (fictional people, bodies and places).
"""

from __future__ import annotations

from tests.extract_people import HELD, people


def positions(sentence: str) -> dict[str, str | None]:
    return {name: s.position for name, s in people(HELD + sentence).items()}


# -- before the list: the qualifier of the role noun the list spells out ---------------------

def test_origin_of_the_role_noun_before_yakni_holds_for_every_member() -> None:
    found = positions("Adapun penanggap dari UNTAR yakni Dr. Ir. Sekar Ayuningtyas, Dr. Ir. "
                      "Baskoro Wiratama, dan Gilang Saputra.")
    assert found == {"Sekar Ayuningtyas": "UNTAR", "Baskoro Wiratama": "UNTAR",
                     "Gilang Saputra": "UNTAR"}


def test_job_noun_after_the_role_noun_holds_for_every_member() -> None:
    found = positions("Diskusi itu menghadirkan narasumber apoteker, Wulan Sasmita dan "
                      "Yudha Pranata.")
    assert found == {"Wulan Sasmita": "apoteker", "Yudha Pranata": "apoteker"}


def test_a_place_of_origin_before_the_list_is_no_position() -> None:
    found = positions("Webinar ini menghadirkan narasumber dari Salatiga yaitu Farid "
                      "Hakimi dan Laila Azmi.")
    assert set(found) == {"Farid Hakimi", "Laila Azmi"}
    assert found["Farid Hakimi"] is None


# -- after the list: a quantifier, a relative clause, an origin after a pair -----------------

def test_keduanya_spreads_the_job_after_the_list() -> None:
    found = positions("Pemateri webinar ini adalah Galih Prakoso dan Nindya Larasati yang "
                      "keduanya merupakan dosen Politeknik Bahari Tegal.")
    assert found == {"Galih Prakoso": "dosen Politeknik Bahari Tegal",
                     "Nindya Larasati": "dosen Politeknik Bahari Tegal"}


def test_relative_clause_on_a_list_of_bare_names_holds_for_both() -> None:
    found = positions("Pemateri yang mengisi pelatihan itu yaitu Rangga Mahendra, S.Pd dan "
                      "Sukri yang merupakan Tim Pengelola Wisata Bukit Kencana.")
    assert found == {"Rangga Mahendra": "Tim Pengelola Wisata Bukit Kencana",
                     "Sukri": "Tim Pengelola Wisata Bukit Kencana"}


def test_english_pair_of_the_body_both_belong_to_it() -> None:
    found = positions("Dr. Melissa Grant and Tomas Quiroga of the Council for Regional Youth "
                      "Exchange moderated the dialogues.")
    assert found == {"Melissa Grant": "Council for Regional Youth Exchange",
                     "Tomas Quiroga": "Council for Regional Youth Exchange"}


def test_keduanya_reads_the_pair_back_over_the_verb_and_shares_the_origin() -> None:
    found = positions("Sesi pertama mengundang Prof. Arif Setiabudi dan Maya Pertiwi M.Sc yang "
                      "keduanya sebagai pembicara dari Universitas Teluk Jambi.")
    assert found == {"Arif Setiabudi": "Universitas Teluk Jambi",
                     "Maya Pertiwi": "Universitas Teluk Jambi"}


# -- not spread: the last member's own apposition, members with jobs of their own ------------

def test_apposition_after_a_comma_is_the_last_members_only() -> None:
    found = positions("Narasumber webinar ini adalah Galih Prakoso, Nindya Larasati, dan "
                      "Teguh Wibisana, Ketua Forum Literasi Banyumas.")
    assert found == {"Galih Prakoso": None, "Nindya Larasati": None,
                     "Teguh Wibisana": "Ketua Forum Literasi Banyumas"}


def test_a_member_with_a_job_of_its_own_keeps_it_and_shares_nothing() -> None:
    found = positions("Narasumber webinar ini adalah Galih Prakoso (Dosen Unsika) dan Nindya "
                      "Larasati yang merupakan Tim Kreatif Desa Cemara.")
    assert found["Galih Prakoso"] == "Dosen Unsika"


def test_a_relative_clause_without_a_job_gives_none() -> None:
    found = positions("Narasumber webinar ini adalah Galih Prakoso dan Nindya Larasati yang "
                      "menyampaikan materi literasi keuangan.")
    assert found["Galih Prakoso"] is None
