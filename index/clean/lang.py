"""The article's language: the page's declaration, checked against the body text.

Indonesian site templates often keep the theme's ``<html lang="en">`` (or declare nothing),
so a declaration of Indonesian or English is a hint the text may overrule. The text's
language comes from counts of frequent function words (``clean_lang_cues.txt``: "yang",
"dan", "tidak" against "the", "and", "which"), which need no model and are reliable once a
handful occur:

* the text is *clearly* one language when that language has at least :data:`MIN_CUES` cue
  words, at least :data:`MIN_RATIO` times as many as the other, and they are a fair share
  of all its words (:data:`MIN_DENSITY`), so an Indonesian report
  quoting an English sentence or two is still Indonesian, and a short notice of a few
  sentences is decided too;
* a clear text language replaces a declared "id" or "en", or fills in a missing one;
  otherwise the declaration stands;
* a page that declares another language keeps it: the cue words are too few to tell, say,
  Portuguese "para" or Malay "yang" apart.
"""

from __future__ import annotations

import re
from functools import lru_cache

from index.resources import table

MIN_CUES = 6
"""Fewer cue words than this (a caption, a one-line notice) decide nothing."""
MIN_RATIO = 2.0
"""The winning language needs this many times the other's cue words."""
MIN_DENSITY = 0.05
"""The winning language's cue words must be this share of all words: in Indonesian or
English prose they are a fifth or more, while a Spanish or Portuguese text, which shares
"para" and "dia", has only a few of them."""
SAMPLE_CHARS = 5000
"""Only the start of the text is counted: the counts settle long before."""
_CORRECTABLE = (None, "id", "en")
_WORD = re.compile(r"[a-z]+")


@lru_cache(maxsize=1)
def _lang_cues() -> dict[str, str]:
    return {row[0].lower(): row[1] for row in table("clean_lang_cues.txt")}


def normalise_lang(raw: str | None) -> str | None:
    """The primary language subtag, lower-cased ("id-ID", "id_ID" -> "id"; "in" -> "id")."""
    if not raw:
        return None
    primary = re.split(r"[-_,;\s]", raw.strip().lower(), maxsplit=1)[0]
    if not re.fullmatch(r"[a-z]{2,3}", primary):
        return None
    return {"in": "id", "ind": "id", "eng": "en"}.get(primary, primary)


def cue_counts(text: str, sample_chars: int = SAMPLE_CHARS) -> tuple[dict[str, int], int]:
    """How many cue words of each language the start of ``text`` holds, and its words."""
    cues = _lang_cues()
    counts: dict[str, int] = {}
    words = _WORD.findall(text[:sample_chars].lower())
    for word in words:
        lang = cues.get(word)
        if lang:
            counts[lang] = counts.get(lang, 0) + 1
    return counts, len(words)


def text_language(text: str, sample_chars: int = SAMPLE_CHARS) -> str | None:
    """"id" or "en" when the function words of ``text`` clearly say so, else ``None``.

    ``sample_chars``: how much of the start is counted (a raw page's text, menus first,
    needs more than a clean body)."""
    counts, words = cue_counts(text, sample_chars)
    if not counts:
        return None
    ranked = sorted(counts.items(), key=lambda kv: kv[1], reverse=True)
    best, top = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    if top >= MIN_CUES and top >= MIN_RATIO * runner_up and top >= MIN_DENSITY * words:
        return best
    return None


def detect_language(text: str, declared: str | None,
                    sample_chars: int = SAMPLE_CHARS) -> str | None:
    """The article's language: ``declared`` unless the text clearly says otherwise."""
    if declared not in _CORRECTABLE:
        return declared
    return text_language(text, sample_chars) or declared
