"""Document-level case evidence: a capitalised phrase whose every word the article also writes
in lower case is a common phrase, not a person's name.

Why: a sentence capitalises more than names. Programme headings, session names and topics are
written in title case ("Ice Breaking", "Sesi Tanya Jawab", "Peluncuran Buku") and stand where a
name would ("... dilanjutkan Ice Breaking, ..."). Named-entity recognisers use the document as
evidence for such a phrase: a word that is a proper name is capitalised wherever it occurs,
while a common word is also written in lower case somewhere in the same article ("sesi ice
breaking berikutnya"). So a candidate whose capitalised words *all* occur in lower case
elsewhere in the article is a capitalised common phrase. One name-only word is enough to keep
it ("Budi Laut": "laut" may be common, "budi" is not written in lower case), so a name whose
surname is also a common word is kept.

The set of lower-case words is built once per article (:func:`article_words`) and read where a
run of capitalised tokens is judged (``people_3_phrase.run_is_person``). It is handed over in a
context variable rather than as an argument because the phrase parser is reached from a dozen
places that see only a slice of a sentence; the parser's cache keys on the part of the set
written in the phrase, so a phrase parsed for one article is never reused for another with
different evidence, yet a phrase with no such word keeps one entry across articles. Outside an
article (the set is empty) the cue is off.
"""

from __future__ import annotations

import re
from contextlib import AbstractContextManager
from contextvars import ContextVar

from index.names import is_honorific, is_initial, is_listed_degree

from .evidence_scope import bound

# A whole word in lower case: not glued to letters, digits or a hyphen on either side (the
# lower-case parts of "e-Learning" or "iPhone" are no words of their own), nor part of an
# address, a handle or a glued abbreviation, where a name is written in lower case
# ("@rina", "rina@mail.id", "lestari.id", "H.rina").
_LOWER_WORD = re.compile(r"(?<![\w@./-])[a-z]+(?![\w@/-]|\.\w)")

_WORDS: ContextVar[frozenset[str]] = ContextVar("article_lower_words", default=frozenset())


def lower_words(text: str) -> frozenset[str]:
    """Every word ``text`` writes wholly in lower case."""
    return frozenset(_LOWER_WORD.findall(text))


def article_words(text: str) -> AbstractContextManager[frozenset[str]]:
    """Make the lower-case words of the article ``text`` the evidence while inside."""
    return bound(_WORDS, lower_words(text))


def current_words() -> frozenset[str]:
    """The lower-case words of the article being read (empty outside one)."""
    return _WORDS.get()


def _name_word(word: str) -> str | None:
    """``word`` case-folded when it is a capitalised word that counts as evidence, else
    ``None``: initials, single letters, honorifics and degrees say nothing either way."""
    bare = word.rstrip(".,")
    if not bare[:1].isupper() or len(bare) < 2 or is_initial(word) or is_honorific(bare) \
            or is_listed_degree(bare):
        return None
    return bare.casefold()


def common_phrase(words: list[str], lower: frozenset[str]) -> bool:
    """Every capitalised word of ``words`` occurs in lower case in the article (``lower``),
    so the run is a capitalised common phrase rather than a name ("Ice Breaking")."""
    if not lower:
        return False
    folded = [_name_word(w) for w in words]
    seen = [w for w in folded if w is not None]
    return bool(seen) and all(w in lower for w in seen)


# The Indonesian function words that are English words too ("di" is not; "and", "the" are).
_ENGLISH_FUNCTION = frozenset({"a", "an", "and", "are", "as", "at", "be", "by", "for", "from",
                               "in", "is", "it", "of", "on", "or", "that", "the", "this", "to",
                               "was", "were", "with"})
# What marks the key of a parse made inside an English article (see :func:`english_key`).
ENGLISH_MARK = "\x00en"


def english_article(lower: frozenset[str]) -> bool:
    """The article whose lower-case words are ``lower`` is written in English: it writes
    "the" and "and" in lower case, and neither Indonesian "dan" nor "yang"."""
    return "the" in lower and "and" in lower and "dan" not in lower and "yang" not in lower


def foreign_function_word(word: str, stopwords: frozenset[str]) -> bool:
    """``word`` (capitalised) is an Indonesian function word of ``stopwords`` that is no
    English one ("Dan", "Ada", "Para"), read inside an English article that never writes it
    in lower case: there it is no conjunction at a sentence start but a name ("Dan Adams")."""
    lower = current_words()
    folded = word.rstrip(".").casefold()
    return bool(lower) and folded in stopwords and folded not in _ENGLISH_FUNCTION and \
        folded not in lower and english_article(lower)

