"""Round-16 mechanisms read as their grammatical classes (audit, third part; invented
sentences, fictional people and bodies): the other demonstrative and a preposition of
attribution before a job pointing back; English relative adverbs ending a title and opening
no job; English talk slots with a verb of "being about" or a title-case title; an English
body stood for, its head written last."""

from __future__ import annotations

from extract_people import HELD, people

from index.extract.represented import represented_body
from index.extract.talks import talk_after

_ENG = ("KAMPUS UJI – Tanjung Uji University hosted an online forum titled “Lakes and "
        "Towns” on 9 June 2022 via Zoom.\n\n")
_FIRST = ("Narasumber pertama, Dr. Laras Ayuningtyas, membahas materi tentang pengelolaan "
          "sampah pasar.\n\n")


def test_a_job_with_tersebut_points_back() -> None:
    found = people(HELD + _FIRST + "Selain itu, Ketua Forum Pasar Bersih Uji tersebut "
                   "mengajak pedagang memilah sampah.")
    assert found["Laras Ayuningtyas"].position == "Ketua Forum Pasar Bersih Uji"


def test_a_job_after_menurut_points_back() -> None:
    found = people(HELD + _FIRST + "Menurut Kepala Laboratorium Limbah Unuji ini, pedagang "
                   "perlu memilah sampah.")
    assert found["Laras Ayuningtyas"].position == "Kepala Laboratorium Limbah Unuji"


def test_a_place_with_a_demonstrative_is_no_job() -> None:
    found = people(HELD + _FIRST + "Menurut Pasar Induk Uji ini, pedagang perlu memilah "
                   "sampah.")
    assert found["Laras Ayuningtyas"].position is None


def test_relative_adverbs_end_an_unquoted_title() -> None:
    for tail in (" with the theme of River Commons Charter where she said towns share water.",
                 " with the theme of River Commons Charter, in which she said towns share "
                 "water.",
                 " with the theme of River Commons Charter whereby towns share water."):
        talk = talk_after(tail)
        assert talk is not None and talk.text == "River Commons Charter", tail


def test_dimana_in_one_word_ends_an_unquoted_title() -> None:
    talk = talk_after(" dengan tema Piagam Sungai Bersama dimana dalam paparannya ia "
                      "menyebut air milik bersama.")
    assert talk is not None and talk.text == "Piagam Sungai Bersama"


def test_a_relative_adverb_opens_no_job_after_a_name() -> None:
    found = people(_ENG + "The first speaker was Dr. Tomas Eriksen, where he explained the "
                   "restoration of lake shores.")
    assert found["Tomas Eriksen"].position is None


def test_whose_talk_focused_on() -> None:
    found = people(_ENG + "The invited speaker was Prof. Ingrid Solberg, Professor of Water "
                   "Law, University of Tanjung Uji, whose talk focused on shared lakes and "
                   "towns.")
    assert found["Ingrid Solberg"].talk_title == "shared lakes and towns"


def test_with_the_topic_and_a_title_case_title() -> None:
    found = people(_ENG + "The first speaker was Dr. Ingrid Solberg, Professor of Water Law, "
                   "with the topic Lake Towns in a Drier Century.")
    assert found["Ingrid Solberg"].talk_title == "Lake Towns in a Drier Century"


def test_with_the_topic_and_a_lower_case_clause_is_no_title() -> None:
    assert talk_after(" was familiar with the topic and answered every question.") is None
    assert talk_after(", with the topic The organisers chose.") is None


def test_an_english_body_stood_for_has_its_head_last() -> None:
    assert represented_body(" representing the Uji Lake Agency (ULA), who") == \
        "Uji Lake Agency (ULA)"
    assert represented_body(" representing the Uji Lake Agency Director, who") is None
