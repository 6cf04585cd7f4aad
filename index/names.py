"""People's names: honorifics and degrees off, and an identity key that survives spelling.

``strip_degrees`` turns a name as written ("Dr. H. Gandi, S.Sos., M.Si.") into the name
("Gandi"): honorifics before the name (``index/data/honorifics.txt``), degrees after it
(``degrees.txt``, plus any dotted academic abbreviation such as "S.St.Pi"), social-media
handles ("Rio Ananda@rio_ananda") and everything after the first comma go.

``speaker_key`` is what search aggregates a person's appearances by; it is stored in indexes,
so it must stay stable. Design:

1. the bare name (``strip_degrees``), ASCII-folded and lowercased, nicknames in quotes
   dropped, name abbreviations expanded ("Muh." -> muhammad, "Abd." -> abdul);
2. only the FIRST and the LAST full token count, so middle names and middle initials may be
   present or not ("Samuel A. Pangerapan" = "Samuel Abrijani Pangerapan");
3. a surname written in two words whose second begins with the Javanese linker "ning"
   ("Ayu Ningtyas", "Wahyu Ningsih") is read as the one word it is usually written as
   ("Ayuningtyas"): a word starting with "ning" is the tail of such a compound, not a
   surname of its own, so "Nadia Ayu Ningtyas" = "Nadia Ayuningtyas";
4. each of the two is reduced to a spelling-tolerant code: old Indonesian spellings mapped
   to new (dj->j, nj->ny, tj->c, sj->sy, oe->u: "Soenjoto"/"Sunyoto"), ch/kh->h, ph->f, an h
   after d or t dropped (dh->d, th->t: "Kusumawardhani"/"Kusumawardani", "Fathur"/"Fatur"),
   q->k, z->s, v->f, y->i, every run of vowels after the first letter written as one "a",
   doubled letters collapsed. "Samuel"/"Semuel" -> "samal", "Soekarno"/"Sukarno" -> "sakarna",
   "Muhammad"/"Mohamad" -> "mahamad"; "Ika" and "Eka", "Yunus" and "Anas" stay apart.

Limits, by design: a given name written only as an initial keeps the initial ("M. Fikri
Choirudin" and "Muhammad Fikri Choirudin" differ); old "j" for "y" ("Jusuf"/"Yusuf") and
typos that move a consonant ("Ahamd") are not merged; a one-word name only matches the same
one word; two different people whose first and last names differ only in vowels
("Rizki Santoso"/"Rezki Santosa") share a key; "Nadia Ningtyas" (the compound's head left
out) no longer matches "Nadia Ayu Ningtyas".

Keys are stored in indexes: a change here bumps ``index.schema.SCHEMA_VERSION``.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .lexicon import degrees, honorifics, phrase_set

# Segments are separated by full stops ("S.St.Pi", "M.PKim"); "H.Maming" has one segment
# of six letters, so it is an initial glued to a name, not a degree.
_DOTTED_DEGREE = re.compile(r"^[A-Z][A-Za-z]{0,3}\.[A-Za-z]{1,5}(?:\.[A-Za-z]{1,5}){0,2}\.?$")
_WEB_SUFFIXES = frozenset({"com", "id", "org", "net", "co", "ac", "go", "edu", "io", "my"})
_SPECIALTY = re.compile(r"\([A-Z]{1,3}\)$")
_MARKS = re.compile("[®™\ufe0f]")
_HANDLE = re.compile(r"@[\w.]*\w")
_NICKNAME = re.compile(r"[“\"‘][^“”\"‘’]{1,30}[”\"’]")
_GLUED_DEGREE = re.compile(r"^(.*[a-z]{2})\.(\S+)$")
_GLUED_HONORIFIC = re.compile(r"^([A-Za-z]{1,4}\.)([A-Z][a-z]\S*)$")
_ABBREVIATED_NAMES = {
    "muh": "muhammad", "mhd": "muhammad", "moh": "mohammad", "moch": "mochammad",
    "mochd": "mochammad", "abd": "abdul", "ach": "achmad", "st": "siti",
}
_SPELLING = (
    ("dj", "j"), ("nj", "ny"), ("tj", "c"), ("sj", "sy"), ("oe", "u"), ("ch", "h"),
    ("kh", "h"),
    ("ph", "f"), ("dh", "d"), ("th", "t"), ("q", "k"), ("x", "ks"), ("z", "s"), ("v", "f"),
    ("y", "i"),
)
_COMPOUND_TAIL = "ning"
"""A word starting with this (and longer) ends a Javanese compound name written apart."""
_VOWELS = re.compile(r"[aeiou]+")
_DOUBLES = re.compile(r"(.)\1+")


def _fold(token: str) -> str:
    return _MARKS.sub("", token).replace(".", "").replace(" ", "").casefold()


# Styles of address written only with their full stops ("H.E. Dato' Rina", "H.R.H. Prince
# Ali"): without the stops they would read as words ("he"), so they are not in the list.
# The Malay and Indonesian styles "Yang ..." are one class of them, abbreviated by their
# initials: "Y.M." (Yang Mulia), "Y.A.M." (Yang Amat Mulia), "Y.B." (Yang Berhormat),
# "Y.A.B." (Yang Amat Berhormat), "Y.Bhg." (Yang Berbahagia). Dotted capitals read as a
# degree otherwise, whose full stop ends the sentence before the name they address.
_DOTTED_HONORIFICS = frozenset({"h.e.", "h.e", "h.r.h.", "h.r.h"} | {
    form + end for form in ("y.m", "y.a.m", "y.b", "y.a.b", "y.bhg") for end in ("", ".")})


@lru_cache(maxsize=8192)
def is_honorific(token: str) -> bool:
    """``token`` is a title or form of address written before a name ("Dr.", "Bapak"), or
    titles glued by their full stops ("Dr.Ir.", "Prof.Dr.")."""
    if _fold(token) in honorifics() or token.casefold() in _DOTTED_HONORIFICS:
        return True
    if not token.endswith(".") or token.count(".") < 2:
        return False
    parts = [p for p in token.split(".") if p]
    return len(parts) >= 2 and all(_fold(p) in honorifics() for p in parts)


@lru_cache(maxsize=8192)
def is_degree(token: str) -> bool:
    """``token`` is an academic degree or certification written after a name."""
    # "M.Hum,." - a comma typed before the full stop
    bare = _SPECIALTY.sub("", _MARKS.sub("", token.strip(",;").removesuffix(",.")))
    if not bare:
        return False
    if _fold(bare) in degrees():
        return True
    if _DOTTED_DEGREE.match(bare):
        return bare.rstrip(".").rsplit(".", 1)[-1].casefold() not in _WEB_SUFFIXES
    return False


@lru_cache(maxsize=8192)
def is_listed_degree(token: str) -> bool:
    """``token`` is in the degree list itself (not only shaped like a degree). Cached: asked
    of many words of every phrase, and it reads the word and the fixed list only."""
    return _fold(_SPECIALTY.sub("", token.strip(",;"))) in degrees()


@lru_cache(maxsize=8192)
def is_initial(token: str) -> bool:
    """A single capital letter, with or without a full stop ("A.", "M"). Cached: asked of
    nearly every word of every phrase, a look-up is quicker than the test."""
    return len(token.rstrip(".")) == 1 and token[0].isupper()


def _unglue(token: str) -> str:
    """"Putri.MH" -> "Putri" (a degree glued to the name by a full stop)."""
    match = _GLUED_DEGREE.match(token)
    if match and is_degree(match.group(2)):
        return match.group(1)
    return token


@lru_cache(maxsize=8192)
def strip_degrees(written: str) -> str:
    """``written`` without honorifics, degrees, handles and anything after a comma."""
    text = _HANDLE.sub(" ", written)
    head = text.split(",", 1)[0]
    tokens = [_unglue(t) for t in head.split()]
    while tokens and (glued := _GLUED_HONORIFIC.match(tokens[0])) and is_honorific(glued[1]):
        tokens[0] = glued[2]
        while len(tokens) > 1 and is_honorific(tokens[0]):
            tokens.pop(0)
    while len(tokens) > 1 and is_honorific(tokens[0]):
        tokens.pop(0)
        if (glued := _GLUED_HONORIFIC.match(tokens[0])) and is_honorific(glued[1]):
            tokens[0] = glued[2]
    while len(tokens) > 1 and (is_degree(tokens[-1]) or _SPECIALTY.fullmatch(tokens[-1])):
        tokens.pop()
    if tokens and tokens[-1].endswith(".") and not is_initial(tokens[-1]):
        if tokens[-1].rstrip(".").casefold() not in phrase_set("name_abbrev"):
            tokens[-1] = tokens[-1].rstrip(".")
    bare = " ".join(t for t in tokens if t)
    if not bare and (handle := _HANDLE.search(written)):
        return handle.group()  # a person known only by a handle ("@rinakusuma")
    return bare


_NON_LETTERS = re.compile(r"[^a-z]+")
"""Anything but a letter of a folded ASCII name: it parts the name's words."""


