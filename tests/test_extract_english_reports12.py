"""Report frames, round 12: the whole English verb of "terdiri dari" introducing a list
("comprised of"), the passive and active of running a session ("guided by", "chaired the
session", "memimpin sesi dialog"), phrasal verbs of taking one's turn ("led off", "followed
up with"), and an alumnus's degree and year in parentheses, which is no job.

Every sentence is invented for these tests (fictional people, places and bodies).
"""

from __future__ import annotations

from extract_people import HELD, people

_HELD = ("KAMPUS UJI – Universitas Tanjung Uji hosted an online symposium titled “Rivers "
         "and Cities” on 8 May 2021 via Zoom.\n\n")


def test_comprised_of_introduces_the_list_of_speakers() -> None:
    found = people(_HELD + "The panellists comprised of Prof. Lamai Sirikul as Dean of the "
                   "Uji River School; Dr. Arnel Quimbo – Director of Delta Works Foundation.")
    assert found["Lamai Sirikul"].role == "speaker"
    assert found["Arnel Quimbo"].role == "speaker"
    assert found["Arnel Quimbo"].position == "Director of Delta Works Foundation"


def test_comprises_without_of_introduces_the_list_too() -> None:
    found = people(_HELD + "The speakers comprise Dr. Arnel Quimbo as Director of Delta Works "
                   "Foundation; Prof. Lamai Sirikul – Dean of the Uji River School.")
    assert found["Arnel Quimbo"].role == "speaker"
    assert found["Arnel Quimbo"].position == "Director of Delta Works Foundation"
    assert found["Lamai Sirikul"].role == "speaker"


def test_guided_by_names_the_moderator() -> None:
    found = people(_HELD + "The short forum is guided by Hana Okonkwo, Ph.D as Executive "
                   "Director of Uji Waterways Council.")
    assert found["Hana Okonkwo"].role == "moderator"


def test_chaired_the_session_names_the_moderator() -> None:
    found = people(_HELD + "Prof. Lamai Sirikul chaired the session, which drew 90 students.")
    assert found["Lamai Sirikul"].role == "moderator"


def test_memimpin_sesi_dialog_names_the_moderator() -> None:
    found = people(HELD + "Ketua Ikatan Guru Uji, Prof. Warsito Hadiprojo memimpin sesi "
                   "dialog dan mempersilakan para peserta bertanya.")
    assert found["Warsito Hadiprojo"].role == "moderator"
    assert found["Warsito Hadiprojo"].position == "Ketua Ikatan Guru Uji"


def test_led_off_opens_a_talk_and_the_class_year_is_no_position() -> None:
    found = people(_HELD + "The speakers were river experts. Mara Quillfeather (MSc 2019) "
                   "led off the event by recounting her years as a ferry pilot.")
    assert found["Mara Quillfeather"].role == "speaker"
    assert found["Mara Quillfeather"].position is None


def test_followed_up_after_a_class_year_and_a_job() -> None:
    found = people(_HELD + "The speakers were river experts. Tomas Reyeskov (MEng 2015), the "
                   "Chief Engineer at Delta Works Foundation, then followed up with notes on "
                   "levees.")
    assert found["Tomas Reyeskov"].role == "speaker"
    assert found["Tomas Reyeskov"].position == "the Chief Engineer at Delta Works Foundation"


def test_a_job_in_parentheses_is_still_a_position() -> None:
    found = people(_HELD + "The speakers were river experts. Tomas Reyeskov (Chief Engineer "
                   "2015-2020) presented on levees.")
    assert found["Tomas Reyeskov"].position == "Chief Engineer 2015-2020"
