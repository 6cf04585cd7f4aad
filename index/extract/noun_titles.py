"""A talk noun right before a quoted title names that talk (docs/ARCHITECTURE.md, extract:
talks).

Why: a quoted title set right after a noun of a talk is in apposition to it: "materi “X”" is
"the material X", as "dengan judul “X”" is, whatever word brings the noun in: a preposition
of place in the programme ("A sebagai narasumber di dalam materi “X”") or of focus ("A dalam
pemaparannya fokus pada pembahasan “X”"). The talk frame (:mod:`.talks`) reads the noun only
after a verb or "dengan"; the apposition needs neither. Only the nouns of one speaker's talk:
"tema", "topik", "judul" also name the event's theme ("webinar ini mengusung tema “X”"), and
an event noun between the name and the noun still makes the title the event's
(:func:`.talks.talk_after`).
"""

from __future__ import annotations

import re

# the nouns of a speaker's own talk, with their possessive
_TALK_NOUN = (r"(?:materi|paparan|pemaparan|presentasi|pembahasan|bahasan|makalah|ceramah|"
              r"orasi)(?:nya)?")
_NOUN_QUOTE = re.compile(r"(?<![\w@-])" + _TALK_NOUN + r"\s*(?=[“\"‘])", re.IGNORECASE)
KEY_WORDS = ("materi", "paparan", "presentasi", "bahasan", "makalah", "ceramah", "orasi")
"""One word of each noun (as :func:`.talks.may_find_talk_cue` tests the folded text)."""


def noun_before_quote(text: str) -> tuple[int, int] | None:
    """Where the first talk noun right before a quote mark starts and ends in ``text``."""
    match = _NOUN_QUOTE.search(text)
    return None if match is None else (match.start(), match.end())
