"""Roles stated for a job before its holder is named.

Coverage often gives a role to a job with no name ("menghadirkan narasumber seperti Direktur
X, Kepala Dinas Y dan Kepala Dinas Z", "Rektor X hadir sebagai keynote speaker") and names
the holder further on with the same job ("Kepala Dinas Y, Nama, mengatakan ..."). The job
written out in full refers back to the role's slot, so the person named with it holds that
role: a person whose own mentions give no role, or only the reported speech of an official
("other"), or the remarks a keynote speaker also gives ("opening"; a keynote who gives a
sambutan is the keynote).

Only jobs of two words or more count (one word, "Rektor", is no reference), and only a slot
that read nobody by name: a job in a list that also names people is their description.
"""

from __future__ import annotations

import re
from dataclasses import replace

from index.lexicon import phrase_set

from .people_6_frames import Mention
from .people_6_slots import Cue, find_cues
from .sentences import Sentence

_OVERRIDABLE: frozenset[str | None] = frozenset({None, "other", "opening"})
"""The roles that a role stated for the person's job replaces: none, an official's reported
speech ("other"), and the remarks a keynote speaker also gives ("opening", by "keynote" only)."""
_PREDICATE = re.compile(r"(?:sebagai|selaku|as)\s*$", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[.;:!?]")


def job_role_mentions(sentences: list[Sentence], mentions: list[Mention]) -> list[Mention]:
    """A mention of the role for each person named with a job that a role cue's slot holds
    without a name (in another sentence than the one naming them)."""
    wanted = [m for m in mentions if m.role in _OVERRIDABLE and m.position
              and len(m.position.split()) >= 2]
    if not wanted:
        return []
    added: list[Mention] = []
    done: set[str] = set()
    # Read once for the whole article, not again for each person and sentence: the
    # sentences' lower-case texts, and where each sentence names someone (a long page with
    # hundreds of people made this cost time with the cube of its length).
    lowered = [sentence.text.casefold() for sentence in sentences]
    named: dict[int, list[int]] = {}
    for m in mentions:
        named.setdefault(m.order[0], []).append(m.order[1])
    for mention in wanted:
        if mention.name in done:
            continue
        job = (mention.position or "").casefold()  # never empty: ``wanted`` has a position
        for sentence, text in zip(sentences, lowered):
            if sentence.index == mention.order[0] or job not in text:
                continue
            role = _slot_role(sentence, job, named.get(sentence.index, []))
            if role is None or (mention.role == "opening" and role != "keynote") or \
                    role == mention.role:
                continue
            added.append(replace(mention, role=role, strength=2, narrative=False,
                                 framed=False, stand_in=False, talk_title=None))
            done.add(mention.name)
            break
    return added


def _slot_role(sentence: Sentence, job: str, named: list[int]) -> str | None:
    """The role of the cue whose slot in ``sentence`` holds ``job`` and no named person
    (``named``: where the people named in ``sentence`` stand, in the mentions' order)."""
    text = sentence.text
    lowered = text.casefold()
    cues = [c for c in find_cues(text) if c.kind == "noun" and c.strength >= 3
            and c.role not in {"none", "other"}]
    at = lowered.find(job)
    while at >= 0:
        end = at + len(job)
        for k, cue in enumerate(cues):
            if cue.start >= end and _PREDICATE.search(text, max(0, cue.start - 12), cue.start):
                # "Rektor X hadir sebagai keynote speaker": only copulas between
                between = text[end:cue.start]
                words = re.findall(r"[\w’']+", _PREDICATE.sub("", between))
                if all(w.casefold() in phrase_set("copula") for w in words) and \
                        not _CLAUSE_END.search(between) and \
                        not any(end <= n < cue.start for n in named):
                    return cue.role
            elif cue.end <= at and _forward_slot(text, cue, cues[k + 1:], at, named):
                return cue.role
        at = lowered.find(job, end)
    return None


def _forward_slot(text: str, cue: Cue, later: list[Cue], at: int, named: list[int]) -> bool:
    """``at`` lies in the list ``cue`` opens (before the next cue and the clause's end), and
    the list names nobody."""
    stop = min([c.start for c in later if c.start > cue.end] + [len(text)])
    if at >= stop or _CLAUSE_END.search(text, cue.end, at):
        return False
    return not any(cue.end <= n < stop for n in named)
