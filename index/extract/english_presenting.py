"""The object of English "present": what a speaker presented is the subject of the talk.

Why: English "present" takes a thing as its object, never a clause ("A presented the
guidelines on ...", "B was presenting the six recommendations of ...", "C presented the
“Title”"): there is no "presented that ...", so its object names what the talk was about,
as the object of "discuss" does (:data:`.talks._DISCUSS`). The Indonesian verbs of
presenting ("memaparkan", "menjelaskan") take a claim as their bare object as often, which is
why the talk frame reads no bare object after them; this reading is for the English verb
only. Two readings of the same verb are kept out:

- "present X to Y" is handing X over (a certificate, an award, a token of appreciation): a
  recipient after "to" says the verb is one of giving, not of talking;
- "present" with a person or a count as its object ("presented Dr A as the keynote
  speaker", "presenting 3 resource persons") introduces speakers: the object must open with
  a definite determiner or a possessive and a word in lower case (or a quote mark).

English "highlight" takes a claim only as a clause ("highlighted that ...", "highlighted how
..."); with a definite noun phrase as its object ("A highlighted the history of X") it names
what the talk covered, as "present" does. Its object is no person, so it may open with a
capital ("highlighted the Role of ..."). Not "explain": the labelled coverage reads "explained
the schemes available for ..." as a point made, not the talk's subject.

"presented on X" reads the same way: with no object of its own, "present" takes "on" as
"talk" and "speak" do, and what follows names the subject ("B presented on how the data is
read"), in lower case too. Not a time or a place ("presented on the first day", "presented
on stage", "on behalf of"), which "on" also introduces.
"""

from __future__ import annotations

import re

PRESENTING = frozenset({"presented", "presents", "present", "presenting"})
"""The forms of English "present" the talk frame lists (``talk_verb``)."""

_OBJECT = re.compile(r"(?:the|his|her|their)\s+(?:[a-z][\w’'-]*|[“\"‘])")
# a recipient within the first words of the object: "presented the plaque to the speaker"
_TO_RECIPIENT = re.compile(r"^(?:\S+\s+){0,5}?to\s+(?:the|a|an|each|all|every|our|his|her|"
                           r"their|[A-Z])", re.IGNORECASE)


EXPOUNDING = frozenset({"highlighted", "highlights"})
"""The forms of English "highlight" whose definite object is the talk's."""

_DEFINITE = re.compile(r"(?:the|his|her|their)\s+(?:[A-Za-z][\w’'-]*|[“\"‘])")


def expounded_object(verb: str, rest: str) -> bool:
    """``rest`` (the text right after ``verb``) is what a speaker set out: ``verb`` is a form of
    English "highlight" and ``rest`` opens with its definite object."""
    return verb.casefold() in EXPOUNDING and _DEFINITE.match(rest) is not None


def presented_object(verb: str, rest: str) -> bool:
    """``rest`` (the text right after ``verb``) is the subject a speaker presented: ``verb``
    is a form of English "present" and ``rest`` its definite object, not handed to anyone."""
    return verb.casefold() in PRESENTING and _OBJECT.match(rest) is not None \
        and _TO_RECIPIENT.match(rest) is None


_ON_SUBJECT = re.compile(r"(?!(?:behalf|stage|screen|site|air|day|days|monday|tuesday|wednesday|"
                         r"thursday|friday|saturday|sunday|the\s+(?:first|second|third|last|same|"
                         r"next|final|opening|closing|day|occasion|sidelines|stage|screen|"
                         r"platform|panel|behalf))\b)[a-z]")


def presented_on(verb: str, prep: str, rest: str) -> bool:
    """``verb`` is a form of English "present", ``prep`` is "on" and ``rest`` (the text after
    it) opens in lower case with the subject presented, not with a time or place."""
    return verb.casefold() in PRESENTING and prep.casefold() == "on" \
        and _ON_SUBJECT.match(rest) is not None
