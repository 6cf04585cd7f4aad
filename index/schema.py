"""The Whoosh schema and the Indonesian analyzers it pickles into every index.

Whoosh stores the analyzers (and the stemming function they call) by import path inside the
index's table of contents. That makes this module's path and the names
:func:`stem_indonesian`, :func:`indonesian_analyzer` and :func:`exact_analyzer` part of the
on-disk format: moving or renaming them breaks every existing index, so they never move
without a migration.

Two analyses per text field, because users type both ways:

- stemmed (``title``, ``body``, ``themes``): tokenize, lowercase, drop Indonesian stopwords,
  stem with Sastrawi, so "layanan publik" finds "pelayanan publik". Sastrawi is
  dictionary-based and leaves "digitalisasi" and "mereka" whole where the Snowball
  Indonesian stemmer mangles them. Whoosh's :class:`StemFilter` caches its results, which
  is what makes Sastrawi fast enough to index with.
- exact (``*_exact``, ``speakers``): tokenize and lowercase only, so exact words and
  phrases rank first and names are never stemmed.
"""

from __future__ import annotations

import threading
from typing import Any

from whoosh.analysis import (
    Analyzer,
    LowercaseFilter,
    RegexTokenizer,
    StemFilter,
    StopFilter,
)
from whoosh.fields import DATETIME, ID, KEYWORD, NUMERIC, STORED, TEXT, Schema

from .resources import word_set

SCHEMA_VERSION = 1
"""Bumped whenever a field changes; an index with another version must be rebuilt."""

_TOKEN_PATTERN = r"\w+(?:[.'’-]\w+)*"
_stemmer: Any = None
_stemmer_lock = threading.Lock()


def stem_indonesian(word: str) -> str:
    """Sastrawi's stem of one lowercase token (digits and short tokens left alone)."""
    global _stemmer
    if len(word) < 4 or not word.isalpha():
        return word
    if _stemmer is None:
        with _stemmer_lock:
            if _stemmer is None:
                from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

                _stemmer = StemmerFactory().create_stemmer()
    return _stemmer.stem(word) or word


def indonesian_analyzer() -> Analyzer:
    """Tokenize, lowercase, drop stopwords, stem with Sastrawi (cached)."""
    return (
        RegexTokenizer(_TOKEN_PATTERN)
        | LowercaseFilter()
        | StopFilter(stoplist=word_set("stopwords_id.txt"), minsize=1)
        | StemFilter(stemfn=stem_indonesian, cachesize=100_000)
    )


def exact_analyzer() -> Analyzer:
    """Tokenize and lowercase only: for names and exact-phrase matching."""
    return RegexTokenizer(_TOKEN_PATTERN) | LowercaseFilter()


def build_schema() -> Schema:
    """The schema of an index; field boosts rank speaker/theme/title matches above body."""
    stemmed = indonesian_analyzer()
    exact = exact_analyzer()
    return Schema(
        url=ID(stored=True, unique=True),
        site=ID(stored=True),
        title=TEXT(analyzer=stemmed, stored=True, field_boost=3.0),
        title_exact=TEXT(analyzer=exact, field_boost=3.0),
        body=TEXT(analyzer=stemmed, stored=True),
        body_exact=TEXT(analyzer=exact),
        themes=TEXT(analyzer=stemmed, field_boost=2.5),
        themes_exact=TEXT(analyzer=exact, field_boost=2.5),
        speakers=TEXT(analyzer=exact, field_boost=4.0, spelling=True),
        speaker_keys=KEYWORD(commas=True, stored=True),
        roles=KEYWORD(commas=True),
        positions=TEXT(analyzer=stemmed),
        organizers=KEYWORD(commas=True, stored=True),
        organizers_text=TEXT(analyzer=exact),
        location=ID(stored=True),
        province=ID(stored=True),
        event_date=DATETIME(stored=True, sortable=True),
        published=DATETIME(stored=True, sortable=True),
        year=NUMERIC(stored=True),
        participants=NUMERIC(stored=True),
        content_hash=ID(stored=True),
        record=STORED,
    )
