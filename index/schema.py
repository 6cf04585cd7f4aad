"""The Whoosh schema and the Indonesian analyzers it pickles into every index.

Whoosh stores the analyzers (and the stemming function they call) by import path inside the
index's table of contents. That makes this module's path and the names
:func:`stem_indonesian`, :func:`indonesian_analyzer` and :func:`exact_analyzer` part of the
on-disk format: moving or renaming them breaks every existing index, so they never move
without a migration.

Two analyses, because users type both ways:

- stemmed (``title``, ``body``, ``themes``, ``positions``, ``organizers_text``): tokenize,
  lowercase, drop Indonesian stopwords, stem with Sastrawi, so "layanan publik" finds
  "pelayanan publik". Sastrawi is dictionary-based and leaves "digitalisasi" and "mereka"
  whole where the Snowball Indonesian stemmer mangles them. It costs about a millisecond per
  new word, so :func:`stem_indonesian` remembers every answer (a process sees tens of
  thousands of distinct words, a few megabytes).
- exact (``title_exact``, ``themes_exact``, ``speakers``): tokenize and lowercase only, so
  exact words and phrases in the fields that matter rank first, names are never stemmed,
  and spelling suggestions come from real words.

The body (like positions and organizers) is indexed once, stemmed, and without word
positions: an exact twin doubled the
build time and the index for little gain in ranking, and positions made every posting
block of a common word about twenty times slower to decode (each block pickles a
position list per document), which dominated query time. Phrases in the body are checked
on the stored text instead, for the candidates being ranked (:mod:`search.ranking`).

Every article carries the id of the event it reports (``event_id``, indexed to find an
event's reports, sortable so a searcher reads every document's event from one column) and
what finds its fellow reports when an update adds an article: date/speaker terms
(``group_keys``) and the LSH band hashes of its text's MinHash (the ``group_bands`` column;
see :mod:`index.write.grouping`).

Filters and facets use keyword fields (``speaker_keys``, ``roles``, ``organizers``,
``location``, ``province``, ``site``, ``year``: lowercased terms), while the values shown to
users, with their original spelling, come from the ``facets`` column (one compact JSON
object per document, see :mod:`index.write.document`), which a searcher reads in one pass.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from typing import Any

from whoosh.analysis import (
    Analyzer,
    IDAnalyzer,
    LowercaseFilter,
    RegexTokenizer,
    StemFilter,
    StopFilter,
)
from whoosh.columns import VarBytesColumn
from whoosh.fields import COLUMN, DATETIME, ID, KEYWORD, STORED, TEXT, Schema

from .resources import word_set

SCHEMA_VERSION = 4
"""Bumped whenever a field changes; an index with another version must be rebuilt.

3: speaker identity keys merge dh/d, th/t and "Ayu Ningtyas"/"Ayuningtyas" (index.names).
4: ``event_id`` (reports of one event share it), ``group_keys`` and ``group_bands`` (what
   finds an article's fellow reports, see index.write.grouping).
"""

_TOKEN_PATTERN = r"\w+(?:[.'’-]\w+)*"
_MAX_CACHED_STEMS = 1_000_000
_stemmer: Any = None
_stemmer_lock = threading.Lock()
_stems: dict[str, str] = {}


def stem_indonesian(word: str) -> str:
    """Sastrawi's stem of one lowercase token (digits and short tokens left alone)."""
    try:
        return _stems[word]
    except KeyError:
        pass
    if len(word) < 4 or not word.isalpha():
        return word
    global _stemmer
    if _stemmer is None:
        with _stemmer_lock:
            if _stemmer is None:
                from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

                _stemmer = StemmerFactory().create_stemmer()
    stem = _stemmer.stem(word) or word
    if len(_stems) >= _MAX_CACHED_STEMS:
        _stems.clear()
    _stems[word] = stem
    return stem


def is_stem_cached(word: str) -> bool:
    """Whether :func:`stem_indonesian` already knows ``word`` (so costs nothing)."""
    return word in _stems


def remember_stems(pairs: Iterable[tuple[str, str]]) -> None:
    """Fill the stem cache with ``(word, stem)`` pairs computed elsewhere (by workers)."""
    if len(_stems) >= _MAX_CACHED_STEMS:
        _stems.clear()
    _stems.update(pairs)


def indonesian_analyzer() -> Analyzer:
    """Tokenize, lowercase, drop stopwords, stem with Sastrawi (cached)."""
    return (
        RegexTokenizer(_TOKEN_PATTERN)
        | LowercaseFilter()
        | StopFilter(stoplist=word_set("stopwords_id.txt"), minsize=1)
        | StemFilter(stemfn=stem_indonesian, cachesize=None)
    )


def exact_analyzer() -> Analyzer:
    """Tokenize and lowercase only: for names and exact-phrase matching."""
    return RegexTokenizer(_TOKEN_PATTERN) | LowercaseFilter()


def build_schema() -> Schema:
    """The schema of an index; field boosts rank speaker/theme/title matches above body."""
    stemmed = indonesian_analyzer()
    exact = exact_analyzer()
    keyword = IDAnalyzer(lowercase=True)
    return Schema(
        url=ID(stored=True, unique=True),
        title=TEXT(analyzer=stemmed, field_boost=3.0),
        title_exact=TEXT(analyzer=exact, field_boost=3.0, spelling=True),
        body=TEXT(analyzer=stemmed, phrase=False),
        themes=TEXT(analyzer=stemmed, field_boost=2.5),
        themes_exact=TEXT(analyzer=exact, field_boost=2.5, spelling=True),
        speakers=TEXT(analyzer=exact, field_boost=4.0, spelling=True),
        positions=TEXT(analyzer=stemmed, phrase=False),
        organizers_text=TEXT(analyzer=stemmed, phrase=False),
        speaker_keys=KEYWORD(commas=True),
        speaker_roles=KEYWORD(commas=True),
        roles=KEYWORD(commas=True),
        organizers=KEYWORD(commas=True, lowercase=True),
        location=ID(analyzer=keyword),
        province=ID(analyzer=keyword),
        site=ID(analyzer=keyword),
        year=ID(),
        when=DATETIME(sortable=True),
        content_hash=STORED,
        facets=COLUMN(VarBytesColumn()),
        speaker_key_list=STORED,
        record=STORED,
        event_id=ID(stored=True, sortable=True),
        group_keys=KEYWORD(commas=True),
        group_bands=COLUMN(VarBytesColumn()),
    )

