"""The verbs of holding an event as a word class: every form Indonesian morphology makes of
a holding root, not the few forms a list happens to spell.

An article reports its event with a verb of holding ("Dinas X menggelar webinar ...",
"Webinar ... diselenggarakan ..."), and the same act comes in every form the affixes make
of its root: the active meN- ("melangsungkan edukasi lewat webinar"), the passive di-
("dilangsungkan"), the passive or stative nominalised by -nya ("yang mendasari digelarnya
Talkshow X", "atas terselenggaranya seminar ini"), the peN-...-an noun of the act
("pelaksanaan webinar", "penyelenggaraan diskusi") and, for a root that has one, the
intransitive ber- ("Webinar ... berlangsung secara daring"). The roots are the holding
verbs' (gelar, adakan, selenggarakan, helat, laksanakan, langsungkan); the forms are made
by the meN-/peN- nasal rules (the root's first sound decides: "gelar" -> "menggelar",
"selenggara" -> "menyelenggarakan", "laksana" -> "melaksanakan"), so no form is missed
because nobody wrote it down. A nominal with a meaning of its own is left out: "pengadaan"
is procurement, not the holding of anything.

:mod:`index.extract.speakers` reads the class in the sentence that says the event was held;
:mod:`index.extract.held_online` reads its verbal forms in a clause with an online format.
"""

from __future__ import annotations

from typing import NamedTuple


class _Root(NamedTuple):
    root: str       # the bare root ("gelar", "selenggara")
    suffix: str     # the verbal suffix of its holding sense ("kan" or "")
    stative: bool   # it has a ter- form of having been held ("terselenggara")
    noun: bool      # its peN-...-an noun means the holding ("pengadaan" does not)
    intransitive: bool  # it has a ber- form of taking place ("berlangsung")


_ROOTS = (
    _Root("gelar", "", True, True, False),
    _Root("ada", "kan", False, False, False),
    _Root("selenggara", "kan", True, True, False),
    _Root("helat", "", False, True, False),
    _Root("laksana", "kan", True, True, False),
    _Root("langsung", "kan", False, False, True),
)


def _nasal(prefix: str, root: str) -> str:
    """meN-/peN- on ``root`` ("me"/"pe"): the nasal the first sound takes, a voiceless
    k, p, s or t dropped (the rules of the standard grammar)."""
    first = root[0]
    if first in "aeiough":
        return prefix + "ng" + root
    if first == "k":
        return prefix + "ng" + root[1:]
    if first == "s":
        return prefix + "ny" + root[1:]
    if first == "p":
        return prefix + "m" + root[1:]
    if first in "bf":
        return prefix + "m" + root
    if first == "t":
        return prefix + "n" + root[1:]
    if first in "dcjz":
        return prefix + "n" + root
    return prefix + root  # l, r, m, n, w, y: no nasal ("melaksanakan")


def _forms(root: _Root) -> tuple[list[str], list[str]]:
    """The verbal forms of ``root`` (active, passive, stative, intransitive) and its
    nominal ones (-nya on those that take it, the peN-...-an noun)."""
    verb = root.root + root.suffix
    verbs = [_nasal("me", verb), "di" + verb]
    nouns = ["di" + verb + "nya"]
    if root.stative:
        verbs.append("ter" + root.root)
        nouns.append("ter" + root.root + "nya")
    if root.intransitive:
        verbs.append("ber" + root.root)
        nouns.append("ber" + root.root + "nya")
    if root.noun:
        nouns.append(_nasal("pe", root.root) + "an")
    return verbs, nouns


def _all_forms() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    active: list[str] = []
    after_noun: list[str] = []
    nominal: list[str] = []
    for root in _ROOTS:
        verbs, nouns = _forms(root)
        active.append(verbs[0])
        after_noun.extend(verbs[1:])
        nominal.extend(nouns)
    return tuple(active), tuple(after_noun), tuple(nominal)


ACTIVE, PASSIVE, NOMINAL = _all_forms()
"""The meN- forms ("menggelar"); the forms a held thing comes before (passive di-, stative
ter-, intransitive ber-: "Webinar ... digelar", "Seminar ... terselenggara"); the nominal
forms ("digelarnya", "pelaksanaan"), which come before what is held."""


def alternation(forms: tuple[str, ...]) -> str:
    """``forms`` as one regex alternation, longest first (a form is never cut short by a
    shorter one that begins it)."""
    return "|".join(sorted(forms, key=len, reverse=True))
