"""Whether a sentence's mark of the future ("akan diselenggarakan", "mendatang") tells of a
later event, or only of something else the sentence names.

A "future" phrase (``phrases.tsv``) marks a sentence about a later event, whose theme and
organisers are not this one's ("Webinar berikutnya akan digelar dengan tema X"). But a
relative clause ("yang ...") holding the mark belongs to the noun before it, and when that
noun is no event the mark says nothing about the event the sentence reports: "menyambut
Hari Kota yang jatuh pada 9 Mei mendatang, Dinas X menggelar webinar bertajuk Y" and
"webinar bertajuk Y dalam rangka Festival Z yang akan diselenggarakan di Solo" report a
webinar held now, ahead of a day or a festival to come. Where the noun before "yang" is an
event noun ("Webinar seri kedua yang akan digelar pekan depan bertajuk Y"), the event is
the later one and the sentence stays out.
"""

from __future__ import annotations

import re

from index.lexicon import phrase_regex

from .sentences import Sentence
from .theme import EVENT_KINDS

# the nouns that make the head of a relative clause an event: the event kinds and the
# generic nouns of a programme item or a series
_EVENT_HEAD = re.compile(r"\b(?:" + EVENT_KINDS + r"|wibinar|acara|kegiatan|program|seri|series|"
                         r"sesi|session|agenda|event|forum|sarasehan|dialog|konferensi|"
                         r"conference|pertemuan|kuliah|gelaran)\b", re.IGNORECASE)
# the relative pronoun that opens the clause holding the mark, with no clause break between
# them; the words before it are the clause's head
_RELATIVE = re.compile(r"\byang\b(?=[^.;:!?,“”\"]*$)", re.IGNORECASE)
_HEAD_WORDS = 4


def _scoped_elsewhere(text: str, start: int) -> bool:
    """The mark at ``text[start:]`` is in a relative clause whose head is no event."""
    window = text[max(0, start - 80):start]
    relative = None
    for relative in _RELATIVE.finditer(window):
        pass
    if relative is None:
        return False
    head = window[:relative.start()].split()[-_HEAD_WORDS:]
    return bool(head) and not _EVENT_HEAD.search(" ".join(head))


def tells_of_later_event(sentence: Sentence) -> bool:
    """``sentence`` holds a mark of the future that is about an event (see the module)."""
    if not sentence.holds_phrase("future"):
        return False
    return any(not _scoped_elsewhere(sentence.text, match.start())
               for match in phrase_regex("future").finditer(sentence.text))


def later_part_start(sentence: Sentence) -> int | None:
    """Where the part of ``sentence`` about a later event starts, or ``None`` when it tells
    of none (see :func:`tells_of_later_event`). A mark inside a relative clause whose head
    is an event noun ("... mempersiapkan kegiatan lapangan yang nantinya akan dilaksanakan")
    belongs to that head: the clause before the head reports the event held now ("Himpunan
    X menyelenggarakan webinar dengan tema “Y” yang bertujuan ..."), so a title written
    there is this event's. Any other mark makes the whole sentence the later event's (0)."""
    if not sentence.holds_phrase("future"):
        return None
    text = sentence.text
    found: int | None = None
    for match in phrase_regex("future").finditer(text):
        start = match.start()
        if _scoped_elsewhere(text, start):
            continue
        offset = max(0, start - 80)
        relative = None
        for relative in _RELATIVE.finditer(text, offset, start):
            pass
        if relative is None:
            return 0
        head = list(re.finditer(r"\S+", text[offset:relative.start()]))[-_HEAD_WORDS:]
        at = offset + head[0].start() if head else relative.start()
        found = at if found is None else min(found, at)
    return found

