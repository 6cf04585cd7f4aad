"""A talk noun that names the talk and its giver around an unquoted title (docs/ARCHITECTURE.md,
extract: talks).

A talk noun ("paparan", "materi", "presentasi") with a preposition of "about" names the
subject of a talk as surely as a verb frame does ("memaparkan tentang X"), and its giver may
stand on either side of it: fronted before the speaker named after it ("Dalam pemaparan
materinya mengenai X, A menyinggung ..."), or as the agent of the noun or of a passive
after it ("pemaparan materi mengenai X oleh A", "dengan materi X yang disampaikan oleh A").
:mod:`.talks` reads these shapes with the title quoted; here the title is unquoted, so it
runs to the comma of the fronted phrase, or to the agent's "oleh". Without a preposition a
bare noun phrase after the talk noun is a title only when it is written in title case
("materi Tata Kelola Arsip Desa yang disampaikan oleh ...").
"""

from __future__ import annotations

import re

from .theme import is_title_case
from .titles import Title

_NOUN = r"(?:paparan|pemaparan|materi|presentasi)(?:nya)?(?:\s+materi(?:nya)?)?"
_ABOUT = r"(?:mengenai|tentang|terkait|seputar|perihal)"

_FRONTED = re.compile(
    r"^\s*(?:dalam|pada)\s+(?:sesi\s+)?" + _NOUN + r"\s+(?:yang\s+)?" + _ABOUT
    + r"\s+(?P<title>[^,;:“”\"‘’]{3,200}?)\s*,\s*$", re.IGNORECASE)

# the talk told as the subject, counted or set against another, and what it covers
# ("Materi yang kedua yaitu tentang X yang disampaikan oleh A", "Materi pertama membahas
# tentang X yang disampaikan oleh A"): the talk is still the one the agent gave
_COUNTED = (r"(?:(?:yang\s+)?(?:pertama|kedua|ketiga|keempat|kelima|lain|lainnya|selanjutnya|"
            r"berikutnya|terakhir)\s+)?(?:(?:membahas|mengulas|yaitu|yakni)\s+)?")

_BEFORE_AGENT = re.compile(
    r"\b" + _NOUN + r"\s+" + _COUNTED + r"(?:(?P<prep>" + _ABOUT + r")\s+)?"
    r"(?P<title>[^.;:“”\"‘’]{3,150}?)\s+"
    r"(?:yang\s+(?:akan\s+)?(?:disampaikan|dibawakan|dipaparkan|dipresentasikan)\s+)?oleh\s+"
    r"(?P<head>[^;:“”\"]{0,60})$", re.IGNORECASE)

# words that open no title: a relative, a pointer back, the agent's or the event's preposition
_NOT_A_TITLE = re.compile(r"(?:yang|ini|itu|tersebut|dari|pada|dalam|di|ke|untuk|dan|serta)\b",
                          re.IGNORECASE)


_FRONTS = frozenset({"dalam", "pada "})
_SENTENCE_END = re.compile(r"[.!?]\s+[A-Z]")


def fronted_talk(sentence: str) -> tuple[Title, int] | None:
    """An unquoted subject in a fronted talk phrase ("Dalam paparannya mengenai X, A ..."):
    the title and where the rest of the sentence (the speaker's name) starts."""
    if sentence.lstrip()[:5].casefold() not in _FRONTS:
        return None
    comma = sentence.find(",", 0, 300)
    if comma < 0:
        return None
    match = _FRONTED.match(sentence, 0, comma + 1)
    if match is None:
        return None
    title = match.group("title").strip()
    if len(title.split()) < 2 or _NOT_A_TITLE.match(title):
        return None
    return Title(title, match.start("title"), match.start("title") + len(title), False), \
        comma + 1


def title_before_agent(text: str, name_at: int) -> Title | None:
    """An unquoted title between a talk noun and the agent ``oleh`` of the speaker named at
    ``name_at`` ("pemaparan materi mengenai X oleh Dr. A", "dengan materi X yang disampaikan
    oleh narasumber A")."""
    base = max(0, name_at - 240)
    window = text[base:name_at]
    if "oleh" not in window or not ("ateri" in window or "aparan" in window or "resentasi"
                                    in window):
        return None  # (the agent and a talk noun: "(M)materi", "(P)(pem)paparan", ...)
    match = _BEFORE_AGENT.search(text, base, name_at)
    if match is None or len(match.group("head").split()) > 6:
        return None
    title = match.group("title").strip(" ,")
    if _NOT_A_TITLE.match(title) or _SENTENCE_END.search(match.group("head")):
        return None
    if match.group("prep") is None and not (title[:1].isupper() and is_title_case(title)):
        return None
    return Title(title, match.start("title"), match.start("title") + len(title), False)
