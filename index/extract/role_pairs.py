"""Two role nouns joined as one title of one person ("A sebagai MC dan moderator", "B as
MC & Moderator", "dipandu oleh Host dan Moderator C"): the person ran the programme and its
discussion, and the conventions record such a person as the moderator. Read as two cues,
the first noun (host) would read the person back alone and the second (moderator) would
find no one, as only copulas and punctuation may stand between a person and a noun read
backwards."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .people_6_slots import Cue

_PAIRED = frozenset({"host", "moderator"})
# What joins two titles of one person: a conjunction, "sekaligus"/"merangkap" (at the same
# time), an ampersand or a slash, and nothing else.
_JOIN = re.compile(r"\s*(?:&|/|dan|and|serta|sekaligus|merangkap|sekaligus\s+sebagai|"
                   r"merangkap\s+sebagai)\s*", re.IGNORECASE)


def join_paired_titles(cues: tuple[Cue, ...], text: str) -> tuple[Cue, ...]:
    """``cues`` with each host noun and moderator noun written as one title ("MC dan
    moderator", "Moderator & Host") made one moderator cue spanning both."""
    if len(cues) < 2:
        return cues
    out: list[Cue] = []
    i = 0
    while i < len(cues):
        cue = cues[i]
        nxt = cues[i + 1] if i + 1 < len(cues) else None
        if nxt is not None and cue.kind == "noun" and nxt.kind == "noun" and \
                {cue.role, nxt.role} == _PAIRED and \
                _JOIN.fullmatch(text, cue.end, nxt.start) is not None:
            out.append(type(cue)(cue.start, nxt.end, "moderator", "noun",
                                 max(cue.strength, nxt.strength), text[cue.start:nxt.end]))
            i += 2
            continue
        out.append(cue)
        i += 1
    return tuple(out)
