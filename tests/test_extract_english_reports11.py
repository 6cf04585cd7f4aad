"""English-language reports, round 11: roles distributed over a list ("respectively") and
the verbs of taking part that link a person to their role ("participated as one of the
speakers").

Every sentence is invented for these tests (fictional people, places and bodies).
"""

from __future__ import annotations

from extract_people import people

_HELD = ("KAMPUS UJI – Universitas Tanjung Uji hosted an online symposium titled “Rivers "
         "and Cities” on 8 May 2021 via Zoom.\n\n")


def test_respectively_pairs_each_person_with_their_role() -> None:
    found = people(_HELD + "Our guests included Dr. Halimah Sopian and H.E. Arnel Quimbo, who "
                   "delivered the Opening Remarks and the Keynote Speech, respectively.")
    assert found["Halimah Sopian"].role == "opening"
    assert found["Arnel Quimbo"].role == "keynote"


def test_respectively_after_a_list_opened_by_include() -> None:
    found = people(_HELD + "Our esteemed guests include Dr. Halimah Sopian, and H.E. Arnel "
                   "Quimbo, who delivered the Keynote Speech and Opening Remarks, respectively.")
    assert found["Halimah Sopian"].role == "keynote"
    assert found["Arnel Quimbo"].role == "opening"


def test_respectively_after_a_plural_copula() -> None:
    found = people(_HELD + "Dr. Halimah Sopian and Prof. Arnel Quimbo were the moderator and "
                   "the keynote speaker, respectively.")
    assert found["Halimah Sopian"].role == "moderator"
    assert found["Arnel Quimbo"].role == "keynote"


def test_masing_masing_distributes_the_roles_after_it() -> None:
    found = people(_HELD + "Dr. Halimah Sopian dan Prof. Arnel Quimbo masing-masing sebagai "
                   "moderator dan pembicara utama.")
    assert found["Halimah Sopian"].role == "moderator"
    assert found["Arnel Quimbo"].role == "keynote"


def test_without_the_marker_a_list_shares_one_role() -> None:
    found = people(_HELD + "Dr. Halimah Sopian and Prof. Arnel Quimbo were the speakers.")
    assert found["Halimah Sopian"].role == "speaker"
    assert found["Arnel Quimbo"].role == "speaker"


def test_participated_as_one_of_the_speakers() -> None:
    # the English of "hadir/tampil/turut sebagai salah satu narasumber"
    found = people(_HELD + "From Kampong Uji College, Dr. Arnel Quimbo participated as one of "
                   "the speakers, sharing notes on river trade.")
    assert found["Arnel Quimbo"].role == "speaker"
    assert found["Arnel Quimbo"].position == "Kampong Uji College"


def test_took_part_and_appeared_as_a_role() -> None:
    found = people(_HELD + "Dr. Arnel Quimbo took part as a discussant. Prof. Lamai Sirikul "
                   "appeared as the moderator.")
    assert found["Arnel Quimbo"].role == "speaker"
    assert found["Lamai Sirikul"].role == "moderator"
