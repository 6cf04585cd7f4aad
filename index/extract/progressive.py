"""The English progressive of a presenting verb: "A, from X, was presenting the findings".

A progressive is a form of *be* followed by a present participle ("was presenting", "were
sharing", "is explaining"); the participle is the predicate's verb and the form of *be* only
its auxiliary. A regular English verb makes its participle and its past from one stem
("present" -> "presenting" / "presented", "share" -> "sharing" / "shared"), so the past form
a lexicon lists ("presented", "shared") names the participle's verb too: no list of
participles is kept.
"""

from __future__ import annotations

import re

AUXILIARIES = frozenset({"was", "were", "is", "are"})
"""The finite forms of *be* that open a progressive in a report (past or present tense)."""

_PROGRESSIVE = re.compile(r"\b(?:was|were|is|are)\s+([a-z]{3,})ing\b")


def past_of_participle(word: str) -> str | None:
    """The regular past form of a present participle ("presenting" -> "presented", "sharing"
    -> "shared", "noting" -> "noted"); None when ``word`` is no ``-ing`` form."""
    folded = word.casefold()
    if len(folded) < 6 or not folded.endswith("ing"):
        return None
    return folded[:-3] + "ed"


def progressive_pasts(text: str) -> list[str]:
    """The past forms of the participles of the progressives in ``text`` ("... was presenting
    ..." -> ["presented"]); a cheap test first, since most sentences hold none."""
    if not any(f" {auxiliary} " in text for auxiliary in AUXILIARIES):
        return []  # (English only: Indonesian sentences stop here)
    return [match.group(1) + "ed" for match in _PROGRESSIVE.finditer(text)]
