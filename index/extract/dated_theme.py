"""A run after "on" that is a day, not a subject: "a webinar on November 7, 2020".

English "on" before an event noun's complement is either the preposition of subject ("a
webinar on Port Safety") or of time ("a webinar on Thursday, 4 December", "held a seminar on
March 3"). The capitalised words a time "on" brings are a weekday or a month before its day,
and no event is named by a date alone, so such a run is never the event's theme.
"""

from __future__ import annotations

from index.lexicon import day_names, months

_EDGE = " ,.()“”\"'‘’"


def opens_with_day(run: str) -> bool:
    """``run`` opens with a weekday name, or with a month name next to a day's number
    ("November 7, 2020", "7 November 2020")."""
    words = [w.strip(_EDGE).casefold() for w in run.split()[:3]]
    if not words or not words[0]:
        return False
    if words[0] in day_names():
        return True
    if words[0] in months():
        return len(words) > 1 and words[1].isdigit()
    return words[0].isdigit() and len(words) > 1 and words[1] in months()
