"""Sentences that list people: continuations and bare listings.

- **Pronoun lists**: "... menghadirkan tiga narasumber. Mereka adalah A, jabatan; B, ..."
  and "Di antaranya A (jabatan), B ..." take the role noun of the sentence before.
- **Bare listings**: a sentence with no verb and no cue that is nothing but two or more
  people with their positions ("Nadia Putri (MSc ...), Bayu Pratomo (...), and
  Rahmi Utari (...).") lists speakers.
- **Continuations**: "Selanjutnya ada A, jabatan, serta B, jabatan.", "Lalu ada ...",
  "Kemudian A (Org), B (Org).", one more "Nama (pilar) seorang jabatan." paragraph, and the
  lines after "Adapun narasumber ... antara lain:" carry on the list of the sentences
  before; a passive "followed by" ("Kemudian disusul A selaku ..., B selaku ...") carries on
  a sequence of remarks too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from index.lexicon import phrase_regex

from .clause_words import holds_auxiliary
from .datelines import strong_dateline
from .main_speakers import noun_gives
from .people_1_runs import looks_like_verb
from .people_2_positions import head_is_position
from .people_3_phrase import PersonPhrase, parse_person
from .people_4_split import may_part
from .people_5_assembly import ListedPerson, parse_list
from .people_6_frames import Mention, find_cues, make_mention
from .people_6_slots import origin_end
from .sentences import Sentence

_PRONOUN_LIST = re.compile(r"^(?:(?:mereka|they|keduanya|ketiganya|keempatnya|both)\s+(?:adalah|"
                           r"ialah|yakni|yaitu|antara\s+lain|di\s?antaranya|terdiri\s+(?:atas|dari)|are|"
                           r"were|included|include)|di\s?antaranya(?:\s+"
                           r"(?:adalah|ialah|yaitu|yakni))?|antara\s+lain|among\s+them(?:\s+"
                           r"(?:were|are))?)\b\s*:?",
                           re.IGNORECASE)

def pronoun_list(sentence: Sentence, previous: Sentence | None, found_there: bool,
                  ) -> list[Mention]:
    """"... menghadirkan tiga narasumber. Mereka adalah A, jabatan; B, jabatan." and
    "Narasumber yang hadir berasal dari tiga negara. Mereka adalah A, B": the role noun of
    the sentence before, when that sentence named nobody (``found_there``)."""
    match = _PRONOUN_LIST.match(sentence.text)
    if match is None or previous is None:
        return []
    cues = [c for c in find_cues(previous.text) if c.kind == "noun"]
    if not cues or (found_there and previous.text[cues[-1].end:].strip(" .")):
        return []
    text, base = sentence.text, match.end()
    return [make_mention(listed.person, cues[-1].role, 2, text,
                         (base + listed.start + listed.person.end, base + listed.end),
                         (sentence.index, base + listed.start))
            for listed in parse_list(text[base:], whole_list=True)]


def _strong_name(person: PersonPhrase) -> bool:
    words = [w for w in person.name.split() if len(w.rstrip(".")) > 1]
    return len(words) >= 2 or person.written != person.name


_BRACKETED = re.compile(r"\([^()]*\)")


def _bare_list(text: str, single: bool) -> list[ListedPerson]:
    """``text`` is nothing but people with their positions (no verb outside parentheses,
    strong names, at least 80 % of the text); ``single``: one person is enough."""
    if not single and not may_part(text):
        return []  # one item at most: never two people (the test is cheaper than the verbs)
    outside = _BRACKETED.sub(" ", text)
    words = outside.split()
    for word in words:  # (a plain loop, not a generator: most sentences read here are prose)
        if looks_like_verb(word.strip(",.;:")):
            return []  # a verb: a clause
    if holds_auxiliary(words):
        return []  # an auxiliary (also in a title-case headline): a clause
    people = parse_list(text, whole_list=True)
    if len(people) < (1 if single else 2) or not all(
            p.person.position and _strong_name(p.person) for p in people):
        return []
    if sum(p.end - p.start for p in people) < 0.8 * len(text.rstrip(". ")):
        return []
    return people


def listing_sentence(sentence: Sentence, before: str = "") -> list[Mention]:
    """A sentence that is nothing but a list of people with their positions. A dateline
    that opens it ("TANJUNG UJI - Ratusan peserta ...") is the place the report was filed
    from, never a person: the list is read after it. ``before``: the sentence before it,
    whose subject such a list, having no lead-in of its own, carries on (see
    :func:`_audience_before`)."""
    text = sentence.text
    dateline = strong_dateline(text) if _DASH_EARLY.match(text) else None
    base = 0 if dateline is None else dateline.end
    if dateline is None and (lead := phrase_regex("list_continue").match(text)):
        # "Turut juga Kepala X A, Ketua Y B ...": the lead-in that carries the list on is
        # no part of its first item (carried_on reads it so after a list it continues)
        base = _ALSO_THERE.match(text, lead.end()).end()
    people = _bare_list(text[base:], single=False)
    if _audience_led(text, base, people) or (people and _audience_before(before)):
        return []
    return [make_mention(p.person, "speaker", 1, text,
                         (base + p.start + p.person.end, base + p.end),
                         (sentence.index, base + p.start))
            for p in people]


# A lead-in that names the audience or the committee: the list after it is no programme.
_AUDIENCE_LEAD = re.compile(r"\b(?:peserta|participants?|attendees|hadirin|undangan|panitia|"
                            r"committee|audiens|audience)\b", re.IGNORECASE)


def _audience_led(text: str, base: int, people: list[ListedPerson]) -> bool:
    """The words before the first of ``people`` (read from ``text[base:]``) name the
    audience or the committee ("Peserta webinar antara lain: A (X); B (Y)"): a list of who
    attended or organised, however its items are written, is no list of speakers."""
    return bool(people) and _AUDIENCE_LEAD.search(
        text, base, base + people[0].start + people[0].person.start) is not None


def _audience_before(before: str) -> bool:
    """The sentence ``before`` a bare listing speaks of the audience and of no role on the
    programme ("Ada 40 peserta yang ikut, di antaranya perwakilan dari tiga kota."): a list
    with no lead-in of its own carries on the sentence before it (as the continuations
    below do for speakers), so it names who attended, as a lead-in naming the audience
    does (:func:`_audience_led`)."""
    return bool(before) and _AUDIENCE_LEAD.search(before) is not None and not any(
        c.role not in {"none", "other"} for c in find_cues(before))


_DASH_EARLY = re.compile(r"^[^\n]{0,70}?[–—-]")


@dataclass
class Carry:
    """The role of the list the last sentences introduced, and for how many more
    sentences a continuation may take it up."""

    role: str
    left: int
    source: str = ""
    """The sentence that introduced the list (see :func:`same_cue_list`)."""


def carried_on(sentence: Sentence, carry: Carry | None) -> list[Mention]:
    """A sentence that carries on the list of a sentence just before: "Selanjutnya ada A,
    jabatan, serta B, jabatan.", "Lalu ada Ketua X Nama dan Komisioner Y Nama.", "Kemudian
    A (Org), B (Org).", or, right after the list, one more bare "Nama (pilar) seorang
    jabatan." paragraph. Without the lead-in only the very next sentence counts, and it must
    be nothing but people with positions."""
    if carry is None:
        return []
    text = sentence.text
    follow = phrase_regex("list_follow").match(text)
    lead = follow or phrase_regex("list_continue").match(text)
    # Remarks come as a sequence of acts, not as a list: only a passive "followed by"
    # ("Kemudian disusul A selaku ...") says its agents give the same remarks; a bare
    # "Kemudian A (Org), B (Org)." after them may as well start the talks.
    if (lead is None and carry.left < 2) or (carry.role == "opening" and follow is None):
        return []
    base = lead.end() if lead else 0
    if lead:
        base = _ALSO_THERE.match(text, base).end()  # "Kemudian juga ada A selaku ..."
        base = origin_end(text, base)  # "Lalu dari Malaysia, Prof Dr. A, ..."
    rest = text[base:]
    people = _bare_list(rest, single=True) if lead is None else _continued_list(rest)
    if _audience_led(text, base, people):
        return []
    if lead is not None and len(people) > 1 and _ordinal_lead(lead.group()):
        people = _numbered_item(rest, people)
    return [make_mention(p.person, carry.role, 2, text,
                         (base + p.start + p.person.end, base + p.end),
                         (sentence.index, base + p.start)) for p in people]


def _ordinal_lead(lead: str) -> bool:
    """The continuation opens with a numbering ordinal ("Kedua, dr. A, ...", "Yang ketiga,
    B"), not "Selanjutnya", which carries on a list without counting its items."""
    return lead.split()[-1].casefold() in _NUMBERING


_NUMBERING = frozenset({"pertama", "kedua", "ketiga", "keempat", "kelima", "keenam",
                        "ketujuh"})


def _numbered_item(rest: str, people: list[ListedPerson]) -> list[ListedPerson]:
    """The people of an item an ordinal numbers ("Ketiga, dr. A, M.S, Inisiator Yayasan
    Wakaf BINA Lestari."): an ordinal counts one item, so a later one-word "name" read in the
    words after the first person ("Lestari" after the acronym) is part of that person's job;
    a strong name (two words, a title, degrees) is still someone else ("Kedua, A dan B")."""
    later = [p for p in people[1:] if _strong_name(p.person)]
    if len(later) == len(people) - 1:
        return people
    first = people[0]
    single = parse_person(rest)
    if single is not None and single.name == first.person.name and single.position:
        first = ListedPerson(single, rest, first.start, max(first.end, single.end))
    return [first, *later]


_ALSO_THERE = re.compile(r"(?:\s*(?:juga|pula)\b)?(?:\s*ada\b)?(?:\s*(?:juga|pula)\b)?",
                         re.IGNORECASE)


def _continued_list(rest: str) -> list[ListedPerson]:
    """The people after a continuation lead-in: a list whose first item opens the text and
    whose descriptions hold no verb but an apposition ("yang merupakan Direktur ...")."""
    outside = re.sub(r"\([^()]*\)|\byang\s+(?:juga\s+)?merupakan\b", " ", rest)
    if any(looks_like_verb(w.strip(",.;:")) for w in outside.split()):
        return []
    people = parse_list(rest, whole_list=True)
    # After a lead-in, a job title right before a one-word name marks it as a person ("Lalu
    # ada Ketua Bawaslu RI Abhan dan ...").
    if not people or not all(_strong_name(p.person) or (p.person.position and p.person.start > 0)
                             for p in people):
        return []
    head = rest[:people[0].start + people[0].person.start]
    return people if head_is_position(head, lead_in=True) else []


def list_role(sentence: Sentence, found: list[Mention], cued: bool) -> str | None:
    """The role a continuation would take: that of the sentence's last person, when a role
    noun before that person introduced them (an opening one carries only to a "followed by",
    see :func:`carried_on`) (``cued``: the sentence's role cues found them;
    otherwise a pronoun list or a continuation did). "A selaku narasumber" names one person
    and no list."""
    if not found or found[-1].strength < 2 or found[-1].role not in {
            "speaker", "keynote", "kol", "opening"}:
        return None
    last = found[-1]
    if cued and not any(c.kind == "noun" and noun_gives(c.role, c.text, last.role)
                        and c.end <= last.order[1] for c in find_cues(sentence.text)):
        return None
    return last.role


def announced_list(sentence: Sentence, found: list[Mention]) -> str | None:
    """"Adapun narasumber dalam webinar ini antara lain:", "Speakers:": a sentence that ends
    by announcing a list it does not hold; the lines after it are that list."""
    cues = [c for c in find_cues(sentence.text) if c.kind == "noun"]
    if found or not cues or cues[-1].role not in {"speaker", "keynote", "kol", "moderator"}:
        return None
    tail = sentence.text[cues[-1].end:].strip()
    if not tail.endswith(":") or len(tail.split()) > 8:
        return None
    return cues[-1].role


def same_cue_list(sentence: Sentence, found: list[Mention], carry: Carry | None) -> str | None:
    """The role of people that a cue with no role of its own lists ("dihadiri oleh A dari X,
    B dari Y"), when the list just before introduced people of a role with that same cue
    ("dihadiri oleh 11 pembicara utama, di antaranya ..."): the article has said what the
    cue introduces, so a second list after it is more of the same programme. A cue used
    only for the audience ("also attended by ...") never named the speakers and gives
    nothing."""
    if carry is None or not carry.source or len(found) < 2 or any(
            m.role is not None for m in found):
        return None
    source = carry.source.casefold()
    for cue in find_cues(sentence.text):
        if cue.role != "none":
            continue
        at = source.find(sentence.text[cue.start:cue.end].casefold())
        if at < 0:
            continue
        nouns = [c for c in find_cues(carry.source) if c.kind == "noun" and noun_gives(
                    c.role, c.text, carry.role) and at < c.start and
                 len(carry.source[at:c.start].split()) <= 5]
        if nouns:
            return carry.role
    return None
