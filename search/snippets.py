"""Highlighted snippets: the passages of a hit's text around the query's words, as safe HTML.

Only the hits of the page being shown are highlighted (never every match), from the text
of the stored record. A word is marked when it is a query word or has the stem of one, so
"layanan" marks "pelayanan" too. Tokenizing and stemming whole texts per hit is what makes
highlighting slow (and Sastrawi needs about a millisecond per word it has not seen), so
one regular expression first finds the candidate words: those containing a query word or
a query stem less its first letter (the letter Indonesian prefixes change: "tulis" ->
"menulis", "pukul" -> "memukul"); only those are checked, with the stemmer. The
candidates are found with literal searches (``str.find`` over the lowercased text, the
"literal core" of that expression), which gives the expression's tokens at a fraction of
its cost (a regular expression with a lazy prefix over a whole text was a fifth of a
query's time); the expression itself remains for the rare text it cannot handle so.

A snippet is the window of :data:`SNIPPET_CHARS` characters holding the most matches (two
windows when the matches are far apart), cut at word boundaries, escaped, with matches in
``<mark>``. A text without a match yields its opening.
"""

from __future__ import annotations

import html
import re
from bisect import bisect_right
from collections.abc import Iterable

from index.schema import stem_indonesian

SNIPPET_CHARS = 240
MAX_HIGHLIGHT_CHARS = 50_000
"""Only the start of a (rare) huge text is scanned for passages."""

MAX_WINDOWS = 2
_SPACES = re.compile(r"\s+")


def find_matches(text: str, words: frozenset[str], stems: frozenset[str]) -> list[tuple[int, int]]:
    """``(start, end)`` character spans of the words of ``text`` that match the query."""
    cores = {w for w in words if len(w) >= 2} | {s[1:] for s in stems if len(s) >= 4}
    cores |= {s for s in stems if 2 <= len(s) < 4}
    if not cores:
        return []
    lower = text.lower()
    if len(lower) != len(text) or not all(_is_word(core) for core in cores):
        return _regex_matches(text, words, stems, cores)
    spans = []
    for start, end in _literal_tokens(text, lower, cores):
        token = lower[start:end].strip("'’-")
        if token in words or token in stems or stem_indonesian(token) in stems:
            spans.append((start, start + len(token)))
    return spans


def _is_word(core: str) -> bool:
    return all(c.isalnum() or c == "_" for c in core)


def _literal_tokens(text: str, lower: str, cores: set[str]) -> list[tuple[int, int]]:
    """The tokens the regular expression of :func:`_regex_matches` would find, from literal
    searches: every occurrence of a core (``str.find``, in C) marks the word-character run
    around it; that run's token extends over ``[\\w'’-]`` to its end, and a run inside
    an earlier token is skipped, as the expression's left-to-right scan does."""
    runs: set[int] = set()
    for core in cores:
        at = lower.find(core)
        while at >= 0:
            start = at
            while start and _word_char(text[start - 1]):
                start -= 1
            runs.add(start)
            at = lower.find(core, at + 1)
    tokens: list[tuple[int, int]] = []
    taken = 0
    size = len(text)
    for start in sorted(runs):
        if start < taken:
            continue
        end = start
        while end < size and (_word_char(text[end]) or text[end] in "'’-"):
            end += 1
        tokens.append((start, end))
        taken = end
    return tokens


def _word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def _regex_matches(text: str, words: frozenset[str], stems: frozenset[str],
                   cores: set[str]) -> list[tuple[int, int]]:
    """The general case (a text whose lowercase changes length, a core with punctuation)."""
    alternatives = "|".join(re.escape(c) for c in sorted(cores, key=len, reverse=True))
    pattern = re.compile(rf"(?<!\w)\w*?(?:{alternatives})[\w'’-]*", re.IGNORECASE)
    spans = []
    for match in pattern.finditer(text):
        token = match.group(0).lower().strip("'’-")
        if token in words or token in stems or stem_indonesian(token) in stems:
            spans.append((match.start(), match.start() + len(token)))
    return spans


def make_snippet(text: str, words: Iterable[str], stems: Iterable[str]) -> str:
    """Up to two passages of ``text`` around the query's ``words`` (or their ``stems``)."""
    head = text[:MAX_HIGHLIGHT_CHARS]
    spans = find_matches(head, frozenset(words), frozenset(stems))
    if not spans:
        return _window(head, 0, [], lead=False)
    passages = [_window(head, start, spans) for start in _best_windows(spans)]
    # each passage marks its own cut ends; between two passages one ellipsis is enough
    inner = [p.removeprefix("… ") if i else p for i, p in enumerate(passages)]
    inner = [p.removesuffix(" …") if i < len(inner) - 1 else p for i, p in enumerate(inner)]
    return " … ".join(inner)


def _best_windows(spans: list[tuple[int, int]]) -> list[int]:
    """Start offsets of the windows that cover the most matches, in text order."""
    chosen: list[int] = []
    remaining = list(spans)
    while remaining and len(chosen) < MAX_WINDOWS:
        best_start, best_count = remaining[0][0], 0
        # spans do not overlap and come in text order, so their ends are sorted too: the
        # matches a window starting at span i covers are a run from i, found by bisection
        # (counting them one by one was quadratic in a common word's matches)
        ends = [e for _s, e in remaining]
        for i, (start, _end) in enumerate(remaining):
            count = bisect_right(ends, start + SNIPPET_CHARS - 40, lo=i) - i
            if count > best_count:
                best_start, best_count = start, count
        chosen.append(best_start)
        remaining = [(s, e) for s, e in remaining
                     if abs(s - best_start) > SNIPPET_CHARS]
    return sorted(chosen)


def _window(text: str, match_start: int, spans: list[tuple[int, int]], lead: bool = True) -> str:
    start = max(0, match_start - 60) if lead else 0
    if start:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < match_start else start
    end = min(len(text), start + SNIPPET_CHARS)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > start else end
    out = ["… " if start else ""]
    pos = start
    for s, e in spans:
        if s < start or e > end:
            continue
        out.append(_escaped(text[pos:s]))
        out.append("<mark>" + _escaped(text[s:e]) + "</mark>")
        pos = e
    out.append(_escaped(text[pos:end]))
    if end < len(text):
        out.append(" …")
    return "".join(out)


def _escaped(text: str) -> str:
    """``text`` as HTML, with paragraph breaks and runs of spaces as one space."""
    return html.escape(_SPACES.sub(" ", text))
