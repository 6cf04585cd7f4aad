"""Balinese name parts: gender markers, caste titles and birth-order names.

A Balinese personal name opens with parts that say who the person is rather than naming
them alone: a gender marker ("I" for a man, "Ni" for a woman), a caste title ("Anak Agung",
"Ida Bagus", "Ida Ayu", "I Gusti", "Cokorda", "Dewa", "Desak") and a birth-order name
("Wayan", "Putu", "Gede", "Made", "Kadek", "Nengah", "Nyoman", "Komang", "Ketut"). By the
labelling conventions they are parts of the name ("I Gusti Ayu Rina Dewi", "Anak Agung
Sari", "Ni Kadek Ayu"), like the inherited titles of other regions. Two things hide them
from a reader that takes a name as a run of capitalised words:

- a caste title whose first word is also a common noun: "Anak Agung" ("anak" is the child
  of "Dokter Spesialis Anak", a word of jobs), so "Anak" is read as the job before the name
  "Agung ...";
- parts typed in lower case, which happens with these words more than with any given
  name ("I gusti Ayu ...", "Ni kadek sari selaku moderator"): a lower-case word never
  starts or continues a name elsewhere.

Both are read here from a closed list (``regional_part`` in ``phrases.tsv``) and from the
part's place: a lower-case part counts only right after the gender marker or another part,
and never where it is an ordinary English word ("I made the call"). A name whose parts are
typed in lower case may go on in lower case up to the apposition that gives its role ("Ni
kadek sari selaku moderator"): the writer typed the whole name so.

Priestly titles are not name parts: "Ida Pedanda", "Ida Rsi", "Ida Bhagawan" open with the
same honorific "Ida" as the caste titles, but then the priest's title follows
(``honorifics.txt``: "Pedanda"), so there "Ida" belongs to the title and not to the name.
"""

from __future__ import annotations

from functools import lru_cache

from index.lexicon import phrase_set
from index.names import is_honorific

from .english_words import english_words
from .people_0_tokens import Token

# The gender markers that open a Balinese name ("I Wayan ...", "Ni Made ...").
_MARKERS = frozenset({"I", "Ni"})


def regional_part(word: str) -> bool:
    """``word`` is a Balinese caste title or birth-order name, in any case ("Gusti",
    "kadek"). (Not cached: a fold and a set lookup cost less than an entry, and in a crawl
    almost every word asked about is new.)"""
    return word.rstrip(".").casefold() in phrase_set("regional_part")


def _part_before(tokens: list[Token], i: int) -> bool:
    """The token before ``i`` opens or continues a Balinese name: the gender marker written
    with its capital ("I", "Ni") or another part in any case."""
    if i == 0:
        return False
    before = tokens[i - 1].text
    return before in _MARKERS or regional_part(before)


def lower_part(tokens: list[Token], i: int) -> bool:
    """Token ``i`` is a Balinese name part typed in lower case inside a name ("I gusti",
    "Ni kadek"): a listed part right after the gender marker or another part, and no
    ordinary English word ("I made ..." is English)."""
    tok = tokens[i].text
    return tok.isalpha() and tok.islower() and regional_part(tok) and (
        tok not in english_words()) and _part_before(tokens, i)


def caste_pair(tokens: list[Token], i: int) -> bool:
    """Token ``i`` is the first word of a two-word caste title whose first word is also a
    common noun ("Anak Agung"): a name word when the title's second word follows."""
    if i + 1 >= len(tokens) or tokens[i].text.casefold() not in title_firsts():
        return False  # (a token holds no space: its fold is the pair's first word)
    pair = f"{tokens[i].text} {tokens[i + 1].text}".casefold()
    return tokens[i].text[:1].isupper() and pair in phrase_set("regional_title")


@lru_cache(maxsize=None)
def title_firsts() -> frozenset[str]:
    """First words of the two-word caste titles: a quick test before the pair is built."""
    return frozenset(p.split(" ", 1)[0] for p in phrase_set("regional_title"))


def typed_lower(tokens: list[Token], first: int, last: int) -> bool:
    """The name ``first``..``last`` holds a part typed in lower case ("Ni kadek"): the
    writer typed the name so, and lower-case words that follow it up to its apposition are
    more of it."""
    return any(tokens[k].text.islower() and regional_part(tokens[k].text)
               for k in range(first + 1, last + 1))


def priest_title(tokens: list[Token], i: int) -> bool:
    """Token ``i`` is "Ida" before a priest's title ("Ida Pedanda X", "Ida Rsi X"): part of
    that title, not of the name."""
    return tokens[i].text.casefold() == "ida" and i + 1 < len(tokens) and (
        tokens[i + 1].text.rstrip(".").casefold() in phrase_set("priest_title")) and (
        is_honorific(tokens[i + 1].text))
