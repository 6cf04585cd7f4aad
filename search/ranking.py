"""Second-stage ranking: reward exact names and phrases among the BM25F candidates.

BM25F scores words one at a time, so for "Budi Santoso" an article with a Budi and a
Santoso on its programme can outrank Budi Santoso's own, and for a long event title an
article that repeats its common words can outrank the event itself. A search engine over
thousands of articles of one series (same words, recombined) needs proximity, so the top
:data:`RERANK_DEPTH` candidates of the first stage are re-scored with features read from
their stored records (the part of them the ``rerank`` column holds,
:func:`index.schema.rerank_facts`, which has the stored fields' shape):

1. the query is a speaker's whole name (same tokens, or the same speaker key, so degrees
   and spelling variants count, or the speaker a misspelt name was matched to), or it
   names speakers among other words (:mod:`search.people`), or it is a contiguous part of
   a name;
2. the query is an event theme, talk title or headline, or a phrase inside one, word for
   word or stem for stem ("layanan publik" in "Pelayanan Publik di Era Digital"), a
   compound read as its parts on both sides ("covid19", "covid 19" and "COVID-19" alike);
3. the query occurs as a phrase in the body;
4. the query names the province the event took place in ("Sulsel").

Each feature adds a multiple of the best first-stage score, so an exact name or title
match outranks any candidate without one, and BM25F still orders candidates that tie.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from index.names import speaker_key
from index.schema import compound_forms, stem_indonesian

from .query import stopwords

RERANK_DEPTH = 100
"""First-stage candidates re-scored per query."""

NAME_WHOLE, NAME_PART = 2.0, 0.6
TITLE_WHOLE, TITLE_PHRASE, TITLE_STEM_WHOLE, TITLE_STEM_PHRASE = 1.6, 1.2, 1.0, 0.7
BODY_PHRASE = 1.0
PROVINCE = 0.3

_WORD = re.compile(r"\w+(?:[.'’-]\w+)*")


@lru_cache(maxsize=65536)
def cached_speaker_key(name: str) -> str:
    """:func:`index.names.speaker_key`, remembered (it is called per speaker per hit)."""
    return speaker_key(name)


_key = cached_speaker_key


def _padded(words: Sequence[str]) -> str:
    return " " + " ".join(words) + " "


def _words(text: str | None) -> list[str]:
    """The words of ``text``, each compound as its parts ("COVID-19" -> "covid", "19")."""
    return list(_read(text)[0]) if text else []


@lru_cache(maxsize=65536)
def _read(text: str) -> tuple[tuple[str, ...], str, tuple[str, ...], str]:
    """A name or title as words, padded words, stems and padded stems. Names and titles
    come back with every query of a series, so each is read once."""
    words = tuple(split_compounds(_WORD.findall(text.lower())))
    stems = tuple(_stems(words))
    return words, _padded(words), stems, _padded(stems)


def split_compounds(words: Iterable[str]) -> list[str]:
    out: list[str] = []
    for word in words:
        forms = compound_forms(word) if "-" in word or not word.isalpha() else None
        out.extend(forms[1] if forms is not None else (word,))
    return out


@dataclass(frozen=True)
class NamedPeople:
    """Speakers a stretch of the query names (:attr:`search.expand.Unit.keys`)."""

    keys: frozenset[str]
    whole: bool
    """The stretch is the whole query (less its stopwords)."""


def _stems(words: Sequence[str]) -> list[str]:
    """Content stems: stopwords and forms of stopwords ("melalui" -> "lalu") left out on
    both sides, so a title and a query in other derivations compare equal."""
    stop = stopwords()
    return [s for s in (stem_indonesian(w) for w in words if w not in stop) if s not in stop]


class Reranker:
    """Features of one query, applied to candidate records.

    ``words`` are the typed words (a hyphened compound as its parts, as titles are read:
    :func:`split_compounds`); ``split`` the same words with every compound the query found
    split ("ecommerce" -> "e commerce"), which titles and the body may hold instead;
    ``people`` the speakers stretches of the query name; ``provinces`` the provinces it
    names.
    """

    def __init__(self, words: Sequence[str], people: Sequence[NamedPeople] = (),
                 provinces: Iterable[str] = (), split: Sequence[str] | None = None) -> None:
        self.words = list(words)
        self.split = list(split) if split is not None and list(split) != self.words else None
        self.split_phrase = _padded(self.split) if self.split else None
        self.phrase = _padded(self.words)
        self.stems = _stems(self.words)
        self.stem_phrase = _padded(self.stems)
        self.key = _key(" ".join(self.words))
        self.people = list(people)
        self.provinces = {p.casefold() for p in provinces}
        body = self.split or self.words
        self.body_phrase = re.compile(
            r"(?<!\w)" + r"\W*".join(re.escape(w) for w in body) + r"(?!\w)",
            re.IGNORECASE,
        ) if len(body) >= 2 else None
        self._first = body[0] if body else ""

    def bonus(self, stored: dict[str, Any]) -> float:
        """How much a document (its stored fields, or its ``rerank`` column value) deserves
        to move up, in units of the best first-stage score."""
        if not self.words:
            return 0.0
        record = stored["record"]
        event = record.get("event") or {}
        return (self._name(event, stored.get("speaker_key_list") or ())
                + self._titles(record, event) + self._body(record.get("text") or "")
                + self._province(event))

    def _name(self, event: dict[str, Any], keys: Sequence[str]) -> float:
        if self.key and self.key in keys:
            return NAME_WHOLE
        named = 0.0
        for people in self.people:
            if not people.keys.isdisjoint(keys):
                if people.whole:
                    return NAME_WHOLE
                named += NAME_PART
        best = min(named, NAME_WHOLE)
        for person in event.get("speakers") or []:
            tokens, padded, _, _ = _read(person.get("name") or "")
            if list(tokens) == self.words:
                return NAME_WHOLE
            if self.phrase in padded:
                best = max(best, NAME_PART)
        return best

    def _titles(self, record: dict[str, Any], event: dict[str, Any]) -> float:
        if len(self.stems) < 2 and len(self.words) < 2:
            return 0.0
        titles = [event.get("title"), record.get("title")]
        titles += [p.get("talk_title") for p in event.get("speakers") or []]
        best = 0.0
        for title in filter(None, titles):
            words, padded, stem_tuple, padded_stems = _read(title)
            tokens, stems = list(words), list(stem_tuple)
            if tokens == self.words or (self.split and tokens == self.split):
                return TITLE_WHOLE
            if len(self.words) >= 2 and (self.phrase in padded or (
                    self.split_phrase is not None and self.split_phrase in padded)):
                best = max(best, TITLE_PHRASE)
            elif self.stems and stems == self.stems:
                best = max(best, TITLE_STEM_WHOLE)
            elif len(self.stems) >= 2 and self.stem_phrase in padded_stems:
                best = max(best, TITLE_STEM_PHRASE)
        return best

    def _body(self, text: str) -> float:
        if self.body_phrase is None:
            return 0.0
        return BODY_PHRASE if _has_phrase(text, self._first, self.body_phrase) else 0.0

    def _province(self, event: dict[str, Any]) -> float:
        province = event.get("province")
        return PROVINCE if province and province.casefold() in self.provinces else 0.0


_FOLDS_TO_ASCII = ("\u0130", "\u0131", "\u017f")
"""The only characters a case-insensitive expression matches to an ASCII letter or digit
that ``str.lower`` does not turn into it ("İ", "ı", "ſ"; found by trying every code
point)."""


def _has_phrase(text: str, first: str, phrase: re.Pattern[str]) -> bool:
    """``phrase.search(text)``, for a phrase starting with the literal word ``first``.

    A case-insensitive search over a whole report tries every position, a fifth of the
    re-ranking's time; here it is tried only where the lowercased text has ``first``
    (``str.find``, in C). That finds every match when the lowercase keeps each character
    in its place (no character lowercases to two) and ``first`` is ASCII (no character
    but the three above matches an ASCII one without lowercasing to it); otherwise the
    whole text is searched."""
    lower = text.lower()
    if not first.isascii() or len(lower) != len(text) or (
            not text.isascii() and any(c in text for c in _FOLDS_TO_ASCII)):
        return phrase.search(text) is not None
    at = lower.find(first)
    while at >= 0:
        if phrase.match(text, at):
            return True
        at = lower.find(first, at + 1)
    return False


def rerank(candidates: list[tuple[int, float]], stored: dict[int, dict[str, Any]],
           reranker: Reranker) -> list[tuple[int, float]]:
    """``candidates`` (docnum, score), best first, re-scored with the query's features
    (``stored``: each candidate's stored fields)."""
    if not candidates:
        return candidates
    top = max(score for _, score in candidates) or 1.0
    rescored = [
        (docnum, score + top * reranker.bonus(stored[docnum]))
        for docnum, score in candidates
    ]
    rescored.sort(key=lambda pair: -pair[1])
    return rescored
