"""English-language campus and agency reports: the shapes they use to place people on the
programme ("A, President of X, warmly welcomed the participants").

Every sentence is invented for these tests (fictional people, places and bodies).
"""

from __future__ import annotations

from extract_people import people

_HELD = ("KAMPUS UJI – Universitas Tanjung Uji hosted an online symposium titled “Rivers "
         "and Cities” on 8 May 2021 via Zoom.\n\n")


def test_who_welcomes_the_participants_gives_the_opening() -> None:
    found = people(_HELD + "Professor Lamai Sirikul, Rector of Universitas Tanjung Uji "
                   "cordially welcomed the participants at the start of the symposium. "
                   "Dr. Arnel Quimbo, a hydrologist at Kampong Uji College, was the speaker.")
    assert found["Lamai Sirikul"].role == "opening"
    assert found["Lamai Sirikul"].position == "Rector of Universitas Tanjung Uji"


def test_welcoming_the_guests_after_a_name_first_apposition() -> None:
    found = people(_HELD + "Dr. Halimah Sopian, Dean of the Faculty of Engineering, welcomed "
                   "the guests and thanked the organisers. The main talk was given by Dr. "
                   "Arnel Quimbo.")
    assert found["Halimah Sopian"].role == "opening"


def test_in_his_keynote_speech_after_a_job_first_apposition() -> None:
    found = people(_HELD + "In the second session, Executive Director of Uji River "
                   "Institute, Mr. Arnel Quimbo in his keynote address stressed the role of "
                   "young researchers.")
    assert found["Arnel Quimbo"].role == "keynote"
    assert found["Arnel Quimbo"].position == "Executive Director of Uji River Institute"


def test_in_her_keynote_speech_after_the_name() -> None:
    found = people(_HELD + "Dr. Halimah Sopian, in her keynote speech, reminded the audience "
                   "that rivers shape cities. The panel was moderated by Lamai Sirikul.")
    assert found["Halimah Sopian"].role == "keynote"
