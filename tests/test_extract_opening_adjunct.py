"""A person before a role noun of the opening, with adverbials between them: a weekday with
its date set off by commas ("A, Selasa (14/3/2023), pada pembukaan ...") is a time
adverbial, and "pada" the preposition of the occasion the noun names (as "saat" is); neither
says anything of the person, so the noun still reads them.

Every sentence is invented for these tests (fictional people, places and bodies).
"""

from __future__ import annotations

from extract_people import HELD, people


def test_a_dated_opening_adjunct_after_the_name() -> None:
    text = HELD + ("Arsip desa adalah ingatan bersama warga. Demikian disampaikan Bupati Tanjung "
                   "Uji Hendra Saputra, Selasa (14/3/2023), pada pembukaan Lokakarya Arsip Desa "
                   "Tahun 2023.")
    found = people(text)
    assert found["Hendra Saputra"].role == "opening"
    assert found["Hendra Saputra"].position == "Bupati Tanjung Uji"


def test_pada_before_the_opening_noun() -> None:
    text = HELD + ("Hal itu diungkapkan Kepala Dinas Kominfo Tanjung Uji, Rina Wulandari, pada "
                   "pembukaan webinar tersebut.")
    assert people(text)["Rina Wulandari"].role == "opening"
