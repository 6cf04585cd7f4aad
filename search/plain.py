"""A plain-words query: read into units, spelling fixed or offered, matched and scored.

The text is tokenized like the exact fields (lowercase, no syntax: a stray quote or colon is
just punctuation) and read left to right into units (:mod:`search.expand`): at each word
the longest of a speaker's name (:mod:`search.people`), a synonym or province phrase, two
words the index also holds joined, else the word itself with its compound forms and, when
it reads as a name, the speakers whose key has it as a part. A document matches when every
unit of content words matches (stopwords are optional; if no document has them all, any
unit will do; a query made only of stopwords looks them up in ``function_words``). The
scored query has the same shape, so Whoosh's BM25F with the schema's field boosts ranks
the candidates (:mod:`search.ranking` then rewards exact names and phrases).

A word in no field at all is a typo or an unknown name (:mod:`search.spelling`). A name
one edit away from an indexed name word ("Meilnai") also matches it (and the speaker the
corrected query names); else another spelling of a name part ("Soekarno") matches through
the identity key (:func:`search.people.word_as_name`); else an ordinary word is replaced and
the results say so (``corrected``), while a name two edits away is only offered. A name is
never replaced: the query keeps its words and the correction is its ``suggestion``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from whoosh import query as wq

from index.errors import QueryError
from index.schema import stem_indonesian

from .docset import EMPTY, DocSet
from .expand import (
    Unit,
    joined_unit,
    phrase_unit,
    word_slot,
    word_unit,
)
from .people import People, name_unit, reads_as_name, word_as_name
from .postings import DocSets
from .query import MAX_WORDS, SEARCH_FIELDS, check_length, stopwords, tokenize
from .spelling import correct


@dataclass
class PlainQuery:
    """A plain-words query after reading it into units and checking its spelling."""

    words: list[str]
    units: list[Unit] = field(default_factory=list)
    suggestion: str | None = None
    corrected: bool = False

    @property
    def content_units(self) -> list[Unit]:
        """The units a document must match (all of them when all are stopwords)."""
        return [u for u in self.units if not u.optional] or self.units

    @property
    def content(self) -> list[str]:
        return [w for u in self.content_units for w in u.words]

    @property
    def stems(self) -> list[str]:
        return [stem_indonesian(w) for w in self.content if w not in stopwords()]

    named: list[tuple[str, int, int]] = field(default_factory=list)
    strict: bool = False
    """Every unit must match, no fallback to any of them: a name that is only offered
    ("did you mean") must not bring in people who share the rest of it."""
    """``(speaker key, start, end)``: stretches of the query that name one speaker (a name
    typed in any spelling, or a misspelt name matched to its speaker)."""

    @property
    def name_keys(self) -> set[str]:
        return {key for u in self.units for key in u.keys}

    def people(self) -> list[tuple[frozenset[str], bool]]:
        """The speakers stretches of the query name, each with whether that stretch is the
        whole query (its stopwords aside): what ranking rewards as a name."""
        content = {i for u in self.content_units for i in range(u.start, u.end)}
        return [(frozenset((key,)), content <= set(range(start, end)))
                for key, start, end in self.named]

    @property
    def provinces(self) -> set[str]:
        return {p for u in self.units for p in u.provinces}

    @property
    def highlight_words(self) -> set[str]:
        out = set(self.content)
        for unit in self.content_units:
            out |= unit.also
        return out

    def matches(self, docsets: DocSets) -> tuple[DocSet, bool]:
        """Documents matching every content unit, else any (then ``True``)."""
        per_unit = [u.docs(docsets) for u in self.content_units]
        if not per_unit:
            return EMPTY, False
        found = DocSet.intersection(per_unit)
        if found or len(per_unit) == 1 or self.strict:
            return found, False
        return DocSet.union(per_unit), True

    def _weighted(self) -> list[list[tuple[str, str, float]]]:
        """Per content unit, its scorable ``(field, term, boost)`` not in an earlier unit."""
        out = []
        seen: set[tuple[str, str]] = set()
        for unit in self.content_units:
            terms = [pair for pair in unit.terms() if pair[0] in SEARCH_FIELDS
                     and pair not in seen]
            seen.update(terms)
            out.append([(f, t, SEARCH_FIELDS[f] * unit.boost((f, t))) for f, t in terms])
        return out

    def weighted_terms(self) -> list[tuple[str, str, float]]:
        """``(field, term, boost)`` of every clause of :meth:`scored`, without repeats."""
        return sorted(term for terms in self._weighted() for term in terms)

    def scored(self, any_word: bool) -> wq.Query:
        """The query Whoosh ranks with: every unit's terms (all units, or any as a
        fallback). Each term appears once, so its scores equal :meth:`weighted_terms`'."""
        clauses = []
        for terms in self._weighted():
            if terms:
                clauses.append(wq.Or([wq.Term(f, t, boost=b) for f, t, b in terms]))
        if not clauses:
            return wq.NullQuery
        if len(clauses) == 1:
            return clauses[0]
        return wq.Or(clauses) if any_word else wq.And(clauses)


