"""The town of a stated venue that the gazetteer lacks: "di ballroom Hotel Uji Sentani",
"bertempat di aula KBRI, Canberra", "berlangsung secara hybrid di Pantai Uji dan online".

The labelling convention puts the stated venue first (README: "the stated venue, else the
organiser's city or the dateline"), and a record's place is the city "as written". The
gazetteer knows only Indonesia's kabupaten/kota, so the town a venue names is lost when it
is a smaller town (a regency's seat, a resort area) or a foreign city; the place then falls
to the dateline or the organiser's regency. This module reads the town from the grammar of
the venue phrase, not from a list of towns:

- an address apposition: the venue's name, a comma, then one or two capitalised words
  closing the clause ("di aula Konsulat, Canberra.", "di Gedung Uji, Sentani, Jumat");
  a street ("Jl.", "Jalan"), a unit word ("Kota Lama"), a day or a month is no town;
- a town written before its province ("di Hotel Uji Sentani Papua"): the word before the
  province;
- a hotel's name of two words or more after "Hotel": hotels are named brand first and town
  last ("Hotel Aston Uji Kendari", "Hotel Atria Malang"), so the last word is the town,
  unless it is an ordinary word ("Hotel Uji Raya", "Hotel Uji Garden");
- a verb of holding the event, then "di"/"in" and a capitalised run that is no building,
  body, platform or country ("berlangsung secara hybrid di Pantai Uji dan online", "held in
  Canberra").

A gazetteer place anywhere in the venue phrase leaves it to the place extractor's own cues
(:func:`index.extract.place._stated_venue`): the known place is the venue's, or its container
("di Aula Uji Rantau, Kabupaten X": the record's place is the kabupaten). Each venue must
follow a word of the event (EVENT_CLAUSE) within its sentence, as the known venues must.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from index.lexicon import day_names, has_any, months, position_words

from .case_evidence import current_words
from .dates import EVENT_CLAUSE
from .english_words import english_words
from .gazetteer import find_places, place_words, resolve
from .root_words import root_words
from .sentences import Sentence


@dataclass(frozen=True)
class VenueTown:
    """A town a stated venue names and the gazetteer lacks, as written."""

    name: str
    province: str | None
    count: int


ROOMS = frozenset({"ballroom", "lobby", "lobi", "ruang", "ruangan", "main", "grand"})
"""Room words before a building's ("di ballroom Hotel X", "di ruang Aula X")."""
HOTELS = frozenset({"hotel", "resort", "inn"})
"""Buildings named brand first and town last."""
_STREET = frozenset({"jl", "jln", "jalan", "street", "st", "road", "km"})
_NOT_TOWN = frozenset({"zoom", "youtube", "google", "meet", "meeting", "webex", "teams",
                       "instagram", "facebook", "online", "daring", "virtual", "live"})
"""Platforms an online event is held on ("digelar di Zoom Meeting"): no town."""
_AREAS = frozenset({"pulau", "pulo", "island", "isle", "kec", "kel", "kelurahan", "kecamatan",
                    "desa", "dusun", "rt", "rw", "kawasan", "wilayah", "region"})
"""An island, a district, a village or an area: no town of its own in a record."""
_GLUE = frozenset({"lantai", "floor", "of", "the", "de", "no", "nomor"})
"""Lower-case words inside a venue's name ("Aula lantai 4 Kantor X")."""

_HOLD = re.compile(r"\b(?:berlangsung|digelar|dilaksanakan|diadakan|diselenggarakan|bertempat|"
                   r"berlokasi|held|hosted|took\s+place)\b(?:\s+[a-z]+){0,3}?\s+(?:di|in)\s+"
                   r"(?=[A-Z])")
_TOKEN = re.compile(r"\(|[^\s(]+")
# The words one of which every match of _HOLD holds, as written (it minds case): the regex
# tries its verbs at every position, and most sentences have none.
_HOLD_WORDS = ("berlangsung", "digelar", "dilaksanakan", "diadakan", "diselenggarakan",
               "bertempat", "berlokasi", "held", "hosted", "took")


@lru_cache(maxsize=1)
def _buildings() -> tuple[str, ...]:
    """The buildings of place_words and the hotels, longest first (the venue phrase's
    alternatives, so a longer one is tried before a shorter one it starts with)."""
    return tuple(sorted(place_words().buildings | HOTELS, key=len, reverse=True))


