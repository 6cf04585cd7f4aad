"""Speakers lost to three shapes of a list: an item marked by a relative ordinal ("lalu yang
terakhir adalah A"), a relative head behind a fronted discourse opener ("Selain itu, ada dua
orang yang menjadi pembicara, yaitu A dan B"), and a Gaelic surname in title case after its
prefix ("McAllister", "MacLeod").

Every sentence is invented for these tests (fictional people, places and bodies).
"""

from __future__ import annotations

from extract_people import HELD, people


def test_relative_ordinal_marks_the_last_item_of_a_list() -> None:
    found = people(
        HELD + "Diskusi ini diisi oleh sejumlah pemateri diantaranya ada Lukas Ferreira dari "
        "Portugal dia seorang guru musik, Hana Sulaiman dari Yordania seorang perawat, lalu yang "
        "terakhir adalah Omar Fadel dari Maroko, dia adalah seorang mahasiswa teknik.")
    for name in ("Lukas Ferreira", "Hana Sulaiman", "Omar Fadel"):
        assert found[name].role == "speaker", name


def test_fronted_discourse_opener_before_a_counted_relative_head() -> None:
    found = people(
        HELD + "Ibu Marlina Tobing menjadi pembicara pertama. Selain Ibu Marlina, ada tiga orang "
        "lainnya yang menjadi pembicara pada seminar itu, yaitu Pak Yosef Hutagalung, yang "
        "merupakan Direktur Radio Suara Kasih, dan Pak Benny Wiratama, yang menjabat sebagai "
        "Manajer Program Lentera Media.")
    assert found["Yosef Hutagalung"].role == "speaker"
    assert found["Benny Wiratama"].role == "speaker"


def test_counted_existential_head_is_no_position() -> None:
    found = people(
        HELD + "Ada tiga orang lainnya yang menjadi pembicara pada seminar itu, yaitu Pak "
        "Yosef Hutagalung dan Pak Benny Wiratama.")
    assert found["Yosef Hutagalung"].position is None
    assert found["Benny Wiratama"].position is None


def test_gaelic_surname_in_title_case_after_its_prefix() -> None:
    found = people(
        HELD + "Webinar ini menghadirkan dua narasumber, yaitu Pak Colin McArthur, yang merupakan "
        "Direktur Lembaga Siaran Damai, dan Ibu Fiona MacLeod, yang menjabat sebagai Ketua "
        "Yayasan Pena Timur.")
    assert found["Colin McArthur"].position == "Direktur Lembaga Siaran Damai"
    assert found["Fiona MacLeod"].position == "Ketua Yayasan Pena Timur"
