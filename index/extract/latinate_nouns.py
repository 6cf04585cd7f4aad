"""Latinate nouns of an act or a state are never name words.

Why: the names of offices, ministries, units and fields are built from nouns made with the
Latin suffix -ation / -cracy, which Indonesian writes -asi ("Reformasi", "Birokrasi",
"Komunikasi", "Organisasi") and English -tion / -sion ("Rehabilitation", "Education",
"Commission"). In a title they stand exactly where a name would ("Kementerian
Pendayagunaan Aparatur Negara dan Reformasi Birokrasi, A", "Director General of Social
Rehabilitation A"), and two of them read as a two-word name: a list is then cut before them
and the real name is left on its own, or they are glued to the name. The class is open (any
such noun of any field), so it is told by its shape and a dictionary, not enumerated: a word
of eight letters or more with the suffix that the language's dictionary holds in lower case
(Sastrawi's roots for Indonesian, the generated SCOWL list for English). No given name or
family name is such a word; a shorter one may be ("Rasi", "Wasi"), so it is left alone.

Two more Latinate derivations behave the same way. English -ment nouns of an act or its
result ("Agreement", "Government", "Development") head the names of treaties, programmes and
bodies ("the X Agreement", "the Y Government"), which an English report capitalises next to a
place or a people's adjective: "Paris"-like or "-ian" words the dictionary writes with a capital,
so :mod:`english_words` cannot tell the pair from a name. Indonesian adjectives in -is (Dutch
-isch: "strategis", "ekonomis", "psikologis", "demokratis") close the name of a field or unit
("Bidang Komunikasi Strategis") right where the holder's name follows, and get glued to it.
The dictionary test and the eight-letter floor keep names out ("Idris", "Yunis" are short or
no dictionary words); "-lis" is left out ("Mukhlis" is a given name the dictionary also holds).
"""

from __future__ import annotations

from .english_words import english_words
from .root_words import root_words

_ENGLISH_SUFFIXES = ("tion", "sion", "ment")
# -is adjectives of the Indonesian dictionary ("strategis", "ekonomis", "teknologis"); not "-lis"
_IS_ADJECTIVES = ("tis", "gis", "mis", "kis", "nis", "ris", "sis")


def latinate_noun(word: str) -> bool:
    """``word`` (any case, a full stop after it allowed) is an Indonesian -asi noun or -is
    adjective, or an English -tion/-sion/-ment noun, of eight letters or more that the
    dictionary of its language holds. (Not cached: a fold and a set lookup cost less than an
    entry, and in a crawl few words come back.)"""
    lower = word.rstrip(".").casefold()
    if len(lower) < 8:
        return False
    if lower.endswith("asi") or lower.endswith(_IS_ADJECTIVES):
        return lower in root_words()
    return lower.endswith(_ENGLISH_SUFFIXES) and lower in english_words()
