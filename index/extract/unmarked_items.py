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

from .people_0_tokens import is_title, tokenize
from .people_3_phrase import parse_person


# A capitalised word after two capitalised words ("... Agung Suprio Ketua"), found at every
# capital (each match holds only that capital, so matches that share words are all found):
# what every cut needs is a name of two words, then the next job's head there.
_THIRD_CAPITAL = re.compile(r"[A-Z](?=[a-z’'-]+ [A-Z][a-z’'-]+ ([A-Z][\w-]*))")


@lru_cache(maxsize=1)
def _capital_heads() -> frozenset[str]:
    """The job heads as written at the start of a capitalised word ("Ketua", "Vice-rector")."""
    return frozenset(w[:1].upper() + w[1:] for w in position_words() if w[:1].isalpha())


def _head_after_word(piece: str) -> bool:
    """A capitalised job head, a whole word (no letter, digit or "_" right after it), right
    after two capitalised words: what every cut needs, asked of the item before its tokens.

    Why not one regex of all the heads: its compile (some 600 words) costs more than all
    the searches of a pass. Each head is written in letters and hyphens, so a head that
    stands at a word ``run`` (``[A-Z][\\w-]*``) and ends a word is the whole run or the run
    cut before one of its hyphens ("Vice-rector-elect": "Vice", "Vice-rector"); the same
    answer as a search of "Name Name Head(?!\\w)" with the heads as alternatives."""
    heads = _capital_heads()
    if "-" not in piece:
        # (nearly every item: no hyphen, so the run is the one word a head may be; the
        # runs found and matched against the set in C, with no Python step a run)
        return not heads.isdisjoint(_THIRD_CAPITAL.findall(piece))
    for match in _THIRD_CAPITAL.finditer(piece):
        run = match[1]
        if run in heads:
            return True
        cut = run.find("-")
        while cut > 0:
            if run[:cut] in heads:
                return True
            cut = run.find("-", cut + 1)
    return False


def _name_like(word: str) -> bool:
    """A capitalised word that may be a name's: none of the words of jobs, bodies or prose
    (``not_name_words``: "Direktorat", "Bidang", "Jenderal")."""
    return is_title(word) and word.casefold() not in not_name_words()


def unmarked_cuts(piece: str) -> list[int]:
    """Offsets in ``piece`` (one list item) where a second job-and-name item starts with no
    comma before it; empty for nearly every item."""
    if not _head_after_word(piece):
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
