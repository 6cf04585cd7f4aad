"""Speed-only rewrites of the slot readers (round 13, wave 2): each gives what the slower
form gave.

The slots are invented, in the style of the coverage the extractor reads.
"""

from __future__ import annotations

import itertools
import re

from index.extract import reported_speech
from index.extract.people_3_phrase import PersonPhrase, parse_person
from index.extract.people_5_assembly import _ITEM_NUMBER, _numbered_topics, _Piece, _words
from index.extract.people_6_slots import _material_list
from index.lexicon import phrase_pattern, phrases


def _material_list_slowly() -> re.Pattern[str]:
    """The lead-in as it was written before: up to five pieces of optional space and
    lowercase letters, each of which may split a word."""
    return re.compile(r"(?:\s*[a-z]+){0,5}?\s*(?:(?i:" + phrase_pattern(phrases("list_intro"))
                      + r")|\(?\d{1,2}[.)](?=\s))")


_SLOTS = [
    " yang dibahas meliputi kebijakan pangan dan irigasi desa",
    " webinar antara lain: ketahanan pangan, irigasi",
    " 1) Literasi Keuangan; 2) Pajak UMKM",
    " pertama disampaikan oleh Dr. Wulan Sasmita",
    " yang dibawakan sangat menarik bagi para petani muda di desa itu",
    "yaitu",
    " ab cd ef gh ij yaitu x",
    " ab cd ef gh ij kl yaitu x",
    " abcdefghijklmnopqrst Rina",
    " sekolahantaralain",
    "\tdan\n(2) Irigasi",
    " ketahanan pangan di era digital bersama Bapak Joko",
    "",
    "   ",
]


def test_material_list_matches_where_the_slow_form_did() -> None:
    fast, slow = _material_list(), _material_list_slowly()
    for slot in _SLOTS:
        for at in range(len(slot) + 1):
            assert (fast.match(slot, at) is None) == (slow.match(slot, at) is None), (slot, at)


def test_material_list_on_every_short_mix() -> None:
    """Every string of up to four pieces from a small alphabet of spaces, letters, a
    lead-in and item numbers, and a sample of those of five: the two forms agree on each."""
    fast, slow = _material_list(), _material_list_slowly()
    pieces = [" ", "ab", "x", "meliputi", "antara lain", "1)", "2. ", "Rina", "\n", ":"]
    for size in range(6):
        for combo in itertools.product(pieces, repeat=size) if size < 5 else itertools.islice(
                itertools.product(pieces, repeat=size), 0, None, 7):
            slot = "".join(combo)
            assert (fast.match(slot) is None) == (slow.match(slot) is None), slot


def _subject_slowly(text: str, start: int) -> list[reported_speech.Reported]:
    """``reported_speech._subject`` as it was written before: the word sets looked up and
    each word folded again at every test."""
    rs = reported_speech
    depth = 0
    text = rs.blank_nickname_clauses(text)
    scan = rs._SETTING.sub(lambda m: " " * len(m.group()), text)
    for match in rs._WORD.finditer(scan, start):
        word = match.group()
        if word == "(":
            depth += 1
        elif word == ")":
            depth -= 1
        elif depth <= 0 and ((thanks := word.casefold() in rs._thanks_heads() and rs.thanks_regex(
                ).match(scan, match.start()) is not None) or word.casefold() in rs._verbs() or (
                word in rs._say_en_heads())):
            subject = text[start:match.start()].rstrip(" ,")
            adverb = rs._TRAILING_ADVERBS.search(subject)  # "A kembali menyampaikan"
            if adverb is not None and adverb.group(1).casefold() in rs._preverbal():
                subject = subject[:adverb.start()].rstrip(" ,")
            presented = word.casefold() in rs.phrase_set("material_verb")
            if rs._THROUGH.search(subject) and (
                    stand_in := rs._through(subject, start, presented, thanks)):
                return [stand_in]
            both = rs._coordinated(subject, start, presented, thanks) if rs._AND.search(
                subject) else []
            person = rs._subject_person(subject, text[start:match.end()]) if len(
                subject.split()) <= 24 else None
            if both or person is None:
                return both
            return [rs.Reported(person, start + person.start, start + person.end, presented,
                                thanks)]
        elif depth <= 0 and rs.looks_like_verb(word):
            return []
    return []


_REPORTING = [
    "Ketua Himpunan Petani Muda Bagas Wiranata menyampaikan, panen tahun ini naik.",
    "Kepala Dinas Perikanan X, Dr. Lestari Wulandari, M.Si (pembicara utama) menjelaskan hal itu.",
    "Sementara itu, Prof. Arif Nugraha mengucapkan terima kasih kepada Bupati Y, Rahmat.",
    "Dosen Teknik Sipil Universitas Z, Ir. Danu Prasetyo, M.T., dalam webinar tersebut "
    "memaparkan materi jembatan.",
    "Camat Sukamaju Hendra Saputra serta Kepala Desa Mekar Dewi Anggraini, S.E. juga "
    "mengatakan hal serupa.",
    "Peserta (dari (tiga) kota) membahas banyak hal bersama Rina.",
    "Dr. Maya Kusuma explained that the harvest was late.",
    "Acara ini dibuka oleh Wakil Rektor Bidang Akademik, Dr. Yusuf Hamdani.",
    "Ia berharap kegiatan serupa digelar lagi.",
    ") Rina Anggraeni menegaskan hal itu.",
]


def test_subject_reads_as_before() -> None:
    for text in _REPORTING:
        for start in (0, text.find(",") + 2 if "," in text else 0):
            assert reported_speech._subject(text, start) == _subject_slowly(text, start), text


def _pieces(masked: str, people: list[bool]) -> list[_Piece]:
    """The comma-parted pieces of ``masked``, each with a person or none."""
    out, at = [], 0
    for part, has in zip(masked.split(","), people):
        out.append(_Piece(at, at + len(part), _person(part.strip()) if has else None))
        at += len(part) + 1
    return out


def _person(name: str) -> PersonPhrase:
    found = parse_person(name)
    assert found is not None, name
    return found


def _numbered_topics_slowly(pieces: list[_Piece], masked: str) -> bool:
    numbered = [p for p in pieces if _ITEM_NUMBER.search(masked[p.start:p.end])]
    if len(numbered) < 2 or all(p.person is not None for p in numbered):
        return False
    return not any(p.person is not None and (len(_words(p.person)) >= 2 or p.person.handle
                                             or p.person.written != p.person.name)
                   for p in pieces)


def test_numbered_topics_as_before() -> None:
    cases = [
        ("1) Pangan Lokal, 2) Irigasi Desa, 3) Bagas", [False, False, True]),
        ("Pangan Lokal, Irigasi Desa, Bagas", [False, False, True]),
        ("Bagas Wiranata, Dewi Anggraini", [True, True]),
        ("(1) Irigasi, (2) Dr. Dewi Anggraini", [False, True]),
        ("Irigasi 2020, Bagas", [False, True]),
    ]
    for masked, people in cases:
        pieces = _pieces(masked, people)
        assert _numbered_topics(pieces, masked) == _numbered_topics_slowly(pieces, masked)
