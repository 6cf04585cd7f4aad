"""Document-level place evidence: a word the article itself uses as a place is no name word
at the edge of a person's name, and "X se-Place" is a group, not a person.

Why: Indonesian coverage writes a job, its body, the body's town and the holder's name with
no mark between them ("Ketua Umum KONI Kab. Sukamaju Rudi", "ketua harian Persani Pengkab,
Sukamaju Rudi", "Kepala BP Sukamaju menyampaikan"), and a town is written like a given name.
Many real names are also place words ("Erwin Talaud", "Bima Arya"), so the word itself says
nothing; the article does. A word it writes where only a place can stand is a place in that
article:

- after a unit word: "Kabupaten X", "Kab. X", "Kota X", "Kec. X", "Desa X", "Provinsi X",
  "Pulau X", and a branch's "Cabang X" (a branch is named by its area);
- after a locative or source preposition ("di", "ke", "dari") when the gazetteer knows the
  word as a place ("di Batam": the gazetteer alone is not enough, "Batu", "Bima" are names
  too; "dari Rina" is a person, so the gazetteer is required after a preposition);
- after the distributive "se-"/"se " ("se-Sukamaju": all of Sukamaju).

Such a word standing alone as a name ("Kepala BP Sukamaju": the head of the Sukamaju office,
no one named) is no person, and standing first in a name written after a position with no
honorific before it ("Pengkab, Sukamaju Rudi") it belongs to the position.

The distributive "se-"/"se " after a run ("Pemangku se-Pulau Seberang", "Ketua Pasraman se
Kabupaten X") makes the run a group over an area (all the X of that place): a grammatical
frame, no person is "someone se-somewhere".

The places are read once per article (one ``finditer``) and handed over in a context variable
like :mod:`.case_evidence`, as the phrase parser is reached from many places.
"""

from __future__ import annotations

import re
from contextlib import AbstractContextManager
from contextvars import ContextVar
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from index.names import is_initial

from .evidence_scope import bound
from .gazetteer import place_at, place_words

if TYPE_CHECKING:  # the people steps import this module: no import at run time
    from .people_6_frames import Mention

# Units that name a place right after them, beyond the gazetteer's own unit words: a
# district shortened ("Kec."), an island, and a branch, which is named by its area.
_EXTRA_UNITS = frozenset({"kec", "pulau", "cabang"})
_PREPOSITIONS = frozenset({"di", "ke", "dari"})

# A frame word (any case; abbreviations with their full stop) or the distributive "se-"/"se ",
# then a capitalised word.
# The capitalised word is read in a lookahead, so that it may be the next frame's cue too
# ("di Kota X", "se Pulau X"). "Wali Kota X" is the mayor's title, written in two words: X
# may be the mayor's name ("Wali Kota Rudi Hartono").
_FRAME = re.compile(r"(?<![\w-])(?<![Ww]ali )(?<!WALI )([A-Za-z]+)(\.?[ \t]+|-)"
                    r"(?=([A-Z][A-Za-z'’]+))")

_PLACES: ContextVar[frozenset[str]] = ContextVar("article_places", default=frozenset())


def _units() -> frozenset[str]:
    """The gazetteer's place units ("kabupaten", "kota") and the extra ones this module reads
    ("cabang"): a word after one is the name of a place."""
    return place_words().units | _EXTRA_UNITS


