"""Where a phrase of given words stands in an article, found without compiling a regex.

Why: the document-level evidence modules look up each candidate person's words in the whole
article (``acronym_evidence``, ``body_evidence``). A regex built per candidate costs a
compilation each time and, worse, pushes the extractor's own string patterns out of
``re``'s bounded cache, so they are compiled again too: together that made extraction about
a quarter slower. ``str.find`` on the first word and a check of the rest match exactly what
``(?<![\\w-])W1\\s+W2...(?![\\w-])`` matched (``str.isalnum`` and ``str.isspace`` are the
tests ``\\w`` and ``\\s`` use on ``str`` patterns).
"""

from __future__ import annotations

from collections.abc import Iterator


def _word_char(char: str) -> bool:
    """``char`` would match ``[\\w-]``."""
    return char.isalnum() or char in "_-"


def phrase_spans(text: str, words: list[str]) -> Iterator[tuple[int, int]]:
    """Start and end of each occurrence in ``text`` of ``words`` separated by whitespace, not
    glued to a word character or a hyphen on either side."""
    if not words or not words[0]:
        return
    first, size = words[0], len(text)
    at = text.find(first)
    while at != -1:
        if at == 0 or not _word_char(text[at - 1]):
            end = at + len(first)
            for word in words[1:]:
                gap = end
                while gap < size and text[gap].isspace():
                    gap += 1
                if gap == end or not text.startswith(word, gap):
                    end = -1
                    break
                end = gap + len(word)
            if end != -1 and (end == size or not _word_char(text[end])):
                yield at, end
        at = text.find(first, at + 1)


def followed_by(text: str, at: int, word: str) -> bool:
    """``text`` has whitespace then ``word`` (not glued to a word character) from ``at``."""
    gap, size = at, len(text)
    while gap < size and text[gap].isspace():
        gap += 1
    if gap == at or not text.startswith(word, gap):
        return False
    end = gap + len(word)
    return end == size or not _word_char(text[end])
