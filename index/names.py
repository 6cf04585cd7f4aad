"""People's names: degrees off, and an identity key that survives spelling variants.

The key is what search aggregates a person's appearances by, so it must be equal for
"Ika Meilani, S.Si" and "ika meilani" and stable across releases (it is stored in indexes).
"""

from __future__ import annotations

import re
import unicodedata

from .resources import word_list

_NON_WORD = re.compile(r"[^a-z0-9]+")


def speaker_key(name: str) -> str:
    """A lowercase ASCII slug of ``name`` without degrees: ``"ika-meilani"``."""
    bare = strip_degrees(name)
    ascii_name = unicodedata.normalize("NFKD", bare).encode("ascii", "ignore").decode("ascii")
    return _NON_WORD.sub("-", ascii_name.casefold()).strip("-")


def _degree_key(token: str) -> str:
    return token.replace(".", "").replace(" ", "").casefold()


def strip_degrees(written: str) -> str:
    """``written`` without academic degrees and honorifics, before or after the name."""
    degrees = {_degree_key(d) for d in word_list("degrees.txt")}
    parts = [p.strip() for p in written.split(",")]
    head = parts[0].split()
    while head and _degree_key(head[0]) in degrees:
        head.pop(0)
    while head and _degree_key(head[-1]) in degrees:
        head.pop()
    return " ".join(head)
