"""An opening told by an adverbial clause of the sentence's subject: "Kepala X A saat membuka
Forum Y secara virtual menjelaskan ...", "Menteri X, A, dalam memberikan sambutan mengatakan
...", "Ketua X A menyampaikan pandangannya ketika membuka Lokakarya Y".

Why: an Indonesian adverbial clause of time or manner made of a subordinator and a verb
("saat/ketika/sewaktu/tatkala/dalam + membuka X", "+ memberikan sambutan") has no subject of
its own: it takes the subject of its main clause. When that subject is the person who opens
the sentence, the clause says that person opened the event (its object is an event, named
by an event noun, "Workshop Z", "Z program"), or gave the sambutan, whichever predicate the
main clause has and whatever stands between: the main clause's own verb and object
("menyampaikan pandangannya saat membuka ..."), or nothing ("A saat membuka ... menjelaskan").
The role cues read such a person only when copulas alone stand between them and the cue
(role_cues.tsv, "A saat membuka acara"); here the main predicate may stand there too. The
mention is weak (strength 1, as "membuka acara"): a role word stated for the person elsewhere
("narasumber") still wins.

The same clause made of a preposition and the noun of the act ("dalam/pada/saat (rangkaian)
pembukaan Seminar Y": at the opening of the event) frames its subject the same way: "Rektor A
dalam pembukaan Seminar Y mengatakan ...". The subject of a passive verb of saying is what was
said, its agent the one who spoke, so "Demikian dikatakan Rektor A dalam pembukaan Seminar Y"
places A's words at the opening as well. Fronted before the main clause ("Dalam pembukaan
webinar X, Bupati A menyampaikan ..."), the clause takes the subject that follows its comma
when a verb follows that subject. Attending ("A hadir dalam pembukaan ...") is no speaking.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from index.lexicon import phrase_pattern, phrases

from .people_0_tokens import looks_like_verb
from .people_2_positions import head_is_position
from .people_3_phrase import parse_person
from .people_6_frames import Mention, make_mention
from .sentences import Sentence

# What the subject may do in its main clause before the adverbial clause: a verb and at most
# two more lower-case words ("menyampaikan pandangannya", "memberikan arahan"), no complement
# clause ("mengatakan bahwa ..." names what was said, and its subject is another's).
_MAIN_PREDICATE = re.compile(r"[,\s]*(?:(?!bahwa\b|yang\b)[a-z]+\s+){0,3}$")
# A passive verb of saying before its agent ("Demikian dikatakan", "Hal ini disampaikan oleh"):
# the agent is the one who spoke, and the adverbial clause after the agent tells where.
_PASSIVE_SAY = re.compile(r"(?:(?:demikian|hal|pernyataan|penegasan|pesan|ungkapan|penjelasan)"
                          r"\s+(?:(?:ini|itu|tersebut)\s+)?(?:(?:juga|pula)\s+)?)?di(?:katakan|"
                          r"sampaikan|ungkapkan|jelaskan|tegaskan|paparkan|utarakan)\s+(?:oleh\s+)?",
                          re.IGNORECASE)
# Being present is no speaking: "A turut hadir dalam pembukaan webinar".
_ATTENDS = re.compile(r"\b(?:hadir|menghadiri|mengikuti|menyaksikan|turut|ikut)\b")
# The end of a fronted clause: its comma, a quoted title inside it kept whole.
_CLAUSE_END = re.compile(r"(?:[^,.;:“”\"\n]|“[^”\n]{0,120}”|\"[^\"\n]{0,120}\"){0,160}?\s*,\s*")


@lru_cache(maxsize=None)
def _clause() -> str:
    """A subordinator and the clause of opening: "membuka/mengawali" an event whose head
    noun is one of the event nouns, or giving the sambutan (not "sambutan kunci", the
    keynote); or a preposition and "pembukaan" of such an event."""
    nouns = phrase_pattern(sorted(set(phrases("opened_noun")) | set(phrases("event_noun"))))
    # the event noun itself, or a name opening with a capital whose head noun comes within
    # five words (Indonesian "Workshop Z", English "Z engagement program")
    event = r"(?:[A-Z][\w-]*(?:\s+[\w-]+){0,4}?\s+)?(?i:" + nouns + r")\b"
    opened = r"(?:membuka|mengawali)\s+(?:secara\s+resmi\s+)?(?:acara\s+|kegiatan\s+)?" + event
    welcome = r"(?:memberikan|memberi|menyampaikan)\s+(?:kata\s+)?sambutan(?:nya)?\b" \
        r"(?!\s+kunci)"
    noun = r"(?:acara\s+|rangkaian\s+(?:acara\s+)?)?pembukaan\s+(?:acara\s+|kegiatan\s+)?" + event
    return (r"(?:(?:saat|ketika|sewaktu|tatkala|dalam)\s+(?:" + opened + r"|" + welcome
            + r")|(?:saat|ketika|sewaktu|tatkala|dalam|pada|di)\s+" + noun + r")")


@lru_cache(maxsize=None)
def _adverbial() -> re.Pattern[str]:
    """The clause of :func:`_clause` anywhere in a sentence."""
    return re.compile(r"(?<![\w-])" + _clause())


@lru_cache(maxsize=None)
def _fronted() -> re.Pattern[str]:
    """The clause of :func:`_clause` opening the sentence, up to its comma."""
    return re.compile(r"(?i:" + _clause() + r")")


def _may_hold(text: str) -> bool:
    """A quick test before the regexes: a word of the clause is there."""
    return "membuka" in text or "sambutan" in text or "mengawali" in text or "embukaan" in text


# Where a clause of :func:`_clause` may open, in any case. Every alternative of the clause is
# a subordinator or preposition ("saat", "ketika", "sewaktu", "tatkala", "dalam", "pada", "di"),
# white space, in the noun's alternative only "acara " or "rangkaian (acara) ", then a word
# that opens with "membuka", "mengawali", "memberi" (of "memberikan"), "menyampaikan" or
# "pembukaan". Each of those subordinators is one of the letters s, k, t, d, p and one of the
# tails below, each verb "m" or "p" and one of the verb tails, so a clause matched by
# :func:`_fronted` (case-insensitive) or by :func:`_adverbial` (case-sensitive but for the
# event's noun) also matches this pattern, at the same place: a sentence where it finds
# nothing holds neither, and its lead (costly, asked only for the clause) is not needed.
# (The first letter as a class lets the regex engine skip to candidate letters fast.)
_CLAUSE_START = re.compile(r"[sktdp](?:aat|etika|ewaktu|atkala|alam|ada|i)\s+(?:acara\s+|"
                           r"rangkaian\s+(?:acara\s+)?)?[mp](?:embuka|engawali|emberi|"
                           r"enyampaikan)", re.IGNORECASE)


def adverbial_opening(sentence: Sentence, lead_of: Callable[[str], int]) -> Mention | None:
    """The subject of ``sentence`` if an adverbial clause of the main clause says they
    opened the event (module docstring). ``lead_of``: where a sentence proper starts (after
    a dateline or a discourse opener), asked only of a sentence that may hold the clause."""
    text = sentence.text
    if not _may_hold(text) or _CLAUSE_START.search(text) is None:
        return None  # quick tests before the lead and the regexes (see _CLAUSE_START)
    lead = lead_of(text)
    if (fronted := _fronted_opening(sentence, lead)) is not None:
        return fronted
    clause = _adverbial().search(text, lead)
    if clause is None:
        return None
    slot = text[lead:clause.start()]
    if (said := _PASSIVE_SAY.match(slot)) is not None:
        slot = slot[said.end():]  # the agent of "dikatakan" opens what is left
        lead += said.end()
    person = parse_person(slot[:240])
    if person is None or len(person.name.split()) < 2:
        return None
    head = slot[:person.start]
    if head.strip(" ,") and not head_is_position(head.rstrip(" ,")):
        return None  # the subject opens the sentence, a job before it at most
    gap = slot[person.end:]
    if person.position and (at := gap.find(person.position)) >= 0:
        gap = gap[at + len(person.position):]
    if "“" in gap or '"' in gap or _MAIN_PREDICATE.fullmatch(gap) is None or \
            _ATTENDS.search(gap):
        return None
    return make_mention(person, "opening", 1, text, (clause.end(), clause.end()),
                        (sentence.index, lead + person.start))


def _fronted_opening(sentence: Sentence, lead: int) -> Mention | None:
    """The subject after a fronted clause of opening: "Dalam pembukaan webinar X, Bupati A
    menyampaikan ...". The clause opens the sentence (or follows its dateline, ``lead`` or
    the start); the subject opens what follows its comma, a job before it at most, and a
    verb follows the subject (or its job written after it)."""
    text = sentence.text
    for start in {0, lead}:
        clause = _fronted().match(text, start)
        if clause is not None:
            break
    else:
        return None
    comma = _CLAUSE_END.match(text, clause.end())
    if comma is None:
        return None
    slot = text[comma.end():comma.end() + 240]
    person = parse_person(slot)
    if person is None or len(person.name.split()) < 2:
        return None
    head = slot[:person.start]
    if head.strip(" ,") and not head_is_position(head.rstrip(" ,")):
        return None
    gap = slot[person.end:]
    if person.position and (at := gap.find(person.position)) >= 0:
        gap = gap[at + len(person.position):]
    words = gap.lstrip(" ,").split(maxsplit=2)
    if words and words[0] in ("juga", "pun", "pula"):
        words = words[1:]  # ("A juga menyampaikan")
    if not words or not looks_like_verb(words[0].rstrip(",")) or _ATTENDS.match(words[0]):
        return None
    return make_mention(person, "opening", 1, text, (clause.end(), clause.end()),
                        (sentence.index, comma.end() + person.start))
