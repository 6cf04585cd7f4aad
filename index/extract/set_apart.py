"""A person presented beside a counted group of speakers is not one of them: the opening.

Why: "Program ini menghadirkan Kepala Dinas X, A serta empat narasumber yang terdiri dari
B, C, D dan E" coordinates A with the speakers as a whole group the writer counts; A is set
apart from that group, not a member of it (the speakers are the four listed after). Such a
programme names first the official who gives the welcome ("menghadirkan Walikota X, A dan
empat narasumber", "Bupati Y, A serta tiga narasumber"); what they do there is the
opening. Read only for a person whom a presenting verb read without a role (a weak cue),
with the job given, when a coordinator and a counted role noun of speakers follow the name.
"""

from __future__ import annotations

import re
from functools import lru_cache

from index.lexicon import bounded, number_words, phrase_pattern, role_cues

from .people_6_frames import Mention
from .sentences import Sentence


@lru_cache(maxsize=1)
def _beside_counted() -> re.Pattern[str]:
    """", serta empat narasumber", "dan 3 orang pembicara", "and three speakers" right after
    a name as written."""
    units = sorted(w for w, (kind, _) in number_words().items() if kind == "unit")
    nouns = [c.phrase for c in role_cues() if c.kind == "noun" and c.role == "speaker"]
    return re.compile(
        r"[\s,]+(?:dan|serta|and|beserta|bersama)\s+(?:" + phrase_pattern(units)
        + r"|\d{1,2})\s+(?:orang\s+)?" + bounded(phrase_pattern(nouns)), re.IGNORECASE)


def set_apart_openings(mentions: list[Mention], sentences: list[Sentence]) -> None:
    """Give the opening to a person presented without a role right before "dan/serta N
    narasumber" (in place)."""
    weak = [m for m in mentions if m.role == "speaker" and m.strength == 1 and m.position
            and not m.narrative]
    if not weak:
        return
    texts = {s.index: s.text for s in sentences}
    for mention in weak:
        text = texts.get(mention.order[0])
        if text is None:
            continue
        at = text.find(mention.written, mention.order[1])
        if at < 0:
            continue
        after = at + len(mention.written)
        if _beside_counted().match(text, after) is not None:
            mention.role = "opening"
