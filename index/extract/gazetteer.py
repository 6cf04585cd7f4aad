"""The places of Indonesia: 38 provinces and 514 kabupaten/kota, with their abbreviations.

The table is ``index/data/gazetteer.tsv`` (kind, official name, province, aliases). This
module loads it once into a word-prefix index and answers two questions:

- :func:`place_at` - does a place name start at these words? (the people parser uses it to
  cut "Polbangtan Medan Yuliana Kansrini" between organisation and name);
- :func:`find_places` - every place mentioned in a text, with what stands before it
  ("Kota", "Kabupaten", "Provinsi", "Walikota", a capitalised organisation word, ...), which
  the location extractor weighs.

Matching is case-sensitive for bare mentions (the word must be capitalised or in capitals:
"Batu", "Malang" and "Pati" are also common nouns) and case-insensitive after an explicit
prefix ("Kabupaten Bangka selatan"). "Kepulauan X" may be written "Kep. X". A name shared
by a kota and a kabupaten resolves to the kota unless the prefix says "Kabupaten"; a name
shared by a province and its capital resolves to the city unless the prefix says
"Provinsi".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress, islice

from index.resources import table

KINDS = ("provinsi", "kabupaten", "kota")


@dataclass(frozen=True)
class Place:
    kind: str
    name: str
    province: str

    @property
    def label(self) -> str:
        """The name as a record stores it: "Kota Palembang", "Kabupaten Bone", "Jakarta"."""
        if self.kind == "provinsi" or self.name == "Jakarta":
            return self.name
        return f"{'Kota' if self.kind == 'kota' else 'Kabupaten'} {self.name}"


@dataclass(frozen=True)
class PlaceMention:
    """A place named in a text; ``prefix`` is the lowercased word before it, if any."""

    places: tuple[Place, ...]
    start: int
    end: int
    prefix: str
    explicit_kind: str | None
    inside_name: bool


_WORD = re.compile(r"[^\W_][\w'’]*+(?:-(?!-)[\w'’]*+)*+")
"""A word, with its inner hyphens ("Pangkal-Pinang", "se-Bantul"); a double hyphen is a dash
typed as two ("Kabar Uji, Kendari--Pekan ini ..."): it ends the word.

