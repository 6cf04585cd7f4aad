"""What one query means for one index generation: its match set, scored terms, reranking.

:class:`Plan` is built by :class:`search.searcher.SearchIndex` for every search, from
plain words (:func:`search.plain.plain_query`: every unit of content words in some field,
else any of them) or Whoosh syntax (:func:`search.query.syntax_query`, evaluated with set
algebra by :mod:`search.evaluate`). ``gen`` is the searcher's open generation: it provides
the reader, the searcher, the posting-set cache and the speakers (:mod:`search.people`).
"""

from __future__ import annotations

from typing import Any

from .docset import EMPTY, DocSet
from .evaluate import match_set, scoring_terms
from .plain import PlainQuery, plain_query
from .query import (
    SEARCH_FIELDS,
    STEMMED_FIELDS,
    quoted_phrases,
    stopwords,
    syntax_query,
    syntax_terms,
)
from .ranking import NamedPeople, Reranker, split_compounds


class Plan:
    """What one query means for this generation: match set, scored query, reranking."""

    def __init__(self) -> None:
        self.query: Any = None
        self.terms: list[tuple[str, Any, float]] = []
        self.text = ""
        self.matches: DocSet = EMPTY
        self.syntax = False
        self.reranker: Reranker | None = None
        self.highlight_words: set[str] = set()
        self.highlight_stems: set[str] = set()
        self.name_words: set[str] = set()
        self.name_keys: set[str] = set()
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
        parsed: PlainQuery = plain_query(text, gen.reader, gen.people)
        if not parsed.words:
            self.matches = gen.docsets.all_live()
            return
        self.suggestion, self.corrected = parsed.suggestion, parsed.corrected
        self.matches, any_word = parsed.matches(gen.docsets)
        self.query = parsed.scored(any_word)
        self.terms = parsed.weighted_terms()
        people = [NamedPeople(keys, whole) for keys, whole in parsed.people()]
        split = [w for u in parsed.units for w in (u.split or u.words)]
        self.reranker = Reranker(split_compounds(parsed.words), people, parsed.provinces,
                                 split=split)
        self.highlight_words = parsed.highlight_words
        self.highlight_stems = set(parsed.stems)
        self.name_words = (set(parsed.words) - stopwords()) | {
            w for u in parsed.units if u.kind == "name" for w in u.also}
        self.name_keys = parsed.name_keys

    def _syntax(self, text: str, gen: Any) -> None:
        self.syntax = True
        self.query = syntax_query(text, gen.searcher.schema, gen.reader)
        self.matches = match_set(self.query, gen.docsets, gen.searcher)
        self.terms = scoring_terms(self.query, gen.reader, SEARCH_FIELDS)
        phrases = quoted_phrases(text)
        if phrases:
            self.reranker = Reranker(split_compounds(max(phrases, key=len)))
        for fieldname, word in syntax_terms(self.query):
            if fieldname in ("speakers", "title_exact", "themes_exact"):
                self.highlight_words.add(word)
            elif fieldname in STEMMED_FIELDS:
                self.highlight_stems.add(word)
            if fieldname == "speakers":
                self.name_words.add(word)
