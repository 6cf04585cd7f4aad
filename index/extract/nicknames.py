"""A nickname introduced as such is the person already named, not somebody new.

"Dalam paparannya, Rudi, sapaannya, menjelaskan ...", "Mas RW -- sapaan akrab Rudi
Wirawan, ...", "Rudi, begitu ia akrab disapa, ...": the marker (sapaan(nya), panggilan akrab,
disapa, akrab dipanggil) reads as the description of the name before it, so the sentence
readers hand on a one-word "person" whose position is the marker. That name refers back:
to the person the marker names ("sapaan akrab Rudi Wirawan"), else to the earlier person
whose name the nickname shortens ("Rudi" for "Rudianto Saleh"), else to the person named in
the sentence before. With none of them, the mention is dropped: who it is stays unknown.
"""

from __future__ import annotations

import re

from .people_6_frames import Mention

_MARKER = re.compile(
    r"\s*(?:begitu\s+(?:ia|dia|beliau|nya)\s+)?(?:(?:akrab|biasa)\s+)?"
    r"(?:sapaan(?:\s+akrab)?(?:nya)?|panggilan(?:\s+akrab)?(?:nya)?|disapa|dipanggil)"
    r"(?:\s+akrab(?:nya)?)?\b", re.IGNORECASE)


def resolve_nicknames(mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each nickname mention renamed to its owner (module docstring), or
    dropped when no owner is found."""
    if not any(m.position and _MARKER.match(m.position) for m in mentions):
        return mentions
    named = [m for m in mentions if not (m.position and _MARKER.match(m.position))]
    out = []
    for mention in mentions:
        marker = _MARKER.match(mention.position or "")
        if marker is None:
            out.append(mention)
            continue
        owner = _owner(mention, mention.position[marker.end():].strip(" ,"), named)
        if owner is not None:
            mention.name, mention.written, mention.position = owner.name, owner.written, None
            out.append(mention)
    return out


def _owner(nick: Mention, stated: str, named: list[Mention]) -> Mention | None:
    """The person ``nick`` refers back to (module docstring)."""
    if stated:
        return next((m for m in named if m.name.casefold() == stated.casefold()), None)
    earlier = sorted((m for m in named if m.order < nick.order and len(m.name.split()) > 1),
                     key=lambda m: m.order)
    short = nick.name.casefold()
    shortened = [m for m in earlier
                 if any(w.startswith(short) for w in m.name.casefold().split())]
    if shortened:
        return shortened[-1]
    last = earlier[-1] if earlier else None
    return last if last is not None and last.order[0] >= nick.order[0] - 1 else None