def _ascii_words(name: str) -> list[str]:
    folded = unicodedata.normalize("NFKD", _NICKNAME.sub(" ", name))
    folded = folded.encode("ascii", "ignore").decode("ascii").casefold()
    return [w for w in _NON_LETTERS.split(folded) if w]


def _code(word: str) -> str:
    word = _ABBREVIATED_NAMES.get(word, word)
    for old, new in _SPELLING:
        # A leading "y" is a consonant ("Yunus" is not "Iunus"); elsewhere it spells /i/.
        word = word[0] + word[1:].replace(old, new) if old == "y" else word.replace(old, new)
    # The first letter stays as written even when a vowel: "Ika" and "Eka" are two names.
    return _DOUBLES.sub(r"\1", word[:1] + _VOWELS.sub("a", word[1:]))


@lru_cache(maxsize=65536)
def name_code(word: str) -> str:
    """The spelling-tolerant code of one word of a name ("Semuel" -> ``"samal"``), the unit
    identity keys are made of; ``""`` for a word without letters.

    Search compares a typed word with the first and last parts of indexed keys this way, so
    "Soekarno" finds a speaker written "Sukarno" even when the rest of the name is not typed.
    """
    words = _ascii_words(word)
    return _code("".join(words)) if words else ""


def _surname(full: list[str]) -> str:
    """The last name part of a name's full words (three or more), a compound rejoined.

    "Ayu Ningtyas" at the end of a longer name is one surname written in two words; the
    first word of the name is never part of it ("Sri Ningsih" keeps "Ningsih").
    """
    last = full[-1]
    if len(full) >= 3 and last.startswith(_COMPOUND_TAIL) and len(last) > len(_COMPOUND_TAIL):
        return full[-2] + last
    return last


