"""Report frames, round 13: English verbs of saying in the present tense after a quote
("“...,” shares A"), a fronted topic phrase ("Regarding the theme of the forum, A stated
..."), an office after a body's acronym ("UJIRA General Secretary"), a fronted participle
clause of opening ("Starting the activity, Dean A ..."), and an Indonesian function word
that is a given name in an English article ("Dan Rogers").

Every sentence is invented for these tests (fictional people, places and bodies).
"""

from __future__ import annotations

from extract_people import people

_HELD = ("KAMPUS UJI – Universitas Tanjung Uji hosted an online symposium titled “Rivers "
         "and Cities” on 8 May 2021 via Zoom.\n\n")


def test_present_tense_verb_after_a_quote_reports_the_speaker() -> None:
    found = people("KOTA UJI, 4 May 2021 – “Drought teaches us to store water,” shares Nadia "
                   "Villaflor, founder of the Rainbarrel Project, to participants of the "
                   "online forum on river towns held on 2 May.")
    assert found["Nadia Villaflor"].role == "speaker"
    assert found["Nadia Villaflor"].position == "founder of the Rainbarrel Project"


def test_fronted_topic_phrase_leaves_the_subject_reported() -> None:
    found = people(_HELD + "Prof. Lamai Sirikul opened the symposium.\n\nRegarding the theme "
                   "of the symposium, UJIRA General Secretary Dr. Colin Marwood stated that "
                   "rivers shape the growth of towns.")
    assert found["Colin Marwood"].role == "other"
    assert found["Colin Marwood"].position == "UJIRA General Secretary"


def test_fronted_participle_of_opening_gives_the_opening() -> None:
    found = people(_HELD + "The speakers were Dr. Arnel Quimbo and Prof. Lamai Sirikul.\n\n"
                   "Starting the activity, the Head of the School of Rivers, Dr. Rosa Tanudjaja,"
                   " thanked every panellist for coming.")
    assert found["Rosa Tanudjaja"].role == "opening"
    assert found["Rosa Tanudjaja"].position == "Head of the School of Rivers"


def test_participle_after_a_quote_gives_no_opening() -> None:
    found = people(_HELD + "The panellists were Dr. Arnel Quimbo and Prof. Lamai Sirikul.\n\n"
                   "“A flood is a pause for the city.” said Arnel Quimbo starting the session.")
    assert found["Arnel Quimbo"].role == "speaker"


def test_indonesian_conjunction_is_a_given_name_in_an_english_article() -> None:
    found = people(_HELD + "The first speaker was Prof. Lamai Sirikul, Dean of the Uji River "
                   "School.\n\nDan Rogers (BKin 2017) presented on how data is changing "
                   "hockey and provided some insights.")
    assert "Dan Rogers" in found
    assert found["Dan Rogers"].role == "speaker"
