"""What a stretch of a query may match: the word itself, its compounds, synonyms, places.

A plain query is read as a row of :class:`Unit`\\ s, each standing for one or more typed
words. A unit matches a document when one of its *options* does, and an option when each
of its *slots* does, a slot being ``(field, term)`` alternatives (any will do). A word on
its own is one option of one slot: its stem in the stemmed fields and the word itself in
the exact ones (:func:`word_slot`). Around that:

- **compounds** (:func:`index.schema.compound_forms`, the analyzers' own rule): "COVID-19"
  also matches as "covid19" and as "covid" and "19"; a typed "covid19" as "covid" and
  "19"; a typed "ecommerce" as "e" and "commerce" when the index holds "e-commerce" (the
  split is attested); two typed words "e commerce" also as the joined "ecommerce" when the
  index holds it;
- **synonyms** (``index/data/synonyms.tsv``): "hoax" also matches "hoaks", "medsos" "media
  sosial" (all its words) and the reverse;
- **provinces** (``gazetteer.tsv``): "Sulsel", "Sulawesi Selatan" and "South Sulawesi" match
  each other and documents whose event is in that province (the ``province`` field).

The longest stretch wins (a synonym phrase over its words). People's names are units too,
made by :mod:`search.people`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from index.lexicon import province_spellings, synonym_groups
from index.schema import compound_forms, stem_indonesian

from .docset import DocSet
from .postings import DocSets
from .query import EXACT_FIELDS, STEMMED_FIELDS, is_function_word, stopwords, tokenize

FUNCTION_WORD_FIELD = "function_words"
"""The stopwords of the body (see :mod:`index.schema`), searched for a query made of them."""

Slot = tuple[tuple[str, str], ...]
"""``(field, term)`` alternatives: a slot matches a document holding any of them."""
Option = tuple[Slot, ...]
"""Slots that must all match."""

MAX_SPAN = 4
"""Longest synonym or province phrase looked for in a query, in words."""

MAX_PREFIX = 5
"""A typed joined word is looked up as a hyphened one only with a first part this short
("e", "co", "pre", "post", "start"): compounds of two long words are rarely typed joined."""

SYNONYM_WEIGHT = 0.7
"""How much a synonym's match scores against the word typed ("hoaks" for "hoax")."""


def word_slot(word: str, function_words: bool = False) -> Slot:
    """The ``(field, term)`` pairs any of which matches ``word``: the word in the exact
    fields, its stem in the stemmed ones (a stopword: in ``function_words`` instead, when
    asked, for a query made only of stopwords)."""
    pairs = [(f, word) for f in EXACT_FIELDS]
    if word not in stopwords():
        stem = stem_indonesian(word)
        pairs += [(f, stem) for f in STEMMED_FIELDS]
    elif function_words:
        pairs.append((FUNCTION_WORD_FIELD, word))
    return tuple(pairs)


def words_option(words: Iterable[str]) -> Option:
    """All of ``words`` (their stopwords left out, unless there is nothing else)."""
    words = list(words)
    content = [w for w in words if w not in stopwords()] or words
    return tuple(word_slot(w) for w in content)


@dataclass
class Unit:
    """One or more consecutive query words and the ways a document may match them."""

    start: int
    words: tuple[str, ...]
    options: list[Option]
    kind: str = "word"
    optional: bool = False
    keys: tuple[str, ...] = ()
    """Speaker identity keys the unit names (a name, see :mod:`search.people`)."""
    provinces: tuple[str, ...] = ()
    """Provinces the unit names."""
    also: set[str] = field(default_factory=set)
    """Words it also matches (compound forms, synonyms, other spellings), for highlighting."""
    split: tuple[str, ...] = ()
    """The typed words as separate words ("covid19" -> "covid", "19"), for ranking."""
    boosts: dict[tuple[str, str], float] = field(default_factory=dict)
    """Scoring weights of expansion terms that count less than the typed words (other
    spellings, synonyms); 1 for every other term."""

    def boost(self, pair: tuple[str, str]) -> float:
        return self.boosts.get(pair, 1.0)

    def weigh(self, options: Iterable[Option], weight: float) -> None:
        """Score the terms of ``options`` at ``weight``, unless the first option (the typed
        words) has them too."""
        typed = set(self.options[0][0]) if self.options and self.options[0] else set()
        for option in options:
            for slot in option:
                for pair in slot:
                    if pair not in typed:
                        self.boosts[pair] = min(weight, self.boosts.get(pair, 1.0))

    @property
    def end(self) -> int:
        return self.start + len(self.words)

    def docs(self, docsets: DocSets) -> DocSet:
        """Documents matching any option (an option: every slot)."""
        return DocSet.union([DocSet.intersection([docsets.any_of(slot) for slot in option])
                             for option in self.options if option])

    def terms(self) -> dict[tuple[str, str], None]:
        """Every ``(field, term)`` of every option, in order, without repeats."""
        return {pair: None for option in self.options for slot in option for pair in slot}

    def add_to_first_slot(self, pairs: Iterable[tuple[str, str]]) -> None:
        """Widen the unit's own word (its first option, a single slot) with more terms."""
        first = self.options[0]
        merged = tuple(dict.fromkeys(first[0] + tuple(pairs)))
        self.options[0] = (merged,) + first[1:]


