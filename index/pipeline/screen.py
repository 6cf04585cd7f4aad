"""The cheap screen: drop a page before cleaning it when it cannot be wanted coverage.

Cleaning and extraction cost about 10 ms of CPU a page; a web archive (a Common Crawl
segment) holds mostly pages in other languages and about other things. This screen looks
at the raw page only (tags, scripts and styles stripped with regular expressions, no
parser) and keeps a page when

1. its language, read the way the cleaner reads it (:func:`index.clean.lang.
   detect_language`: the page's ``<html lang>`` unless its words clearly say Indonesian or
   English), is one of :attr:`PageScreen.languages` or cannot be told; and
2. it holds at least one cue word of ``index/data/screen_cues.txt`` (webinar, seminar,
   narasumber, moderator, secara daring, Zoom ...), a list broader than the extractor's
   event words because the extractor also recognises an event by its programme.

It is a relevance filter, not a proof: a page reporting a webinar without any cue word,
or one whose menus outweigh its text in another language, is dropped. That is why it is
one shared function that every path applies in the same place, before cleaning: the
Spark job (on by default there) and ``webinar-search extract --screen`` keep and drop
exactly the same pages, so their records stay identical line for line. Builds from a
crawl of chosen sites do not screen (nothing to gain there).
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from index.clean.lang import detect_language, normalise_lang
from index.resources import word_list

from .sources import SourceDocument

SCREEN_CHARS = 400_000
"""Characters of a page the screen reads: a news page's text lies well within them."""
LANGUAGE_SAMPLE_CHARS = 20_000
"""Characters of the page's visible text counted for its language (menus come first, so
more than the cleaner's sample of a clean body)."""

_INVISIBLE = re.compile(r"<(script|style|noscript|template)\b.*?</\1\s*>|<!--.*?-->",
                        re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]*>")
_HTML_LANG = re.compile(r"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z_-]+)", re.IGNORECASE)


@dataclass(frozen=True)
class PageScreen:
    """What the screen keeps: pages in ``languages`` (or of no clear language) that hold a
    cue word (when ``cue_words``)."""

    languages: tuple[str, ...] = ("id",)
    cue_words: bool = True

    def reason_to_drop(self, doc: SourceDocument) -> str | None:
        """Why ``doc`` is dropped before cleaning, or ``None`` to keep it.

        Unreadable documents and records read back are not judged (they are no page)."""
        if doc.error is not None or doc.record is not None:
            return None
        if doc.html is not None:
            raw = doc.html if isinstance(doc.html, str) else \
                doc.html[:SCREEN_CHARS].decode("utf-8", "replace")
            raw = raw[:SCREEN_CHARS]
            declared = _HTML_LANG.search(raw[:4096])
            text = html.unescape(_TAG.sub(" ", _INVISIBLE.sub(" ", raw)))
            declared_lang = normalise_lang(declared.group(1)) if declared else None
        else:
            text = (doc.text or "")[:SCREEN_CHARS]
            declared_lang = normalise_lang(doc.lang)
        if self.languages:
            lang = detect_language(text, declared_lang, LANGUAGE_SAMPLE_CHARS)
            if lang is not None and lang not in self.languages:
                return f"screened out: language {lang}"
        title = doc.title or ""
        if self.cue_words and not (_cues().search(text) or _cues().search(title)):
            return "screened out: no webinar cue word"
        return None


@lru_cache(maxsize=1)
def _cues() -> re.Pattern[str]:
    phrases = sorted(word_list("screen_cues.txt"), key=len, reverse=True)
    alternatives = "|".join(r"\s+".join(map(re.escape, p.split())) for p in phrases)
    return re.compile(rf"\b(?:{alternatives})\b", re.IGNORECASE)


def screened(docs: Iterable[SourceDocument], screen: PageScreen | None,
             on_drop: Callable[[SourceDocument, str], None] | None = None
             ) -> Iterator[SourceDocument]:
    """``docs`` without those ``screen`` drops (all of them when ``screen`` is ``None``);
    ``on_drop`` hears of each dropped one and why."""
    for doc in docs:
        reason = screen.reason_to_drop(doc) if screen is not None else None
        if reason is None:
            yield doc
        elif on_drop is not None:
            on_drop(doc, reason)
