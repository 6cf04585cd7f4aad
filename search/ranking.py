"""Second-stage ranking: reward exact names and phrases among the BM25F candidates.

BM25F scores words one at a time, so for "Budi Santoso" an article with a Budi and a
Santoso on its programme can outrank Budi Santoso's own, and for a long event title an
article that repeats its common words can outrank the event itself. A search engine over
thousands of articles of one series (same words, recombined) needs proximity, so the top
:data:`RERANK_DEPTH` candidates of the first stage are re-scored with features read from
their stored records:

1. the query is a speaker's whole name (same tokens, or the same speaker key, so degrees
   and spelling variants count), or a contiguous part of one;
2. the query is an event theme, talk title or headline, or a phrase inside one, word for
   word or stem for stem ("layanan publik" in "Pelayanan Publik di Era Digital");
3. the query occurs as a phrase in the body.

Each feature adds a multiple of the best first-stage score, so an exact name or title
match outranks any candidate without one, and BM25F still orders candidates that tie.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from index.names import speaker_key
from index.schema import stem_indonesian

from .query import stopwords

RERANK_DEPTH = 100
"""First-stage candidates re-scored per query."""

NAME_WHOLE, NAME_PART = 2.0, 0.6
TITLE_WHOLE, TITLE_PHRASE, TITLE_STEM_WHOLE, TITLE_STEM_PHRASE = 1.6, 1.2, 1.0, 0.7
BODY_PHRASE = 1.0

_WORD = re.compile(r"\w+(?:[.'’-]\w+)*")


@lru_cache(maxsize=65536)
def cached_speaker_key(name: str) -> str:
    """:func:`index.names.speaker_key`, remembered (it is called per speaker per hit)."""
    return speaker_key(name)


_key = cached_speaker_key


def _padded(words: Sequence[str]) -> str:
    return " " + " ".join(words) + " "


def _words(text: str | None) -> list[str]:
    return _WORD.findall(text.lower()) if text else []


def _stems(words: Sequence[str]) -> list[str]:
    """Content stems: stopwords and forms of stopwords ("melalui" -> "lalu") left out on
    both sides, so a title and a query in other derivations compare equal."""
    stop = stopwords()
    return [s for s in (stem_indonesian(w) for w in words if w not in stop) if s not in stop]


class Reranker:
    """Features of one query, applied to candidate records."""

    def __init__(self, words: Sequence[str]) -> None:
        self.words = list(words)
        self.phrase = _padded(self.words)
        self.stems = _stems(self.words)
        self.stem_phrase = _padded(self.stems)
        self.key = _key(" ".join(self.words))
        self.body_phrase = re.compile(
            r"(?<!\w)" + r"\W+".join(re.escape(w) for w in self.words) + r"(?!\w)",
            re.IGNORECASE,
        ) if len(self.words) >= 2 else None

    def bonus(self, stored: dict[str, Any]) -> float:
        """How much a document (its stored fields) deserves to move up, in units of the best
        first-stage score."""
        if not self.words:
            return 0.0
        record = stored["record"]
        event = record.get("event") or {}
        return (self._name(event, stored.get("speaker_key_list") or ())
                + self._titles(record, event) + self._body(record.get("text") or ""))

    def _name(self, event: dict[str, Any], keys: Sequence[str]) -> float:
        if self.key and self.key in keys:
            return NAME_WHOLE
        best = 0.0
        for person in event.get("speakers") or []:
            tokens = _words(person.get("name") or "")
            if tokens == self.words:
                return NAME_WHOLE
            if self.phrase in _padded(tokens):
                best = NAME_PART
        return best

    def _titles(self, record: dict[str, Any], event: dict[str, Any]) -> float:
        if len(self.stems) < 2 and len(self.words) < 2:
            return 0.0
        titles = [event.get("title"), record.get("title")]
        titles += [p.get("talk_title") for p in event.get("speakers") or []]
        best = 0.0
        for title in filter(None, titles):
            tokens = _words(title)
            stems = _stems(tokens)
            if tokens == self.words:
                return TITLE_WHOLE
            if len(self.words) >= 2 and self.phrase in _padded(tokens):
                best = max(best, TITLE_PHRASE)
            elif self.stems and stems == self.stems:
                best = max(best, TITLE_STEM_WHOLE)
            elif len(self.stems) >= 2 and self.stem_phrase in _padded(stems):
                best = max(best, TITLE_STEM_PHRASE)
        return best

    def _body(self, text: str) -> float:
        if self.body_phrase is None:
            return 0.0
        return BODY_PHRASE if self.body_phrase.search(text) else 0.0


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
