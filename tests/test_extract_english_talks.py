"""Talk titles of round 16 (talks 3): the English "dengan" slot of the talk frame, "with" or
"whose" and a talk noun on the person (index/extract/english_talks.py, talks.py): "A, job,
whose topic was X", "A as job with the theme of X", "A, job, with a talk entitled X".

Every sentence is invented for these tests (fictional people, places and bodies).
"""

from __future__ import annotations

from extract_people import people

from index.extract.english_talks import title_case_apposition
from index.extract.talks import find_talk_cue, talk_after

HELD = ("KOTA UJI – The Tanjung Uji Institute for Coastal Studies held a webinar on Ocean "
        "Futures on Monday, 6 March 2023.\n\n")


def test_whose_and_a_talk_noun_after_a_long_title_case_job() -> None:
    found = people(HELD + "The invited speakers were Prof. Dr. Arvind Pillai, Professor of "
                   "Marine Law, Faculty of Law, University of Tanjung Uji, whose topic was Ocean "
                   "Governance in a Warming World, and Dr. Mei Lin Tan, who spoke on the topic "
                   "of 'Fish Stocks and Local Markets'.")
    assert found["Arvind Pillai"].talk_title == "Ocean Governance in a Warming World"
    assert found["Mei Lin Tan"].talk_title == "Fish Stocks and Local Markets"


def test_with_the_theme_of_after_a_job_opened_by_as() -> None:
    found = people(HELD + "As a speaker, Col. Dr. Raka Wiratama as Head of Coastal Affairs, the "
                   "Directorate of Maritime Resilience of the Ministry of Fisheries with the "
                   "theme of Coastal Resilience Doctrine which in his talk said the sea belongs "
                   "to everyone.")
    assert found["Raka Wiratama"].talk_title == "Coastal Resilience Doctrine"


def test_other_talk_nouns_and_links_of_the_slot() -> None:
    for tail, title in (
            (", whose presentation was titled “Mangrove Credits for Villages”.",
             "Mangrove Credits for Villages"),
            (", whose session was on seaweed farming cooperatives.",
             "seaweed farming cooperatives"),
            (", with a talk entitled Tides and Trade Routes.", "Tides and Trade Routes"),
            (" with the title of Reading the Reef.", "Reading the Reef")):
        talk = talk_after(tail)
        assert talk is not None and talk.text == title, tail


def test_no_talk_without_a_link_or_where_the_event_owns_the_theme() -> None:
    # the English noun takes no bare title: "familiar with the topic", "with the material
    # provided"
    assert find_talk_cue(" was familiar with the topic and answered questions.") is None
    assert find_talk_cue(" shared a folder with the material provided by the host.") is None
    assert find_talk_cue(" left early, whose session ran late.") is None
    # an event noun between names the event's theme
    assert talk_after(", Rector of Uji University, opened the webinar with the theme of Blue "
                      "Economy for All.") is None


def test_a_title_case_job_is_an_apposition_a_clause_is_not() -> None:
    assert title_case_apposition(" as Director of State Fisheries, the Directorate General of "
                                 "Marine Potential of the Ministry of Fisheries ")
    assert title_case_apposition(" Head, School of Design, Professor of Visual Media and "
                                 "Crafts, University of Tanjung Uji, ")
    assert not title_case_apposition(" spoke for an hour and then answered questions from "
                                     "the Students of Uji University ")
