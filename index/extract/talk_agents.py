"""The talk as the subject of a passive whose agent is the speaker, and the clause on the
agent that says what the talk covered (docs/ARCHITECTURE.md, extract: talks).

Why: "Materi pertama disampaikan oleh A yang menjelaskan X", "Materi berikutnya dibawakan oleh
A, dosen Y, dengan memperkenalkan X": the sentence is about the talk (a talk noun is its
subject, the speaker only its agent), and the clause that goes on from the agent tells what
that talk did. Its bare object is then the talk's subject, not a claim of the speaker's: a
claim would come with "bahwa", and the sentence has already said that what follows is the
material. Elsewhere a bare object after a verb of exposition is read as no title
(:mod:`.talks`): it is as often a claim without "bahwa". Only the first such verb after the
agent is read, within the agent's clause (no claim, no second agent).
"""

from __future__ import annotations

import re

from .talk_objects import EXPOSITION
from .titles import Title, title_after

# the talk noun as the subject, counted or set against another ("Materi kedua", "Paparan
# materi yang pertama", "Materi lain", "materi pertama dalam webinar ini"), then its passive
# verb and the agent; at most a few words of address between "oleh" and the name
_PASSIVE_TALK = re.compile(
    r"\b(?:paparan|pemaparan|materi|presentasi)(?:\s+materi)?\s+(?:yang\s+)?(?:(?:pertama|kedua|"
    r"ketiga|keempat|kelima|lain|lainnya|selanjutnya|berikutnya|terakhir)\s+)?(?:(?:dalam|pada)"
    r"\s+[\w-]+\s+(?:ini|tersebut)\s+)?di(?:sampaikan|bawakan|paparkan|presentasikan)\s+oleh"
    r"\s+(?P<head>(?:[\w.'’-]+\s+){0,4})$", re.IGNORECASE)

_VERBS = EXPOSITION | {"membahas", "menyampaikan", "memperkenalkan", "mengenalkan"}

# the agent's clause: a relative or "dengan" (manner) and the verb, perhaps a preposition of
# "about" after it
_CLAUSE = re.compile(
    r"(?P<gap>[^;“”\"]{0,240}?)\b(?:yang|dengan)\s+(?:juga\s+)?(?P<verb>[a-z]+)\s+"
    r"(?:(?:tentang|mengenai|terkait|seputar|perihal)\s+)?", re.IGNORECASE)

# a bare object that is no subject: a claim, a pointer back, a quantifier of things said, the
# thanks or greetings of a speech act
_NOT_SUBJECT = re.compile(
    r"(?:bahwa|hal|hal-hal|ini|itu|tersebut|apa|secara|bersama|lebih|juga|banyak|berbagai|"
    r"beberapa|sejumlah|terima|ucapan|apresiasi|salam|rasa|materi|paparan)\b|[“\"‘]",
    re.IGNORECASE)
# the agent's clause ends at a claim or a second agent (the text is one sentence: its end,
# told apart from the full stops of titles and degrees, is the sentence splitter's)
_SENTENCE_END = re.compile(r"[!?]\s|\boleh\b|\bbahwa\b", re.IGNORECASE)


def agent_clause_talk(text: str, name_at: int) -> Title | None:
    """What the talk covered, told in the clause on its agent named at ``name_at`` ("Materi
    kedua disampaikan oleh A (X) yang memaparkan Y": Y), or ``None``."""
    if "oleh" not in text[max(0, name_at - 30):name_at]:
        return None  # (a cheap necessary condition: the agent's "oleh" right before)
    if _PASSIVE_TALK.search(text, max(0, name_at - 120), name_at) is None:
        return None
    clause = _CLAUSE.match(text, name_at)
    while clause is not None and clause.group("verb").casefold() not in _VERBS:
        # a relative that only describes the person ("yang merupakan dosen X"): the agent's
        # clause goes on to the verb of what the talk covered
        if _SENTENCE_END.search(clause.group("gap")):
            return None
        clause = _CLAUSE.match(text, clause.end("verb"))
    if clause is None or _SENTENCE_END.search(text, name_at, clause.start("verb")):
        return None
    if _NOT_SUBJECT.match(text, clause.end()):
        return None
    return title_after(text, clause.end())
