"""Positions of matched speakers (invented sentences; round 11 of the fresh sets): a job
title written before the subject of another sentence, degrees left before a bracketed job,
and "perwakilan" (a representative of a body) as the head of a job title."""

from __future__ import annotations

import pytest

from index import article_from_text, extract_event
from index.extract.people_2_after import position_after
from index.extract.people_2_positions import position_before


def _positions(text: str) -> dict[str, str | None]:
    event = extract_event(article_from_text(text, "https://uji.example/berita/11"))
    assert event is not None
    return {s.name: s.position for s in event.speakers}


def test_a_title_before_the_subject_gives_the_job_of_a_speaker_placed_elsewhere() -> None:
    text = ("Dinas Perikanan Kabupaten Lembah Uji menggelar webinar budidaya ikan air tawar "
            "secara daring pada Rabu (6/10/2021). Bupati Lembah Uji, H Darsono Wiguna juga "
            "hadir dari ruang kerjanya. Dalam sambutannya, Darsono berharap para pembudidaya "
            "terus belajar. Materi disampaikan oleh Rini Kartika selaku penyuluh perikanan.")
    positions = _positions(text)
    assert positions["Darsono Wiguna"] == "Bupati Lembah Uji"
    assert positions["Rini Kartika"] == "penyuluh perikanan"


def test_a_title_with_forms_of_address_before_the_subject() -> None:
    text = ("Yayasan Sehat Uji menggelar webinar gizi keluarga secara daring pada Senin "
            "(8/2/2021). Ketua Yayasan Sehat Uji Prof Dr KH Salman Hadi mengatakan, dana "
            "program naik tahun ini. “Kami siap membantu,” ujar Salman Hadi saat membuka "
            "webinar gizi keluarga itu. "
            "Materi diisi oleh Dewi Larasati selaku ahli gizi.")
    assert _positions(text)["Salman Hadi"] == "Ketua Yayasan Sehat Uji"


@pytest.mark.parametrize("head", [
    "According to ",  # no office in the words before the name
    "“Kita harus terus belajar,” tambah ",  # a quotation before the name
    "Moderator diskusi, ",  # a role on the programme, no job
])
def test_no_job_from_a_head_that_is_no_title(head: str) -> None:
    text = ("Komunitas Baca Uji menggelar webinar literasi secara daring pada Kamis "
            f"(4/3/2021). Diskusi dipandu oleh Nita Sari. {head}Nita Sari menutup diskusi.")
    assert _positions(text).get("Nita Sari") is None


@pytest.mark.parametrize(("tail", "expected"), [
    (", M.I.K.H., M.A.Hk. (Direktur PT Sinar Laut Uji Tbk) hadir sebagai pembicara.",
     "Direktur PT Sinar Laut Uji Tbk"),
    (", PGC, CQA, CMBB (Chairman of Zakat Trust Uji, Canada). The talk began.",
     "Chairman of Zakat Trust Uji, Canada"),
    # one bare acronym before a bracket is a body spelt out, which stays
    (", LPU (Lembaga Pangan Uji) dan", "LPU (Lembaga Pangan Uji)"),
])
def test_degrees_before_a_bracketed_job(tail: str, expected: str) -> None:
    assert position_after(tail) == expected


@pytest.mark.parametrize(("head", "expected"), [
    ("narasumber, seperti perwakilan dari Komisi VII DPRD Lembah Uji ",
     "perwakilan dari Komisi VII DPRD Lembah Uji"),
    ("menghadirkan perwakilan Dewan Adat Lembah Uji ", "perwakilan Dewan Adat Lembah Uji"),
])
def test_a_representative_heads_the_job(head: str, expected: str) -> None:
    assert position_before(head) == expected
