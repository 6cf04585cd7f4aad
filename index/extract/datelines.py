"""Datelines: where a report says it was written ("JAMBI, Kabar Uji -", "UJI.COM, KOTA -").

The location extractor (:mod:`index.extract.place`) weighs a place in the dateline above a
bare mention. Two readers:

- :func:`dateline_head`, for the first lines of an article: where the head of a line ends,
  at its first dash, bar, bracket or comma ("Tanah Datar, Uji -", "Kupang (Kabar Uji) -");
- :func:`strong_dateline`, for any of the first sentences: a dateline written in full, also
  outlet first ("TRIBUN-UJI.COM, MAKASSAR -", "UJI.CO.ID - BOGOR.") or after a headline and
  a caption, with the town it names when the gazetteer may not know it ("MANTINGAN -",
  "KISARAN | Kabar Uji -", "Ruteng, Kabar Uji -"), or the outlet's brand first without a
  domain ("Kabar Uji, Kendari --": the town is the part after the comma the gazetteer knows).

A colon ends a dateline as a dash does ("KENDARI: ...", "Kendari, KU: ...", "Kabar Uji,
Kendari: ..."), when a town the gazetteer knows opens the line: a colon also ends labels
("Editor:", "Webinar Nasional:", a foreign "City, Country:").
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from index.lexicon import day_names, months, phrase_pattern, position_words, role_nouns
from index.resources import word_set

from .dates import EVENT_CLAUSE
from .gazetteer import find_places, place_words
from .place_abroad import foreign_city

_DATELINE = re.compile(r"^[^!?\n]{0,60}?(?:\s[–—-]{1,2}\s?|[–—]|\s?\|\s|-(?=[A-Z])(?![\w-]*\."
                       r"[A-Za-z]{2,3}\b)|(?<=[A-Za-z])-(?=\d{1,2}[/.-]\d)|\s\()|"
                       r"^[^!?,\n]{0,40}?,\s")
"""The head of a first-paragraph line: up to its first dash, bar, bracket or comma. A dash
inside an outlet's name ("TRIBUN-TIMUR.COM") does not end it; one before a date does
("Mantingan-15/02/2021")."""
_COMMA_HEAD = re.compile(r"^[^!?,\n]{0,40}?,\s")
_HEAD_WORDS = 6
"""A dateline's head is a town and perhaps its outlet ("Kupang (Kabar Uji) -", "Tanah Datar,
Uji -"): longer heads are a sentence's subject or a headline."""
OUTLET = re.compile(r"^\s*[\w-]+(?:\.[a-z]{2,})+\b", re.IGNORECASE)
_OUTLET_FIRST = re.compile(r"^\s*[\w-]+(?:\.[A-Za-z]{2,})+\s*(?:[-–—|]\s*|,\s*)"
                           r"(?P<place>[A-Z][^.,\n–—|-]{1,40}?)\s*(?:[.,](?:\s|$)|\s[–—-]|[–—])")
_OUTLET_THEN_PLACE = re.compile(r"^(?P<outlet>[A-Z][\w.'’]*(?:\s[A-Z][\w.'’]*){0,2}),\s*"
                                r"(?P<place>[A-Z][\w'’]*(?:[\s-][A-Z][\w'’]*){0,3}?)\s*"
                                r"(?:\.(?=\s|$)|:(?=\s+[\"“A-Z])|[–—]|-{1,2}(?=\s|[A-Z]))")
"""An outlet's brand, a comma, then the town ("Kabar Uji, Kendari --", "UJIPOS, Palu.",
"UJIPOS, Palu: ...": a colon ends a dateline as a dash does)."""
_STRONG_DATELINE = re.compile(r"^(?P<place>[A-Z][A-Za-z'’]*(?:\s[A-Z][A-Za-z'’]*){0,3})\s*"
                              r"(?P<outlet>,\s*\d{1,2}\s+[A-Z][a-z]+\s+\d{4}\s*|,\s*[A-Z][a-z]+\s+\d{1,2},?"
                              r"\s+\d{4}\s*|,\s*[\w.-]+(?:\s[\w.-]+)?\s*|\([^()\n]{1,40}\)\s*|"
                              r"\s*\|\s*[\w.-]+(?:\s[\w.-]+)?\s*)?"
                              r"(?:[–—]|-{1,2}(?=\s|[A-Z]|(?P<date>\d{1,2}[/.-]\d))|(?P<colon>:(?=\s+[\"“A-Z])))")


