"""What a theme cue is attached to: the event itself, or a name the event carries.

A report may give several themes: the event's own ("webinar dengan tema X"), and that of
something the event belongs to or marks, a campaign, a commemoration, a programme ("Kegiatan
kampanye ini mempunyai tema besar Y", "Hari Z tahun ini mengangkat tema W"). A cue whose
clause is headed by a noun of the event's kind names the event's theme, since the cue
modifies that noun; a cue whose subject is some other noun names that noun's theme. So,
among cues of the same strength, the one attached to an event noun is the event's.

A quoted name right after the event noun ("Webinar “Obrolan Pagi” Seri 2 dengan tema X")
is the series' or the programme's name, and the number of the part after it ("Seri 2",
"edisi ke-3", "Episode 1") is what this event is of that series: the theme cue after it
then has the named event for its subject, and its theme is this event's title, as after a
naming cue ("bertajuk “Obrolan Pagi” dengan tema X").
"""

from __future__ import annotations

import re

from .theme import EVENT_KINDS

# An event noun, then words of the same sentence (no sentence end, no quote) up to the cue:
# "webinar dengan tema", "Webinar Internasional pada hari Kamis dengan tema", "seminar ini
# mengusung tema", "Webinar yang digelar kali ini ... dihadiri 200 peserta mengangkat tema".
_EVENT_HEAD = re.compile(r"\b(?:" + EVENT_KINDS + r"|wibinar|kuliah\s+umum|sarasehan|"
                         r"simposium|symposium|konferensi|conference)\b[^.;“”\"]{0,150}$",
                         re.IGNORECASE)

# The part of a series after its name: "Seri 1", "Series II", "Part 2", "Episode 3", "Eps. 4",
# "edisi ke-7", "Vol. 2", "#5", "ke-3".
_SERIES_PART = re.compile(r"\s*(?:(?:seri(?:es)?|part|episode|eps\.?|edisi|vol(?:ume|\.)?|"
                          r"batch|chapter|jilid)\s*(?:ke-?\s*)?(?:\d+|[IVX]+)|#\s*\d+|"
                          r"ke-?\s*\d+)\s*,?\s*$", re.IGNORECASE)


def attached_to_event(text: str, cue_start: int) -> bool:
    """The theme cue at ``text[cue_start]`` stands in a clause headed by an event noun."""
    return _EVENT_HEAD.search(text, max(0, cue_start - 170), cue_start) is not None


def without_series_part(before: str) -> str:
    """``before`` (the text up to a cue) without the number of a series' part at its end."""
    match = _SERIES_PART.search(before)
    return before[:match.start()] if match else before
