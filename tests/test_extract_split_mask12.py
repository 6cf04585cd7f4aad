"""The list splitter given the slot's mask by its caller cuts as it does finding it itself."""

from __future__ import annotations

import pytest

from index.extract.people_4_split import _paren_spans, mask, slot_mask, split_items

SLOTS = [
    "Dr. Wulan Sari, M.Pd (Dosen Universitas Tanjung) dan Bayu Pratama, S.Kom",
    "Ketua Yayasan Rumpun Hijau, Andre Saputra; Kepala Dinas X, Dra. Melati, M.Si",
    "Rina Kartika yang membawakan makalah berjudul Peran Guru di Era Digital dan Prof. Budi",
    "narasumber “Merawat Bahasa Daerah” bersama Sinta Dewi (Penulis (lepas), dan Joko",
]


@pytest.mark.parametrize("text", SLOTS)
def test_split_with_given_mask_is_the_same(text: str) -> None:
    assert split_items(text, slot_mask(text)) == split_items(text)


def test_mask_without_spans_keeps_the_text() -> None:
    assert mask("Andre Saputra", []) == "Andre Saputra"
    assert mask("“Dua Kata” lalu", [(0, 10)])[1:9] == "xxx xxxx"


def test_paren_spans_without_an_opening_parenthesis() -> None:
    assert _paren_spans("A, B dan C) lalu") == []
    assert _paren_spans("A (B (C) D), E (F") == [(2, 11), (15, 17)]