def dateline_head(text: str) -> int | None:
    """Where the dateline of a first-paragraph sentence ends, if it has one."""
    reversed_order = _outlet_then_place(text)
    if reversed_order is not None:
        return reversed_order.end
    outlet = _OUTLET_FIRST.match(text)
    if outlet and OUTLET.match(text):
        return outlet.end("place")
    colon = _colon_dateline(text)
    if colon is not None:
        return colon.end
    head = _DATELINE.match(text)
    if head is not None and len(text[:head.end()].split()) > _HEAD_WORDS:
        # "Medan, Isu pembubaran DPR (...)": the comma comes first; "Pengurus Cabang Uji
        # Jakarta Barat (PC Uji) mengadakan": a subject, no dateline.
        head = _COMMA_HEAD.match(text)
        if head is None or len(text[:head.end()].split()) > _HEAD_WORDS:
            return None
    return head.end() if head else None


def _town_words(town: str) -> bool:
    """Every word of ``town`` may be part of a town's name. A job word opens no town ("GURU
    BESAR -"), but may end one: "SUMBAWA BESAR", "TANJUNG KEPALA"."""
    if EVENT_CLAUSE.search(town):
        return False
    words = [w.casefold() for w in town.split()]
    if not words or words[0] in position_words() or words[0] in role_nouns() \
            or words[0] in day_names() or words[0] in months():
        return False
    return not any(w in place_words().not_town or w in word_set("stopwords_id.txt")
                   for w in words)


@lru_cache(maxsize=None)
def _stamp() -> re.Pattern[str]:
    """A page's date and time stuck before the dateline by the scrape ("Senin, 12 Juli 2021 |
    10:15 WIB MAKASSAR, UJI.COM -")."""
    day = phrase_pattern(sorted(day_names()))
    month = phrase_pattern(sorted(months(), key=len, reverse=True))
    return re.compile(rf"^(?:{day},?\s+)?\d{{1,2}}\s+{month}\s+\d{{4}}(?:\s*[|,-]?\s*\d{{1,2}}[.:]"
                      rf"\d{{2}}(?:\s*(?:WIB|WITA|WIT))?)?\s*[|,–—-]?\s*", re.IGNORECASE)


class Dateline(NamedTuple):
    """A dateline written in full: where it ends, the town it names when the gazetteer may
    lack it, and where the town's part ends (an outlet may follow: "SANGATTA, Suara Uji -",
    whose name is the newsroom's brand, not the place)."""

    end: int
    town: str | None
    town_end: int
    dated: bool = False
    """The town is stamped with a date or followed by its outlet ("Mantingan-15/02/2021",
    "SERDANG, August 26 -", "Ruteng, Kabar Uji -"): newsrooms stamp the place of filing so,
    never a brand or a rubric."""


def strong_dateline(text: str) -> Dateline | None:
    """A dateline written in full at the start of one of the first sentences, perhaps after
    the page's date ("MUARA UJI, SITE.COM -", "Kupang, 14 Mei 2020 –", "UJI.COM, KOTA UJI
    -"): where it ends, and the town it names when that may be a town the gazetteer lacks
    (written in capitals, or right before a date: "MANTINGAN -", "Mantingan-15/02/2021")."""
    stamp = _stamp().match(text)
    if stamp and stamp.end() < len(text):
        found = _strong_dateline(text[stamp.end():])
        return None if found is None else Dateline(found.end + stamp.end(), found.town,
                                                   found.town_end + stamp.end(), True)
    return _strong_dateline(text)


