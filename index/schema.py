"""The Whoosh schema and the Indonesian analyzers it pickles into every index.

Whoosh stores the analyzers (and the stemming function and filters they call) by import
path inside the index's table of contents. That makes this module's path and the names
:func:`stem_indonesian`, :func:`indonesian_analyzer`, :func:`exact_analyzer`,
:class:`CompoundFilter` and :class:`FunctionWordFilter` part of the on-disk format: moving or
renaming them breaks every existing index, so they never move without a migration.

Two analyses, because users type both ways:

- stemmed (``title``, ``body``, ``themes``, ``positions``, ``organizers_text``): tokenize,
  lowercase, split compounds, drop Indonesian stopwords, stem with Sastrawi, so "layanan
  publik" finds "pelayanan publik". Sastrawi is dictionary-based and leaves "digitalisasi"
  and "mereka" whole where the Snowball Indonesian stemmer mangles them; a word it does not
  know keeps its clitic ("literasinya"), so :func:`stem_indonesian` takes a final "-nya" off
  such a word itself. It costs about a millisecond per new word, so :func:`stem_indonesian`
  remembers every answer (a process sees tens of thousands of distinct words, a few
  megabytes).
- exact (``title_exact``, ``themes_exact``, ``speakers``): tokenize, lowercase and split
  compounds only, so exact words and phrases in the fields that matter rank first, names are
  never stemmed, and spelling suggestions come from real words.

Compounds (:func:`compound_forms`): news writes "COVID-19", "Covid19" and "Covid 19",
"e-commerce" and "ecommerce", "anak-anak" for "anak". A hyphened token is indexed as
written, joined ("covid19", "ecommerce") and as its parts ("covid", "19"; "anak" once for a
reduplication, a trailing "-nya" dropped), and a word of letters then digits ("covid19") by
its parts too, so each spelling finds the others (the query side, :mod:`search.expand`,
reads a typed word through the same function).

The body (like positions and organizers) is indexed once, stemmed, and without word
positions: an exact twin doubled the
build time and the index for little gain in ranking, and positions made every posting
block of a common word about twenty times slower to decode (each block pickles a
position list per document), which dominated query time. Phrases in the body are checked
on the text instead, for the candidates being ranked (:mod:`search.ranking`), read from the
``rerank`` column (:func:`rerank_facts`): what the re-ranker reads of a document (titles,
speakers' names and keys, province, text) uncompressed, so that scoring a hundred candidates
does not decompress and unpickle a hundred whole stored records (a quarter of a fresh
query's CPU at 20,000 documents). The
stopwords the stemmed body leaves out are kept, without counts, in ``function_words``, so
that a query made only of them ("yang", "sangat") is answered too.

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

import pickle
import re
import threading
from collections.abc import Iterable, Iterator
from typing import Any

from whoosh.analysis import (
    Analyzer,
    Filter,
    IDAnalyzer,
    LowercaseFilter,
    RegexTokenizer,
    StemFilter,
    StopFilter,
    Token,
)
from whoosh.columns import VarBytesColumn
from whoosh.fields import COLUMN, DATETIME, ID, KEYWORD, STORED, TEXT, Schema

from .resources import word_set

SCHEMA_VERSION = 6
"""Bumped whenever a field changes; an index with another version must be rebuilt.

