"""Turning what a user typed into a Whoosh query.

Plain words are the default: syntax characters are neutralised so that a stray quote or
colon never produces an error or a surprise. Whoosh syntax (fields, "phrases", AND/OR/NOT,
wildcards) is opt-in with ``syntax=True``; there a malformed or too expensive query raises
:class:`~index.errors.QueryError` instead of hanging or crashing.
"""

from __future__ import annotations

import re

from whoosh import qparser
from whoosh.query import Every, Query
from whoosh.fields import Schema

from index.errors import QueryError

MAX_QUERY_CHARS = 1000
"""Longer queries are refused: nobody types them, and they cost time on every field."""

SEARCH_FIELDS: dict[str, float] = {
    "title": 1.0,
    "title_exact": 1.0,
    "themes": 1.0,
    "themes_exact": 1.0,
    "speakers": 1.0,
    "positions": 0.5,
    "organizers_text": 0.5,
    "body": 1.0,
    "body_exact": 1.0,
}
"""Fields a query searches, with per-query boosts on top of the schema's field boosts."""

_SYNTAX_CHARS = re.compile(r"""[()\[\]{}:"'^~*?!+\-/\\<>=]""")
_OPERATORS = re.compile(r"\b(AND|OR|NOT|ANDNOT|ANDMAYBE|TO)\b")


def plain_words(text: str) -> str:
    """``text`` with Whoosh syntax removed: the words only, lowercased operators."""
    words = _SYNTAX_CHARS.sub(" ", text)
    words = _OPERATORS.sub(lambda m: m.group(1).lower(), words)
    return " ".join(words.split())


def parse_query(text: str, schema: Schema, *, syntax: bool = False) -> Query:
    """The Whoosh query for ``text``; an empty text matches every document."""
    if len(text) > MAX_QUERY_CHARS:
        raise QueryError(
            f"query too long ({len(text)} characters; the limit is {MAX_QUERY_CHARS})"
        )
    source = text if syntax else plain_words(text)
    if not source.strip():
        return Every()
    parser = qparser.MultifieldParser(
        list(SEARCH_FIELDS), schema, fieldboosts=SEARCH_FIELDS, group=qparser.OrGroup.factory(0.9)
    )
    if not syntax:
        for plugin in (qparser.WildcardPlugin, qparser.FieldsPlugin, qparser.PhrasePlugin):
            parser.remove_plugin_class(plugin)
    try:
        query = parser.parse(source)
    except Exception as exc:  # Whoosh raises assorted exception types on bad syntax
        raise QueryError(f"cannot parse the query: {exc}") from None
    return query
