"""Inherited titles and initials glued to the titles before them stay in the name.

Every sentence is invented for these tests (fictional people and bodies).
"""

from __future__ import annotations

from extract_people import HELD, people


def test_titles_glued_to_an_initial_keep_the_initial() -> None:
    found = people(HELD + "Kepala Dinas Kesehatan Kabupaten Tanjung Uji, dr.H.L Gita Wardana,MM "
                          "memberi sambutan sekaligus membuka kegiatan.")
    assert "L Gita Wardana" in found


def test_his_excellency_is_one_title() -> None:
    found = people(HELD + "Sambutan disampaikan oleh H.E. Marko Petrovic, Duta Besar Serbia.")
    assert "Marko Petrovic" in found


def test_haji_glued_to_two_initials_after_a_title() -> None:
    found = people(HELD + "Pembicara kedua adalah Drs HAM Basri Lahamu sebagai Ketua Umum "
                          "Persatuan Uji.")
    assert "AM Basri Lahamu" in found


def test_the_human_rights_acronym_is_no_haji() -> None:
    found = people(HELD + "Narasumber yaitu Komisioner Komnas HAM Beka Sulistya.")
    assert "Beka Sulistya" in found


def test_raden_roro_in_capitals_is_part_of_the_name() -> None:
    found = people(HELD + "Acara dipandu oleh moderator RR Sekar Arum, M.Phil dan Rina Sari.")
    assert "RR Sekar Arum" in found
