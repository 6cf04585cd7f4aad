""""bersama" (together with) after a person and their position joins a companion to the
subject; it is no word of the position (invented text)."""

from __future__ import annotations

from extract_people import HELD, people


def test_bersama_ends_the_position_and_joins_a_second_subject() -> None:
    found = people(HELD + "Sementara itu, Rina Marlina selaku Anggota DPRD Kota Sukamaju "
                   "bersama Tomasz Nowicki, Pendiri Hijau Lestari juga menyatakan hal serupa "
                   "dalam webinar tersebut.")
    assert found["Rina Marlina"].position == "Anggota DPRD Kota Sukamaju"
    assert found["Tomasz Nowicki"].position == "Pendiri Hijau Lestari"


def test_bersama_dengan_before_an_honorific() -> None:
    found = people(HELD + "Dalam webinar tersebut, Dr. Bagas Wicaksono, Dosen Politeknik "
                   "Sukamaju bersama dengan Dr. Lina Sari, M.Si., Peneliti Balai Uji, juga "
                   "memaparkan hasil riset mereka.")
    assert found["Bagas Wicaksono"].position == "Dosen Politeknik Sukamaju"
    assert "Lina Sari" in found


def test_a_capitalised_bersama_names_a_body() -> None:
    found = people(HELD + "Narasumber webinar adalah Joko Susanto, Ketua Sekretariat Bersama "
                   "Relawan Sukamaju.")
    assert found["Joko Susanto"].position == "Ketua Sekretariat Bersama Relawan Sukamaju"
