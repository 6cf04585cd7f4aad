"""The page's headline line is a title, never a bare listing of people.

Why: a bare listing (:func:`index.extract.listings.listing_sentence`) is a sentence of the
body that is nothing but people with their positions ("Nadia Putri (MSc ...), Bayu Pratomo
(...)."). A headline in title case has the same surface: capitalised runs split by commas
and dashes ("Hari Tani Sedunia, Desa X Adakan Lomba Foto", "Festival Y ke-7, Sang Penjaga
Hutan - Kabar Z"), so its runs read as names and the words between them as positions. But a
headline names the story (an occasion, a slogan, the site after a dash), it introduces no
one on the programme: whoever it mentions the body presents again. Excerpts open with the
headline as a paragraph of its own with no closing stop (the shape
:func:`index.extract.headline.headline_of` reads), and pages often repeat it as the first
line of the body, whole or without the site's name after a dash; those lines are the
headline too.

The test is made once per article from its first sentence; the listing reader then asks
it only of sentences that passed its own, costlier tests.
"""

from __future__ import annotations

from .sentences import Sentence

_CLOSING = (".", "!", "?", ";", ":", ",", "”", "\"", ")")
_MIN_REPEAT = 20
"""A later line counts as the headline again only if it is at least this long: a short
line ("Oleh Redaksi") that happens to open the headline is no copy of it."""


def headline_line(sentences: list[Sentence]) -> str | None:
    """The article's headline line: its first sentence when that sentence is a paragraph
    of its own (the next sentence starts a new paragraph) with no closing stop."""
    if len(sentences) < 2:
        return None
    first = sentences[0]
    text = first.text.strip()
    if sentences[1].paragraph == first.paragraph or not text or text.endswith(_CLOSING):
        return None
    return text


def is_headline(sentence: Sentence, headline: str | None) -> bool:
    """``sentence`` is the headline line or a copy of it (whole, or its start: the headline
    without the site's name after it)."""
    if headline is None:
        return False
    text = sentence.text.strip()
    return text == headline or (len(text) >= _MIN_REPEAT and headline.startswith(text))
