"""Indonesian root words, read from the dictionary that ships with PySastrawi.

A capitalised word made of a dictionary root and the suffix -an ("Bimbingan" from
"bimbing", "Paparan" from "papar", "Tantangan" from "tantang") is a noun of an act or a
thing, the way an office, a programme or a heading is named, never a person. The
pe(r)-/ke-...-an nouns are already told apart by their shape (people_1_runs); the bare -an
noun needs the root, because many names end in -an too ("Gunawan", "Setiawan", "Rahman",
"Ardian"). The root must have five letters or more: a short "root" is often only the
first half of a name ("Ardi-an", "Juli-an", "Sum-an"), and a word the dictionary lists
itself (given names such as "Budiman" are listed) is left as it is.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def root_words() -> frozenset[str]:
    """The root words of Sastrawi's dictionary (lower case)."""
    text = resources.files("Sastrawi.Stemmer.data").joinpath("kata-dasar.txt").read_text(
        encoding="utf-8")
    return frozenset(w.strip() for w in text.split() if w.strip())


def an_noun(word: str) -> bool:
    """``word`` (any case) is a dictionary root of five letters or more plus -an, and not
    itself a listed word ("Bimbingan", "Paparan"; not "Rahman", "Ardian", "Budiman").
    (Not cached: two set lookups cost less than an entry, and in a crawl few words come
    back.)"""
    lower = word.rstrip(".").casefold()
    if len(lower) < 7 or not lower.endswith("an") or not lower.isalpha():
        return False
    roots = root_words()
    return lower not in roots and lower[:-2] in roots


def dictionary_word(word: str) -> bool:
    """``word`` is a root of the dictionary ("Hasil", "Ajun"), or one with the quantifying
    prefix se- ("Sebagian", "Sejumlah"): a sentence may open with it before a lower-case
    word that is also a job's ("Hasil data ...", "Sebagian besar ..."), so that order
    alone does not make it a name."""
    roots = root_words()
    if word in roots:
        return True
    stem = word[2:] if word.startswith("se") else ""
    return bool(stem) and (stem in roots or stem.removesuffix("an") in roots)
