"""Degrees the name reading left after a name, recognised by their shape.

Indonesian writers string a person's degrees and certificates after the name, and the list
of degrees (``index/data``) can never hold them all: foreign masters' degrees ("MSCE",
"MSEM", "MAusIMM"), police and professional ones ("SIK"), misspelt ones ("Mi" for "MSi"),
a degree split by its spaces ("STh I MPhi"). The name reading stops at the first unlisted
one, and whatever follows was read as the person's job. A run of short abbreviations right
after the name is a degree chain by its shape when the chain is plainly one: it holds a
listed degree itself, or the name it follows was written with one (the run continues that
chain). The run must close the phrase (the end, a full stop, a lower-case word such as the
verb, or a comma before the job): a capital word right after the last abbreviation makes
that abbreviation the first word of a body's name ("BPJS Kesehatan"), which is a job.

See docs/ARCHITECTURE.md (people_2_after reads the job after the name).
"""

from __future__ import annotations

import re

from index.lexicon import position_words
from index.names import is_listed_degree

_ABBREVIATION = (r"(?:(?:[A-Z][A-Za-z]{0,3}\.){1,4}[A-Za-z]{0,3}"  # dotted: "Ph.D", "M.Eng."
                 r"|[A-Z][A-Z][A-Za-z]{0,6}"  # initials run together: "MSCE", "MPhi"
                 r"|[A-Z][a-z]?)")  # one or two letters: "I", "Mi"
# (a capital, a small letter and more is a word or a brand, "KataData", no degree)
_RUN = re.compile(rf"(?:[ ,]*{_ABBREVIATION}\.?(?=[ ,.;]|$))+")
"""Abbreviations, each followed by a space, a comma, a full stop or the end."""

_CLOSED = re.compile(r"\s*(?:$|[.;]|,|(?!(?:in|of|at|from|dari|di|bidang|pada)\b)[a-z])")
"""What may follow a degree chain: the end, a full stop, a comma, a lower-case word (a verb,
"dan"); a preposition makes the last abbreviation the head of a phrase ("MSc in Public
Health"), which the reader of the job keeps."""

_TOKEN = re.compile(r"[^\s,]+")


def _degree_shaped(token: str, abbreviated: bool) -> bool:
    """``token`` reads as a degree by itself: listed, or with a full stop inside it, or
    one that marks it abbreviated (``abbreviated``: a comma follows the full stop, so it
    ends no sentence: "MSEM.,"), or with a lower-case letter ("MPhi", "Mi"). Capitals
    alone ("BRIN", "UI", "BRIN." ending the sentence) as often name the body the person
    works at ("A, M.Si, BRIN"), so they join a chain only before such a token."""
    return is_listed_degree(token) or "." in token.rstrip(".") or (
        abbreviated and token.endswith(".")) or any(c.islower() for c in token)


def skip_degree_run(tail: str, after_degree: bool) -> str:
    """``tail`` without the degree chain that opens it (see the module docstring);
    ``after_degree``: the name before ``tail`` was written with a degree after it."""
    if tail[:1] not in {" ", ","}:
        return tail
    match = _RUN.match(tail)
    if match is None:
        return tail
    tokens = list(_TOKEN.finditer(match.group()))
    shaped = [k for k, t in enumerate(tokens)
              if _degree_shaped(t.group(), tail[t.end():t.end() + 1] == ",")]
    if not shaped:
        return tail
    tokens = tokens[:shaped[-1] + 1]
    words = [t.group() for t in tokens]
    if any(w.rstrip(".").casefold() in position_words() for w in words):
        return tail  # "SHI, CEO X": a job written in capitals ("CEO", "COO") ends the chain
    if not after_degree and not any(is_listed_degree(w) for w in words):
        return tail  # only a listed degree makes the run a chain by itself ("RRC.AP" is none)
    if not any(len(w.rstrip(".")) > 1 for w in words):
        return tail  # an initial alone is the next name's, no degree chain
    rest = tail[tokens[-1].end():]
    if _CLOSED.match(rest) is None:
        return tail
    return rest