Written as runs of word characters between single hyphens, possessive, it matches what
``[^\\W_](?:[\\w'’]|-(?!-))*`` does (a char at a time, either branch; nothing after the run
can make a shorter one match, so giving back is never needed) at a third less of the time:
every text the place stage reads goes through it."""
_SE = re.compile(r"[Ss]e-(?=[A-Z])")
""""se-Kabupaten Bantul", "se-Bantul" (all of Bantul): the place starts after the hyphen."""


@dataclass(frozen=True)
class PlaceWords:
    """The words around place names (``place_words.tsv``), by what they do."""

    kind_of: dict[str, str | None]
    """Words that name a unit or its head before a place name, with the unit's kind."""
    heads: frozenset[str]
    """Heads of government ("bupati", "pemkot"): a weaker cue than the unit's own name."""
    units: frozenset[str]
    """Unit words, smaller units included ("kota", "kecamatan"), not heads."""
    venues: frozenset[str]
    """Words that open a venue phrase ("di", "aula")."""
    buildings: frozenset[str]
    """Buildings an event is held in ("Hotel", "Aula"): a town may end their names."""
    openers: frozenset[str]
    """Every word after which a capitalised place name starts a new name (venues too)."""
    audience: frozenset[str]
    """Words for the people of a place ("masyarakat", "warga"): the event was for them."""
    for_words: frozenset[str]
    """Lowercase "for" words before a unit: "webinar untuk Kabupaten X" was for X."""
    national: frozenset[str]
    """Words that mark a national body ("kementerian", "partai"): its Jakarta is no venue."""
    state_body: frozenset[str]
    """Heads of a state body's name ("badan", "lembaga"): national with a ``state_scope``."""
    state_scope: frozenset[str]
    """The last words of a national state body's name ("nasional", "negara")."""
    regional: frozenset[str]
    """Words of a regional office's or branch's name ("wilayah", "dpw", "cabang")."""
    nation: frozenset[str]
    """The nation's name in a body's name ("indonesia", "nasional"): a national body."""
    association: frozenset[str]
    """Heads of an association's name ("asosiasi", "ikatan"): national with "nasional"."""
    seated: frozenset[str]
    """Words of a body with a seat of its own ("universitas", "pt", "pemprov")."""
    topic: frozenset[str]
    """Words that turn "di X" after the event into a topic ("membahas wisata di X")."""
    not_town: frozenset[str]
    """Capitalised words that open a first line like a dateline but name no town ("RILIS")."""
    country: frozenset[str]
    """Countries, written whole ("mesir", "arab saudi"): no kabupaten/kota of a record."""


@lru_cache(maxsize=None)
def place_words() -> PlaceWords:
    """``place_words.tsv`` read once."""
    rows = [(row[0].casefold(), row[1], None if row[2] == "-" else row[2])
            for row in table("place_words.tsv")]
    by_class: dict[str, set[str]] = {}
    for word, cls, _ in rows:
        by_class.setdefault(cls, set()).add(word)
    return PlaceWords(
        kind_of={word: kind for word, cls, kind in rows if cls in {"unit", "head"}},
        heads=frozenset(by_class.get("head", ())),
        units=frozenset(w for w in by_class.get("unit", set()) | by_class.get("area", set())
                        if "/" not in w),
        venues=frozenset(by_class.get("venue", ())),
        buildings=frozenset(by_class.get("building", ())),
        openers=frozenset(by_class.get("venue", set()) | by_class.get("opener", set())
                          | by_class.get("head", set()) | by_class.get("audience", set())),
        audience=frozenset(by_class.get("audience", ())),
        for_words=frozenset(by_class.get("for", ())),
        national=frozenset(by_class.get("national", ())),
        not_town=frozenset(by_class.get("not_town", ())),
        country=frozenset(by_class.get("country", ())),
        topic=frozenset(by_class.get("topic", ())),
        regional=frozenset(by_class.get("regional", ())),
        state_body=frozenset(by_class.get("state_body", ())),
        state_scope=frozenset(by_class.get("state_scope", ())),
        nation=frozenset(by_class.get("nation", ())),
        association=frozenset(by_class.get("association", ())),
        seated=frozenset(by_class.get("seated", ())),
    )


def _words(name: str) -> tuple[str, ...]:
    return tuple(w.casefold() for w in _WORD.findall(name))


@lru_cache(maxsize=None)
def _index() -> dict[str, list[tuple[tuple[str, ...], Place]]]:
    index: dict[str, list[tuple[tuple[str, ...], Place]]] = {}
    for row in table("gazetteer.tsv"):
        kind, name, province = row[0], row[1], row[2]
        place = Place(kind, name, province)
        aliases = [a.strip() for a in row[3].split(",")] if len(row) > 3 and row[3] else []
        for spelling in [name, *aliases]:
            words = _words(spelling)
            if words:
                index.setdefault(words[0], []).append((words, place))
            if words[:1] == ("kepulauan",) and len(words) > 1:
                # "Kab. Kep. Seribu": "Kep." is how "Kepulauan" is shortened.
                index.setdefault("kep", []).append((("kep", *words[1:]), place))
    for entries in index.values():
        entries.sort(key=lambda e: -len(e[0]))
    return index


@lru_cache(maxsize=None)
def provinces() -> dict[str, Place]:
    """Provinces by case-folded official name."""
    return {p.name.casefold(): p for entries in _index().values() for _, p in entries
            if p.kind == "provinsi"}


def _match(words: list[str], folded: list[str] | None = None) -> tuple[int, tuple[Place, ...]]:
    """The longest place names at the start of ``words``; ``folded`` is their case-folded
    forms when the caller has them (:func:`find_places` folds every word once already)."""
    if not words:
        return 0, ()
    if folded is None:
        entries = _index().get(words[0].casefold())
        if not entries:
            return 0, ()  # (most words start no place name: the others are not folded)
        folded = [w.casefold() for w in words]
    else:
        entries = _index().get(folded[0], [])
    best_len, found = 0, []
    for spelling, place in entries:
        n = len(spelling)
        if n < best_len:
            break
        if tuple(folded[:n]) == spelling:
            best_len = n
            found.append(place)
    return best_len, tuple(found)


def place_at(words: list[str]) -> int:
    """How many of ``words`` (capitalised) form a place name at their start; 0 if none."""
    if not words or not (words[0][:1].isupper()):
        return 0
    return _match(words)[0]


@lru_cache(maxsize=16384)
def may_start_place(word: str) -> bool:
    """``word``, or ``word`` without the full stops that end it, may open a place name that
    :func:`place_at` finds: it is capitalised and some place name starts with it. Reads
    the word and the gazetteer only (cached: a quick test before the words after it are
    gathered)."""
    return word[:1].isupper() and (
        word.casefold() in _index() or word.rstrip(".").casefold() in _index())


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def find_places(text: str) -> list[PlaceMention]:
    """Every kabupaten, kota or province named in ``text``, longest names first.

    Only a word that some place name starts with can start a mention, and few words do, so
    the words are read in C (``findall``, ``str.casefold``) and only those are looked at;
    a tuple per word of every sentence was a quarter of the place extractor's time. The
    answer depends on ``text`` alone (the gazetteer and the place words are fixed), and the
    place stage asks again for the same sentences, datelines and names (a quarter of the
    calls), so answers are kept; each caller gets its own list. The asking again happens
    within one article, so a few hundred answers hold nearly every repeat: a larger cache
    keeps thousands of mentions alive that a crawl never asks for again (and the collector
    scans them all).
    """
    return list(_find_places(text))


@lru_cache(maxsize=256)
def _find_places(text: str) -> tuple[PlaceMention, ...]:
    index = _index()
    shift: dict[int, int] = {}
    if text.isascii() and "e-" not in text:
        # (ASCII: the words of the lower-cased text are the case-folded words, one copy of
        # the text instead of one per word; the words as written only past the test)
        folded = _WORD.findall(text.lower())
        if index.keys().isdisjoint(folded):
            return ()  # no place name starts with any of the words: the common case
        words = _WORD.findall(text)
    else:
        words = _WORD.findall(text)
        folded = list(map(str.casefold, words))
        if "e-" in text:  # rare: only then look for "se-X"
            for k, word in enumerate(words):
                if _SE.match(word):
                    words[k], folded[k], shift[k] = word[3:], word[3:].casefold(), 3
        if index.keys().isdisjoint(folded):
            return ()
    cues = place_words()
    kind_of = cues.kind_of
    # Only a capitalised word, or one right after a word naming its kind ("kota", "kab."),
    # can start a mention (see below); a lower-case word that starts a place name ("di" of
    # "DI Yogyakarta", "daerah") is most of what gets past the test above, and with no
    # other word left there is no need to find where the words are.
    starts = [k for k in compress(range(len(folded)), map(index.__contains__, folded))
              if words[k][:1].isupper() or (k > 0 and folded[k - 1].rstrip(".") in kind_of)]
    if not starts:
        return ()
    # Where the words are is read up to the word after the last start's longest name (a
    # name has at most six words, and the loop reads the word after it): the rest of the
    # text's words are never looked at, and each costs a match object.
    matches = list(islice(_WORD.finditer(text), starts[-1] + 7))

    def start(k: int) -> int:
        return matches[k].start() + shift.get(k, 0)

    mentions: list[PlaceMention] = []
    after = 0  # a mention ends where the next may start
    for i in starts:
        if i < after:
            continue
        word = words[i]
        prefix = folded[i - 1] if i > 0 else ""
        gap = text[matches[i - 1].end():start(i)] if i > 0 else ""
        explicit = prefix.rstrip(".") in kind_of and gap.strip(" .") == ""
        if not (_capitalised(word) or explicit):
            continue
        length, places = _match(words[i:i + 6], folded[i:i + 6])
        if not length:
            continue
        if not explicit and not all(_capitalised(w) for w in words[i:i + length]):
            continue
        end = i + length - 1
        kind = kind_of.get(prefix.rstrip(".")) if explicit else None
        before_capital = (i > 0 and not explicit and _capitalised(words[i - 1])
                          and gap.strip() == "" and prefix not in cues.openers)
        after_capital = (end + 1 < len(words) and _capitalised(words[end + 1])
                         and text[matches[end].end():start(end + 1)].strip() == "")
        mentions.append(PlaceMention(places, start(i), matches[end].end(), prefix, kind,
                                     before_capital or after_capital))
        after = end + 1
    return tuple(mentions)


def resolve(mention: PlaceMention) -> Place:
    """The one place ``mention`` most likely means (see the module docstring)."""
    wanted = mention.explicit_kind
    order = {"kota": 0, "kabupaten": 1, "provinsi": 2}
    candidates = sorted(mention.places, key=lambda p: (p.kind != wanted, order[p.kind]))
    return candidates[0]
