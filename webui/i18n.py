"""Interface text in Indonesian and English, kept as data in ``webui/data/strings.json``.

The language of a request is, in order: an explicit ``?lang=`` in the URL (so a switched
page is a link someone can share, and every link on it keeps the choice), else the first
language of ``Accept-Language`` we have (matched on the primary subtag, so ``en-GB`` picks
English), else Indonesian. Strings are looked up by key; a string may have ``one``/``other``
plural forms and ``{name}`` placeholders. A key missing from one language falls back to
Indonesian, then to the key itself, so a forgotten string is visible but never an error.

Errors a reader sees are :class:`LocalizedError`s: a string key and its values, rendered
when the response is made, in the language of that response, so a 400 on the Indonesian
site is in Indonesian (and ``str(error)`` is the English text, for logs and tests).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources
from typing import Any

from flask import g
from markupsafe import Markup

LANGUAGES: tuple[str, ...] = ("id", "en")
DEFAULT_LANGUAGE = "id"
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_SWAP_SEPARATORS = str.maketrans(",.", ".,")


@cache
def catalog() -> dict[str, dict[str, Any]]:
    """Every language's strings, loaded once from the package data."""
    text = resources.files("webui").joinpath("data/strings.json").read_text(encoding="utf-8")
    data = json.loads(text)
    return {lang: data[lang] for lang in LANGUAGES}


def negotiate(accepted: Iterable[tuple[str, float]]) -> str:
    """The first supported language among ``(tag, quality)`` pairs, best quality first."""
    ranked = sorted(accepted, key=lambda pair: -pair[1])
    for tag, quality in ranked:
        primary = tag.split("-")[0].split("_")[0].casefold()
        if quality > 0 and primary in LANGUAGES:
            return primary
    return DEFAULT_LANGUAGE


@dataclass(frozen=True)
class Translator:
    """The strings and number/date formats of one language."""

    lang: str

    def __call__(self, key: str, /, n: int | None = None, **values: Any) -> str:
        entry = catalog()[self.lang].get(key)
        if entry is None:
            entry = catalog()[DEFAULT_LANGUAGE].get(key, key)
        if isinstance(entry, dict):
            entry = entry["one"] if n == 1 and "one" in entry else entry["other"]
        if n is not None:
            values.setdefault("n", self.number(n))
        return str(entry).format(**values) if values else str(entry)

    def number(self, value: float) -> str:
        """``20.000`` in Indonesian, ``20,000`` in English."""
        text = f"{value:,.0f}" if isinstance(value, int) or value == int(value) else f"{value:,.1f}"
        if self.lang == "id":
            text = text.translate(_SWAP_SEPARATORS)
        return text

    def month(self, number: int, short: bool = False) -> str:
        names = catalog()[self.lang]["months_short" if short else "months"]
        return str(names[number - 1])

    def date(self, value: str | None) -> str:
        """An ISO date as people write it (``18 Juni 2021``); anything else unchanged."""
        if not value:
            return ""
        match = _ISO_DATE.match(value)
        if not match:
            return value
        try:
            day = date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            return value
        return f"{day.day} {self.month(day.month)} {day.year}"

    def role(self, code: str) -> str:
        """A role code (``speaker``, ``moderator``, ...) in words."""
        return self(f"role.{code}") if f"role.{code}" in catalog()[self.lang] else code


_LANGUAGE_TAG = re.compile(r"^[a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$")


def other_language(content: str | None) -> str | None:
    """``content``'s language tag when it is a valid tag other than the page's, else
    ``None``: text from the corpus ("id") inside the English UI says so, so screen readers
    pronounce it as Indonesian and browsers hyphenate it right."""
    page = g.get("lang", DEFAULT_LANGUAGE)
    if content and content != page and _LANGUAGE_TAG.match(content):
        return content
    return None


def lang_attr(content: str | None) -> Markup:
    """`` lang="id"`` for an element holding text in ``content``'s language, when that is
    not the page's (see :func:`other_language`); nothing otherwise. A template helper."""
    other = other_language(content)
    return Markup(' lang="{}"').format(other) if other else Markup("")


class LocalizedError(Exception):
    """An error whose message is a string of ``strings.json``, filled in per language.

    ``key`` names the string; ``values`` fill its placeholders (whole numbers are formatted
    the language's way). Values that come from the request should be cut short by the
    raiser: the message is shown on the page.
    """

    def __init__(self, key: str, /, **values: Any) -> None:
        super().__init__(key)
        self.key = key
        self.values = values

    def message(self, t: Translator) -> str:
        """The message in ``t``'s language."""
        values = {k: t.number(v) if isinstance(v, int) and not isinstance(v, bool) else v
                  for k, v in self.values.items()}
        return t(self.key, **values)

    def __str__(self) -> str:
        return self.message(Translator("en"))
