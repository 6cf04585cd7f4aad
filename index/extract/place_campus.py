"""The town of the campus whose unit holds the event, named beside the unit.

A campus's unit (a study programme, a faculty, a class, a students' club) often holds the
event and is named with its campus as a separate piece of the subject: "Mahasiswa
Universitas Uji Karawang (UUK), Program Studi Ilmu X menggelar webinar", "Universitas Uji
Kendari, Fakultas Y, menyelenggarakan ...". The organiser found is then the unit alone, whose
name holds no town, while the campus's name ends with the town it sits in, the README's
"organiser's city". :mod:`index.extract.place` gives that town an organiser's vote when no
organiser's name gives one (:func:`campus_city`).

Only a campus name that is part of the holding clause's subject counts: from the end of
the campus's name (and its bracketed acronym) to the verb of holding there are only more
names (the unit, a co-holder), commas, brackets and words that join co-holders. A campus
named as a speaker's affiliation or in the topic stands after the verb, or behind a
lower-case word, and does not count.
"""

from __future__ import annotations

import re

from .gazetteer import Place, find_places, resolve
from .sentences import Sentence

CAMPUS_HEADS = frozenset({"universitas", "university", "universiti", "institut", "institute",
                          "politeknik", "polytechnic", "akademi", "sekolah", "uin", "iain",
                          "stain", "stikes", "stie", "stmik", "stkip", "poltekkes"})
"""Words that open a campus's name ("Sekolah Tinggi ...", "UIN Uji Kota")."""
_NAME_WORD = re.compile(r"^[(\[]?[A-Z0-9][\w.'’&/-]*[)\],.]*$")
_BRACKETED = re.compile(r"\s*\([^()]{1,40}\)")
_JOINING = frozenset({"dan", "serta", "bersama", "melalui", "lewat", "&", "of", "x",
                      "kembali", "telah", "sukses", "resmi", "juga", "pun", "berhasil",
                      "bekerja", "sama", "bekerjasama", "berkolaborasi", "kolaborasi",
                      "dengan", "with", "and"})
"""Lower-case words that may stand between a campus's name and its clause's verb: ones
that join co-holders or a unit ("bersama", "melalui", "bekerja sama dengan", "berkolaborasi
dengan"), and adverbs before the verb."""
_HOLDING = re.compile(r"^(?:menggelar|mengadakan|menyelenggarakan|melaksanakan|menghelat|gelar|"
                      r"adakan|selenggarakan|laksanakan|helat|held|hosted|organi[sz]ed)$")
_REACH = 8
"""Words a campus's name may have before its town ("Universitas Islam Negeri Uji Kota")."""
_SUBJECT_WORDS = 16
"""Words between the campus's name and the verb (a unit's long name, a co-holder)."""


def campus_city(sentences: list[Sentence]) -> Place | None:
    """The kabupaten/kota ending the name of a campus that stands in the subject of a
    clause of holding in ``sentences``, the opening's sentences that hold one (their
    :func:`index.extract.meta.holder_names` finds a name; see the module docstring)."""
    for sentence in sentences:
        for mention in find_places(sentence.text):
            place = resolve(mention)
            if place.kind != "provinsi" and _ends_campus(sentence.text, mention.start) \
                    and _before_verb(sentence.text, mention.end):
                return place
    return None


def _ends_campus(text: str, start: int) -> bool:
    """The capitalised run that ends at ``start`` opens with a campus head, within reach."""
    words = text[max(0, start - 120):start].split()[-_REACH:]
    for word in reversed(words):
        bare = word.strip(",.()")
        if word.endswith((",", ")", ".")) and word is not words[-1] or not (
                bare[:1].isupper() or bare[:1].isdigit() or bare in {"dan", "of"}):
            return False
        if bare.casefold() in CAMPUS_HEADS:
            return True
    return False


def _before_verb(text: str, end: int) -> bool:
    """Only names, brackets, commas and joining words stand between ``end`` (a campus's
    town) and a verb of holding: the campus is part of the clause's subject."""
    if text[end:end + 1].isalnum():
        return False
    bracket = _BRACKETED.match(text, end)
    if bracket is None and re.match(r" [A-Z]", text[end:end + 2]):
        return False  # the town goes on into a longer name: "Universitas Uji Jambi Raya"
    for word in text[bracket.end() if bracket else end:].split()[:_SUBJECT_WORDS]:
        bare = word.strip(",.;:()“”\"")
        if _HOLDING.match(bare.casefold()):
            return True
        if not (_NAME_WORD.match(word.lstrip(",")) or bare.casefold() in _JOINING or not bare):
            return False
    return False