@lru_cache(maxsize=8192)
def speaker_key(name: str) -> str:
    """The identity key of ``name``: ``"samal-pangarapan"`` for "Samuel A. Pangerapan".

    Lowercase ASCII letters and one hyphen, never a comma (the index stores keys in a
    comma-separated field). An empty string when ``name`` holds no letters.
    """
    words = _ascii_words(strip_degrees(name))
    if not words:
        return ""
    full = [w for w in words if len(w) > 1 or w in _ABBREVIATED_NAMES]
    if not full:
        return "-".join(words)
    first = words[0] if len(words[0]) == 1 and words[0] not in _ABBREVIATED_NAMES else None
    first_code = first if first is not None else _code(full[0])
    if first is None and len(full) == 1:
        return first_code
    return f"{first_code}-{_code(_surname(full))}"


def key_prefix(typed: str) -> str:
    """What a user typed when looking a speaker up, as the start of identity keys.

    "Sam", "Semuel" and "Samuel" all become prefixes of ``"samal-pangarapan"``; two words
    are read as the given name and the start of the surname ("Samuel Pang" ->
    ``"samal-pang"``). Middle names cannot be matched this way, since keys do not hold them.
    """
    words = _ascii_words(strip_degrees(typed))
    if not words:
        return ""
    if len(words) == 1:
        return _code(words[0])
    return f"{_code(words[0])}-{_code(_surname(words))}"

