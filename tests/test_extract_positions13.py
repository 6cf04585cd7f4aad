"""Positions of speakers who are found (invented sentences; round 13 of the fresh sets):
where a position after a name ends, forms of address before an office, an office that
lists its fields, and the fuller wording of a job at a body named alone."""

from __future__ import annotations

import pytest

from index.extract.event import extract_event
from index.extract.people_2_positions import position_after, position_before
from index.pipeline.records import article_from_text


def _positions(text: str) -> dict[str, str | None]:
    event = extract_event(article_from_text("Judul Berita\n\n" + text,
                                            "https://example.org/berita/uji"))
    assert event is not None
    return {s.name: s.position for s in event.speakers}


@pytest.mark.parametrize(("tail", "expected"), [
    # "dengan" brings in a companion or the person's field, no word of the job
    (" dari Kepala Seksi Arsip Dinas Perpustakaan Kota Lestari dengan Hendra Wijaya "
     "sebagai Penulis Buku, ujarnya.", "Kepala Seksi Arsip Dinas Perpustakaan Kota Lestari"),
    (", dari Institut Agama Islam Lestari dengan kepakaran Filologi Modern, serta",
     "Institut Agama Islam Lestari"),
    # English "with" likewise when it names no body; with a body it says where one works
    (", a ranger with a long record in reef patrols, opened", "a ranger"),
    (", a ranger with the Lestari Marine Parks Office, opened",
     "a ranger with the Lestari Marine Parks Office"),
    (", Director of Coastal Safety, the Directorate of Marine Potential with the theme of "
     "Safe Harbours which", "Director of Coastal Safety, the Directorate of Marine Potential"),
])
def test_an_accompaniment_ends_the_position(tail: str, expected: str | None) -> None:
    assert position_after(tail) == expected


def test_a_writer_with_a_background_keeps_only_the_job() -> None:
    assert position_after(", a poet with a long record in community theatre, to speak.") \
        == "a poet"


def test_a_country_with_its_short_form_in_brackets_is_no_position() -> None:
    assert position_after(" dari Kanada (CAN) yang dimulai pukul 10.00 WIB.") is None
    assert position_after(" dari Universitas Lestari (UNLES) yang dimulai pukul 10.00.") == \
        "Universitas Lestari (UNLES)"


def test_a_form_of_address_before_an_office_is_no_word_of_it() -> None:
    assert position_before("diantaranya yaitu, Ibu Kepala Dinas Perikanan Kabupaten Sumber "
                           "Makmur, ", True) == "Kepala Dinas Perikanan Kabupaten Sumber Makmur"
    assert position_before("diantaranya yaitu, Ibu Kota Lestari ", True) == "Ibu Kota Lestari"


@pytest.mark.parametrize(("head", "expected"), [
    ("Dalam sambutannya, Vice Dean for Research, Alumni, and Partnerships Faculty of Law "
     "Universitas Lestari ",
     "Vice Dean for Research, Alumni, and Partnerships Faculty of Law Universitas Lestari"),
    ("In her speech, Deputy Dean for Research Affairs, Alumni, and Partnerships FH Universitas "
     "Lestari ",
     "Deputy Dean for Research Affairs, Alumni, and Partnerships FH Universitas Lestari"),
    ("The forum also heard the Regional Office’s Head of Culture, Arts and Heritage Division ",
     "Regional Office’s Head of Culture, Arts and Heritage Division"),
    # the body after the job's comma may take the English article
    ("It invited the Director of River Research, the Ministry of Water Resources, ",
     "Director of River Research, the Ministry of Water Resources"),
])
def test_an_office_keeps_the_fields_it_lists(head: str, expected: str) -> None:
    assert position_before(head, True) == expected


def test_an_office_listing_its_fields_in_a_list_of_speakers() -> None:
    positions = _positions(
        "Webinar Pemuda Kawasan digelar secara daring pada Senin (12/7/2021).\n"
        "The webinar was joined by Programme Lead of the Global River Forum (GRF) Rina "
        "Hartono and the Regional Office’s Head of Culture, Arts and Heritage Division Budi "
        "Santoso, who spoke about youth resilience.")
    assert positions.get("Budi Santoso") == \
        "Regional Office’s Head of Culture, Arts and Heritage Division"


def test_a_job_before_the_body_a_bracket_named_is_the_fuller_position() -> None:
    positions = _positions(
        "Webinar Relawan Tangguh digelar secara daring pada Sabtu (12/6/2021). Lembaga Sinar "
        "menghadirkan Budi Hartono (Yayasan Rimba) dan Rina Wulandari (Yayasan Peduli) "
        "sebagai pembicara.\n\nBudi Hartono mengawali pemaparannya dengan menjelaskan bahwa "
        "relawan penting.\n\nDalam kaitannya dengan penguatan relawan, Budi selaku Kepala "
        "Divisi Advokasi Yayasan Rimba mengatakan bahwa jejaring harus dirawat.")
    assert positions.get("Budi Hartono") == "Kepala Divisi Advokasi Yayasan Rimba"
    assert positions.get("Rina Wulandari") == "Yayasan Peduli"


def test_a_connective_in_capitals_inside_a_title_is_a_word_of_it() -> None:
    assert position_before("pemateri yaitu Rina Hartono, Direktur Lalu Lintas Angkutan Sungai "
                           "pada Ditjen Perhubungan Darat ", True) == \
        "Direktur Lalu Lintas Angkutan Sungai pada Ditjen Perhubungan Darat"
    assert position_before("Acara berjalan lancar. Kemudian Rektor Universitas Maju ", True) \
        == "Rektor Universitas Maju"
