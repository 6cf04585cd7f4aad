"""What a user typed, as words or as Whoosh syntax: tokens, limits, fields, syntax queries.

Plain words (the default) are tokenized here (lowercase, compounds kept whole, no syntax:
a stray quote or colon is just punctuation) and read into units by :mod:`search.plain`.

Whoosh syntax (``syntax=True``) allows fields by friendly name (``speaker:``, ``theme:``,
``province:``, ``date:[2021-01-01 to 2021-06-30]`` ...), "phrases", AND/OR/NOT and
wildcards. A phrase is exact in titles, themes and names; in the body, positions and
organizers (which keep no word positions) it needs all its words, and the exact phrase
ranks first. A field that does not exist, a fuzzy term with more than two edits, or a
wildcard or fuzzy term that expands to too many words raises
:class:`~index.errors.QueryError`; a query still running after a few seconds returns what
it found.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from typing import Any

from whoosh import qparser
from whoosh import query as wq
from whoosh.qparser.dateparse import DateParserPlugin

from index.errors import QueryError
from index.resources import word_set
from index.schema import stem_indonesian, word_tokenizer

MAX_QUERY_CHARS = 1000
"""Longer queries are refused: nobody types them, and they cost time on every field."""

MAX_WORDS = 32
"""Plain queries with more words are refused (each word is a clause on eight fields)."""

MAX_EXPANSION = 512
"""A wildcard, fuzzy term or range may stand for at most this many indexed words."""

MAX_FUZZY_EDITS = 2
"""``word~N`` allows at most this many edits (Lucene's limit too): finding the words within
N edits costs time that grows steeply with N (``literasi~4`` took 1.8 s on a 20-document
index, a long word with ``~99`` over a minute), and past 2 edits nearly any word matches."""

MAX_FUZZY_CHARS = 24
"""A fuzzy word may be at most this long (the longest Indonesian words are about 25
letters): on a 100,000-document index the search for words within 2 edits took 7 s for a
20-letter word, 25 s for 80 letters and 270 s for 990."""

STEMMED_FIELDS: tuple[str, ...] = ("title", "body", "themes", "positions", "organizers_text")
EXACT_FIELDS: tuple[str, ...] = ("title_exact", "themes_exact", "speakers")
SPELLING_FIELDS: tuple[str, ...] = ("speakers", "themes_exact", "title_exact")
"""Fields whose words a typo is corrected to: what people type from memory."""

SEARCH_FIELDS: dict[str, float] = {
    "title": 1.0, "title_exact": 1.0, "themes": 1.0, "themes_exact": 1.0, "speakers": 1.0,
    "positions": 0.5, "organizers_text": 0.5, "body": 1.0,
}
"""Fields a query without a field name searches, with per-query boosts on top of the
schema's field boosts."""

FIELD_ALIASES: dict[str, str] = {
    "speaker": "speakers", "pembicara": "speakers", "narasumber": "speakers",
    "theme": "themes", "tema": "themes", "judul": "title", "text": "body", "isi": "body",
    "position": "positions", "jabatan": "positions", "organizer": "organizers",
    "penyelenggara": "organizers", "lokasi": "location", "provinsi": "province",
    "tahun": "year", "date": "when", "tanggal": "when", "role": "roles", "peran": "roles",
    "speaker_key": "speaker_keys",
}
"""Names users may put before a colon in syntax mode, besides the schema's own fields."""

_SYNTAX_FIELDS = set(SEARCH_FIELDS) | {
    "speaker_keys", "roles", "organizers", "location", "province", "site", "year", "when",
    "url",
}
_FIELD_PREFIX = re.compile(r"(?<![\w\"'])([A-Za-z_]\w*):(?!//)")
_tokenizer = word_tokenizer()


def stopwords() -> frozenset[str]:
    return word_set("stopwords_id.txt")


def is_function_word(word: str) -> bool:
    """A stopword, or a form of one ("dalamnya", "menjadi"): optional in a query, since
    the stemmed fields drop the stopword itself ("dalam", "jadi")."""
    stop = stopwords()
    return word in stop or (len(word) > 3 and stem_indonesian(word) in stop)


def tokenize(text: str) -> list[str]:
    """Lowercase word tokens of ``text``, compounds whole ("covid-19")."""
    return [t.text for t in _tokenizer(text)]


def check_length(text: str) -> None:
    if len(text) > MAX_QUERY_CHARS:
        raise QueryError(
            f"query too long ({len(text)} characters; the limit is {MAX_QUERY_CHARS})",
            code="too_long", length=len(text), limit=MAX_QUERY_CHARS,
        )


def syntax_query(text: str, schema: Any, reader: Any) -> wq.Query:
    """Parse Whoosh syntax; :class:`QueryError` for unknown fields or huge expansions."""
    check_length(text)
    for match in _FIELD_PREFIX.finditer(text):
        name = match.group(1)
        if name not in _SYNTAX_FIELDS and name.lower() not in FIELD_ALIASES:
            known = ", ".join(sorted(set(FIELD_ALIASES) | {"title", "body", "site", "year"}))
            raise QueryError(f"unknown field {name!r} in the query; known fields: {known}")
    try:
        parsed = _parser(schema).parse(text)
    except Exception as exc:  # Whoosh raises assorted exception types on bad syntax
        raise QueryError(f"cannot parse the query: {exc}") from None
    _check_expansions(parsed, reader)
    return _unpositioned_phrases_as_words(parsed, schema)


_parsers = threading.local()


def _parser(schema: Any) -> qparser.QueryParser:
    """The syntax parser for ``schema``, made once per thread and schema: making one (its
    plugins, the English date grammar) cost more than parsing a query with it. Parsers
    keep no state between queries (relative dates are measured from the time of each
    parse), but they are not documented as thread-safe, so each thread has its own."""
    held = getattr(_parsers, "held", None)
    if held is not None and held[0] is schema:
        return held[1]
    parser = qparser.MultifieldParser(list(SEARCH_FIELDS), schema, fieldboosts=SEARCH_FIELDS)
    parser.add_plugin(qparser.FieldAliasPlugin(_alias_map()))
    parser.add_plugin(DateParserPlugin())
    parser.add_plugin(qparser.FuzzyTermPlugin())
    _parsers.held = (schema, parser)
    return parser


def _unpositioned_phrases_as_words(node: wq.Query, schema: Any) -> wq.Query:
    """Phrases in fields without word positions (body, positions, organizers: see
    :mod:`index.schema`) become "all these words"; the exact phrase counts in ranking."""
    if isinstance(node, wq.Phrase) and not schema[node.fieldname].format.supports("positions"):
        terms = [wq.Term(node.fieldname, w, boost=node.boost) for w in node.words]
        return terms[0] if len(terms) == 1 else wq.And(terms)
    if node.is_leaf():
        return node
    return node.apply(lambda child: _unpositioned_phrases_as_words(child, schema))


def quoted_phrases(text: str) -> list[list[str]]:
    """The word lists of the "quoted" parts of a syntax query."""
    return [tokenize(m) for m in re.findall(r'"([^"]+)"', text) if tokenize(m)]


def _alias_map() -> dict[str, list[str]]:
    grouped: dict[str, list[str]] = {}
    for alias, target in FIELD_ALIASES.items():
        grouped.setdefault(target, []).append(alias)
    return grouped


def _check_expansions(parsed: wq.Query, reader: Any) -> None:
    for node in _walk(parsed):
        if isinstance(node, wq.Phrase) and len(node.words) > MAX_WORDS:
            raise QueryError(f"phrase too long (more than {MAX_WORDS} words)")
        if not isinstance(node, wq.MultiTerm):
            continue
        if isinstance(node, (wq.Prefix, wq.Wildcard)) and len(node.text.strip("*?")) < 2:
            raise QueryError(f"{node.text!r} would match nearly every word: use at least "
                             "two letters before a wildcard")
        if isinstance(node, wq.FuzzyTerm) and node.maxdist > MAX_FUZZY_EDITS:
            raise QueryError(f"{node.text}~{node.maxdist}: a fuzzy word allows at most "
                             f"{MAX_FUZZY_EDITS} edits (write word~1 or word~2)")
        if isinstance(node, wq.FuzzyTerm) and len(node.text) > MAX_FUZZY_CHARS:
            raise QueryError(f"{node.text[:30]}...~: a fuzzy word can be at most "
                             f"{MAX_FUZZY_CHARS} letters long")
        try:
            for count, _ in enumerate(node._btexts(reader), start=1):
                if count > MAX_EXPANSION:
                    raise QueryError(
                        f"{node} matches more than {MAX_EXPANSION} different words: "
                        "be more specific")
        except QueryError:
            raise
        except Exception as exc:  # e.g. a malformed range bound
            raise QueryError(f"cannot run {node}: {exc}") from None


def _walk(node: wq.Query) -> Iterator[wq.Query]:
    yield node
    for child in node.children():
        yield from _walk(child)


def syntax_terms(parsed: wq.Query) -> list[tuple[str, str]]:
    """The plain ``(field, text)`` terms of a parsed query (for highlighting and ranking)."""
    out = []
    for fieldname, text in parsed.iter_all_terms():
        if isinstance(text, bytes):
            try:
                text = text.decode("utf-8")
            except UnicodeDecodeError:
                continue
        if isinstance(text, str):
            out.append((fieldname, text))
    return out
