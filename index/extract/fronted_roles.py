"""A role noun put first as the sentence's topic, the people then presented by the clause
after it: "Sebagai keynote speaker webinar X, hadir di antaranya A", "As keynote speaker,
the committee invited B", "Keynote speaker webinar Y, panitia menghadirkan C dan D". The
noun names the role and the presenting verb ("hadir", "invited", "menghadirkan") only
introduces its holders, so the verb's people take the noun's role. Elsewhere a presenting
verb presents speakers (the weak cue of ``role_cues.tsv``)."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .people_6_slots import Cue

# What may stand before the fronted noun: nothing, or a preposition of role ("Sebagai",
# "Selaku", "As") with an article.
_LEAD = re.compile(r"\s*(?:(?:sebagai|selaku|as|adapun)\s+(?:(?:the|a|an)\s+)?)?",
                   re.IGNORECASE)
# Between the noun and the verb: the event the noun belongs to and the clause's subject,
# one comma that closes the topic, no end of a clause.
_TOPIC = re.compile(r"[^.;:!?()“”\"]{0,80}", re.IGNORECASE)


def fronted_role(cues: tuple[Cue, ...], text: str) -> tuple[Cue, ...]:
    """``cues`` with the first presenting (weak) cue after a fronted role noun given that
    noun's role and strength; the noun itself, whose people the verb now reads, is left
    out (it would read them a second time)."""
    if len(cues) < 2:
        return cues
    noun, verb = cues[0], cues[1]
    if noun.kind != "noun" or noun.role in {"speaker", "none"} or verb.kind != "weak":
        return cues
    if _LEAD.fullmatch(text, 0, noun.start) is None:
        return cues
    between = text[noun.end:verb.start]
    if "," not in between or _TOPIC.fullmatch(between) is None or len(between.split()) > 10:
        return cues
    return (replace(verb, role=noun.role, strength=max(verb.strength, noun.strength)),
            *cues[2:])
