"""English-language reports, round 16: a relative pronoun never opens a job written after a
name ("A, whose presentation was ..."), and a "respectively" list whose members' jobs are
written before their names ("our guests were the Dean of X A and the Consul of Y B, who gave
the P and the Q, respectively").

Every sentence is invented for these tests (fictional people, places and bodies).
"""

from __future__ import annotations

from extract_people import people

_HELD = ("KAMPUS UJI – Universitas Tanjung Uji hosted an online forum titled “Rivers "
         "and Cities” on 8 May 2021 via Zoom.\n\n")


def test_whose_clause_is_no_job() -> None:
    found = people(_HELD + "The first speaker was Dr. Marlon Tesoro, whose presentation was "
                   "about mangrove restoration in river deltas.")
    assert found["Marlon Tesoro"].position is None


def test_whose_clauses_in_a_list_are_no_jobs() -> None:
    found = people(_HELD + "Speakers included Prof. Hanna Weller, whose talk covered tidal "
                   "energy, and Dr. Ravi Menon, whose lecture dealt with coral bleaching.")
    assert found["Hanna Weller"].position is None
    assert found["Ravi Menon"].position is None


def test_which_clause_is_no_job() -> None:
    found = people(_HELD + "The keynote speaker was Dr. Oskar Lindqvist, which pleased the "
                   "audience from three faculties.")
    assert found["Oskar Lindqvist"].position != "which pleased"


def test_respectively_with_jobs_before_the_names() -> None:
    found = people(_HELD + "Our guests were the Rector of Uji University Prof. Carla Nunes and "
                   "the Consul of Peru Mr. Diego Salas, who gave the Welcome Remarks and the "
                   "Keynote Speech, respectively.")
    assert found["Carla Nunes"].role == "opening"
    assert found["Diego Salas"].role == "keynote"


def test_respectively_with_a_job_naming_its_body_after_from() -> None:
    found = people(_HELD + "Our honoured guests include the Director of the Ocean Division "
                   "from the World Fisheries Body (WFB) Anke Brandt, and the Canadian "
                   "Ambassador to Peru H.E. Lucas Moreau, who delivered the Welcome Remarks "
                   "and Opening Speech, respectively.")
    assert "Anke Brandt" in found
    assert found["Lucas Moreau"].role == "opening"

