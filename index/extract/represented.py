"""The body a person stands in for is their affiliation: "A mewakili KNPI".

A stand-in speaks for the body that sent them: "A mewakili Yayasan X" says A comes from
Yayasan X, as "A dari Yayasan X" does, so that body is A's position when the article gives
A no other. Standing in for another person's office says nothing of A's own job ("A
mewakili Rektor X", "A mewakili Dirjen Y", "A mewakili Prof. B"): the office is the absent
holder's, not A's, so it gives no position. When the office is named with the body it sits
in, set off by a comma ("A mewakili Plt. Direktur X, Kementerian Y"), the stand-in comes
from that body: the body is A's, the office is not.

What is a body: a name headed by a word of bodies ("Kementerian", "Yayasan", "Universitas",
"Lembaga", as :data:`phrases.tsv` lists them under ``body_head`` and ``org_head``, places
such as "Kota" and "Kabupaten" left out: a town stood for is a government, not an
employer), first or, as English writes it, last ("representing the Uji Press Agency"), or
a short name in capitals ("KNPI"). What is an office: a name headed by a job word
(``position_words``, the ``office`` phrases); a person stood in for (an honorific first:
"mewakili Drs. B, S.H., selaku Dirjen X") gives none either.
"""

from __future__ import annotations

import re
from functools import lru_cache

from index.lexicon import phrase_set, position_words
from index.names import is_degree, is_honorific

_WORD = r"(?:[A-Z][\w.&/’'-]*|\([A-Z][\w.&/-]*\))"
_PART = rf"{_WORD}(?:\s+(?:(?:dan|&|of|the|and|for)\s+)?{_WORD})*"
# the object of standing in, right after the person (and their degrees): capitalised parts
# set off by commas ("mewakili Plt. Direktur X, Kementerian Y")
_REPRESENTS = re.compile(r"\s*,?\s*(?:yang\s+)?(?:(?:hadir|datang|turut)\s+)?(?:mewakili|"
                         rf"representing|on\s+behalf\s+of)\s+(?:the\s+)?({_PART}(?:\s*,\s*{_PART})*)")
# heads of place names among the heads of bodies: a place stood for is its government
_PLACE_HEADS = frozenset({
    "kota", "kabupaten", "provinsi", "propinsi", "desa", "kecamatan", "kelurahan", "kab",
    "kec", "kel", "prov", "jalan", "jl", "gedung", "hotel", "rumah", "taman", "of"})


@lru_cache(maxsize=1)
def _body_heads() -> frozenset[str]:
    return (phrase_set("body_head") | phrase_set("org_head")) - _PLACE_HEADS - _offices()


@lru_cache(maxsize=1)
def _offices() -> frozenset[str]:
    return position_words() | phrase_set("office")


def _head(part: str) -> str:
    return part.split()[0].strip("().,").casefold()


def _is_office(part: str) -> bool:
    """``part`` names an office: its holder is someone else."""
    return _head(part) in _offices()


def _is_body(part: str) -> bool:
    """``part`` names a body: headed by a word of bodies, or a short name in capitals."""
    words = part.split()
    if _head(part) in _body_heads():
        return True
    plain = [w for w in words if not w.startswith("(")]
    if len(plain) > 1 and plain[-1].strip(".,").casefold() in _body_heads() and not any(
            w.casefold() in _offices() for w in plain):
        return True  # English puts the head last: "the Uji Youth Council (UYC)"
    return len(words) <= 3 and all(len(w.strip("().,")) >= 2 and w.strip(
        "().,").isupper() and not is_degree(w) for w in words)


def represented_body(tail: str) -> str | None:
    """The body the person whose phrase is followed by ``tail`` stands in for ("
    mewakili KNPI dalam ..." -> "KNPI"; ", mewakili Plt. Kepala X, Badan Y." -> "Badan
    Y"), or None: no stand-in, or one for another person's office only."""
    match = _REPRESENTS.match(tail)
    if match is None:
        return None
    parts = [p.strip() for p in match.group(1).split(",")]
    if is_honorific(parts[0].split()[0]):
        return None  # a person stood in for: what follows are their degrees and job
    while parts and _is_office(parts[0]):
        parts.pop(0)  # the absent holder's office; the body it sits in may follow
    bodies = []
    for part in parts:
        if not _is_body(part):
            break
        bodies.append(part)
    return ", ".join(bodies).rstrip(".") or None  # (a full stop ends the sentence)
