"""People in a query: the speaker behind words typed in any spelling of their name.

Indonesian names are written many ways: old and new spelling ("Soekarno"/"Sukarno",
"Djoko"/"Joko", "Tjahjo"/"Cahyo", "Sjamsul"/"Syamsul", "Njoman"/"Nyoman",
"Chairul"/"Khairul", "Ridho"/"Rido"), doubled letters ("Muhammad"/"Muhamad"), a final
y or i ("Hendy"/"Hendi"), vowels ("Samuel"/"Semuel"). The speaker identity key
(:func:`index.names.speaker_key`) already merges them for a person's pages and filter;
:class:`People` lets free text use it too:

- a stretch of two to four query words whose key is a speaker's key names that speaker:
  it matches their documents (``speaker_keys``) besides the documents holding the words,
  and is scored by the way the index spells the name, so "Semuel Pangerapan" ranks
  Samuel Abrijani Pangerapan's appearances as "Samuel Pangerapan" would;
- a single word whose spelling code (:func:`index.names.name_code`) is the first or last
  part of speakers' keys matches those speakers ("Soekarno" finds "Sukarno").

A word that titles use more than names ("data" of "Data Pribadi") is not read as a name
even when its code matches one ("Dito Pribadi"), so topics never turn into people.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from index.names import name_code, speaker_key

from .expand import Unit, word_slot, words_option
from .facets import FacetTable
from .query import stopwords, tokenize

MAX_NAME_WORDS = 4
"""Longest stretch of query words read as one name (given name, two middle names, surname)."""

SPELLING_WEIGHT = 0.5
"""How much a name written another way scores against the spelling typed: the person is
found either way, the spelling typed ranks first."""

MAX_KEYS_PER_WORD = 200
"""A single word matches at most this many speakers (the most frequent), bounding the cost
of a very common name."""

_TITLE_FIELDS = ("title_exact", "themes_exact")


class People:
    """The speakers of one generation, looked up by key and by the code of a name part."""

    def __init__(self, facets: FacetTable) -> None:
        self._facets = facets
        self._counts = facets.speaker_counts()
        self._by_part: dict[str, list[str]] | None = None
        self._words: dict[str, tuple[tuple[str, str], ...]] = {}

    def is_speaker(self, key: str) -> bool:
        return bool(key) and key in self._counts

    def name(self, key: str) -> str:
        return self._facets.name(key) or key

    def keys_with_part(self, code: str) -> list[str]:
        """Keys whose first or last part is ``code``, most appearances first."""
        if self._by_part is None:
            by_part: dict[str, list[str]] = {}
            for key in self._counts:
                parts = key.split("-")
                for part in dict.fromkeys((parts[0], parts[-1])):
                    by_part.setdefault(part, []).append(key)
            for keys in by_part.values():
                keys.sort(key=lambda k: (-self._counts[k], k))
            self._by_part = by_part
        return self._by_part.get(code, [])[:MAX_KEYS_PER_WORD]

    def spellings(self, keys: list[str] | tuple[str, ...], codes: set[str]) -> set[str]:
        """The words of these speakers' names (as indexed) whose code is one of ``codes``."""
        out: set[str] = set()
        for key in keys:
            words = self._words.get(key)
            if words is None:
                spelled = {w for variant in self._facets.variants(key) for w in tokenize(variant)}
                words = self._words[key] = tuple((w, name_code(w)) for w in sorted(spelled))
            out.update(w for w, code in words if code in codes)
        return out


def reads_as_name(word: str, reader: Any) -> bool:
    """Whether ``word`` may be part of a name: not a stopword, letters only, and not used
    more in titles and themes than in speakers' names."""
    if len(word) < 2 or not word.isalpha() or word in stopwords():
        return False
    in_titles = sum(reader.doc_frequency(f, word) for f in _TITLE_FIELDS)
    return in_titles <= reader.doc_frequency("speakers", word)


def name_unit(position: int, words: list[str], people: People, reader: Any,
              names: Mapping[int, bool] | None = None) -> Unit | None:
    """The longest stretch from ``words[position]`` that names an indexed speaker;
    ``names[i]``: whether ``words[i]`` reads as a name (:func:`reads_as_name`)."""
    if names is None:
        names = {i: reads_as_name(w, reader) for i, w in enumerate(words)}
    if not names[position]:
        return None
    longest = min(MAX_NAME_WORDS, len(words) - position)
    for length in range(longest, 1, -1):
        typed = words[position:position + length]
        if not names[position + length - 1]:
            continue
        key = speaker_key(" ".join(typed))
        if people.is_speaker(key):
            return _unit(position, tuple(typed), (key,), people)
    return None


def word_as_name(position: int, word: str, people: People, reader: Any) -> Unit | None:
    """One word read as a name part: the speakers whose key has its code as a part."""
    if len(word) < 3 or not reads_as_name(word, reader):
        return None
    keys = people.keys_with_part(name_code(word))
    if not keys:
        return None
    return _unit(position, (word,), tuple(keys), people)


def _unit(position: int, typed: tuple[str, ...], keys: tuple[str, ...], people: People) -> Unit:
    """Documents of ``keys``, or holding the typed words (each also in the index's other
    spellings of it, which score the match)."""
    content = [w for w in typed if w not in stopwords()] or list(typed)
    slots = []
    also: set[str] = set()
    boosts: dict[tuple[str, str], float] = {}
    for word in content:
        spelled = people.spellings(keys, {name_code(word)}) - {word}
        also |= spelled
        others = tuple(("speakers", s) for s in sorted(spelled))
        boosts.update(dict.fromkeys(others, SPELLING_WEIGHT))
        slots.append(tuple(dict.fromkeys(word_slot(word) + others)))
    by_key = (tuple(("speaker_keys", key) for key in keys),)
    options = [tuple(slots), by_key] if slots else [words_option(typed), by_key]
    return Unit(position, typed, options, kind="name", keys=keys, also=also, boosts=boosts)
