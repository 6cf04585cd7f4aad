"""Who "guided" the event when the article names its moderator apart: the host.

Why: "dipandu (oleh) A" says A led something; with a discussion or no subject it is read as
the moderator's verb (role_cues.tsv). One programme has one moderator for its discussion,
so when the same article gives the moderator's role to someone else by a word that can
only mean moderating ("dimoderatori oleh B", "B selaku moderator", "moderator B"), the
bare "dipandu" of A is the other leading role a webinar has, the one who runs the
programme: the host ("Webinar dibuka oleh X, dipandu oleh A dan dimoderatori oleh B";
"Acara ... yang dipandu oleh A", then "diskusi bersama moderator B"). Document-level
evidence, read only when two people both hold the moderator's role.
"""

from __future__ import annotations

import re

from .people_6_frames import Mention
from .sentences import Sentence

# "dipandu A", "dipandu oleh A", "dipandu langsung oleh A": the verb alone, right before
# the person (an MC or moderator noun between them is a cue of its own and wins anyway)
_GUIDED = re.compile(r"\bdipandu(?:\s+(?:langsung|juga|pula))?(?:\s+oleh)?\s*$", re.IGNORECASE)


# a word that only means moderating, right before the person or right after them
# ("dimoderatori oleh B", "moderator B", "B selaku moderator", "moderated by B")
_MODERATING = re.compile(r"moderat", re.IGNORECASE)


def _where(mention: Mention, texts: dict[int, str]) -> tuple[str, int, int] | None:
    """The mention's sentence and the span of its name as written there."""
    text = texts.get(mention.order[0])
    if text is None or mention.narrative:
        return None
    start = mention.order[1]
    at = text.find(mention.written, max(0, start - 3), start + len(mention.written) + 3)
    at = start if at < 0 else at
    return text, at, at + len(mention.written)


def _guided(mention: Mention, texts: dict[int, str]) -> bool:
    """The mention is the agent of a bare "dipandu" (nothing but the verb before it)."""
    where = _where(mention, texts)
    return where is not None and _GUIDED.search(
        where[0], max(0, where[1] - 40), where[1]) is not None


def _moderating(mention: Mention, texts: dict[int, str]) -> bool:
    """A word of moderating stands right before or right after the mention."""
    where = _where(mention, texts)
    return where is not None and (
        _MODERATING.search(where[0], max(0, where[1] - 30), where[1]) is not None
        or _MODERATING.search(where[0], where[2], where[2] + 30) is not None)


def guides_as_host(mentions: list[Mention], sentences: list[Sentence]) -> None:
    """Turn the moderator read from a bare "dipandu" into the host when another person is
    the moderator by a word that only means moderating (in place)."""
    moderators = [m for m in mentions if m.role == "moderator" and m.strength >= 2]
    if len({m.name for m in moderators}) < 2:
        return  # (the common case: one moderator or none, nothing to tell apart)
    texts = {s.index: s.text for s in sentences}
    guided = [m for m in moderators if _guided(m, texts)]
    if not guided:
        return
    names = {m.name for m in guided}
    words = {w.casefold() for name in names for w in name.split()}
    # another person (no word of the name shared: "dipandu oleh Rina ... Rina Sari selaku
    # moderator" is one person read twice) named the moderator by a word of moderating
    if not any(not words & {w.casefold() for w in m.name.split()} and _moderating(m, texts)
               for m in moderators):
        return
    for mention in mentions:
        if mention.name in names and mention.role == "moderator":
            mention.role = "host"
