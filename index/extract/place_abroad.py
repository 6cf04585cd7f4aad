"""Places abroad: the foreign cities a report may hold its event in, and when the text places
the event or its host there.

The gazetteer knows only Indonesia's kabupaten/kota, so an event held abroad (by a mission
of the republic, a students' association abroad, an international body) has a place the
gazetteer lacks. The README's order still holds: the stated venue, else the organiser's
city, else the dateline when the organiser is a local body. Abroad that reads:

- the organiser's city: a diplomatic mission is named with the city it sits in ("KBRI
  Uji", "Konsulat Jenderal Republik Indonesia (KJRI) di Uji", "the Indonesian Embassy in
  Uji"); when such a mission holds the event (:func:`host_mission_city`), its city is the
  place. A mission named in someone's position ("selaku Konjen RI di Uji") holds nothing;
- the dateline: a city of ``data/foreign_cities.tsv`` (capitals and big cities, where
  newsrooms and press offices sit) that only the dateline names, for an event no body of
  one seat holds, is the newsroom's, as a Jakarta dateline is for a national body's online
  event (README); named again in the text ("diaspora di Uji", "the embassy in Uji") or
  with a campus holding the event, it stays (:func:`newsroom_abroad`).

A city is read from the table, never guessed from capitals: "Kedutaan Besar RI di Belanda"
names a country, which is no city.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from index.resources import table

from .holding_verbs import ACTIVE, PASSIVE, alternation


@lru_cache(maxsize=1)
def foreign_cities() -> dict[str, str]:
    """``foreign_cities.tsv`` read once: the city's name case-folded -> as listed."""
    return {row[0].casefold(): row[0] for row in table("foreign_cities.tsv")}


def foreign_city(name: str) -> bool:
    """``name`` is a foreign city of the table, whole ("Bern", "Johor Bahru")."""
    return " ".join(name.split()).casefold() in foreign_cities()


def city_opening(words: str) -> str | None:
    """The table's city that ``words`` opens with, as written there (the longest: "Kota
    Kinabalu" before "Kota"), or None. The city must end at a word's end."""
    parts = words.split()
    for n in (3, 2, 1):
        if len(parts) < n:
            continue
        candidate = " ".join(p.strip(",.;:()") for p in parts[:n])
        if candidate.casefold() in foreign_cities() and not parts[n - 1].endswith("("):
            return " ".join(parts[:n]).strip(",.;:()")
    return None


# The head of a diplomatic mission's name and the word that joins its city: "KBRI Uji", "KJRI
# Uji", "KDEI Uji", "Konjen RI di Uji", "Kedutaan Besar Republik Indonesia (KBRI) di Uji",
# "Konsulat Jenderal RI di Uji", "the Indonesian Embassy in Uji", "Consulate General of
# Indonesia in Uji". "Kedubes" is the usual short form of "Kedutaan Besar", and the country
# may be written whole after it ("Kedubes Indonesia di Uji").
_MISSION = re.compile(
    r"\b(?:(?:KBRI|KJRI|KDEI)(?:\s+di)?|Konjen\s+RI\s+di|"
    r"(?:Kedutaan\s+Besar|Kedubes|Konsulat(?:\s+Jenderal)?)"
    r"(?:\s+(?:Republik\s+Indonesia|RI|Indonesia))?"
    r"(?:\s*\([A-Z]+\))?\s+di|(?:Indonesian\s+)?(?:Embassy|Consulate(?:\s+General)?)"
    r"(?:\s+of\s+(?:the\s+Republic\s+of\s+)?Indonesia)?\s+in)\s+(?=[A-Z])")
_MISSION_HEADS = ("KBRI", "KJRI", "KDEI", "Konjen", "Kedutaan", "Kedubes", "Konsulat",
                  "Embassy", "Consulate")
"""The words ``_MISSION`` opens with, as it writes them: it is case-sensitive, so every match
holds one of these as written. Tested once on all the texts joined (none holds a line break),
an article naming no mission (nearly all) skips the per-text case folding."""
_MISSION_WORDS = tuple(head.casefold() for head in _MISSION_HEADS)
"""The same words case-folded, for the per-text gate on the lowered text: one list, so the
two gates cannot drift apart (a short form added to one and not the other once gated its
own matches out)."""

# A verb of holding right after the mission's name (its bracketed short name and a few
# adverbs between): "KBRI Uji Gelar Webinar", "KJRI Uji menyelenggarakan", "the Embassy in
# Uji held". The bare roots are the headline's forms ("Gelar", "Adakan").
_HELD_AFTER = re.compile(
    rf"^\s*(?:\([^()]{{1,40}}\)\s*)?(?:(?:kembali|sukses|resmi|juga|telah|sudah|baru|"
    rf"successfully|recently|also)\s+)*(?:{alternation(ACTIVE)}|gelar|adakan|"
    rf"selenggarakan|laksanakan|helat|held|hosted|hosts|organi[sz]ed|organi[sz]es|"
    rf"conducted|convened)\b", re.IGNORECASE)
# A passive verb of holding right before it: "yang diselenggarakan (oleh) KJRI Uji",
# "organised by the Embassy in Uji".
_HELD_BEFORE = re.compile(
    rf"\b(?:{alternation(PASSIVE)}|held|hosted|organi[sz]ed)\s+(?:oleh\s+|by\s+)?(?:the\s+)?$",
    re.IGNORECASE)


def _may_name_mission(texts: list[str]) -> bool:
    """Some text may name a mission: one of :data:`_MISSION_HEADS` is in the texts joined
    (none holds a line break, so none is found across two)."""
    joined = "\n".join(texts)
    return any(w in joined for w in _MISSION_HEADS)


def host_mission_city(texts: Iterable[str], organisers: Iterable[str]) -> str | None:
    """The city of a diplomatic mission that holds the event: named with its city (a city
    of the table) in an organiser's name, or in ``texts`` (the headline, the opening
    sentences) as the subject of a verb of holding or the agent of a passive one. A
    mission named otherwise (a guest's position, a partner thanked) holds nothing."""
    text_list, organiser_list = list(texts), list(organisers)
    if not _may_name_mission(text_list + organiser_list):
        return None  # (the cheap necessary condition first: no mission named anywhere)
    for organiser in organiser_list:
        city = _mission_city(organiser, anywhere=True)
        if city is not None:
            return city
    for text in text_list:
        city = _mission_city(text, anywhere=False)
        if city is not None:
            return city
    return None


def _mission_city(text: str, anywhere: bool) -> str | None:
    folded = text.casefold()
    if not any(w in folded for w in _MISSION_WORDS):
        return None
    for match in _MISSION.finditer(text):
        city = city_opening(text[match.end():match.end() + 40])
        if city is None:
            continue
        end = match.end() + text[match.end():].find(city) + len(city)
        if anywhere or _HELD_AFTER.match(text[end:end + 80]) or _HELD_BEFORE.search(
                text[max(0, match.start() - 40):match.start()]):
            return city
    return None


def newsroom_abroad(name: str, mentions: int, host_city: str | None, seated: bool) -> bool:
    """A foreign city of the table that only the dateline names (``mentions`` further
    mentions in the text: none), that is not the holding mission's city, for an event no
    body of one seat (a campus, a company) holds: the newsroom's or press office's city,
    no candidate for the event's place (README: an online event of a body with no seat of
    its own has no place from a dateline of the capital; abroad the big cities are where
    newsrooms and press offices sit)."""
    if mentions or seated or not foreign_city(name):
        return False
    return host_city is None or host_city.casefold() != name.casefold()
