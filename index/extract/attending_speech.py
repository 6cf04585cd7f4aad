"""An attendee who spoke: "Turut hadir Ketua X, Nama, yang menegaskan ...".

"Turut hadir"/"tampak hadir" introduces people who merely attended, and they are not on the
programme (the role cue "none"). A relative clause on the attendee whose verb reports speech
("..., yang menegaskan pentingnya ...", "... yang mengapresiasi ...") says the attendee spoke
at the event, as "A juga hadir di forum itu serta menegaskan ..." does in the other
word order: remarks with no stated programme role, which the conventions give as `other`.
Only a verb of saying counts (a verb of presenting material is a talk, read elsewhere), and
only right after the attendee's phrase (a relative clause further on modifies someone else).
"""

from __future__ import annotations

import re
from functools import lru_cache

from index.lexicon import phrase_pattern, phrase_set


@lru_cache(maxsize=1)
def _spoke_after() -> re.Pattern[str]:
    """", yang (juga|pun|pada kesempatan itu) <verb of saying>" right after a name."""
    verbs = sorted(phrase_set("quote_verb") | phrase_set("report_verb"))
    return re.compile(r"\s*,?\s*yang\s+(?:(?:juga|pula|turut|sekaligus|dalam\s+kesempatan\s+"
                      r"(?:itu|ini|tersebut)|pada\s+kesempatan\s+(?:itu|ini|tersebut))\s+)?(?:"
                      + phrase_pattern(verbs) + r")\b", re.IGNORECASE)


def spoke_while_attending(text: str, after_person: int) -> bool:
    """The person phrase that ends at ``after_person`` in ``text`` is the head of a relative
    clause whose verb reports speech (see the module docstring)."""
    return _spoke_after().match(text, after_person) is not None