3: speaker identity keys merge dh/d, th/t and "Ayu Ningtyas"/"Ayuningtyas" (index.names).
4: keys merge nj/ny; compounds indexed joined and split; "-nya" off unknown words; the
``function_words`` field; title phrases for themes in the ``facets`` column.
5: ``event_id`` (reports of one event share it), ``group_keys`` and ``group_bands`` (what
   finds an article's fellow reports, see index.write.grouping).
6: the ``rerank`` column (what the re-ranker reads, uncompressed, see :func:`rerank_facts`).
"""

_TOKEN_PATTERN = r"\w+(?:[.'’-]\w+)*"
_MAX_CACHED_STEMS = 1_000_000
_stemmer: Any = None
_stemmer_lock = threading.Lock()
_stems: dict[str, str] = {}
_CLITIC = "nya"
_CLITIC_PIECES = frozenset({"nya", "lah", "kah", "pun", "ku", "mu"})
_LETTERS_DIGITS = re.compile(r"^([^\W\d_]{2,})(\d{1,4})$")


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
    if stem == word and word.endswith(_CLITIC) and len(word) >= 7 and not _known_root(word):
        stem = stem_indonesian(word[: -len(_CLITIC)])
    if len(_stems) >= _MAX_CACHED_STEMS:
        _stems.clear()
    _stems[word] = stem
    return stem


def _known_root(word: str) -> bool:
    """Whether Sastrawi's dictionary holds ``word`` itself ("tanya", "hanya", "punya")."""
    dictionary = getattr(getattr(_stemmer, "delegatedStemmer", None), "dictionary", None)
    return bool(dictionary is not None and dictionary.contains(word))


def compound_forms(token: str) -> tuple[str | None, tuple[str, ...]] | None:
    """How a compound token is also written: ``(joined, parts)``, or ``None`` if it is none.

    "covid-19" -> ``("covid19", ("covid", "19"))``; "covid19" -> ``(None, ("covid", "19"))``;
    "e-commerce" -> ``("ecommerce", ("e", "commerce"))``; "anak-anak" -> ``(None,
    ("anak",))``; "kognitif-nya" -> ``(None, ("kognitif",))`` (a clitic is not a part).
    Parts made only of digits ("2019-2025") are not joined.
    """
    if "-" not in token:
        match = _LETTERS_DIGITS.match(token)
        return (None, (match.group(1), match.group(2))) if match else None
    pieces = [p for p in token.split("-") if p]
    while len(pieces) > 1 and pieces[-1] in _CLITIC_PIECES:
        pieces.pop()
    parts = tuple(dict.fromkeys(pieces))
    if not parts:
        return None
    joined = "".join(pieces)
    if len(parts) == 1 or all(p.isdigit() for p in parts) or joined == token:
        return (None, parts)
    return (joined, parts)


class CompoundFilter(Filter):
    """Index a compound token as written, joined and as its parts (:func:`compound_forms`).

    The joined form shares the token's position; the parts take consecutive positions (the
    words after them move on), so a phrase of the spaced form matches in positioned fields.
    """

    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        shift = 0
        for token in tokens:
            if token.positions:
                token.pos += shift
            forms = compound_forms(token.text)
            if forms is None:
                yield token
                continue
            joined, parts = forms
            start = token.pos if token.positions else 0
            yield token
            if joined:
                token.text = joined
                yield token
            for i, part in enumerate(parts):
                token.text = part
                if token.positions:
                    token.pos = start + i
                yield token
            shift += len(parts) - 1


class FunctionWordFilter(Filter):
    """Keep only the stopwords (the words the stemmed fields leave out)."""

    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        stops = word_set("stopwords_id.txt")
        for token in tokens:
            if token.text in stops:
                yield token


_TITLE_BREAKS = re.compile(r"[,:;.!?()\[\]{}\"“”‘’|/\\–—]+|\s[-–]\s")
_TITLE_WORD = re.compile(_TOKEN_PATTERN)


def title_runs(title: str) -> list[tuple[str, str]]:
    """The runs of content words of a title, as ``(stems, words)`` strings of the same
    length in words: "Peran Pelayanan Publik di Era Digital" -> ``[("peran layan publik",
    "Peran Pelayanan Publik"), ("era digital", "Era Digital")]``.

    A run ends at punctuation, a stopword (or a form of one: "melalui") or a number, so a
    phrase taken from a run never spans two thoughts. Stems make "Pelayanan Publik" and
    "Layanan Publik" one phrase, a compound counts joined ("COVID-19" and "Covid19" are one
    word). Themes are phrases of these runs (written into the ``facets`` column, counted by
    :mod:`search.themes`).
    """
    stops = word_set("stopwords_id.txt")
    runs: list[tuple[str, str]] = []
    for piece in _TITLE_BREAKS.split(title):
        stems: list[str] = []
        words: list[str] = []
        for match in _TITLE_WORD.finditer(piece):
            word = match.group(0)
            lower = word.lower()
            forms = compound_forms(lower)
            if forms is not None:
                lower = forms[0] or (forms[1][0] if len(forms[1]) == 1 else "".join(forms[1]))
            stem = stem_indonesian(lower)
            if lower in stops or stem in stops or lower.isdigit() or len(lower) < 2:
                if stems:
                    runs.append((" ".join(stems), " ".join(words)))
                stems, words = [], []
                continue
            stems.append(stem)
            words.append(word)
        if stems:
            runs.append((" ".join(stems), " ".join(words)))
    return runs


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
        | CompoundFilter()
        | StopFilter(stoplist=word_set("stopwords_id.txt"), minsize=1)
        | StemFilter(stemfn=stem_indonesian, cachesize=None)
    )


def exact_analyzer() -> Analyzer:
    """Tokenize, lowercase and split compounds: for names and exact-phrase matching."""
    return RegexTokenizer(_TOKEN_PATTERN) | LowercaseFilter() | CompoundFilter()


def word_tokenizer() -> Analyzer:
    """Tokenize and lowercase only, compounds kept whole: how a query is read into words
    (:mod:`search.query` expands each word itself)."""
    return RegexTokenizer(_TOKEN_PATTERN) | LowercaseFilter()


def function_word_analyzer() -> Analyzer:
    """The stopwords of a text, lowercased (for ``function_words``)."""
    return RegexTokenizer(_TOKEN_PATTERN) | LowercaseFilter() | FunctionWordFilter()


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
        function_words=KEYWORD(analyzer=function_word_analyzer()),
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
        rerank=COLUMN(VarBytesColumn()),
    )


def rerank_facts(record: dict[str, Any], speaker_keys: list[str]) -> bytes:
    """The ``rerank`` column's value for a stored record: the fields of it (and its
    ``speaker_key_list``) that :mod:`search.ranking` reads, in the stored fields' own shape
    (so the re-ranker reads either alike), pickled without compression.

    The stored record is one zlib-compressed pickle with the whole text: decoding it costs
    about 45 microseconds, this about 4 (inflating the text is what costs, so it is kept
    raw: the body-phrase feature needs it whole). It duplicates the text on disk (an index
    about half again as large) to remove a fresh query's largest single cost.
    """
    event = record.get("event") or {}
    facts = {
        "title": record.get("title"),
        "text": record.get("text"),
        "event": {
            "title": event.get("title"),
            "province": event.get("province"),
            "speakers": [{"name": p.get("name"), "talk_title": p.get("talk_title")}
                         for p in event.get("speakers") or []],
        },
    }
    return pickle.dumps({"record": facts, "speaker_key_list": speaker_keys},
                        pickle.HIGHEST_PROTOCOL)


def read_rerank_facts(raw: bytes) -> dict[str, Any]:
    """A ``rerank`` column value back (the index's own bytes, written by
    :func:`rerank_facts`)."""
    facts: dict[str, Any] = pickle.loads(raw)
    return facts

