"""The English counterpart of the "dengan" slot of the talk frame: "with" or "whose" and a talk
noun after the person (docs/ARCHITECTURE.md, extract: talks).

Why: Indonesian names a person's talk with "dengan" and a talk noun ("A, dosen X, dengan
materi Y"); English does the same with a prepositional phrase or a relative on the person:
"A, Professor of X, whose topic was Y", "A as Director of X with the theme of Y", "A, lecturer
at X, with a presentation entitled Y", "A, whose paper was titled Y". Unlike "dengan", the
English noun does not take its title bare ("with the material provided", "familiar with the
topic", "whose session ran late"), so the slot wants what links the noun to its title: "of"
after "with" ("with the theme of Y"), a copula after "whose" ("whose topic was Y"), a
preposition of the frame ("entitled", "on", "about"), a colon or a quote mark.

The phrase is on the person, so a job written between the name and the slot belongs to the
person too, however long: an English job or affiliation is written in title case ("Dean,
Faculty of Education, Universiti X", "as Director of Y, the Directorate General of Z"); a
stretch of capitalised words and their small words is a noun phrase, not a clause whose
subject could own the talk instead (:func:`title_case_apposition`). An event noun between
still names the event ("the webinar, with the theme of Y": the event's title,
:func:`.talks.talk_after`).
"""

from __future__ import annotations

import re

ENGLISH_SLOT = r"with|whose"
"""The words of the slot, as the frame's alternation (:func:`.talks._frame`)."""

EXTRA_NOUNS = r"title|session"
"""Nouns the slot takes besides the frame's talk nouns: "with the title of Y", "whose session
was on Y" name a talk, while "gave the title" or "presented the session" do not."""

LINKS = r"of|was|is|were|focused|focussed|centred|centered"
"""What links the slot's noun to its title ("with the theme of", "whose topic was"); a verb
of "being about" links it with its preposition ("whose talk focused on X")."""

_ABOUT_VERBS = frozenset({"focused", "focussed", "centred", "centered"})

_QUOTES = "“\"‘'«"
# the frame's prepositions that introduce a title after an English talk noun
_TITLE_PREPS = frozenset({"entitled", "titled", "on", "about", "regarding", "related to"})


def english_slot_cue(slot: str, link: str | None, prep: str | None, colon: bool,
                     rest: str) -> bool:
    """The slot word ``slot`` ("with", "whose") with its talk noun introduces the title at
    ``rest``: "with" by "of", "whose" by a copula, either by a preposition of the title, a
    colon or a quote mark."""
    slot = slot.casefold()
    link = (link or "").casefold()
    prep = (prep or "").casefold()
    if prep:
        return prep in _TITLE_PREPS
    if colon or rest[:1] in _QUOTES or link in _ABOUT_VERBS:
        return link not in _ABOUT_VERBS  # (a verb of "being about" wants its preposition)
    if slot == "with" and not link:
        # "with the topic Ocean Futures": a title in title case stands as the noun's
        # apposition, as a quoted one does; a lower-case word goes on with a clause ("with
        # the material provided", "familiar with the topic and ...")
        return _TITLE_CASE_START.match(rest) is not None
    return link == "of" if slot == "with" else link in {"was", "is", "were"}


# two capitalised words opening the rest (not an article or pronoun opening a sentence)
_TITLE_CASE_START = re.compile(r"(?!(?:The|This|It|He|She|They|We|In|At|On)\b)[A-Z][\w'’-]*"
                               r"\s+(?:(?:of|and|for|in|the|to|&)\s+)?[A-Z]")


# a word of a title-case job: capitalised, a small word, an acronym in brackets, a comma
_SMALL = frozenset({"of", "the", "and", "for", "at", "in", "on", "as", "a", "an", "to", "&",
                    "dan", "di", "de"})
_WORD = re.compile(r"[^\s,()]+")


def title_case_apposition(between: str) -> bool:
    """``between`` (name to the slot) is a job or affiliation in title case, set off by commas
    or opened by "as" ("Dean, Faculty of Education, Universiti X," "as Director of Y, the
    Directorate General of Z"): every word capitalised or small, at most 40 words, not
    opening with a small word other than "as" (a lowercase clause is no job)."""
    words = _WORD.findall(between)
    if not words or len(words) > 40 or any(c in between for c in ";:“”\""):
        return False
    if words[0] in _SMALL and words[0] != "as":
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or w in _SMALL for w in words)
