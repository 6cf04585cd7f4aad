"""A sentence that places what it reports at an occasion it names.

Coverage of a gathering that is no webinar (a congress, an exhibition's opening, a talk
series) names it where it reports the speech: "..., ungkap A, Ketua X, dalam acara Pembukaan
Expo Raya 2021", "Speaking at the 4th virtual Pacific Science Congress, A said ...". The
preposition of setting before the general noun of an occasion ("acara") followed by its
proper name, or an English participle of speaking fronted before "at/during the", puts the
speaker at the occasion as "dalam webinar ..." does for a webinar: the name (capitalised)
or the participle, unlike a bare "dalam acara itu", cannot point back at some other event
the article only mentions. Whoever is only quoted from elsewhere is still left out by the
reader of reported speech (:func:`index.extract.reported_speech.said_elsewhere`).
"""

from __future__ import annotations

import re

# ("acara" and then, maybe after one lower-case word such as "puncak", a capitalised name)
_NAMED_OCCASION = re.compile(r"\b(?:[Dd]alam|[Pp]ada|[Ss]aat|[Kk]etika|[Dd]i)\s+acara\s+"
                             r"(?:[a-z]+\s+)?[A-Z0-9]")


def names_occasion(text: str) -> bool:
    """``text`` places its report at an occasion it names (see the module's docstring)."""
    # (a quick necessary test before the regex: most sentences hold neither word)
    return "acara" in text and _NAMED_OCCASION.search(text) is not None