@lru_cache(maxsize=1)
def _building_keys() -> tuple[str, ...] | None:
    """The buildings in lower case, one of which every match of the venue phrase holds as
    its group ``b`` (case aside): a sentence whose :func:`~index.lexicon.search_fold` holds
    none of them has no venue phrase, and the phrase's regex, which tries "di"/"at" at every
    position, need not run. ``None`` (no test) if a building is not ASCII letters: only for ASCII
    does search_fold write what the case-insensitive regex matches as the word itself, and
    only a word of letters is the literal it is in the regex (the words go in unescaped)."""
    buildings = _buildings()
    return tuple(b.lower() for b in buildings) if all(
        b.isascii() and b.isalpha() for b in buildings) else None


@lru_cache(maxsize=1)
def _venue_phrase() -> re.Pattern[str]:
    """ "di [room] Building", "at the Building", once for all buildings of place_words."""
    buildings = _buildings()
    rooms = "|".join(sorted(ROOMS))
    return re.compile(rf"\b(?i:di|at)\s+(?:the\s+)?(?:(?i:{rooms})\s+)?"
                      rf"(?:[A-Z][\w&'’-]*\s+){{0,3}}?(?P<b>(?i:{'|'.join(buildings)}))\b")


def _plain(word: str) -> str:
    return word.strip(",.;:’'\"“”").casefold()


def _stop(word: str) -> bool:
    """A token that ends a venue's name: a lower-case word (not name glue), a bracket, a
    day or a month ("Hotel Uji Kendari Jumat 12 Mei")."""
    bare = _plain(word)
    if word == "(" or word[:1] in "“\"‘'":
        return True
    if not word[:1].isupper() and not word[:1].isdigit():
        return bare not in _GLUE
    return bare in day_names() or bare in months()


def _sentence_end(token: str) -> bool:
    """The token closes the clause: a full stop after a word that is no abbreviation
    ("Ankara.", not "Jl.", "Kec.", "No.2")."""
    if token.endswith((";", ":")):
        return True
    bare = _plain(token)
    return token.endswith(".") and len(bare) > 3 and bare.isalpha() and bare not in _STREET


def _runs(tokens: list[str], at: int) -> tuple[list[list[str]], bool]:
    """The comma-separated parts of a venue's name from token ``at``: each a run of
    capitalised words (numbers and name glue inside), up to the first stop; and whether
    the clause closes there (a full stop, the text's end, a bracket, a day or a month:
    "di aula Konsulat, Canberra.", "..., Canberra, Jumat (3/5)"), so that the last part is
    an address's last word, not a body the clause goes on about ("..., Mahkamah Uji
    dibuka")."""
    runs: list[list[str]] = [[]]
    closed = True
    for k, token in enumerate(tokens[at:]):
        if k and _stop(token):
            bare = _plain(token)
            closed = token == "(" or bare in day_names() or bare in months()
            break
        runs[-1].append(token.rstrip(",.;:"))
        if _sentence_end(token):
            break
        if token.endswith(","):
            runs.append([])
    return [r for r in runs if r], closed


def _ordinary(word: str) -> bool:
    """An English word, a word the article writes in lower case, or an acronym: no town's
    name."""
    bare = _plain(word)
    return (word.isupper() or not word[:1].isupper() or bare in english_words()
            or bare in current_words() or bare in _NOT_TOWN
            or not bare.replace("-", "").isalpha())


def _is_town(words: list[str], strict: bool = False) -> bool:
    """``words`` may be a town's name. ``strict`` (a hotel's last word, the weakest reading)
    also turns down a root of the dictionary ("Hotel Uji Raya", "Hotel Uji Indah"), which
    the grammatical readings do not need to (Sastrawi's roots hold many towns' names)."""
    if strict and _plain(words[-1]) in root_words():
        return False
    cues = place_words()
    folded = [_plain(w) for w in words]
    return (0 < len(words) <= 2 and all(w[:1].isupper() for w in words)
            and not any(f in cues.units or f in cues.buildings or f in _STREET or f in HOTELS
                        or f in cues.country or f in _NOT_TOWN or f in cues.seated
                        or f in cues.heads or f in position_words() or f in _AREAS
                        or f in day_names() or f in months() for f in folded)
            and " ".join(folded) not in cues.country
            and not _ordinary(words[-1]))


