"""Case-blind regex tests run as case-sensitive ones on the lower-cased text.

Why: a regex compiled with ``re.IGNORECASE`` gets no quick scan for its first letters and
compares every letter through a case table; the same pattern without the flag, run on
``text.lower()``, gives the same yes/no two to three times faster (a report's "elsewhere"
test was over 1% of extraction's time).

Same answers: ``str.lower`` turns each character into one character, so positions keep, and
a character matches a lower-case ASCII letter case-blind exactly when its lower case is that
letter; ``\\w``, ``\\s``, ``\\d`` and ``\\b`` mean the same before and after lowering. The
exceptions are "İ" (lowered to two characters), "ı" and "ſ" (read as "i" and "s" by the
case-blind engine, left alone by ``str.lower``): a text holding one of them is searched with
the case-blind regex itself. The pattern must be written in lower case (checked when built).
Only a yes/no is given: a match on the lowered text would hand back lowered words.
"""

from __future__ import annotations

import re
from functools import lru_cache

_ODD_CASE = ("\u0130", "\u0131", "\u017f")
_ESCAPE = re.compile(r"\\.")


class FoldedTest:
    """``FoldedTest(pattern).found(text)`` is ``pattern.search(text) is not None``.

    ``needs``: lower-case ASCII words of which every match of the pattern holds one (the
    pattern's own literals, each alternative ending in one of them, say). The lowered text
    is searched only where one of them is in it: a few ``in`` tests in C instead of the
    regex, which tries its alternatives at every word. Exact, as the lowered pattern
    matches its literals only as written: a lowered text without any of them holds no
    match. (The text with an odd letter goes to the case-blind regex, ungated.)"""

    def __init__(self, pattern: re.Pattern[str], needs: tuple[str, ...] = ()) -> None:
        bare = _ESCAPE.sub("", pattern.pattern)
        if not pattern.flags & re.IGNORECASE or "(?-i" in bare or re.search("[A-Z]", bare):
            raise ValueError("a case-blind pattern written in lower case is needed")
        if any(not word or not word.isascii() or word != word.lower() for word in needs):
            raise ValueError("needs: lower-case ASCII words")
        self._blind = pattern
        self._lower = re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)
        self._needs = needs

    def found(self, text: str) -> bool:
        """``text`` holds a match of the pattern."""
        # (_ODD_CASE spelled out: three ``in`` tests in C, without a generator's frames)
        if "\u0130" in text or "\u0131" in text or "\u017f" in text:
            return self._blind.search(text) is not None
        lower = text.lower()
        if self._needs and not any(map(lower.__contains__, self._needs)):
            return False
        return self._lower.search(lower) is not None


@lru_cache(maxsize=None)
def folded(pattern: re.Pattern[str]) -> FoldedTest:
    """The :class:`FoldedTest` of ``pattern``, built once."""
    return FoldedTest(pattern)


@lru_cache(maxsize=None)
def _test_of(pattern: re.Pattern[str]) -> FoldedTest | None:
    try:
        return FoldedTest(pattern)
    except ValueError:
        return None


def finds(pattern: re.Pattern[str], text: str) -> bool:
    """``pattern.search(text) is not None``, folded when ``pattern`` allows it."""
    test = _test_of(pattern)
    return test.found(text) if test is not None else pattern.search(text) is not None
