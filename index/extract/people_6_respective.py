"""Roles distributed over a list of people in order: "respectively" and "masing-masing".

"A and B, who delivered the opening remarks and the keynote speech, respectively" pairs a
list of people with a list of roles, member by member: the first person holds the first
role, the second the second. Indonesian marks the same distribution before the roles ("A dan
B masing-masing sebagai moderator dan narasumber"). Without the marker a coordinated list
before a role phrase holds that phrase's role as a whole ("A dan B menjadi narasumber"), so
every member would take the role nearest to them; with it, each takes their own.

A run of role cues is the roles of such a list when only connectors and articles stand
between its cues ("the opening remarks and the keynote speech"; "moderator dan narasumber")
and the marker stands right after the last cue (English) or right before the first
(Indonesian). The list before the run is read as a whole (its count is stated by the run),
and its members take the run's roles in order only when the counts agree.
"""

from __future__ import annotations

import re

from .people_6_slots import Cue

_AFTER = re.compile(r"[\s,]*respectively\b", re.IGNORECASE)
_BEFORE = re.compile(r"\b(?:masing-masing|each)\s+(?:(?:sebagai|selaku|menjadi|as)\s+)?"
                     r"(?:(?:the|a|an)\s+)?$", re.IGNORECASE)
# what may stand between two roles of one run: a comma, a conjunction, an article or possessive
_BETWEEN = re.compile(r"[\s,]*(?:(?:and|dan|serta|&)\s+)?(?:(?:the|a|an|his|her|their)\s+)?",
                      re.IGNORECASE)


_RESPECTIVELY = re.compile(r"respectively|masing-masing|\beach\b", re.IGNORECASE)
"""A word that distributes roles over a list ("respectively", "masing-masing", "each")."""


def respective_runs(text: str, cues: tuple[Cue, ...]) -> dict[int, tuple[Cue, ...]]:
    """Index of the first cue of each run of two or more roles distributed over the list
    before it -> the run's cues, in order."""
    if not _RESPECTIVELY.search(text):
        return {}
    runs: dict[int, tuple[Cue, ...]] = {}
    first = 0
    while first < len(cues):
        last = first
        while last + 1 < len(cues) and cues[last + 1].role != "none" and _BETWEEN.fullmatch(
                text, cues[last].end, cues[last + 1].start):
            last += 1
        if last > first and cues[first].role != "none" and (
                _AFTER.match(text, cues[last].end)
                or _BEFORE.search(text, max(0, cues[first].start - 40), cues[first].start)):
            runs[first] = cues[first:last + 1]
        first = last + 1
    return runs
