"""A position that ends in a town's name is complete: the name after it is a person's.

In a list written position first, "Jabatan Badan X, Nama" makes the list reader take the
capitalised words read as a name at the end of a position ("Ketua Yayasan Budi Mulia,
Rina") for the end of the body's name, when a bare name follows (rule 3 of
:mod:`.people_5_assembly`). A body's name, or a regional head's title, ends at the town it
is placed in ("Bupati Ngawi", "Dinas Pendidikan Kabupaten Ngawi", "Universitas Negeri
Malang"): capitalised words after the town are no more of that title, so they name the
holder ("Bupati Ngawi Sumarjo, Rusdianto dan ..." lists two people, not one).
"""

from __future__ import annotations

from functools import lru_cache

from index.lexicon import position_words

from .gazetteer import may_start_place, place_at, place_words

# The longest town name the test looks back for ("Kepulauan Bangka Belitung", "Tanjung
# Jabung Barat"): a town is matched as the last one to three words of the position.
_MAX_TOWN_WORDS = 3


def town_closes(position: str | None) -> bool:
    """``position`` ends in a place name of the gazetteer, written whole."""
    if not position:
        return False
    words = position.split()[-_MAX_TOWN_WORDS:]
    for n in range(len(words), 0, -1):
        tail = words[-n:]
        if may_start_place(tail[0]) and place_at(tail) == n:
            return True
    return False


def held_after_town(words: list[str], first: int) -> bool:
    """The one capitalised word at ``first`` follows a job placed in a town ("Bupati Ngawi
    Sumarjo yang ...", "Kepala Dinas Kota Ngawi Sumarjo mengatakan"): the title ends at
    its town, so the word after it is its holder's name, whatever follows the name (a
    relative clause, a verb), as a name does after a comma. Not when the word makes the
    town a longer place ("Bupati Bandung Barat") or is a place itself."""
    word = words[first]
    if not word[:1].isupper() or may_start_place(word) and place_at([word]):
        return False
    for n in range(min(_MAX_TOWN_WORDS, first - 1), 0, -1):
        town = words[first - n:first]
        if not may_start_place(town[0]) or place_at(town) != n:
            continue
        if place_at([*town, word]) > n:
            return False
        return words[first - n - 1].rstrip(".").casefold() in _job_or_unit()
    return False


@lru_cache(maxsize=1)
def _job_or_unit() -> frozenset[str]:
    """Words that stand right before a town in a placed title: job words ("Bupati",
    "Camat", "Ketua") and the units of a town's name ("Kota", "Kabupaten"); read once."""
    return frozenset(position_words() | place_words().units | place_words().heads)
