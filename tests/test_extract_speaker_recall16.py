"""Speakers whose role noun follows their job in apposition, where the name is the object of
a verb ("panitia mendaulat A, Menteri X sebagai keynote speaker", "diawali oleh A, Direktur
Y sebagai keynote speech"): the noun phrase before the copula is the name with its job set
off by a comma, so the role noun is A's; never the people of a list that a conjunction
closes before the copula opens a clause of its own ("..., B, dan sebagai moderator C")."""

from __future__ import annotations

from extract_people import HELD, people

from index.extract.people_6_slots import read_backward


def test_object_with_job_in_apposition_before_the_role_noun() -> None:
    found = people(HELD + "Pemerintah kabupaten mendaulat Sekar Lintang Maharani, Menteri "
                   "Pemuda dan Olahraga (Menpora) sebagai Keynote Speaker dalam acara ini.")
    assert found["Sekar Lintang Maharani"].role == "keynote"
    assert found["Sekar Lintang Maharani"].position == "Menteri Pemuda dan Olahraga (Menpora)"


def test_agent_of_a_passive_with_a_job_holding_commas() -> None:
    found = people(HELD + "Acara dibuka pukul 09.00 WIB, diawali oleh Bagus Wiratmaja, "
                   "Direktur Jenderal Tata Air, Irigasi dan Rawa (TAIR) Kementerian Uji "
                   "sebagai keynote speech dengan topik air bersih desa.")
    assert found["Bagus Wiratmaja"].role == "keynote"
    assert found["Bagus Wiratmaja"].position == ("Direktur Jenderal Tata Air, Irigasi dan Rawa "
                                                  "(TAIR) Kementerian Uji")


def test_backward_read_gives_the_apposed_job() -> None:
    read = read_backward("Panitia menunjuk Rudi Hartono, Kepala Balai Uji sebagai ")
    assert [(p.name, p.position) for p, _ in read] == [("Rudi Hartono", "Kepala Balai Uji")]


def test_a_copula_after_a_conjunction_reads_no_one_before_it() -> None:
    assert read_backward("Hadir pula penyanyi Rina Kartika, presenter Dodi Saputra, dan "
                         "sebagai ") == []
    assert read_backward("Pembicara kunci adalah Kepala Dinas Uji, Rudi Hartono, serta "
                         "sebagai ") == []
