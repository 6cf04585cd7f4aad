"""Two coordinated verbs inside a listed person's description do not end the list.

"A from X, a programme in charge of buying and storing grain, and B from Y": the "and" joins
two verbs of one phrase (a verb stands on each side), not a second predicate to the
sentence ("dibuka oleh A dan dimeriahkan oleh ..."), so B is still a member of the list.

Every sentence is invented for these tests (fictional people, places and bodies).
"""

from __future__ import annotations

from extract_people import people


def _names(text: str) -> list[str]:
    return list(people("Judul Berita\n\n" + text))


def test_english_gerunds_joined_inside_a_description() -> None:
    names = _names(
        "There were two speakers, namely, Carla Mendoza from Vida Sana, a Chilean state "
        "programme tasked with selecting and distributing seed to rural farms, and Lucia "
        "Paredes from Nutra, a Chilean charity.")
    assert names == ["Carla Mendoza", "Lucia Paredes"]


def test_a_second_predicate_still_ends_the_agent_phrase() -> None:
    names = _names(
        "Seminar daring itu dibuka oleh Direktur Politeknik Bahari, Hartono dan dimeriahkan "
        "oleh penampilan tari Zapin.")
    assert names == ["Hartono"]
