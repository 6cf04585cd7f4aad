"""What a hit is called: the page's title, else the event's, else its first sentence.

Records from ``.jsonl`` text or from pages without a ``<title>`` carry no headline, and a
results list of bare URLs tells a reader nothing. The event title (the webinar's theme) is
the next best name; without one, the text's first sentence (cut at a word near
:data:`MAX_CHARS`) says what the article is about. A hit is never named by its URL.
"""

from __future__ import annotations

import re
from typing import Any

MAX_CHARS = 140
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"“‘'(\[]?[A-Z0-9])|\n")


def display_title(record: dict[str, Any]) -> str | None:
    """The title to show for a stored record (``None`` only when it has no text at all)."""
    title = " ".join((record.get("title") or "").split())
    if title:
        return title
    event = record.get("event") or {}
    theme = " ".join((event.get("title") or "").split())
    if theme:
        return theme
    return first_sentence(record.get("text") or "") or None


def first_sentence(text: str) -> str:
    """The first sentence of ``text``, at most about :data:`MAX_CHARS` characters."""
    head = text.strip()[: MAX_CHARS * 4]
    sentence = " ".join(_SENTENCE_END.split(head, maxsplit=1)[0].split())
    if len(sentence) <= MAX_CHARS:
        return sentence
    cut = sentence.rfind(" ", 0, MAX_CHARS)
    return sentence[: cut if cut > MAX_CHARS // 2 else MAX_CHARS].rstrip(" ,;:-–") + "…"
