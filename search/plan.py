"""What one query means for one index generation: its match set, scored terms, reranking.

:class:`Plan` is built by :class:`search.searcher.SearchIndex` for every search, from
plain words (:func:`search.query.plain_query`: every content word in some field, else any
of them) or Whoosh syntax (:func:`search.query.syntax_query`, evaluated with set algebra
by :mod:`search.evaluate`). ``gen`` is the searcher's open generation: it provides the
reader, the searcher and the posting-set cache.
"""

from __future__ import annotations

from functools import reduce
from typing import Any

from .evaluate import match_set, scoring_terms
from .query import (
    SEARCH_FIELDS,
    STEMMED_FIELDS,
    PlainQuery,
    plain_query,
    quoted_phrases,
    stopwords,
    syntax_query,
    syntax_terms,
)
from .ranking import Reranker


class Plan:
    """What one query means for this generation: match set, scored query, reranking."""

    def __init__(self) -> None:
        self.query: Any = None
        self.terms: list[tuple[str, Any, float]] = []
        self.text = ""
        self.matches: frozenset[int] = frozenset()
        self.syntax = False
        self.reranker: Reranker | None = None
        self.highlight_words: set[str] = set()
        self.highlight_stems: set[str] = set()
        self.name_words: set[str] = set()
        self.suggestion: str | None = None
        self.corrected = False

    @classmethod
    def make(cls, text: str, gen: Any, syntax: bool) -> Plan:
        plan = cls()
        plan.text = text
        if not text:
            plan.matches = gen.docsets.all_live()
        elif syntax:
            plan._syntax(text, gen)
        else:
            plan._plain(text, gen)
        return plan

    def _plain(self, text: str, gen: Any) -> None:
        parsed: PlainQuery = plain_query(text, gen.reader)
        if not parsed.words:
            self.matches = gen.docsets.all_live()
            return
        self.suggestion, self.corrected = parsed.suggestion, parsed.corrected
        per_word = sorted((gen.docsets.any_of(parsed.alternatives(w))
                           for w in dict.fromkeys(parsed.content)), key=len)
        matches = reduce(lambda a, b: a & b, per_word)
        any_word = not matches and len(per_word) > 1
        if any_word:
            matches = reduce(lambda a, b: a | b, per_word)
        self.matches = frozenset(matches)
        self.query = parsed.scored(any_word)
        self.terms = parsed.weighted_terms()
        self.reranker = Reranker(parsed.words)
        self.highlight_words = set(parsed.content)
        self.highlight_stems = set(parsed.stems)
        self.name_words = set(parsed.words) - stopwords()

    def _syntax(self, text: str, gen: Any) -> None:
        self.syntax = True
        self.query = syntax_query(text, gen.searcher.schema, gen.reader)
        self.matches = match_set(self.query, gen.docsets, gen.searcher)
        self.terms = scoring_terms(self.query, gen.reader, SEARCH_FIELDS)
        phrases = quoted_phrases(text)
        if phrases:
            self.reranker = Reranker(max(phrases, key=len))
        for fieldname, word in syntax_terms(self.query):
            if fieldname in ("speakers", "title_exact", "themes_exact"):
                self.highlight_words.add(word)
            elif fieldname in STEMMED_FIELDS:
                self.highlight_stems.add(word)
            if fieldname == "speakers":
                self.name_words.add(word)
