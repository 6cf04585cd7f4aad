"""Two list items with the comma between them left out: "Ketua X Rina Sari Ketua Y Budi".

A job title is a noun phrase whose head comes first ("Ketua KPI", "Kepala Dinas X"), and
its holder's name follows it and closes it. A job's head noun never stands right after the
holder's name inside the same job, so where a capitalised head of a job follows a name that
a job opened, a new item starts there: the writer left out the comma ("... pembicara, seperti
Ketua Dewan X Rina Sari  Ketua Asosiasi Y Budi Santoso, ..."). Without the cut, the second
person takes the whole run as their job, the first one's name included, and the first
person is lost.

The cut is made only when both sides read as a person with a job before the name, and the
left side's name, of two words or more, ends right where the second job starts: a single
capitalised word there is as often the last word of the first job ("Ketua Tim Penggerak
PKK", "Tokoh Intelektual Islam").
"""

from __future__ import annotations

import re
from functools import lru_cache

from index.lexicon import not_name_words, position_words

from .literal_trie import literal_trie
from .people_0_tokens import is_title, tokenize
from .people_3_phrase import parse_person


@lru_cache(maxsize=1)
def _head_after_word() -> re.Pattern[str]:
    """A capitalised job head right after two capitalised words ("... Agung Suprio Ketua"):
    what every cut needs (a name of two words, then the next job), asked of the item in
    one search (yes/no only: see :mod:`literal_trie`)."""
    heads = {w[:1].upper() + w[1:] for w in position_words() if w[:1].isalpha()}
    return re.compile(r"[A-Z][a-z’'-]+ [A-Z][a-z’'-]+ " + literal_trie(heads) + r"(?!\w)")


def _name_like(word: str) -> bool:
    """A capitalised word that may be a name's: none of the words of jobs, bodies or prose
    (``not_name_words``: "Direktorat", "Bidang", "Jenderal")."""
    return is_title(word) and word.casefold() not in not_name_words()


def unmarked_cuts(piece: str) -> list[int]:
    """Offsets in ``piece`` (one list item) where a second job-and-name item starts with no
    comma before it; empty for nearly every item."""
    if _head_after_word().search(piece) is None:
        return []  # (nearly every item: no capitalised job head after two capitalised words)
    heads = position_words()
    tokens = tokenize(piece)
    cuts: list[int] = []
    start = first = 0
    for k in range(3, len(tokens) - 1):
        word = tokens[k].text
        if not (word[:1].isupper() and word.casefold() in heads and _name_like(
                tokens[k - 1].text) and _name_like(tokens[k - 2].text)):
            continue
        if not any(t.text.casefold() in heads for t in tokens[first:k - 2]):
            continue  # no job before the name: "Rina Sari Dosen X" is one name-first item
        left, right = piece[start:tokens[k].start], piece[tokens[k].start:]
        left_person = parse_person(left)
        if left_person is None or not left_person.position or left[left_person.end:].strip() \
                or len(left_person.name.split()) < 2:
            continue  # a name of two words or more closes the left side, its job before it
        right_person = parse_person(right)
        if right_person is None or not right_person.position or right_person.start == 0:
            continue
        cuts.append(tokens[k].start)
        start, first = tokens[k].start, k
    return cuts
