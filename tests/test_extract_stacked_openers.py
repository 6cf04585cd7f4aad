"""Fronted adverbials stack: a discourse opener may be followed by a further adverbial, each
ending at its comma ("Sementara itu di kesempatan yang sama, A mengatakan ...", "Selain
menyambut baik acara itu, Bupati X, A, mengucapkan ..."). The subject of the sentence, and
so the person who spoke, comes after the last of them.

Every sentence is invented for these tests (fictional people, places and bodies).
"""

from __future__ import annotations

from extract_people import HELD, people

from index.extract.speakers import _opening_lead


def test_opener_then_occasion_adverbial() -> None:
    text = ("Sementara itu di kesempatan yang sama, Larasati Widuri selaku Ketua Forum Tani "
            "Mandiri mengatakan bahwa acara ini membuka wawasan petani muda.")
    assert text[_opening_lead(text):].startswith("Larasati")
    found = people(HELD + text)
    assert "Larasati Widuri" in found


def test_opener_with_a_clause_of_its_own() -> None:
    text = ("Selain menyambut baik kegiatan itu, Bupati Rantau Hijau, Darmawan Sitepu, "
            "mengucapkan terima kasih kepada para narasumber dari Universitas Tanjung.")
    assert text[_opening_lead(text):].startswith("Bupati")
    found = people(HELD + text)
    assert found["Darmawan Sitepu"].position == "Bupati Rantau Hijau"


def test_opener_before_a_name_stays_the_sentence() -> None:
    # "Selain A, ..." names a person: nothing after the opener is an adverbial
    text = "Selain Darmawan Sitepu, hadir pula Larasati Widuri dari Forum Tani Mandiri."
    assert _opening_lead(text) == len("Selain ")
