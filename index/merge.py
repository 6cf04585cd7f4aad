"""One event from the reports of it: the union of their facts, the most complete value each.

Five local sites publishing one press release give five records of one webinar, and each
may have caught a different part of it: one lists the moderator, another the talk titles,
a third the participant count. The write side groups such records into an event
(:mod:`index.write.grouping`); this module says what that event *is*, so the read side
(hits, speaker pages) and the write side agree without either importing the other.

Per field:

- title, date, location, province: the value most reports give; between equally common
  ones the longest (the more complete spelling: "Kota Palembang" over "Palembang");
- organizers: every organizer named by any report, once (compared without case);
- participants: the largest count reported (later reports give final totals);
- speakers: every person of any report, once per identity key (:func:`index.names.speaker_key`),
  in the order of the report with the longest programme, the others after; per person
  the longest name as written, the role most reports give (a specific one over "speaker"
  or "other" on a tie), the longest position and talk title;
- questions: every question once (compared by its words), the version with an answer kept.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from typing import TypeVar

from .model import ROLES, Event, Question, Speaker
from .names import speaker_key

_T = TypeVar("_T")
_WORDS = re.compile(r"\w+")
_GENERIC_ROLES = ("speaker", "other")


def _most_complete(values: Sequence[_T | None]) -> _T | None:
    """The value given most often; on a tie the longest (then the first given)."""
    present = [v for v in values if v is not None and str(v).strip()]
    if not present:
        return None
    counts = Counter(present)
    order = {value: -i for i, value in enumerate(dict.fromkeys(present))}
    return max(counts, key=lambda v: (counts[v], len(str(v)), order[v]))


def _longest(values: Sequence[str | None]) -> str | None:
    present = [v for v in values if v]
    return max(present, key=len) if present else None


def _role(roles: Sequence[str]) -> str:
    counts = Counter(roles)
    specific = [r for r in roles if r not in _GENERIC_ROLES]
    rank = {role: i for i, role in enumerate(ROLES)}
    best = max(counts.values())
    ties = [r for r in counts if counts[r] == best]
    preferred = [r for r in ties if r in specific] or ties
    return min(preferred, key=lambda r: rank.get(r, len(rank)))


def _merge_speakers(events: Sequence[Event]) -> list[Speaker]:
    by_key: dict[str, list[Speaker]] = {}
    ordered = sorted(events, key=lambda e: -len(e.speakers))
    for event in ordered:
        for person in event.speakers:
            key = speaker_key(person.name) or person.name.casefold()
            by_key.setdefault(key, []).append(person)
    merged = []
    for people in by_key.values():
        written = _longest([p.name_as_written for p in people])
        name = _most_complete([p.name for p in people]) or people[0].name
        merged.append(Speaker(
            name=name,
            name_as_written=written,
            role=_role([p.role for p in people]),
            position=_longest([p.position for p in people]),
            talk_title=_longest([p.talk_title for p in people]),
        ))
    return merged


def _merge_questions(events: Sequence[Event]) -> list[Question]:
    by_words: dict[str, Question] = {}
    for event in events:
        for question in event.questions:
            words = " ".join(_WORDS.findall(question.question.casefold()))
            kept = by_words.get(words)
            if kept is None or (kept.answer is None and question.answer is not None):
                by_words[words] = question
    return list(by_words.values())


def merge_events(events: Sequence[Event | None]) -> Event | None:
    """The event the reports describe together; ``None`` when no report has one.

    A single event comes back as it is (a copy), so merging costs nothing for the many
    events reported once.
    """
    known = [e for e in events if e is not None]
    if not known:
        return None
    if len(known) == 1:
        return Event.from_dict(known[0].to_dict())
    organizers: dict[str, str] = {}
    for event in known:
        for name in event.organizers:
            organizers.setdefault(name.casefold(), name)
    counts = [e.participants for e in known if e.participants is not None]
    return Event(
        title=_most_complete([e.title for e in known]),
        date=_most_complete([e.date for e in known]),
        location=_most_complete([e.location for e in known]),
        province=_most_complete([e.province for e in known]),
        organizers=list(organizers.values()),
        participants=max(counts) if counts else None,
        speakers=_merge_speakers(known),
        questions=_merge_questions(known),
    )
