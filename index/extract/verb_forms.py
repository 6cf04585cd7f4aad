"""Active verbs made with ber- or meN- are never name words.

Why: Indonesian marks an intransitive or active verb by a prefix on a dictionary root:
ber- ("berperan", "bersinergi", "berkolaborasi"; be- before r and some roots, "bekerja") and
meN- ("membangun", "menjaga", "mengajak", with p/t/k/s of the root dropped after the nasal:
"memimpin" from "pimpin"). A headline in title case or in capitals ("BERPERAN AKTIF",
"Membangun Desa Digital") puts such a verb where a name would stand, and two of them, or
one before a capitalised noun, read as a two-word name. The class is open (any root takes
the prefix), so it is told by morphology and the root dictionary (Sastrawi), not
enumerated. Given names start with these letters too ("Bernadus", "Mentari", "Bermuda"), so
the word must not be a dictionary word itself, the rest must be a root of four letters or
more, and the whole word seven letters or more.
"""

from __future__ import annotations

from .english_words import english_words
from .root_words import root_words

# prefix -> the root's first letter the nasal replaced ("" when none was dropped)
_PREFIXES = (("ber", ""), ("be", ""), ("meng", "k"), ("meng", ""), ("meny", "s"),
             ("mem", "p"), ("mem", ""), ("men", "t"), ("men", ""), ("me", ""))


def active_verb(word: str) -> bool:
    """``word`` (lower case) is a ber-/meN- verb on a root of four letters or more of the
    dictionary, and no dictionary word of either language itself."""
    if len(word) < 7 or not word.startswith(("be", "me")) or not word.isalpha():
        return False
    roots = root_words()
    if word in roots or word in english_words():
        return False
    for prefix, dropped in _PREFIXES:
        if word.startswith(prefix):
            rest = dropped + word[len(prefix):]
            if len(rest) >= 4 and rest in roots:
                return True
    return False
