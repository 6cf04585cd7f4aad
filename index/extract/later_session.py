"""A person placed at the session by a later sentence that names it and them.

News reports of a talk often give the full name and job first ("Direktur X, Nama Lengkap
mengatakan, ...") and name the session only later, once a quotation of several sentences
has closed ("..., ” ucap Lengkap dalam webinar bertema ..."), or in the next paragraph
("Speaking at the webinar, Lengkap said ..."). A sentence that names the session and writes
a word of the person's name places that person there, however far after the first report:
the name, unlike a pronoun, cannot point at someone else. The sentences that name the
session are found once per article, on first use (most articles never ask).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .sentences import Sentence

_NAME_WORD = re.compile(r"[\w’'-]+")
_CAPITALISED = re.compile(r"(?<![\w’'-])[A-Z][\w’'-]{2,}")


class LaterSessions:
    """The sentences of one article that name the session (``names_session``), read on
    first use."""

    def __init__(self, sentences: list[Sentence], names_session: Callable[[str], bool]) -> None:
        self._sentences = sentences
        self._names_session = names_session
        self._found: list[tuple[int, frozenset[str], frozenset[str]]] | None = None

    def _naming(self) -> list[tuple[int, frozenset[str], frozenset[str]]]:
        """Per sentence that names the session: its index, its whole words (maximal runs of
        ``_NAME_WORD``) and its capitalised words."""
        if self._found is None:
            self._found = [(k, frozenset(_NAME_WORD.findall(s.text)),
                            frozenset(_CAPITALISED.findall(s.text)))
                           for k, s in enumerate(self._sentences) if self._names_session(s.text)]
        return self._found

    def may_name(self, text: str, k: int) -> bool:
        """A sentence after the ``k``-th names the session and shares a capitalised word
        with ``text`` (the ``k``-th): a quick necessary test before ``text`` is parsed."""
        later = [words for at, _, words in self._naming() if at > k]
        if not later:
            return False
        mine = set(_CAPITALISED.findall(text))
        return any(not mine.isdisjoint(words) for words in later)

    def names_after(self, name: str, k: int) -> bool:
        """A sentence after the ``k``-th names the session and writes a word of ``name``
        (of three letters or more) as a whole word."""
        # (a word stands whole, with no name character on either side, exactly when it is a
        # maximal run of name characters: one of the sentence's words read once above)
        words = [w for w in _NAME_WORD.findall(name) if len(w) >= 3]
        return any(at > k and not whole.isdisjoint(words) for at, whole, _ in self._naming())
