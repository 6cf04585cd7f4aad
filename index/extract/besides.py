"""People in a "Selain A, ..." sentence ("besides A, ..."): A and the people the sentence
adds belong to one class.

"Selain A, webinar ini menghadirkan narasumber B dan C" says that A was a speaker too;
"Selain A yang menjadi narasumber, ada juga B dan C" says that B and C were. The
preposition "selain" ("besides, apart from") sets its object beside what the clause goes on
to list, so both sides take the one role the sentence states. A is often a short reference
to someone the article introduced earlier with a job and a full name ("Kepala Dinas X Rudi
Hartono menjelaskan ... Selain Rudi, ..."): the full name and job are read from there.
"""

from __future__ import annotations

import re

from .people_3_phrase import PersonPhrase, parse_person
from .people_6_frames import Mention, make_mention
from .people_6_slots import Cue, read_forward
from .sentences import Sentence

# "Selain Rudi," / "Selain Bupati X Rudi Hartono yang menjadi narasumber,": a capitalised
# object (not "Selain itu", "Selain menjadi ...", "Selain dari ...").
_BESIDES = re.compile(r"^\W*Selain\s+(?=[A-Z])(?!Itu\b|Ini\b)")
_OBJECT_END = re.compile(r",|\s+yang\b|\s+juga\b")
# "..., ada juga B dan C", "..., hadir pula B": the clause that adds people to the class.
_ADDING = re.compile(r",\s*(?:ada|hadir|tampil)\s+(?:juga|pula)\b(?:\s+dari\b)?", re.IGNORECASE)
_NO_ROLE = {None, "none", "other"}
_NAME_RUN = r"(?:\s+[A-Z][\w'’.-]*)*"


def besides_mentions(sentences: list[Sentence], mentions: list[Mention]) -> list[Mention]:
    """Mentions a "Selain A, ..." sentence adds: A, or the people added after it, with the
    one role the sentence gives the others."""
    added: list[Mention] = []
    for k, sentence in enumerate(sentences):
        match = _BESIDES.match(sentence.text)
        if match is None:
            continue
        text = sentence.text
        here = [m for m in mentions if m.order[0] == sentence.index]
        roles = {m.role for m in here if m.role not in _NO_ROLE and m.strength >= 2}
        if len(roles) != 1:
            continue
        role = next(iter(roles))
        end = _OBJECT_END.search(text, match.end())
        stop = end.start() if end else len(text)
        if not any(match.end() <= m.order[1] < stop for m in here):
            person = parse_person(text[match.end():stop])
            if person is not None and len(person.name.split()) == 1:
                # a one-word reference: to someone already on the programme (nothing to
                # add), or to a full name written earlier, or to no one we can tell
                known = any(person.name in m.name.split() for m in mentions)
                person = None if known else _introduced(person, sentences[:k])
            if person is not None:
                added.append(Mention(person.name, person.written, role, 2, person.position,
                                     None, person.handle, (sentence.index, match.end())))
        adding = _ADDING.search(text, stop)
        if adding is not None and not any(m.order[1] >= adding.end() for m in here):
            cue = Cue(adding.start(), adding.end(), role, "weak", 2, adding.group())
            for listed, base in read_forward(text[adding.end():], adding.end(), cue,
                                             sentence.index):
                at = base + listed.start
                added.append(make_mention(listed.person, role, 2, text,
                                          (at + listed.person.end, base + listed.end),
                                          (sentence.index, at)))
    return added


def _introduced(person: PersonPhrase, earlier: list[Sentence]) -> PersonPhrase | None:
    """``person`` as the article introduced them, if ``person`` is a one-word reference
    ("Rudi") to a full name written earlier ("Kepala Dinas X Rudi Hartono menjelaskan"),
    else None."""
    word = re.compile(rf"\b{re.escape(person.name)}\b{_NAME_RUN}")
    for sentence in earlier:
        for found in word.finditer(sentence.text):
            full = parse_person(sentence.text[:found.end()])
            if full is not None and person.name in full.name.split() and \
                    len(full.name.split()) > 1:
                return full
    return None
