"""An English indefinite article before a capitalised run makes it a common noun phrase.

Why: English puts no article before a person's name ("Rina Dewi", never "a Rina Dewi"),
but it does before a noun phrase whose words are capitalised because they start with a
proper adjective ("a Chilean NGO", "an Andean Government programme", "a Kenyan Ministry
initiative"). Such phrases stand in the appositions of English reports right where a
person's description stands ("A from X, a Chilean NGO that ..."), and a run reader takes
them for names. The test is on the article word exactly as English writes it, in lower
case and without a full stop: Indonesian has no such word ("an." is "atas nama", and a
capital "A" may be an initial), so Indonesian text is untouched.
"""

from __future__ import annotations

_INDEFINITE = frozenset({"a", "an"})


def after_indefinite(previous: str) -> bool:
    """``previous``, the token right before a run, is the English indefinite article."""
    return previous in _INDEFINITE


BODY_APPOSITION = r"(?<=[\w)]),\s+an?\s+(?-i:[A-Z][a-z]+(?:an|ese|ish|i)\s+[A-Z])"
"""Where an English apposition to the body just named starts in a position written after a
name: a comma, the indefinite article and a proper adjective of nationality or region (by its
suffix: -an, -ese, -ish, -i) before a capitalised noun ("from X, a Chilean NGO that ...",
"from Y, a Kenyan Government programme"). It says what the body is, not what the person
does (as "organisasi"/"sebuah" after a comma do in Indonesian); the person's own job after a
name, "A, a senior lecturer at Y", has nothing before its comma and is not cut."""