def _province_of(words: list[str]) -> tuple[int, str | None]:
    """How many words at the end of ``words`` name a province, and which."""
    for size in (3, 2, 1):
        if len(words) > size:
            tail = " ".join(words[-size:])
            found = find_places(tail)
            if len(found) == 1 and found[0].start == 0 and found[0].end == len(tail):
                place = resolve(found[0])
                if place.kind == "provinsi":
                    return size, place.name
    return 0, None


def _ends_other_name(word: str, before: str, whole: str) -> bool:
    """The article also writes ``word`` ending another capitalised name than the venue's
    ("Balai Uji Canberra" and "Universitas Canberra", "KBRI Canberra"): a word that ends the
    names of several bodies is the seat they share (bodies name their seat last)."""
    at = whole.find(" " + word)
    while at != -1:
        end = at + 1 + len(word)
        if end == len(whole) or not whole[end].isalnum():
            previous = whole[:at].rsplit(None, 1)[-1:] or [""]
            if previous[0][:1].isupper() and previous[0].strip(",.") != before:
                return True
        at = whole.find(" " + word, at + 1)
    return False


def _acronym(word: str, whole: str) -> bool:
    """The article writes ``word`` in brackets: the short name of a body ("Universitas Uji
    (Unuji)"), no town."""
    return f"({word})" in whole


def _in_building(tokens: list[str], building: int, whole: str) -> tuple[str, str | None] | None:
    """The town read from the name of a building that opens at token ``building``."""
    runs, closed = _runs(tokens, building)
    if not runs:
        return None
    if any(not (resolve(m).kind == "provinsi") for r in runs for m in find_places(" ".join(r))):
        return None  # a gazetteer place: the known venue's cues take it
    if len(runs) > 1 and closed and _is_town(runs[-1]) and not _acronym(runs[-1][-1], whole):
        return " ".join(runs[-1]), None
    name = runs[0]
    size, province = _province_of(name)
    if size:
        town = name[:-size][-1:]
        if len(name) - size >= 2 and _is_town(town):
            return town[0], province
        return None
    if len(runs) > 1 or len(name) < 3 or not _is_town(name[-1:]):
        return None
    if _acronym(name[-1], whole):
        return None
    if _plain(name[0]) in HOTELS and _is_town(name[-1:], strict=True) \
            or _ends_other_name(name[-1], name[-2], whole):
        return name[-1], None
    return None


def _after_hold(text: str, end: int) -> tuple[str, str | None] | None:
    """The capitalised run after "berlangsung ... di" when it is no building or body."""
    tokens = _TOKEN.findall(text[end:end + 120])
    runs, _ = _runs(tokens, 0)
    if not runs or any(find_places(" ".join(r)) for r in runs):
        return None  # a known place, or the regency the town lies in, takes the venue
    run = runs[0]
    size, province = _province_of(run)
    town = run[:-size] if size else run
    return (" ".join(town), province) if _is_town(town) else None


def _event_before(text: str, at: int) -> bool:
    return EVENT_CLAUSE.search(text, max(0, at - 90), at) is not None


def venue_towns(sentences: list[Sentence]) -> list[VenueTown]:
    """Every town a stated venue names that the gazetteer lacks, with its count."""
    found: dict[str, tuple[str, str | None, int]] = {}
    pattern = _venue_phrase()
    keys = _building_keys()
    whole: str | None = None  # the whole text, joined only for a venue phrase's building
    for sentence in sentences:
        text = sentence.text
        if sentence.holds_phrase("future"):
            continue
        read: list[tuple[str, str | None]] = []
        for match in pattern.finditer(text) if keys is None or has_any(
                sentence.folded, keys) else ():
            if not _event_before(text, match.start()):
                continue
            tokens = _TOKEN.findall(text[match.start("b"):match.start("b") + 160])
            if whole is None:
                whole = "\n".join(s.text for s in sentences)
            town = _in_building(tokens, 0, whole)
            if town is not None:
                read.append(town)
        for match in _HOLD.finditer(text) if any(map(text.__contains__, _HOLD_WORDS)) else ():
            town = _after_hold(text, match.end())
            if town is not None:
                read.append(town)
        for name, province in read:
            key = name.casefold()
            _, known, count = found.get(key, (name, None, 0))
            found[key] = (found.get(key, (name,))[0], known or province, count + 1)
    return [VenueTown(name, province, count) for name, province, count in found.values()]
