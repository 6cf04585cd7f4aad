"""From an article's prose to the :class:`~index.model.Event` it reports.

First, simple version: it recognises that an article covers a webinar (or seminar,
talk show, discussion), reads the event title from the phrases coverage uses to introduce a
theme ("bertajuk", "dengan tema", "mengusung tema" followed by a quoted title), and finds
speakers written as "X selaku Y" and as a moderator "dipandu oleh X". Names lose their
degrees and honorifics (``index/data/degrees.txt``). Everything it cannot read stays
``None``: it never invents.
"""

from __future__ import annotations

import re

from .model import Article, Event, Speaker
from .names import strip_degrees

_EVENT_WORDS = re.compile(
    r"\b(webinar|seminar|talk\s?show|diskusi daring|diskusi online|lokakarya|workshop)\b", re.I
)
_QUOTED = r"[“\"”]\s*([^“”\"]{4,200}?)\s*[”\"“]"
_THEME = re.compile(
    r"(?:bertajuk|bertema|mengusung tema|mengangkat tema|dengan tema|tema yang diangkat[^“\"]{0,40}"
    r"|themed|titled|entitled)\s*:?\s*" + _QUOTED,
    re.I,
)
_NAME = r"((?:[A-Z][\w'’.-]*\.?\s?){1,6}?(?:,?\s*(?:[A-Z][A-Za-z]{0,4}\.){1,3}[A-Za-z]*\.?)*)"
_SELAKU = re.compile(_NAME + r"\s+selaku\s+([^,.;“\"]{3,120})")
_MODERATOR = re.compile(r"dipandu(?:\s+oleh)?\s+" + _NAME + r"(?=\s|,|\.)")


def extract_event(article: Article) -> Event | None:
    """The event ``article`` reports, or ``None`` when it reports none."""
    text = article.text
    if not _EVENT_WORDS.search(text) and not _EVENT_WORDS.search(article.title or ""):
        return None
    event = Event(title=_theme(text))
    seen: set[str] = set()
    for match in _MODERATOR.finditer(text):
        _add(event, seen, match.group(1), "moderator", None)
    for match in _SELAKU.finditer(text):
        position = match.group(2).strip()
        role = "moderator" if position.lower().startswith("moderator") else "speaker"
        _add(event, seen, match.group(1), role, None if role == "moderator" else position)
    return event


def _theme(text: str) -> str | None:
    match = _THEME.search(text)
    return match.group(1).strip(" ,.") if match else None


def _add(event: Event, seen: set[str], written: str, role: str, position: str | None) -> None:
    written = written.strip(" ,")
    name = strip_degrees(written)
    if len(name.split()) < 1 or len(name) < 3 or name.casefold() in seen:
        return
    seen.add(name.casefold())
    event.speakers.append(
        Speaker(name=name, name_as_written=written, role=role, position=position)
    )
