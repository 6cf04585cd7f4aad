"""A place that ends a name spelled out before its bracketed acronym.

"Yayasan Kasih Uji untuk Sigi (KAUS)": an acronym in brackets abbreviates the phrase right
before it, so when its letters begin before the place ("K", "A", "U" for "Kasih", "Uji",
"untuk", then "S" for the place), the place is the last word of a longer name, an
organisation's, even though a lower-case word ("untuk", "di") stands before it and the
gazetteer does not see it as inside a name. Such a place votes as one inside a name does
(:mod:`index.extract.place`). An acronym of the place alone ("Kabupaten Ogan Uji (OU)",
"Luwu Utara (Lutra)") changes nothing.
"""

from __future__ import annotations

import re

_ACRONYM = re.compile(r"\s*\((?P<acronym>[A-Z][A-Za-z]{1,11})\)")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_REACH = 10
"""Words looked at before the place: an acronym has no more letters than that."""


def ends_spelled_name(text: str, start: int, end: int) -> bool:
    """The place at ``start``-``end`` is followed by a bracketed acronym whose letters are
    the initials of words before it and of the place's own words (see the module
    docstring)."""
    found = _ACRONYM.match(text, end)
    if found is None:
        return False
    acronym = found.group("acronym").casefold()
    own = "".join(w[0] for w in _WORD.findall(text[start:end])).casefold()
    if not acronym.endswith(own) or len(acronym) == len(own):
        return False
    needed = acronym[:len(acronym) - len(own)]
    before = _WORD.findall(text[max(0, start - 120):start])[-_REACH:]
    initials = "".join(w[0] for w in before).casefold()
    capitals = "".join(w[0] for w in before if w[0].isupper()).casefold()
    return initials.endswith(needed) or capitals.endswith(needed)
