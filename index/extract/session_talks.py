"""The named session a speaker spoke in, read as that speaker's talk.

A programme of several sessions names each one ("Sesi 2: Desa Digital", "the Green Jobs
session", "talkshow berikutnya ‘Kota Ramah Air’"), and a report may place a speaker in one
by that name only: "A menjadi panelis dalam Sesi 2: X", "B was the speaker for the X
session", "C juga berbicara dalam talkshow berikutnya ‘X’". The session's name is then what
the speaker's part of the programme is about, as a talk title is; the labelled coverage
fills such names as talk titles. What makes it a session of its own and not the event: the
noun "sesi"/"session" (a part of a programme, never the whole event), or an event noun with
an ordinal or "berikutnya" (the next of several). The name must be quoted or in title case,
and not a generic part of a programme ("sesi tanya jawab", "the Q&A session").
"""

from __future__ import annotations

import re

from .theme import is_title_case
from .titles import Title, title_after

_ORDINAL = (r"(?:ke-?\s?\w+|\d+|[IVX]+|pertama|kedua|ketiga|keempat|kelima|keenam|"
            r"berikutnya|selanjutnya|terakhir|lanjutan)")
# "dalam Sesi 2: X", "pada sesi ‘X’", "di talkshow berikutnya ‘X’": a session noun alone, or
# an event noun made one of several by its ordinal
_ID_SESSION = re.compile(
    r"\b(?:dalam|pada|di|untuk)\s+(?:(?:sesi|panel)(?:\s+" + _ORDINAL + r")?|"
    r"(?:talk\s?show|diskusi\s+panel)\s+" + _ORDINAL + r")\s*(?::\s*|(?=[“\"‘']))",
    re.IGNORECASE)
# "for the X session", "in the X session": the name between the article and the noun
_EN_SESSION = re.compile(r"\b(?:for|in|at|during|of)\s+the\s+(?P<name>[A-Z][^.;,:“”\"]{2,100}?)"
                         r"\s+session\b")
# a programme's generic parts, no subject of their own
_GENERIC = re.compile(r"(?:tanya\s+jawab|diskusi|q\s?&\s?a|question|pembukaan|penutup|opening|"
                      r"closing|istirahat|break|plenary|pleno|paralel|parallel)\b", re.IGNORECASE)
# the clause the name is in: no full stop or semicolon before the session phrase, and no
# claim (a session named inside what someone said is not theirs)
_BREAK = re.compile(r"[.;!?](?:\s|$)|\b(?:bahwa|that)\b|[“\"]")
_MOST_WORDS = 16


def may_hold_session(text: str) -> bool:
    """The cheap necessary condition: a session noun somewhere in ``text``."""
    folded = text.casefold()
    return "sesi" in folded or "session" in folded or "talk" in folded or "panel" in folded


def session_talk(text: str) -> Title | None:
    """The named session that the clause after a speaker's name places them in, as a talk
    title (offsets in ``text``), else None."""
    if not may_hold_session(text):
        return None
    found = _ID_SESSION.search(text)
    title = None
    if found is not None and _clause_is_own(text[:found.start()]):
        talk = title_after(text, found.end())
        if talk is not None and (talk.quoted or is_title_case(talk.text)):
            title = talk
    if title is None:
        english = _EN_SESSION.search(text)
        if english is not None and _clause_is_own(text[:english.start()]):
            name = english.group("name").strip()
            if is_title_case(name):
                title = Title(name, english.start("name"), english.start("name") + len(name),
                              False)
    if title is None or _GENERIC.match(title.text) or len(title.text.split()) < 2:
        return None
    return title


def _clause_is_own(between: str) -> bool:
    """``between`` (name to session phrase) stays in the person's clause: no sentence end,
    no claim or quoted speech, and a short predicate."""
    return len(between.split()) <= _MOST_WORDS and _BREAK.search(between) is None


def session_talk_at(text: str, at: int) -> Title | None:
    """:func:`session_talk` of ``text[at:]``, with offsets in ``text``."""
    talk = session_talk(text[at:])
    return None if talk is None else Title(talk.text, talk.start + at, talk.end + at,
                                           talk.quoted)
