"""Turning what a user typed into a Whoosh query, a match plan, and a did-you-mean.

Plain words (the default). The text is tokenized like the exact fields (lowercase, no
syntax: a stray quote or colon is just punctuation). Each word becomes a set of
alternative ``(field, term)`` pairs: its stem in the stemmed fields (title, body, themes,
positions, organizers) and the word itself in the exact ones (title, themes, speaker
names). A document matches when every content word matches in some field (stopwords are
optional; if no document has them all, any word will do); the scored query is the same
shape, so Whoosh's BM25F with the schema's field boosts ranks the candidates
(:mod:`search.ranking` then rewards exact names and phrases).

A word that is in no field at all is most likely a typo: it is replaced by the closest
word (Damerau-Levenshtein distance 1, else 2; the most frequent on a tie) of the fields
people type from memory (speaker names, event themes, titles), and the corrected text
becomes the results' ``suggestion``.

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
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from whoosh import qparser
from whoosh import query as wq
from whoosh.qparser.dateparse import DateParserPlugin

from index.errors import QueryError
from index.names import speaker_key
from index.resources import word_set
from index.schema import exact_analyzer, stem_indonesian

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
_tokenizer = exact_analyzer()


def stopwords() -> frozenset[str]:
    return word_set("stopwords_id.txt")


def is_function_word(word: str) -> bool:
    """A stopword, or a form of one ("dalamnya", "menjadi"): optional in a query, since
    the stemmed fields drop the stopword itself ("dalam", "jadi")."""
    stop = stopwords()
    return word in stop or (len(word) > 3 and stem_indonesian(word) in stop)


def tokenize(text: str) -> list[str]:
    """Lowercase word tokens of ``text``, as the exact fields index them."""
    return [t.text for t in _tokenizer(text)]


def check_length(text: str) -> None:
    if len(text) > MAX_QUERY_CHARS:
        raise QueryError(
            f"query too long ({len(text)} characters; the limit is {MAX_QUERY_CHARS})",
            code="too_long", length=len(text), limit=MAX_QUERY_CHARS,
        )


@dataclass
class PlainQuery:
    """A plain-words query after tokenizing and spelling correction."""

    words: list[str]
    suggestion: str | None = None
    corrected: bool = False
    content: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.content = [w for w in self.words if not is_function_word(w)] or list(self.words)

    @property
    def stems(self) -> list[str]:
        return [stem_indonesian(w) for w in self.words if not is_function_word(w)]

    def alternatives(self, word: str) -> list[tuple[str, str]]:
        """The ``(field, term)`` pairs any of which matches ``word``."""
        pairs = [(f, word) for f in EXACT_FIELDS]
        if word not in stopwords():
            stem = stem_indonesian(word)
            pairs += [(f, stem) for f in STEMMED_FIELDS]
        return pairs

    def weighted_terms(self) -> list[tuple[str, str, float]]:
        """``(field, term, boost)`` of every clause of :meth:`scored`, without repeats."""
        pairs = {pair for w in dict.fromkeys(self.content) for pair in self.alternatives(w)}
        return [(f, t, SEARCH_FIELDS[f]) for f, t in sorted(pairs)]

    def scored(self, any_word: bool) -> wq.Query:
        """The query Whoosh ranks with: all content words (or any, as a fallback)."""
        clauses = [
            wq.Or([wq.Term(f, t, boost=SEARCH_FIELDS[f]) for f, t in self.alternatives(w)])
            for w in dict.fromkeys(self.content)
        ]
        if len(clauses) == 1:
            return clauses[0]
        return wq.Or(clauses) if any_word else wq.And(clauses)


def plain_query(text: str, reader: Any) -> PlainQuery:
    """Tokenize ``text``; replace words found in no field by their nearest indexed word."""
    check_length(text)
    words = tokenize(text)
    if len(words) > MAX_WORDS:
        raise QueryError(f"too many words ({len(words)}; the limit is {MAX_WORDS})",
                         code="too_many_words", count=len(words), limit=MAX_WORDS)
    plan = PlainQuery(words)
    fixed = list(words)
    for i, word in enumerate(words):
        if word in stopwords() or _known(word, plan, reader):
            continue
        better = correction(word, reader, context=(fixed, i))
        if better:
            fixed[i] = better
    if fixed != words:
        suggestion = _replace_words(text, words, fixed)
        plan = PlainQuery(fixed, suggestion=suggestion, corrected=True)
    return plan


def _known(word: str, plan: PlainQuery, reader: Any) -> bool:
    return any((f, t) in reader for f, t in plan.alternatives(word))


def correction(word: str, reader: Any,
               context: tuple[list[str], int] | None = None) -> str | None:
    """The indexed word nearest to ``word`` in the spelling fields, or ``None``.

    Among the nearest candidates, one that turns the whole query (``context``: its words
    and this word's position) into the name of an indexed speaker wins; then the most
    frequent: "puli andoi" becomes "puli andri" (a speaker), not "puli andi".
    """
    if len(word) < 3 or not word.isalpha():
        return None
    for distance in (1, 2):
        if distance == 2 and len(word) < 6:
            break
        scores: dict[str, int] = {}
        for fieldname in SPELLING_FIELDS:
            for candidate in reader.terms_within(fieldname, word, distance, prefix=0):
                if isinstance(candidate, bytes):
                    candidate = candidate.decode("utf-8")
                if candidate != word:
                    scores[candidate] = scores.get(candidate, 0) + reader.doc_frequency(
                        fieldname, candidate)
        if not scores:
            continue
        if context is not None:
            words, position = context
            for candidate in sorted(scores, key=lambda c: -scores[c]):
                name = words[:position] + [candidate] + words[position + 1:]
                if ("speaker_keys", speaker_key(" ".join(name))) in reader:
                    return candidate
        return max(sorted(scores), key=lambda c: scores[c])
    return None


def _replace_words(text: str, old: list[str], new: list[str]) -> str:
    """``text`` with each corrected word swapped in place (other words keep their case)."""
    out = text
    for before, after in zip(old, new):
        if before != after:
            out = re.sub(rf"(?i)\b{re.escape(before)}\b", after, out, count=1)
    return " ".join(out.split())


def syntax_query(text: str, schema: Any, reader: Any) -> wq.Query:
    """Parse Whoosh syntax; :class:`QueryError` for unknown fields or huge expansions."""
    check_length(text)
    for match in _FIELD_PREFIX.finditer(text):
        name = match.group(1)
        if name not in _SYNTAX_FIELDS and name.lower() not in FIELD_ALIASES:
            known = ", ".join(sorted(set(FIELD_ALIASES) | {"title", "body", "site", "year"}))
            raise QueryError(f"unknown field {name!r} in the query; known fields: {known}")
    parser = qparser.MultifieldParser(list(SEARCH_FIELDS), schema, fieldboosts=SEARCH_FIELDS)
    parser.add_plugin(qparser.FieldAliasPlugin(_alias_map()))
    parser.add_plugin(DateParserPlugin())
    parser.add_plugin(qparser.FuzzyTermPlugin())
    try:
        parsed = parser.parse(text)
    except Exception as exc:  # Whoosh raises assorted exception types on bad syntax
        raise QueryError(f"cannot parse the query: {exc}") from None
    _check_expansions(parsed, reader)
    return _unpositioned_phrases_as_words(parsed, schema)


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
