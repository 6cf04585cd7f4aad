"""Speed-only rewrites of the slot readers (round 13, wave 2): each gives what the slower
form gave.

The slots are invented, in the style of the coverage the extractor reads.
"""

from __future__ import annotations

import itertools
import re
import time

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


def test_material_list_gives_up_on_long_lowercase_words_quickly() -> None:
    """A slot of long lowercase words and no lead-in: the old form tried every split of
    every word; the new one answers at once."""
    slot = " " + " ".join(["pengembanganberkelanjutanmasyarakatdesa"] * 6) + " Rina"
    started = time.perf_counter()
    for _ in range(20):
        assert _material_list().match(slot) is None
    assert time.perf_counter() - started < 0.5
