"""The event's kabupaten/kota as the article writes it: "Jogja", "Solo", "Bandarlampung".

The record's place is "the city/regency as written" (README), while the gazetteer resolves
every spelling of a place to its official name ("Jogja" and "Yogyakarta" are both Kota
Yogyakarta). When the article writes the chosen place only or mostly in one of the
gazetteer's other spellings (an everyday name, a spelling run together or apart, a short
form), that spelling is the answer; the official name otherwise. The province is read from
the place either way.

Only the spellings of the one chosen place are looked for (its own word-bounded pattern,
built once per place and cached), in the headline and the sentences, case aside: a
dateline in capitals ("SOLO -") counts as the spelling it writes, and the answer is the
gazetteer's own form of it ("Solo").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from index.resources import table

from .gazetteer import Place


def _letters(text: str) -> str:
    """The letters and digits of ``text``, case-folded: spellings run together or apart
    ("Bandar Lampung", "Bandarlampung") are then the same string."""
    return "".join(c for c in text.casefold() if c.isalnum())


def _short_form(alias: str, kind: str, name: str) -> bool:
    """The alias shortens the official name: an acronym in capitals ("PPU", "KBB"), or fewer
    letters, all of them the name's in order, "Kabupaten"/"Kota" included ("Basel", "Jaksel",
    "Sitaro" of "Kepulauan Siau Tagulandang Biaro", "Mentawai"). A short form is the writer's
    abbreviation, and a record gives the place's name, not it; a spelling with the same
    letters ("Bandarlampung") or an everyday name ("Solo", "Jogja") is a way of writing the
    name itself."""
    if alias.isupper():
        return True
    short, full = _letters(alias), _letters(f"{kind} {name}")
    if not short or len(short) >= len(_letters(name)):
        return False
    rest = iter(full)
    return all(c in rest for c in short)


@lru_cache(maxsize=None)
def _spellings() -> dict[tuple[str, str], tuple[str, ...]]:
    """Every kabupaten/kota's other spellings (gazetteer aliases, short forms left out), by
    (kind, official name)."""
    found: dict[tuple[str, str], tuple[str, ...]] = {}
    for row in table("gazetteer.tsv"):
        if row[0] == "provinsi" or len(row) < 4 or not row[3]:
            continue
        aliases = tuple(a.strip() for a in row[3].split(",")
                        if a.strip() and not _short_form(a.strip(), row[0], row[1]))
        if aliases:
            found[(row[0], row[1])] = aliases
    return found


@lru_cache(maxsize=None)
def _pattern(kind: str, name: str) -> re.Pattern[str] | None:
    """One pattern for every spelling of the place (official name and aliases, longest
    first, any spaces between words), word-bounded so "Solo" is not read in "Solok"; built
    once per place. ``None`` when the place has no other spelling."""
    aliases = _spellings().get((kind, name))
    if not aliases:
        return None
    forms = sorted((name, *aliases), key=len, reverse=True)
    words = "|".join(r"\s+".join(map(re.escape, form.split())) for form in forms)
    return re.compile(rf"(?<![\w.-])(?:{words})(?!\w|-\w|\.\w)", re.IGNORECASE)


def written_name(place: Place, texts: Iterable[str]) -> str | None:
    """The gazetteer spelling of ``place`` that ``texts`` write most often, when it is not
    the official name (the first written wins a tie); ``None`` to keep the official one."""
    pattern = _pattern(place.kind, place.name)
    if pattern is None:
        return None
    forms = {" ".join(f.casefold().split()): f for f in (place.name, *_spellings()[
        (place.kind, place.name)])}
    counts: dict[str, int] = {}
    for text in texts:
        for match in pattern.finditer(text):
            key = " ".join(match.group().casefold().split())
            counts[key] = counts.get(key, 0) + 1
    if not counts:
        return None
    best = max(counts, key=lambda k: counts[k])  # dicts keep the order first written
    official = " ".join(place.name.casefold().split())
    return None if best == official else forms.get(best)
