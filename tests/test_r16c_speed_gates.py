"""Round 16c speed gates give the answers of the slower tests they replace."""

from __future__ import annotations

import re

import pytest

from index.extract import unmarked_items
from index.extract.literal_trie import literal_trie
from index.lexicon import position_words


def _slow_head_after_word() -> re.Pattern[str]:
    """The search the gate replaced: all the capitalised heads as one alternation."""
    heads = {w[:1].upper() + w[1:] for w in position_words() if w[:1].isalpha()}
    return re.compile(r"[A-Z][a-z’'-]+ [A-Z][a-z’'-]+ " + literal_trie(heads) + r"(?!\w)")


def test_heads_are_letters_and_hyphens() -> None:
    # what the gate's reading of a word run as a head needs
    assert all(re.fullmatch(r"[a-z]+(?:-[a-z]+)*", w) for w in position_words())


@pytest.mark.parametrize("piece", [
    "Ketua Yayasan Mawar Dewi Lestari Ketua Paguyuban Melati Andi Wijaya",
    "Kepala Balai Rudi Hartono Sekretaris Desa Tono",
    "Rudi Hartono Ketua",
    "Rudi Hartono Ketua2 Forum",
    "Rudi Hartono Ketua_Forum",
    "Rudi Hartono Ketuaé Forum",
    "Rudi Hartono Ketua-Forum Baru",
    "Rudi Hartono Ketua’s panel",
    "Rudi Hartono KETUA Forum",
    "Rudi Hartono ketua Forum",
    "Sinta Ayu Vice-rector Bima Putra",
    "Sinta Ayu Vice-rector-elect Bima",
    "Sinta Ayu Vice-chancellorx Bima",
    "Sinta Ayu Co-founder",
    "Sinta Ayu Co-Founder",
    "Sinta O'neil Direktur",
    "Sinta Ayu-Lestari Direktur Utama",
    "Ani Budi Cici Dosen",
    "Ani Budi Cici Dedi Dosen",
    "Ani  Budi Dosen",
    "Ani Budi  Dosen",
    "AniBudi Cici Dosen",
    "Ani B Dosen",
    "Élodie Marie Dosen",
    "Dr. Ani Budi Dosen Kampus",
    "dosen ani budi dosen",
    "",
    "-",
])
def test_head_after_word_as_the_alternation(piece: str) -> None:
    slow = _slow_head_after_word().search(piece) is not None
    assert unmarked_items._head_after_word(piece) is slow


def test_head_after_word_finds_heads_in_chains() -> None:
    # a head whose two names share words with another "Name Name Name" run before it
    assert unmarked_items._head_after_word("Ani Budi Cici Dedi Eko Guru")
    assert not unmarked_items._head_after_word("Ani Budi Cici Dedi Eko Fajar")
