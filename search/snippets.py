"""Highlighted snippets: the passages of a hit's text around the query's words, as safe HTML.

Only the hits of the page being shown are highlighted (never every match), from the text
of the stored record, re-analysed with the body's own (stemming) analyzer, so "layanan"
marks "pelayanan" too. The text is escaped and matches are wrapped in ``<mark>``; a text
with no match yields its opening, escaped.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from typing import Any

from whoosh import highlight

SNIPPET_CHARS = 240
MAX_HIGHLIGHT_CHARS = 50_000
"""Only the start of a (rare) huge text is scanned for passages."""


class _MarkFormatter(highlight.Formatter):
    """Snippets as safe HTML: text escaped, matched terms in ``<mark>``."""

    between = " … "

    def format_token(self, text: str, token: Any, replace: bool = False) -> str:
        return "<mark>" + html.escape(highlight.get_text(text, token, replace)) + "</mark>"

    def _text(self, text: str) -> str:
        return html.escape(text)


def make_snippet(text: str, terms: Iterable[str], analyzer: Any) -> str:
    """Up to two passages of ``text`` around ``terms`` (analysed forms), or its opening."""
    terms = frozenset(terms)
    head = text[:MAX_HIGHLIGHT_CHARS]
    if terms and head:
        fragmenter = highlight.ContextFragmenter(maxchars=SNIPPET_CHARS, surround=70)
        found = highlight.highlight(head, terms, analyzer, fragmenter, _MarkFormatter(),
                                    top=2)
        if found:
            return found
    opening = text[:SNIPPET_CHARS]
    if len(text) > SNIPPET_CHARS:
        opening = opening.rsplit(" ", 1)[0] + " …"
    return html.escape(opening)