def _outlet_then_place(text: str) -> Dateline | None:
    """ "Kabar Uji, Kendari --", "UJIPOS, Palu. Webinar ...", "Suara Uji, Jakarta –": a
    dateline written outlet first without a web domain. Newsrooms write "TOWN, Outlet -" or
    "Outlet, TOWN -"; which order a line uses shows in the gazetteer: when the part after
    the comma is wholly a kabupaten/kota and the part before names none (and is no sentence
    opener such as "Menurutnya,"), the town is the second part, and the first is the brand."""
    match = _OUTLET_THEN_PLACE.match(text)
    if match is None:
        return None
    brand, place = match.group("outlet"), match.group("place")
    if " ".join(place.casefold().split()) in place_words().country:
        # "Uji City, Malaysia. The ...": a foreign city and its country, the way newsrooms
        # abroad write a dateline; the town is the first part (a city of the table only:
        # "Kabar Uji, Mesir." is a brand and a country). Closed by a full stop only: "City,
        # Country:" is as often a label (module docstring).
        if foreign_city(brand) and text[match.end() - 1] == ".":
            return Dateline(match.end(), brand, match.end("outlet"), True)
        return None
    if brand.split()[0].casefold().strip(".") in word_set("stopwords_id.txt") or find_places(brand):
        return None
    mentions = find_places(place)
    if len(mentions) != 1 or mentions[0].start != 0 or mentions[0].end != len(place):
        return None
    return Dateline(match.end(), None, match.end("place"))


def _colon_dateline(text: str) -> Dateline | None:
    """ "KENDARI: Webinar ...", "Kendari, Kabar Uji: ...", "KENDARI (Kabar Uji): ...": a
    colon ends a dateline as a dash does, but it also ends any label ("Editor:", "Bangkok,
    Thailand:", "Webinar Nasional:"), so only a town the gazetteer knows, opening the line,
    makes it one."""
    match = _STRONG_DATELINE.match(text)
    if match is None or not match.group("colon"):
        return None
    places = find_places(match.group("place"))
    if not places or places[0].start != 0:
        return None
    outlet = (match.group("outlet") or "").lstrip()[:1]
    return Dateline(match.end(), None, match.end("place"), bool(outlet) and outlet in ",(|")


_TOWN_STOP = re.compile(r"^(?P<place>[A-Z][A-Z'’]+(?:\s[A-Z][A-Z'’]+){0,3})\.$")
"""A line of a town in capitals and a full stop ("KENDARI."): the dateline written as its own
sentence, as "KENDARI -" is with a dash; only a town the gazetteer knows wholly counts (a
label in capitals with a stop names none)."""


def _stop_dateline(text: str) -> Dateline | None:
    match = _TOWN_STOP.match(text)
    if match is None:
        return None
    places = find_places(match.group("place"))
    if len(places) != 1 or places[0].start != 0 or places[0].end != match.end("place"):
        return None
    return Dateline(match.end(), None, match.end("place"))


def _strong_dateline(text: str) -> Dateline | None:
    stop = _stop_dateline(text) if text.endswith(".") and len(text) < 40 else None
    if stop is not None:
        return stop
    reversed_order = _outlet_then_place(text)
    if reversed_order is not None:
        return reversed_order
    outlet = _OUTLET_FIRST.match(text)
    if outlet and OUTLET.match(text):
        town = outlet.group("place")
        # "Uji.id – Pada Senin malam, ...", "Uji.id – Ikatan Mahasiswa Hukum (IMAHUM), ...":
        # after the outlet the report may begin at once; a town has no function, day or
        # job word, and no acronym in brackets (that marks an organisation's name).
        if "(" not in town and _town_words(town):
            return Dateline(outlet.end("place"), town, outlet.end("place"))
        if not find_places(town):
            return None
        return Dateline(outlet.end("place"), None, outlet.end("place"))
    match = _STRONG_DATELINE.match(text)
    if match is None:
        return None
    town = match.group("place")
    # A town the gazetteer lacks must look like one: in capitals ("TANJUNG UJI -", "UJI,
    # SITE.COM -") or stamped with a date ("Mantingan-15/02/2021"), and not a news label
    # ("SIARAN PERS -") or an event or job word.
    # "Kupang, 14 Mei 2020 –", "KUALA TERENGGANU, March 14, 2022 –": a town stamped with a date
    dated = match.group("date") or any(w.strip(",").casefold() in months()
                                       for w in (match.group("outlet") or "").split())
    # "Ruteng, Kabar Uji -", "Ruteng (Kabar Uji) -": a town with its outlet, as newsrooms
    # write it.
    with_outlet = bool(match.group("outlet")) and match.group("outlet").lstrip()[:1] in ",(|"
    if match.group("colon"):
        return _colon_dateline(text)
    if not (town.isupper() or dated or with_outlet) or not _town_words(town):
        town = None
    if town is None and not find_places(match.group()):
        return None
    return Dateline(match.end(), town, match.end("place"), bool(dated) or with_outlet)
