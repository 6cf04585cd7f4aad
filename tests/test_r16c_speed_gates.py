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


@pytest.mark.parametrize("text", [
    "Rektor Laras Wening yang diwakili oleh Dekan Tomi Hadi membuka acara.",
    "Laras Wening yang digantikan oleh Tomi Hadi tidak tampil.",
    "Laras Wening berhalangan hadir dalam diskusi itu.",
    "Laras Wening was represented by Tomi Hadi at the forum.",
    "Laras Wening, who was replaced by Tomi Hadi, sent a note.",
    "Rektor Laras Wening melalui Sekretaris Universitas Tomi Hadi menyampaikan salam.",
    "Rektor Laras Wening lewat Sekretaris Universitas Tomi Hadi menyampaikan salam.",
    "Laras Wening dan Tomi Hadi membuka diskusi daring.",
])
def test_absent_cue_words_in_line_as_any(text: str) -> None:
    # the in-line cue test picks the sentences any() over _CUE_WORDS picks, so the same
    # speakers are dropped
    from index.extract import absent_people
    from index.extract.sentences import Sentence
    from index.model import Speaker

    speakers = [Speaker("Laras Wening"), Speaker("Tomi Hadi")]
    sentences = [Sentence(text, 0, 0)]
    cued = any(w in text for w in absent_people._CUE_WORDS)
    kept = absent_people.without_absent(speakers, sentences)
    if not cued:
        assert kept is speakers
    expected = [s for s in speakers if not (cued and absent_people._not_there(
        s.name, text, [n.name for n in speakers if n is not s]))]
    assert [s.name for s in kept] == [s.name for s in expected]
    assert absent_people.without_absent([], sentences) == []


_OLD_THIS = re.compile(r"\b[A-Z][\w)-]*(,?\s+(?:ini|tersebut)\s+(?:pun\s+|juga\s+|lantas\s+|"
                       r"kemudian\s+)?)([a-z]\w+)|\b[A-Z][\w)-]*(\s+(?:ini|tersebut)),")


def _spans(match: re.Match[str] | None) -> object:
    return None if match is None else [match.span(i) for i in range(4)]


@pytest.mark.parametrize("text", [
    "Namun, Dosen Kampus Merdeka ini menilai bahwa kelas daring cukup.",
    "Menurut Kepala Balai Tani ini, panen naik.",
    "Menurut Kepala Balai Tani tersebut, panen naik.",
    "Guru SMA-Nusa(Timur) tersebut pun menambahkan hal itu.",
    "Ketua X-Ray ini juga menilai.",
    "diskusi ini menilai hal baru, Pak Andi ini lalu pergi",
    "aKetua ini menilai",
    "Ketua_Baru ini menilai",
    "Rektor , ini menilai",
    "Rektor,  tersebut kemudian menyatakan",
    "Rektor ini Menilai lalu Dekan tersebut, ya",
    "Éric Dosen ini menilai",
    "",
])
def test_demonstrative_regex_as_before(text: str) -> None:
    from index.extract import job_anaphora

    assert _spans(job_anaphora._THIS.search(text)) == _spans(_OLD_THIS.search(text))


def test_demonstrative_regex_as_before_on_mixed_strings() -> None:
    import random

    from index.extract import job_anaphora

    rng = random.Random(7)
    parts = ["Ketua", "Dosen", "X", "a", "ini", "tersebut", "pun", "menilai", ",", " ", "  ",
             "-", ")", "(", "_", "é", "É", "2", "juga", "\n"]
    for _ in range(3000):
        text = "".join(rng.choice(parts) + rng.choice(["", " ", " "]) for _ in range(10))
        assert _spans(job_anaphora._THIS.search(text)) == _spans(_OLD_THIS.search(text)), text
