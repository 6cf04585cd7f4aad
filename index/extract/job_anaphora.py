"""A job pointing back to a person: "Namun, Dosen Uji ini menilai ...".

Indonesian news refers back to the person just named by their job and a demonstrative
("Namun, Rektor Universitas X ini menilai ..."), as by a pronoun ("Beliau ..."): the job
is that person's, stated as plainly as an apposition. The reference is read only when it
is unambiguous: the job opens its clause (after an adverbial lead at most), is written in
title case as an office with its body ("Kepala Sekolah X", two words or more, headed by a
job word that is no programme role), and a demonstrative ("ini", "tersebut") closes it before
a verb, or before the comma of a sentence opened by a preposition of attribution ("Menurut
Kepala X ini, ..."); one person only is named in the two sentences before.

It gives a job only to a person with none yet: a reference adds nothing to a job the
article already states.
"""

from __future__ import annotations

import re
from functools import lru_cache

from index.lexicon import position_words, role_nouns

from .people_0_tokens import looks_like_verb
from .people_6_frames import Mention
from .positions_elsewhere import name_occurrences
from .sentences import Sentence


@lru_cache(maxsize=1)
def _offices() -> frozenset[str]:
    """Job nouns that are no programme role ("Dosen", "Kepala", "Rektor")."""
    return position_words() - role_nouns()


# "... ini" closing a capitalised noun phrase before a verb (a cheap test on the sentence
# first: "webinar ini" and the like, in lower case, never get further)
# ("tersebut" is the other demonstrative of a noun phrase); or the job after a preposition of
# attribution, closed by its comma ("Menurut Kepala X ini, ...": the view is that person's)
# (written to open with the capital, the word start asked from behind, and the word read
# once for both endings: the engine then leaps from capital to capital instead of trying a
# word boundary at every character; the same matches and groups as
# "\b[A-Z][\w)-]*(,?\s+...)([a-z]\w+)|\b[A-Z][\w)-]*(\s+(?:ini|tersebut)),", since only the
# whole word, up to a comma or a space, can be followed by either ending)
_THIS = re.compile(r"[A-Z](?<!\w[A-Z])[\w)-]*(?:(,?\s+(?:ini|tersebut)\s+(?:pun\s+|juga\s+|"
                   r"lantas\s+|kemudian\s+)?)([a-z]\w+)|(\s+(?:ini|tersebut)),)")
_ATTRIBUTION = re.compile(r"(?:Menurut|Bagi|Di\s+mata)\s+")
# the words a title-case job may hold besides capitalised ones
_LINKS = frozenset({"dan", "di", "dari", "&", "of", "and", "the", "for", "untuk", "bidang"})
_WORD = re.compile(r"[^\s,]+")


def _job_before(head: str) -> str | None:
    """The title-case job that ends ``head`` and opens its clause: after the sentence
    start, an adverbial lead closed by a comma ("Namun,", "Dalam paparannya,") or a
    lower-case adverb ("kemarin"); ``None`` when a capitalised word stands before the job
    in its clause (a name or another job: the demonstrative is theirs)."""
    words = [(m.start(), m.group()) for m in _WORD.finditer(head)]
    first = next((i for i, (_, w) in enumerate(words) if w.casefold() in _offices()
                  and w[:1].isupper()), None)
    if first is None or len(words) - first < 2:
        return None
    job = words[first:]
    if any(not (w[:1].isupper() or w[:1].isdigit() or w[:1] == "(" or w in _LINKS)
           for _, w in job):
        return None
    lead = head[:words[first][0]]
    clause = lead.rsplit(",", 1)[-1].split()
    if len(lead.split()) > 6 or any(w[:1].isupper() for w in clause):
        return None
    return head[words[first][0]:].strip(" ,") or None


def _only_person_before(index: int, mentions: list[Mention], sentences: list[Sentence],
                        ) -> Mention | None:
    """The one person named in the two sentences before sentence ``index``: read there,
    or written there by the name a reader found elsewhere ("Pak Martin" in a sentence no
    reader placed at the event)."""
    texts = [s.text for s in sentences if index - 2 <= s.index < index]
    before = [m for m in mentions if index - 2 <= m.order[0] < index or any(
        name_occurrences(text, m.name) for text in texts)]
    if len({m.name for m in before}) != 1:
        return None
    return max(before, key=lambda m: m.order)


def _demonstrative_job(sentence: Sentence, mentions: list[Mention], sentences: list[Sentence],
                       ) -> Mention | None:
    """"Namun, Dosen Uji ini menilai ...": the job of the one person named before."""
    text = sentence.text
    if " ini " not in text and " ini, " not in text and " tersebut " not in text \
            and " tersebut, " not in text:
        return None
    match = _THIS.search(text)
    if match is None:
        return None
    if match.group(2) is not None:
        if not looks_like_verb(match.group(2)):
            return None
        job = _job_before(text[:match.start(1)])
    else:
        lead = _ATTRIBUTION.match(text)
        if lead is None:
            return None
        job = _job_before(text[lead.end():match.start(3)])
    if job is None:
        return None
    last = _only_person_before(sentence.index, mentions, sentences)
    if last is None or any(m.position for m in mentions if m.name == last.name):
        return None
    return Mention(last.name, last.written, None, 0, job, None, last.handle,
                   (sentence.index, 0), narrative=True)


def anaphoric_jobs(sentences: list[Sentence], mentions: list[Mention]) -> list[Mention]:
    """The jobs that sentences give to a person named before them (module docstring)."""
    found = []
    for sentence in sentences:
        mention = _demonstrative_job(sentence, mentions, sentences)
        if mention is not None:
            found.append(mention)
    return found
