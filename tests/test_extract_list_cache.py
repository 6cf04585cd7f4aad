"""The list reader's cache and shortcuts (:func:`parse_list`): a cached reading is keyed
by the article's case evidence as well as the text, so the same slot reads differently in
an article that writes its words in lower case; a blank slot reads no one; repeated reads
hand out separate items.

Every sentence is invented for these tests (fictional people, places and bodies).
"""

from __future__ import annotations

from index.extract.case_evidence import article_words
from index.extract.people_5_assembly import parse_list

SLOT = "Senam Otak bersama peserta, dan Rina Kusuma, S.T."


def _names(text: str) -> list[str]:
    return [listed.person.name for listed in parse_list(text, whole_list=True)]


def test_the_same_slot_reads_by_the_article_it_is_in() -> None:
    outside = _names(SLOT)
    assert "Senam Otak" in outside  # no article: the capitalised phrase reads as a name
    with article_words("Sesi senam otak membuat peserta kembali segar."):
        assert _names(SLOT) == ["Rina Kusuma"]  # not the reading cached outside
    assert _names(SLOT) == outside  # nor the article's reading kept after it


def test_a_blank_slot_lists_no_one() -> None:
    assert parse_list("", whole_list=True) == []
    assert parse_list("  \t ", whole_list=False) == []


def test_each_read_hands_out_its_own_items() -> None:
    first = parse_list(SLOT, whole_list=True)
    first[0].item = "changed"
    first.clear()
    again = parse_list(SLOT, whole_list=True)
    assert again and again[0].item != "changed"
