"""Recall on unseen house styles: list items that a stray quote mark, a connector inside a
description, a handle or an English job-body apposition used to break (invented text)."""

from __future__ import annotations

from extract_people import HELD, people


def test_ayn_in_transliterated_name_does_not_open_a_quote() -> None:
    """An ‘ inside an Arabic name ("Al-‘Ulum") is an apostrophe: the list goes on after it."""
    found = people(HELD + "Webinar menghadirkan pembicara, yaitu: Syekh Rami Hasan (guru "
                   "pondok Dar Al-‘Ulum, ‘Ain Fakkun, Yordania), Dr. Lukman Harisa (dosen "
                   "Universitas Tanjung Uji), dan Prof. Wulan Sekarsari (peneliti BRIN).")
    assert "Lukman Harisa" in found
    assert "Wulan Sekarsari" in found


def test_and_inside_parenthesised_description_parts_no_items() -> None:
    """"(profesor di College of Arts and Sciences)": the "and" belongs to the body."""
    found = people(HELD + "Webinar menghadirkan pembicara, yaitu: Dr. Rudi Hartawan (dosen "
                   "Universitas Uji), Prof. Maya Lestiani, Ph.D (profesor sejarah agraria Ashford "
                   "and Thomas Whitcombe College, Kanada), dan Dr. Lukman Harisa (dosen "
                   "Universitas Tanjung Uji).")
    assert found["Maya Lestiani"].position == ("profesor sejarah agraria Ashford and Thomas "
                                               "Whitcombe College, Kanada")
    assert "Thomas Whitcombe" not in found


def test_handle_before_a_name_is_the_bodys_account() -> None:
    """"pendiri @kedaikopiuji Rahma Dewi": the handle is the café's; Rahma is the speaker."""
    found = people(HELD + "Webinar menghadirkan tiga narasumber yang terdiri dari dosen "
                   "Universitas Uji Bayu Laksana, pemilik sekaligus pendiri @kedaikopiuji "
                   "Rahma Dewi, serta jurnalis senior Tono Sugiarto.")
    assert "Rahma Dewi" in found
    assert "Tono Sugiarto" in found
    assert not any(name.startswith("@") for name in found)


def test_job_comma_body_comma_name() -> None:
    """"the Deputy Director, Ministry of Rural Affairs, Dr. A": the body after the job's comma
    belongs to the position, and A is the one who officiated."""
    found = people("UJI CITY, 3 May - The Uji Science Forum 2022 was held online via Zoom on "
                   "2 May 2022.\n\nThe forum was officiated by the Deputy "
                   "Director of Public Health, Ministry of Health, Prof. Dr. Sarah "
                   "Lindqvist, and it was "
                   "attended by the faculty deans.", "https://uji.example/news")
    assert "Sarah Lindqvist" in found
    assert found["Sarah Lindqvist"].role == "opening"
    assert "Ministry of Health" in (found["Sarah Lindqvist"].position or "")
    assert "Public Health" not in found


def test_plural_welcome_speeches_and_as_well_as() -> None:
    """"Through the opening and welcome speeches, A, X, as well as B, Y welcomed ...": both
    gave opening remarks."""
    found = people("UJI CITY, 3 May - The Uji Institute held a webinar entitled \"Rivers of "
                   "Asia\" on 2 May 2022.\n\nThrough the opening and welcome speeches, "
                   "Professor Dr. Hana Kowalczyk, Dean, Faculty of Arts, Uji University as "
                   "well as Dr. Omar Farouk, Director, Centre for River Studies, Delta "
                   "University welcomed the participants.", "https://uji.example/news")
    assert found["Hana Kowalczyk"].role == "opening"
    assert found["Omar Farouk"].role == "opening"