@lru_cache(maxsize=None)
def _cue_frame() -> re.Pattern[str]:
    """``_FRAME`` with its cue narrowed to the words :func:`places_in` keeps: "se" and the
    prepositions as written, a unit word in any (ASCII) case. The cue is a whole run of
    letters either way (a separator follows it), so the matches are ``_FRAME``'s whose cue
    counts, and the loop no longer visits every word before a capital.

    Written to open with the class of the cues' first letters: a regex that opens with a
    lookbehind gets no quick scan and was tried (three lookbehinds) at every character of
    every article. Why the same matches: the first letter is consumed, then the three
    lookbehinds are tried one character further back (``(?<![\\w-].)`` looks at the
    character before the cue as ``(?<![\\w-])`` did before it; at the text's start neither
    finds one), and each cue word is its first letter (checked by a lookbehind, in the
    cue's own case rule) followed by the rest. A cue is a whole run of letters (a separator
    must follow, a non-word character precede), so which alternative matches never changes
    the span or the groups."""
    units = sorted((u for u in _units() if re.fullmatch(r"[a-z]+", u)), key=len, reverse=True)
    exact = sorted(_PREPOSITIONS | {"se"}, key=len, reverse=True)
    first = sorted({w[0] for w in exact} | {c for u in units for c in (u[0], u[0].upper())})
    cues = [f"(?<={w[0]}){w[1:]}" for w in exact] + [f"(?ai:(?<={u[0]}){u[1:]})" for u in units]
    return re.compile(rf"([{''.join(first)}](?<![\w-].)(?<![Ww]ali .)(?<!WALI .)"
                      rf"(?:{'|'.join(cues)})){_FRAME.pattern.split('([A-Za-z]+)', 1)[1]}")


def _plain_cue_frame() -> re.Pattern[str]:
    """The narrowed frame as first written (the cue alternation after ``_FRAME``'s
    lookbehinds): the test that :func:`_cue_frame` finds the same matches reads it."""
    units = sorted((u for u in _units() if re.fullmatch(r"[a-z]+", u)), key=len, reverse=True)
    exact = sorted(_PREPOSITIONS | {"se"}, key=len, reverse=True)
    cue = "|".join(exact) + r"|(?ai:" + "|".join(units) + ")"
    return re.compile(_FRAME.pattern.replace("([A-Za-z]+)", f"({cue})", 1))


def places_in(text: str) -> frozenset[str]:
    """The capitalised words (case-folded) that ``text`` uses as places (module docstring)."""
    units = _units()
    found: set[str] = set()
    for m in _cue_frame().finditer(text):
        cue, word = m.group(1), m.group(3)
        if m.group(2) == "-":
            if cue == "se":
                found.add(word.casefold())
            continue
        if cue == "se" or cue.casefold() in units or (
                cue in _PREPOSITIONS and place_at([word]) >= 1):
            found.add(word.casefold())
    # a unit word is itself no place ("se Kabupaten X": X is the place)
    return frozenset(found - units)


def article_places(text: str) -> AbstractContextManager[frozenset[str]]:
    """Make the places of the article ``text`` the evidence while inside."""
    return bound(_PLACES, places_in(text))


def current_places() -> frozenset[str]:
    """The places of the article being read (empty outside one)."""
    return _PLACES.get()


def is_article_place(word: str, places: frozenset[str] | None = None) -> bool:
    """``word`` (a capitalised token) is a place in the article being read."""
    bare = word.rstrip(".,")
    return bare[:1].isupper() and bare.casefold() in (
        current_places() if places is None else places)


def distributive_after(texts: list[str]) -> bool:
    """The tokens ``texts`` that follow a run open "se-X" or "se X" (X capitalised): the run
    is a group over the area X ("Penyuluh se-Kabupaten X"), not a person."""
    if not texts:
        return False
    first = texts[0]
    if first.startswith("se-") and first[3:4].isupper():
        return True
    return first == "se" and len(texts) > 1 and texts[1][:1].isupper()


def without_place_heads(mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with a place of the article taken off the front of each name written
    after a position, with no honorific before it, and put at the end of that position
    ("ketua Pengkab" + "Sukamaju Rudi Hartono" -> "ketua Pengkab Sukamaju" + "Rudi
    Hartono"). Done before the mentions are grouped, as a town shared by two people's
    mentions would merge them. The rest must hold a word that is no initial."""
    places = current_places()
    if not places:
        return mentions
    out = []
    for mention in mentions:
        words = mention.name.split()
        if (len(words) < 2 or not mention.position or not is_article_place(words[0], places)
                or not mention.written.startswith(words[0] + " ")
                or all(is_initial(w) for w in words[1:])):
            out.append(mention)
            continue
        out.append(replace(mention, name=" ".join(words[1:]),
                           written=mention.written[len(words[0]) + 1:],
                           position=f"{mention.position} {words[0]}"))
    return out
