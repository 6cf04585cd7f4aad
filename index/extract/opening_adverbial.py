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
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from index.lexicon import phrase_pattern, phrases

from .people_2_positions import head_is_position
from .people_3_phrase import parse_person
from .people_6_frames import Mention, make_mention
from .sentences import Sentence

# What the subject may do in its main clause before the adverbial clause: a verb and at most
# two more lower-case words ("menyampaikan pandangannya", "memberikan arahan"), no complement
# clause ("mengatakan bahwa ..." names what was said, and its subject is another's).
_MAIN_PREDICATE = re.compile(r"[,\s]*(?:(?!bahwa\b|yang\b)[a-z]+\s+){0,3}$")


@lru_cache(maxsize=None)
def _adverbial() -> re.Pattern[str]:
    """A subordinator and the clause of opening: "membuka/mengawali" an event whose head
    noun is one of the event nouns, or giving the sambutan (not "sambutan kunci", the
    keynote)."""
    nouns = phrase_pattern(sorted(set(phrases("opened_noun")) | set(phrases("event_noun"))))
    # the event noun itself, or a name opening with a capital whose head noun comes within
    # five words (Indonesian "Workshop Z", English "Z engagement program")
    event = r"(?:[A-Z][\w-]*(?:\s+[\w-]+){0,4}?\s+)?(?i:" + nouns + r")\b"
    opened = r"(?:membuka|mengawali)\s+(?:secara\s+resmi\s+)?(?:acara\s+|kegiatan\s+)?" + event
    welcome = r"(?:memberikan|memberi|menyampaikan)\s+(?:kata\s+)?sambutan(?:nya)?\b" \
        r"(?!\s+kunci)"
    return re.compile(r"(?<![\w-])(?:saat|ketika|sewaktu|tatkala|dalam)\s+(?:" + opened + r"|"
                      + welcome + r")")


def adverbial_opening(sentence: Sentence, lead_of: Callable[[str], int]) -> Mention | None:
    """The subject of ``sentence`` if an adverbial clause of the main clause says they
    opened the event (module docstring). ``lead_of``: where a sentence proper starts (after
    a dateline or a discourse opener), asked only of a sentence that may hold the clause."""
    text = sentence.text
    if "membuka" not in text and "sambutan" not in text and "mengawali" not in text:
        return None  # a quick test before the regex
    lead = lead_of(text)
    clause = _adverbial().search(text, lead)
    if clause is None:
        return None
    slot = text[lead:clause.start()]
    person = parse_person(slot[:240])
    if person is None or len(person.name.split()) < 2:
        return None
    head = slot[:person.start]
    if head.strip(" ,") and not head_is_position(head.rstrip(" ,")):
        return None  # the subject opens the sentence, a job before it at most
    gap = slot[person.end:]
    if person.position and (at := gap.find(person.position)) >= 0:
        gap = gap[at + len(person.position):]
    if "“" in gap or '"' in gap or _MAIN_PREDICATE.fullmatch(gap) is None:
        return None
    return make_mention(person, "opening", 1, text, (clause.end(), clause.end()),
                        (sentence.index, lead + person.start))
