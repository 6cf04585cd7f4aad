"""A nickname introduced as such is the person already named, not somebody new.

"Dalam paparannya, Rudi, sapaannya, menjelaskan ...", "Mas RW -- sapaan akrab Rudi
Wirawan, ...", "Rudi, begitu ia akrab disapa, ...": the marker (sapaan(nya), panggilan akrab,
disapa, akrab dipanggil) reads as the description of the name before it, so the sentence
readers hand on a one-word "person" whose position is the marker. That name refers back:
to the person the marker names ("sapaan akrab Rudi Wirawan"), else to the earlier person
whose name the nickname shortens ("Rudi" for "Rudianto Saleh"), else to the person named in
the sentence before. With none of them, the mention is dropped: who it is stays unknown.

The nickname may also follow the full name, in a frame the article states once: a passive
verb of calling with an adverb of habit ("Rudianto Saleh, yang akrab disapa Rudi", "biasa
dipanggil", "kerap disapa"), "dikenal dengan nama/panggilan Rudi", or a form of address and
one name in brackets right after the full name ("Fransiskus Wibowo (Romo Wibi)"). Every
mention of that nickname, and of a nickname a marker resolved, is then the person named
just before the frame; with nobody read there it is dropped, since on its own a nickname
never brings in a new person.

The split with :mod:`.nickname_forms`: that module tells the readers, while they read a
sentence, that a bracketed nickname is no job and a nickname clause no predicate; this one,
once the mentions are read, says whom each nickname mention names.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from index.names import is_honorific

from .nickname_forms import BY_NAME, CALLED_BY_HABIT, NAME_WORD
from .people_6_frames import Mention

NICKNAME_NOUN = r"(?:sapaan|panggilan)(?:\s+akrab)?(?:nya)?"
"""The noun that marks a nickname ("sapaan akrabnya", "panggilan"): here and in
``speakers._NICKNAME_OF``, which skips a reported speaker so described."""
_MARKER = re.compile(
    r"\s*(?:(?:begitu|demikian)\s+(?:ia|dia|beliau|nya)\s+)?(?:(?:akrab|biasa|kerap)\s+)?"
    r"(?:" + NICKNAME_NOUN + r"|disapa|dipanggil)"
    r"(?:\s+akrab(?:nya)?)?\b", re.IGNORECASE)


# the full name, then a verb of calling with an adverb of habit: the nickname follows
_CALLED = re.compile(
    r"\b(?:" + CALLED_BY_HABIT + r"|dikenal\s+dengan\s+(?:nama|panggilan|sapaan))" + BY_NAME
    + r"\s+((?:" + NAME_WORD + r"\s+)?" + NAME_WORD + r")")
# a form of address and one name in brackets right after a name ("Wibowo (Romo Wibi)")
_BRACKET = re.compile(r"[\w.,]\s*\((" + NAME_WORD + r")\s+(" + NAME_WORD + r")\)")


def resolve_nicknames(mentions: list[Mention], texts: Sequence[str] = ()) -> list[Mention]:
    """``mentions`` with each nickname mention renamed to its owner (module docstring), or
    dropped when no owner is found. ``texts``: the article's sentences, in order."""
    stated = _stated(texts)
    if not stated and not any(m.position and _MARKER.match(m.position) for m in mentions):
        return mentions
    named = [m for m in mentions if not (m.position and _MARKER.match(m.position))
             and m.name.casefold() not in stated]
    resolved: dict[str, Mention] = {}
    out = []
    for mention in mentions:
        marker = _MARKER.match(mention.position or "")
        nick = mention.name.casefold()
        if marker is not None:
            owner = _owner(mention, mention.position[marker.end():].strip(" ,"), named)
            if owner is not None:
                resolved.setdefault(nick, owner)
                mention.name, mention.written, mention.position = owner.name, owner.written, None
                out.append(mention)
        elif nick in stated:
            owner = _stated_owner(stated[nick], named)
            if owner is not None:
                mention.name, mention.written = owner.name, owner.written
                out.append(mention)
        else:
            out.append(mention)
    if resolved:
        for mention in out:
            owner = resolved.get(mention.name.casefold())
            if owner is not None and len(mention.name.split()) == 1:
                mention.name, mention.written = owner.name, owner.written
    return out


def _stated(texts: Sequence[str]) -> dict[str, list[str]]:
    """Each nickname stated after a full name (module docstring), case-folded, with and
    without its form of address ("romo wibi", "wibi"), mapped to the text before each
    statement in its sentence, where its owner is named."""
    found: dict[str, list[str]] = {}
    for text in texts:
        if "(" not in text and "sapa" not in text and "panggil" not in text and \
                "dikenal" not in text:
            continue
        for match in _CALLED.finditer(text):
            for form in _forms(match.group(1)):
                found.setdefault(form, []).append(text[:match.start()])
        for match in _BRACKET.finditer(text):
            if is_honorific(match.group(1)):
                for form in _forms(match.group(1) + " " + match.group(2)):
                    found.setdefault(form, []).append(text[:match.start() + 1])
    return found


def _forms(nick: str) -> set[str]:
    """``nick`` case-folded, and without a form of address before it."""
    words = nick.split()
    forms = {nick.casefold()}
    if len(words) > 1 and is_honorific(words[0]):
        forms.add(" ".join(words[1:]).casefold())
    return forms


def _stated_owner(befores: list[str], named: list[Mention]) -> Mention | None:
    """The person whose full name comes last before the first statement of the nickname
    that follows a name read."""
    for before in befores:
        folded = before.casefold()
        found = [(folded.rfind(m.name.casefold()), m) for m in named
                 if len(m.name.split()) > 1 and m.name.casefold() in folded]
        if found:
            return max(found, key=lambda pair: pair[0])[1]
        # a one-word name as the statement's subject: only the name (and its degrees)
        # before the frame ("dibawakan oleh Rudi, S.Pd., yang dikenal dengan sapaan X")
        subject = _SUBJECT_BEFORE.search(before)
        if subject is not None:
            word = subject.group(1).casefold()
            return next((m for m in named if m.name.casefold() == word), None)
    return None


# a one-word name closing the text before a nickname frame, after its degrees and a
# relative "yang" ("oleh Rudi, S.Pd., M.A.P., yang")
_SUBJECT_BEFORE = re.compile(r"\b([A-Z][a-z]{2,})(?:,?\s+[A-Z][\w.]*\.)*[\s,]*(?:yang\s*)?$")


def _owner(nick: Mention, stated: str, named: list[Mention]) -> Mention | None:
    """The person ``nick`` refers back to (module docstring)."""
    if stated:
        return next((m for m in named if m.name.casefold() == stated.casefold()), None)
    earlier = sorted((m for m in named if m.order < nick.order and len(m.name.split()) > 1),
                     key=lambda m: m.order)
    short = nick.name.casefold()
    shortened = [m for m in earlier
                 if any(w.startswith(short) for w in m.name.casefold().split())]
    if shortened:
        return shortened[-1]
    last = earlier[-1] if earlier else None
    return last if last is not None and last.order[0] >= nick.order[0] - 1 else None