def word_unit(position: int, word: str, reader: Any) -> Unit:
    """One typed word, with the compound forms it stands for."""
    unit = Unit(position, (word,), [(word_slot(word),)], optional=is_function_word(word))
    forms = compound_forms(word)
    if forms is None and word.isalpha() and len(word) >= 4:
        forms = _attested_split(word, reader)
    if forms is not None:
        joined, parts = forms
        if joined:
            unit.options.append((word_slot(joined),))
            unit.also.add(joined)
        if len(parts) > 1 or parts[0] != word:
            unit.options.append(words_option(parts))
            unit.also.update(parts)
            unit.split = parts
        unit.kind = "compound"
    return unit


def _attested_split(word: str, reader: Any) -> tuple[None, tuple[str, str]] | None:
    """Where a typed joined word is written with a hyphen in the index ("ecommerce" ->
    "e-commerce"), its two parts."""
    for i in range(1, min(MAX_PREFIX, len(word) - 2) + 1):
        if ("body", f"{word[:i]}-{word[i:]}") in reader:
            return (None, (word[:i], word[i:]))
    return None


def joined_unit(position: int, first: str, second: str, reader: Any) -> Unit | None:
    """Two typed words that the index also holds as one ("e commerce" -> "ecommerce")."""
    stop = stopwords()
    if first in stop or second in stop or not (first + second).isalnum():
        return None
    joined = first + second
    if ("body", stem_indonesian(joined)) not in reader and ("title_exact", joined) not in reader:
        return None
    unit = Unit(position, (first, second), [words_option((first, second)),
                                            (word_slot(joined),)], kind="compound")
    unit.also.add(joined)
    unit.split = (first, second)
    return unit


@lru_cache(maxsize=1)
def _phrase_table() -> dict[tuple[str, ...], tuple[str, tuple[tuple[str, ...], ...], str]]:
    """Every synonym and province phrase, as words -> (kind, the group's phrases, province)."""
    table: dict[tuple[str, ...], tuple[str, tuple[tuple[str, ...], ...], str]] = {}
    for group in synonym_groups():
        phrases = tuple(tuple(tokenize(member)) for member in group)
        for phrase in phrases:
            table.setdefault(phrase, ("synonym", phrases, ""))
    for official, spellings in province_spellings().items():
        phrases = tuple(tuple(tokenize(w)) for w in spellings)
        for phrase in phrases:
            table[phrase] = ("province", phrases, official)
    return table


def phrase_unit(position: int, words: list[str]) -> Unit | None:
    """The longest synonym or province phrase starting at ``words[position]``, as a unit."""
    table = _phrase_table()
    for length in range(min(MAX_SPAN, len(words) - position), 0, -1):
        typed = tuple(words[position:position + length])
        found = table.get(typed)
        if found is None:
            continue
        kind, phrases, province = found
        unit = Unit(position, typed, [words_option(typed)], kind=kind)
        for phrase in phrases:
            if phrase != typed:
                unit.options.append(words_option(phrase))
                unit.also.update(phrase)
        unit.weigh(unit.options[1:], SYNONYM_WEIGHT)
        if province:
            unit.options.append(((("province", province.lower()),),))
            unit.provinces = (province,)
        return unit
    return None
