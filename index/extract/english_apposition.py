"""Where an English apposition to a name ends, and the determiners that stand before it.

Why: an English report writes a person's office as an apposition set off by commas ("Rina
Dewi, Programme Manager of X, opened the session"). The comma that closes it is followed by
the rest of the clause: its verb ("held", "shared"), an adverbial ("on the other hand", "for
its part") or a new subject ("this webinar began"). A title goes on after a comma only with
a capitalised word (a body, a place: "Faculty of Law, University of Y"), a list's conjunction
or article ("and", "as well as", "the Ministry of Z") or another job noun ("founder of W");
a lower-case word of any other kind starts the clause. The test applies only where the
words kept so far are English by a lower-case English function word among them ("of",
"the", "for", "at", "from", "in"), so Indonesian lists of jobs written in lower case after
commas ("dosen X, konselor keluarga, dan peneliti") are untouched.

The definite article before a capitalised office ("A, the Rector of X", "A, who is the
Principal of Y", "A as the Ambassador of Z") is written as part of the office's title and kept
with it; after a preposition ("from the University of X") it belongs to the body named, which
is no office, and a lower-case description ("the founder of a dive shop") is not a title.

A possessive determiner before a capitalised title ("our Senior Research Fellow", "Our
Vice President for Academic Affairs") ties the office to the writer's own body: it says who
writes, not what the job is, so it is no word of the position. An intensive pronoun after the
office ("the Minister himself") only stresses the noun; it ends the title.
"""

from __future__ import annotations

import re

from index.lexicon import position_words

from .job_morphology import agent_noun

_POSSESSIVES = frozenset({"our", "my", "his", "her", "their", "its"})
_ENGLISH_FUNCTION = frozenset({"of", "the", "for", "at", "from", "in"})
_PREPOSITIONS = frozenset({"from", "of", "at", "in", "with", "for", "by"})
_CONTINUERS = frozenset({"and", "or", "as", "the", "a", "an", "dan", "serta", "atau"})

INTENSIVE = r"(?-i:\s+(?:himself|herself|themselves)\b)"
"""An intensive pronoun after an office ("the Minister himself"): the end of the title."""

_WORD = re.compile(r"[A-Za-z]+")


def definite_office(lead: str, rest: str) -> str:
    """The definite article ending ``lead`` (the words that introduce a position: ", the",
    "who is the", "as the") as written, when ``rest`` goes on with a capitalised title and
    no preposition stands before the article; else ""."""
    words = lead.strip(" ,:–—-").split()
    if not words or words[-1].casefold() != "the" or not rest.lstrip()[:1].isupper():
        return ""
    if len(words) > 1 and words[-2].casefold() in _PREPOSITIONS:
        return ""
    return words[-1]


def possessive_before_title(words: list[str]) -> bool:
    """``words`` (of a position written after a name) open with a possessive determiner
    before a capitalised title ("our Senior Research Fellow ...")."""
    return len(words) > 1 and words[0].casefold() in _POSSESSIVES and words[1][:1].isupper()


def closes_english_apposition(word: str, kept: list[str]) -> bool:
    """``word``, right after the comma that ends ``kept`` (the words of a position read so
    far), starts the rest of an English clause rather than more of the title."""
    if not (word.isalpha() and word.islower()) or word in _CONTINUERS:
        return False
    if word in position_words() or agent_noun(word):
        return False
    return any(w in _ENGLISH_FUNCTION for k in kept for w in _WORD.findall(k))
