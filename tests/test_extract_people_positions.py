"""Positions (index/extract/people_2_positions.py) and how list pieces share them
(people_5_assembly.py): which words are the job title and which the name.

Every sentence is invented for these tests (fictional people, places and bodies).
"""

from __future__ import annotations

import pytest

from index.extract.event import extract_event
from index.extract.people_2_positions import position_before
from index.extract.people_3_phrase import parse_person
from index.model import Speaker
from index.pipeline.records import article_from_text


def people(text: str) -> dict[str, Speaker]:
    event = extract_event(article_from_text(text, "https://uji.example/berita"))
    assert event is not None
    return {s.name: s for s in event.speakers}


@pytest.mark.parametrize(("head", "position"), [
    ("penulis, editor, dan podcaster, ", "penulis, editor, dan podcaster"),
    ("yakni peneliti, dosen, serta pegiat literasi ", "peneliti, dosen, serta pegiat literasi"),
    ("Kak Rangga dan ", None),
    ("Budi Hartono, Dosen, dan peneliti ", "Dosen, dan peneliti"),
])
def test_position_before(head: str, position: str | None) -> None:
    assert position_before(head) == position


@pytest.mark.parametrize(("phrase", "name", "position"), [
    # an acronym never stands inside a name: what runs up to it is the organisation
    ("eks-Komisioner Komnas HAM Nurhadi Wirawan", "Nurhadi Wirawan",
     "eks-Komisioner Komnas HAM"),
    ("Social Media Strategist Rudi", "Rudi", "Social Media Strategist"),
    ("Pelukis Bayu Saputra", "Bayu Saputra", "Pelukis"),
])
def test_job_words_and_organisations_before_a_name(phrase: str, name: str,
                                                   position: str) -> None:
    person = parse_person(phrase)
    assert person is not None and person.name == name and person.position == position


def test_position_then_comma_then_name_in_a_semicolon_list() -> None:
    found = people(
        "Webinar literasi digital itu menghadirkan narasumber yakni penulis, editor, dan "
        "podcaster, Rina Kusuma; peneliti Pusat Kajian Media, Agus Salim; serta dosen "
        "Universitas Maju, Dr. Lina Marlina.")
    assert found["Rina Kusuma"].position == "penulis, editor, dan podcaster"
    assert found["Agus Salim"].position == "peneliti Pusat Kajian Media"
    assert found["Lina Marlina"].position == "dosen Universitas Maju"


def test_one_word_name_after_its_position() -> None:
    found = people("Webinar literasi digital itu menghadirkan tiga narasumber. Adapun "
                   "moderator adalah Content Strategist, Dewi.")
    assert found["Dewi"].role == "moderator"
    assert found["Dewi"].position == "Content Strategist"


def test_capitalised_words_inside_a_title_are_not_a_person() -> None:
    found = people(
        "Seminar daring itu menghadirkan sejarawan dan Guru Besar Universitas Maju, Nani "
        "Herlina dan dipandu Nida Erlang, Sastrawan dan Peneliti Tradisi Lisan dari "
        "Universitas Pamulang.")
    assert set(found) == {"Nani Herlina", "Nida Erlang"}
    assert found["Nida Erlang"].position == (
        "Sastrawan dan Peneliti Tradisi Lisan dari Universitas Pamulang")


def test_a_title_that_goes_on_after_a_comma_is_not_a_person() -> None:
    found = people(
        "Webinar itu menghadirkan narasumber yakni Rudi Hartono sebagai Staf Khusus Bupati, "
        "serta Kepala Dinas Tanaman Pangan, Hortikultura dan Peternakan Kabupaten Maju Ir. "
        "Sunarti Lestari, MM.")
    assert set(found) == {"Rudi Hartono", "Sunarti Lestari"}


def test_position_after_stops_at_a_new_clause() -> None:
    found = people(
        "Materi pertama disampaikan oleh Dr.Roni Saputra, merupakan Wakil Dekan III Fisip "
        "Unmaju, hadir sebagai narasumber webinar kali ini.")
    assert found["Roni Saputra"].position == "Wakil Dekan III Fisip Unmaju"
