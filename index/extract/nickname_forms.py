"""The two ways a nickname is written next to a full name, as shapes the readers skip.

A nickname says how the person is addressed, never what they do or say:

- in brackets, a form of address and one name right after the full name
  ("Fransiskus Wibowo (Romo Wibi), Ketua ...", "Rina Lestari, M.Psi. (Kak Rina), Dosen
  ..."): the bracket is no job; the job is the apposition after it;
- a relative clause with a passive verb of calling and an adverb of habit ("Rina Lestari
  yang akrab disapa Bu Rina itu mengatakan ...", "..., yang biasa dipanggil Rina,
  menjelaskan ..."): the clause describes the subject and is no predicate of it, so the
  subject goes on to the verb after it.

:mod:`index.extract.nicknames` reads the same shapes (it shares this module's pieces of
pattern) to send later mentions of the nickname to the full name, after the mentions are
read; this module only tells the readers, while they read, where the shapes stand.
"""

from __future__ import annotations

import re

from index.names import is_honorific

NAME_WORD = r"[A-Z][\w'’-]*"
"""One capitalised word of a nickname: here and in :mod:`.nicknames`."""
CALLED_BY_HABIT = r"(?:akrab|biasa|kerap|sering)\s+di(?:sapa|panggil)"
"""A passive verb of calling with its adverb of habit ("akrab disapa", "biasa dipanggil"):
the frame that states a nickname after the full name, here and in :mod:`.nicknames`."""
BY_NAME = r"(?:\s+(?:dengan\s+)?(?:panggilan|sapaan|nama)(?:\s+akrab)?)?"
"""What may stand between that verb and the nickname ("disapa dengan panggilan akrab")."""
# "(Romo Wibi)": a form of address and one capitalised name, nothing else
_BRACKETED = re.compile(r"\(\s*([A-Z][\w.'’-]*)\s+(" + NAME_WORD + r")\s*\)")
# "yang akrab disapa (dengan panggilan) Bu Rina (itu)": the clause and its comma, if any
NICKNAME_CLAUSE = re.compile(
    r",?\s+yang\s+" + CALLED_BY_HABIT + BY_NAME
    + r"\s+(?:[A-Z][\w.'’-]*\s+)?" + NAME_WORD + r"(?:\s+(?:itu|tersebut|ini))?\b,?")


def nickname_bracket(text: str, start: int = 0) -> int:
    """Where the bracket that opens at ``start`` in ``text`` closes, when it holds a
    nickname with its form of address ("(Romo Wibi)"), else -1."""
    match = _BRACKETED.match(text, start)
    if match is None or not is_honorific(match.group(1).rstrip(".")):
        return -1
    return match.end() - 1


def blank_nickname_clauses(text: str) -> str:
    """``text`` with each nickname clause ("yang akrab disapa Bu Rina itu") written as
    spaces, so offsets into it hold for ``text``."""
    if "di" not in text:
        return text
    return NICKNAME_CLAUSE.sub(lambda m: " " * len(m.group()), text)


def blank_nickname_brackets(text: str) -> str:
    """``text`` with each nickname in brackets ("(Romo Wibi)") written as spaces, so
    offsets into it hold for ``text``: what stands between a name and what follows it."""
    if "(" not in text:
        return text
    return _BRACKETED.sub(lambda m: " " * len(m.group()) if is_honorific(
        m.group(1).rstrip(".")) else m.group(), text)
