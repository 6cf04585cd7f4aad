"""A short name the article spells out elsewhere is a body's name, not a first name.

Why: Indonesian coverage writes a job, its body's short name and the holder's name with no
mark between them ("Wakil Ketua Lazisda Rudi Hartono", "Kepala BP Sumbagsel Dodi Pratama").
A syllable acronym ("Lazisda", "Sumbagsel", "Kemenkes") is written like a given name, so the
run reads as a three-word name. The same article usually gives the long form too: in
brackets before the short one ("Lembaga Amil Zakat Infak Daerah (Lazisda)"), or just as
prose ("... kontraktor di Sumatera Bagian Selatan"). A word the article defines this way
names a body, so it never starts a person's name.

Two kinds of evidence, each guarded against a person's nickname:

- a bracket: "(W)" right after two or more capitalised words whose first word starts with
  W's first letter and that hold W's letters in order, one of them a word no name has
  ("Badan", "Nasional", "Daerah"); "Rahmat Hidayat (Dayat)" has no such word;
- prose: W cut into pieces of two letters or more, each the start of one of two or more
  consecutive capitalised words in the article ("Sum|bag|sel" <- "Sumatera Bagian
  Selatan"), one of them again a word no name has. Only words of six letters or more are
  tried: a short given name ("Rina") is too easily spelled by chance.

The article's capitalised runs are read once per article (cached); each person's first word
is then checked against them, with no regex built per candidate.
"""

from __future__ import annotations

import re
from functools import lru_cache

from index.lexicon import not_name_words, phrase_set

_CONNECTOR_WORDS = ("dan", "dari", "untuk", "di", "of", "and", "the", "for", "&")
"""Small words inside a body's long name ("Badan Amil Zakat dan Infak", "Institute of X"):
they spell no letter of its short name."""
_CONNECTORS = frozenset(_CONNECTOR_WORDS)
# a capitalised run: words joined by single spaces, small connectors allowed inside
_RUN = re.compile(r"[A-Z][A-Za-z]+(?:\s(?:(?:" + "|".join(_CONNECTOR_WORDS) + r")\s)?"
                  r"[A-Z][A-Za-z]+)+")
_BRACKETED = re.compile(r"\(([A-Z][A-Za-z]{2,})\)")
_MIN_PROSE = 6


def _lexical(words: list[str]) -> bool:
    """One of ``words`` is a word no person's name has (so the phrase is no person)."""
    names = not_name_words()
    return any(w.casefold() in names for w in words)


@lru_cache(maxsize=16)
def _runs(text: str) -> tuple[tuple[str, str], ...]:
    """The capitalised runs of two words or more in ``text``, each with its case-folded
    copy (one ``findall`` in C; only the few runs a candidate could come from are split)."""
    return tuple((run, run.casefold()) for run in _RUN.findall(text))


@lru_cache(maxsize=64)
def _run_starts(text: str, key: str) -> tuple[tuple[str, ...], ...]:
    """The capitalised runs of ``text`` (without their connectors) cut at each word whose
    first two letters are ``key`` (case-folded), in the text's order, so that a candidate is
    checked only against the phrases that could spell it. A run is split only when ``key``
    occurs in it at all: most runs of an article hold no word a given candidate starts like."""
    found: list[tuple[str, ...]] = []
    for raw, folded in _runs(text):
        if key not in folded:
            continue
        run = tuple(w for w in raw.split() if w.casefold() not in _CONNECTORS)
        found.extend(run[k:k + 6] for k in range(len(run) - 1) if run[k][:2].casefold() == key)
    return tuple(found)


@lru_cache(maxsize=16)
def _defined(text: str) -> frozenset[str]:
    """Short names the article defines in brackets after their long form."""
    found = set()
    for m in _BRACKETED.finditer(text):
        short = m.group(1)
        before = text[max(0, m.start() - 160):m.start()].rstrip()
        words = before.split()[-10:]
        # the capitalised words right before the bracket
        long: list[str] = []
        for w in reversed(words):
            if w[:1].isupper() and w.isalpha():
                long.insert(0, w)
            elif w.casefold() in _CONNECTORS:
                continue
            else:
                break
        if len(long) < 2 or not _lexical(long):
            continue
        first = next((k for k, w in enumerate(long) if w[0].casefold() == short[0].casefold()),
                     None)
        if first is None or len(long) - first < 2:
            continue
        if _in_order(short.casefold(), "".join(long[first:]).casefold()):
            found.add(short)
    return frozenset(found)


def _in_order(letters: str, spelled: str) -> bool:
    """Every letter of ``letters`` occurs in ``spelled`` in the same order."""
    at = 0
    for char in letters:
        at = spelled.find(char, at)
        if at == -1:
            return False
        at += 1
    return True


def _spelled_by(lower: str, run: tuple[str, ...]) -> bool:
    """Some part of ``run`` (its first two words or more) spells ``lower``: ``lower`` is the
    starts (two letters or more) of all of the part's words, in order, and of nothing more,
    and one of the part's words is one no name has (:func:`_lexical`).

    Read word by word: ``reach`` holds every length of ``lower``'s opening that the run's
    words so far can spell, each giving a start of two letters or more. One pass over the run
    answers every part at once, where trying each part's cuts afresh cost time that grew
    with the number of ways to cut ``lower``, for every part of every run."""
    reach = {0}
    for end, word in enumerate(run, 1):
        head = word.casefold()
        grown: set[int] = set()
        for at in reach:
            size = 0
            room = min(len(head), len(lower) - at)
            while size < room and head[size] == lower[at + size]:
                size += 1
            grown.update(range(at + 2, at + size + 1))  # (a start of two letters or more)
        reach = grown
        if not reach:
            return False  # no longer part can spell it either
        if end >= 2 and len(lower) in reach and _lexical(list(run[:end])):
            return True
    return False


def _spelled_in_prose(word: str, text: str) -> bool:
    """``word`` is the syllables of two or more consecutive capitalised words of ``text``."""
    lower = word.casefold()
    # Each word of a part gives two letters or more (:func:`_spelled_by`), so a part of
    # more than half as many words as ``lower`` has letters spells nothing: a run is read
    # only up to that many words, and a run whose first words were read already (the same
    # names again, in a long page: the same answer) is not read twice.
    most = len(lower) // 2
    read: set[tuple[str, ...]] = set()
    for run in _run_starts(text, lower[:2]):
        run = run[:most]
        if run not in read:
            read.add(run)
            if _spelled_by(lower, run):
                return True
    return False


def body_acronym(word: str, text: str) -> bool:
    """``word``, written first in a person's name, is a short name the article ``text``
    spells out, so it belongs to the body before the name."""
    if not text or len(word) < 3 or not word[:1].isupper() or not word.isalpha():
        return False
    if word.casefold() in phrase_set("name_title"):
        return False
    if word in _defined(text):
        return True
    return len(word) >= _MIN_PROSE and _spelled_in_prose(word, text)
