"""A sentence that tells of a gathering held online, whatever the gathering is called.

An online or hybrid format ("Milad virtual ... digelar", "a virtual conference organised by",
"mengadakan ... Virtual Briefing", "menggelar kegiatan Sapa Media secara daring") and a verb
of holding in the same clause report a gathering held online: a milad, a congress, a
briefing, a press meeting. The word "online"/"virtual" alone is not enough (shops, classes
and services are online too); the verb of holding makes it an event.

Two readers share it: :mod:`index.extract.event` (does the article report an event at all)
and :mod:`index.extract.speakers` (the sentence that says the event was held, after which
coverage shows its speakers through what they said).
"""

from __future__ import annotations

import re

_ONLINE_FORMAT = re.compile(r"\b(?:virtual(?:ly)?|daring|online|hybrid|hibrida?|via\s+zoom|"
                            r"zoom\s+meeting)\b", re.IGNORECASE)
_HOLDING = re.compile(r"\b(?:digelar|diselenggarakan|diadakan|dilaksanakan|menggelar|"
                      r"menyelenggarakan|mengadakan|melaksanakan|held|hosted|organi[sz]ed|"
                      r"conducted)\b", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[.!?](?:\s|$)|\n")


def held_online(text: str) -> bool:
    """A clause of ``text`` tells of something held in an online or hybrid format."""
    for match in _ONLINE_FORMAT.finditer(text):
        start = max(0, match.start() - 200)
        breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text, start, match.start())]
        start = breaks[-1] if breaks else start
        after = _CLAUSE_BREAK.search(text, match.end(), match.end() + 200)
        end = after.start() if after else min(len(text), match.end() + 200)
        if _HOLDING.search(text, start, end):
            return True
    return False
