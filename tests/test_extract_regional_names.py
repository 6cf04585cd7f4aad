"""Balinese name parts (index/extract/regional_names.py) and the committee's report.

A Balinese name opens with a gender marker ("I", "Ni"), a caste title ("Anak Agung", "I
Gusti", "Ida Bagus") and a birth-order name ("Wayan", "Kadek"); all are parts of the name,
also when typed in lower case. "Ida" before a priest's title ("Ida Pedanda") belongs to the
title. The chair of the committee reporting on the event ("melaporkan", "menyampaikan
laporan") takes part in the programme with no role of their own: `other`.

Every sentence is invented for these tests (fictional people, places and bodies).
"""

from __future__ import annotations

from extract_people import HELD, people

from index.extract.people_1_runs import find_runs, name_of, tokenize


def _names(text: str) -> list[str]:
    tokens = tokenize(text)
    return [name_of(tokens, text, run)[0] for run in find_runs(tokens)]


def test_anak_agung_is_a_caste_title_not_a_job() -> None:
    found = people(HELD + "Diskusi dipandu oleh Anak Agung Sri Laksmini sebagai pembawa acara "
                   "dan Budi Waskito sebagai moderator.")
    assert "Anak Agung Sri Laksmini" in found
    assert found["Anak Agung Sri Laksmini"].position is None
    assert "Agung Sri Laksmini" not in found


def test_balinese_parts_typed_in_lower_case_stay_in_the_name() -> None:
    assert _names("pemateri ketiga I gusti Ngurah Rai Sudarsa dari Tabanan") == [
        "I gusti Ngurah Rai Sudarsa"]
    found = people(HELD + "Menurut keterangan Ni komang lestari selaku moderator, diskusi "
                   "membahas sampah plastik di pesisir.")
    assert "Ni komang lestari" in found
    assert found["Ni komang lestari"].role == "moderator"


def test_a_lower_case_english_word_after_i_is_no_name_part() -> None:
    assert _names("I made the slides before Ni Luh Sekar arrived") == ["Ni Luh Sekar"]


def test_ida_before_a_priests_title_belongs_to_the_title() -> None:
    tokens = tokenize("pembahas Ida Pedanda Nyoman Sidemen, Ketua Paruman Walaka")
    runs = find_runs(tokens)
    text = "pembahas Ida Pedanda Nyoman Sidemen, Ketua Paruman Walaka"
    assert [name_of(tokens, text, run) for run in runs][0] == (
        "Nyoman Sidemen", "Ida Pedanda Nyoman Sidemen")


def test_a_consecrated_priest_named_by_title_alone_is_no_person() -> None:
    assert "Sulinggih" not in _names("Hadir para Sulinggih se Kabupaten Buleleng")


def test_the_committee_chairs_report_is_other() -> None:
    found = people(HELD + "Dr. Made Wirasana, M.Si selaku Ketua Panitia Seminar Nasional "
                   "melaporkan bahwa kegiatan diikuti mahasiswa dari lima kampus. Ketua "
                   "Yayasan Citra Bangsa, Ratna Kumalasari menyampaikan laporan kegiatan "
                   "yayasan selama setahun.")
    assert found["Made Wirasana"].role == "other"
    assert found["Ratna Kumalasari"].role == "other"
