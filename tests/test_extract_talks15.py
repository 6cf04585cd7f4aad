"""Talk titles of speakers already placed on the programme (round 15): where an unquoted
title ends (a relative clause after a comma, "yaitu," spelling it out, and "yang" inside a
title written in title case), a semicolon between a name and the next list item's talk
cue, and the plain form of "discuss". All sentences are invented."""

from __future__ import annotations

from extract_people import people

from index.extract.talks import talk_after


def test_a_relative_clause_after_a_comma_ends_a_lower_case_title() -> None:
    for relative in ("dimana", "di mana"):
        talk = talk_after(f" memaparkan materi dengan tema perawatan gigi anak usia dini, "
                          f"{relative} orang tua diminta rajin memeriksa gusi balita.")
        assert talk is not None and talk.text == "perawatan gigi anak usia dini"


def test_yaitu_with_a_comma_spells_the_title_out() -> None:
    talk = talk_after(" menjelaskan tentang dua jenis pupuk yang paling banyak dipakai petani "
                      "yaitu, pupuk kandang dan kompos daun.")
    assert talk is not None and talk.text == "dua jenis pupuk yang paling banyak dipakai petani"


def test_yang_before_a_capitalised_word_belongs_to_a_title_case_title() -> None:
    talk = talk_after(" membawakan materi tentang Tata Kelola Pasar Ikan yang Higienis. Pasar "
                      "ikan kini ramai.")
    assert talk is not None and talk.text == "Tata Kelola Pasar Ikan yang Higienis"
    talk = talk_after(" membawakan materi tentang Tata Kelola Pasar Ikan yang kini ramai.")
    assert talk is not None and talk.text == "Tata Kelola Pasar Ikan"


def test_a_semicolon_after_a_bracket_parts_the_next_items_talk() -> None:
    assert talk_after(" (Direktur Balai Sungai Uji); lalu pembicara kedua, yang membawakan "
                      "materi dengan judul Pengeringan Gabah Tenaga Surya.") is None


def test_the_plain_form_of_discuss_takes_its_object_as_the_subject() -> None:
    found = people("The Faculty of Law of Uji University held an online webinar on Monday "
                   "(6/3/2023) via Zoom with two speakers, Dr. Marisol Quenta Apaza and Prof. "
                   "Tomasz Wierzbicki.\n\nDr. Marisol Quenta Apaza discuss the water rights of "
                   "highland farmers in the Andes.")
    assert found["Marisol Quenta Apaza"].talk_title == (
        "the water rights of highland farmers in the Andes")
