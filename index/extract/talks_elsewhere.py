"""A programme person's talk told where no reader of the programme looked.

The readers take a talk from the phrase that places a person on the programme (the talk
frame after a name a role cue reads). People found by the readers that know no cue (a
name written with degrees, a list of guests) get no talk there, though the sentence that
writes their full name may tell it in the same frames: the talk frame after the name ("A,
Ph.D (Peneliti X) who delivered material on Y") or a title given before the name by a
passive ("Y yang disampaikan Dr. A (BMKG); ..."). A talk written with the full name is that
person's talk throughout an article, as a job is (:mod:`.positions_elsewhere`), so a
speaker without one takes the first the article writes so.

Hosts and moderators run the event and present no talk, and an opening's greeting has a
talk only where a title is set off in quotes (what it said about something is its
content); only full names (two words or
more) are looked for, and only for people without a talk, in the sentences that write them.
A subject told so for several people at once is the event's theme, and goes to none.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from index.model import Speaker

from .positions_elsewhere import name_occurrences, name_start
from .sentences import Sentence
from .talk_agents import agent_clause_talk
from .talks import may_find_talk_cue, talk_after, title_before

_NO_TALK_ROLES = frozenset({"host", "moderator"})


def _talk_at(text: str, at: int, name: str, cued: bool, quoted: bool = False) -> str | None:
    """The talk told with the name at ``at`` of ``text``: given before it by a passive,
    else in the talk frame after it (only where ``cued``: the sentence may hold a cue).
    ``quoted``: only a title set off in quotes (an opening's, see
    :func:`~.people_7_merge.to_speaker`)."""
    start = name_start(text, at)
    before = title_before(text, start) or agent_clause_talk(text, start)
    if before is not None and (before.quoted or not quoted):
        return before.text
    after = talk_after(text[at + len(name):]) if cued else None
    return after.text if after is not None and (after.quoted or not quoted) else None


def _talk_elsewhere(speaker: Speaker, sentences: list[Sentence],
                    cued: dict[int, bool]) -> str | None:
    name = speaker.name
    if len(name.split()) < 2:
        return None
    for sentence in sentences:
        for at in name_occurrences(sentence.text, name):
            if sentence.index not in cued:
                cued[sentence.index] = may_find_talk_cue(sentence.text)
            if (talk := _talk_at(sentence.text, at, name, cued[sentence.index],
                                 speaker.role == "opening")) is not None:
                return talk
    return None


def with_talks_elsewhere(speakers: list[Speaker], sentences: list[Sentence]) -> list[Speaker]:
    """``speakers``, each presenter without a talk given the one the article tells
    elsewhere with their full name."""
    cued: dict[int, bool] = {}  # may_find_talk_cue of each sentence read, asked once
    found = {i: talk for i, speaker in enumerate(speakers)
             if speaker.talk_title is None and speaker.role not in _NO_TALK_ROLES
             and (talk := _talk_elsewhere(speaker, sentences, cued)) is not None}
    if not found:
        return speakers
    # one subject told for several people ("A dan B sebagai pemateri dengan mengusung tema
    # X") is the event's theme, not a talk of each
    counts = Counter(found.values())
    return [replace(speaker, talk_title=found[i]) if counts[found.get(i)] == 1 else speaker
            for i, speaker in enumerate(speakers)]
