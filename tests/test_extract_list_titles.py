"""A position written after a name ends where the next item of a list opens with a name's
title after a comma (index/extract/people_2_after.py, ``_OTHER_PERSON``).

Every sentence is invented for these tests (fictional people, places and bodies).
"""

from __future__ import annotations

import pytest

from index.extract.event import extract_event
from index.extract.people_2_positions import position_after
from index.extract.sentences import split_sentences
from index.pipeline.records import article_from_text


@pytest.mark.parametrize(("tail", "position"), [
    (" selaku dosen Fakultas Sastra Universitas Tanjung, Prof Dr Rina Wulan selaku Dekan",
     "dosen Fakultas Sastra Universitas Tanjung"),
    (", anggota Komisi II DPRD Sukamaju, Drs Hamdan Kalla Kepala Dinas Pangan",
     "anggota Komisi II DPRD Sukamaju"),
    (" selaku Ketua Gapura Penulis Johor, Tuan Razak Hamdan selaku Penasihat",
     "Ketua Gapura Penulis Johor"),
])
def test_a_titled_name_after_a_comma_ends_the_position(tail: str, position: str) -> None:
    assert position_after(tail) == position


def test_a_selaku_list_gives_each_speaker_their_own_position() -> None:
    event = extract_event(article_from_text(
        "Webinar sastra daring digelar Himpunan Mahasiswa Sastra Unsuka pada Sabtu (5/6/2021). "
        "Adapun akademisi yang menjadi pembicara dalam diskusi daring itu Dr Bayu "
        "Prasetya selaku dosen "
        "Fakultas Sastra Universitas Tanjung, Prof Dr Rina Wulan selaku Dekan Fakultas "
        "Bahasa Universitas Merapi, Tuan Razak Hamdan selaku Penasihat Gapura Penulis "
        "Johor, dan Dr Hendra Gunawan MA selaku dosen Pascasarjana Unsuka.",
        "https://uji.example/berita/sastra"))
    assert event is not None
    found = {s.name: s.position for s in event.speakers}
    assert found["Bayu Prasetya"] == "dosen Fakultas Sastra Universitas Tanjung"


def test_a_semicolon_list_keeps_jobs_written_right_after_degrees() -> None:
    """"A, M.Pd. Ketua X; B, M.Si. Kepala Y": inside a list separated by semicolons, a
    degree's full stop before a capitalised job noun ends no sentence (sentences.py)."""
    event = extract_event(article_from_text(
        "Seminar Nasional 4 digelar secara daring pada Sabtu (6/3/2021). Seminar ini "
        "menghadirkan sejumlah narasumber, di antaranya Budi Santoso, S.S., M.Ed. selaku "
        "Direktur Balai Guru; Dr. Rina Wati, M.Pd. Ketua Umum PP Ikatan Guru; Agus Salim, "
        "M.Pd. Kepala Bidang Riset Balai Guru, serta Dra. Hj. Sumarni, M.Pd. Ketua PD Ikatan "
        "Guru Kota Bogor.", "https://uji.example/berita/guru"))
    assert event is not None
    found = {s.name: s.position for s in event.speakers}
    assert found.get("Rina Wati") == "Ketua Umum PP Ikatan Guru"
    assert found.get("Agus Salim") == "Kepala Bidang Riset Balai Guru"
    assert found.get("Sumarni") == "Ketua PD Ikatan Guru Kota Bogor"


def test_a_job_after_a_degree_outside_a_semicolon_list_starts_a_sentence() -> None:
    sentences = split_sentences("Acara dibuka oleh Dr. Rudi Hartono, M.Pd. Ketua panitia "
                                "melaporkan jumlah peserta.")
    assert len(sentences) == 2


@pytest.mark.parametrize("office", ["Secretary-General", "Director-General"])
def test_an_office_compounded_with_general_is_no_name(office: str) -> None:
    """"Secretary-General", "Director-General": one word of a job (position_words.txt), so
    the name after it is the person's, as a caption writes it."""
    event = extract_event(article_from_text(
        f"Coral Reefs Webinar\n\nRIMBA {office}, Ms. Rina Wulan opening the webinar on coral "
        "reefs in Southeast Asia\n\nThe webinar was held online on 2 July 2020 with more than "
        "200 participants.", "https://uji.example/news/reefs"))
    assert event is not None
    found = {s.name: s for s in event.speakers}
    assert list(found) == ["Rina Wulan"]
    assert found["Rina Wulan"].role == "opening"