def read_units(words: list[str], reader: Any, people: People | None) -> list[Unit]:
    """``words`` as units, left to right, the longest stretch first at each word."""
    units: list[Unit] = []
    names = _NameWords(words, reader)
    i = 0
    while i < len(words):
        unit = (
            (name_unit(i, words, people, reader, names) if people is not None else None)
            or phrase_unit(i, words)
            or (joined_unit(i, words[i], words[i + 1], reader) if i + 1 < len(words) else None)
            or _single(i, words[i], reader, people)
        )
        units.append(unit)
        i = unit.end
    if all(u.optional for u in units):
        for unit in units:
            unit.options = [(word_slot(w, function_words=True),) for w in unit.words]
    return units


class _NameWords(dict[int, bool]):
    """Whether each query word reads as a name (:func:`search.people.reads_as_name`),
    looked up once and only for the words a name could start or end at."""

    def __init__(self, words: list[str], reader: Any) -> None:
        super().__init__()
        self._words = words
        self._reader = reader

    def __missing__(self, position: int) -> bool:
        found = self[position] = reads_as_name(self._words[position], self._reader)
        return found


def _single(position: int, word: str, reader: Any, people: People | None) -> Unit:
    """One word; a word of speakers' names also matches their other spellings of it."""
    unit = word_unit(position, word, reader)
    if people is None or unit.optional or unit.kind != "word":
        return unit
    if ("speakers", word) not in reader:
        return unit
    return _as_name(unit, people, reader) or unit


def _as_name(unit: Unit, people: People, reader: Any) -> Unit | None:
    return word_as_name(unit.start, unit.words[0], people, reader)


def plain_query(text: str, reader: Any, people: People | None = None) -> PlainQuery:
    """Read ``text`` into units; fix or offer the spelling of words found nowhere."""
    check_length(text)
    words = tokenize(text)
    if len(words) > MAX_WORDS:
        raise QueryError(f"too many words ({len(words)}; the limit is {MAX_WORDS})",
                         code="too_many_words", count=len(words), limit=MAX_WORDS)
    units = read_units(words, reader, people)
    named = [(u.keys[0], u.start, u.end) for u in units if u.kind == "name" and len(u.words) > 1]
    is_speaker = people.is_speaker if people is not None else None
    fixed = list(words)
    offered = list(words)
    whole_name = None
    strict = False
    for i, unit in enumerate(units):
        if unit.kind != "word" or unit.optional or _known(unit, reader):
            continue
        word = unit.words[0]
        found = correct(word, reader, words, unit.start, is_speaker)
        if found is not None and found.is_name and found.distance == 1:
            _match_misspelt_name(unit, found.word, found.key)
            if found.key and found.span:
                named.append((found.key, *found.span))
        elif people is not None and (identity := _as_name(unit, people, reader)) is not None:
            units[i] = identity
            continue
        elif found is not None and not found.is_name:
            fixed[unit.start] = found.word
            continue
        if found is None:
            continue
        strict = strict or found.distance > 1
        offered[unit.start] = found.word
        if found.key and found.span == (0, len(words)) and people is not None:
            whole_name = people.name(found.key)
    if fixed != words:
        return plain_query_of(fixed, reader, people, _replace_words(text, words, fixed))
    suggestion = None
    if offered != words:
        suggestion = whole_name or _replace_words(text, words, offered)
    return PlainQuery(words, units, suggestion, False, named, strict)


def plain_query_of(words: list[str], reader: Any, people: People | None,
                   suggestion: str) -> PlainQuery:
    """The query of corrected ``words`` (no second correction)."""
    units = read_units(words, reader, people)
    named = [(u.keys[0], u.start, u.end) for u in units if u.kind == "name" and len(u.words) > 1]
    return PlainQuery(words, units, suggestion, True, named)


def _known(unit: Unit, reader: Any) -> bool:
    terms = unit.terms()
    body = [pair for pair in terms if pair[0] == "body"]   # where a word most often is
    return any(pair in reader for pair in body) or any(pair in reader for pair in terms)


def _match_misspelt_name(unit: Unit, name: str, key: str | None) -> None:
    """A misspelt name (one edit) also matches the name word it misspells, in every field
    (as the corrected query would), and the speaker the corrected query names."""
    unit.add_to_first_slot(word_slot(name))
    unit.also.add(name)
    if key:
        unit.options.append(((("speaker_keys", key),),))
        unit.keys = (key,)
    unit.kind = "name"


def _replace_words(text: str, old: list[str], new: list[str]) -> str:
    """``text`` with each changed word swapped in place, in the case it was typed."""
    out = text
    for before, after in zip(old, new):
        if before != after:
            out = re.sub(rf"(?i)(?<!\w){re.escape(before)}(?!\w)", _swap(after), out, count=1)
    return " ".join(out.split())


def _swap(word: str) -> Callable[[re.Match[str]], str]:
    return lambda match: _same_case(match.group(0), word)


def _same_case(typed: str, word: str) -> str:
    if typed.isupper() and len(typed) > 1:
        return word.upper()
    if typed[:1].isupper():
        return word[:1].upper() + word[1:]
    return word
