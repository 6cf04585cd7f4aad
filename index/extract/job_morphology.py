"""Indonesian agent nouns: a word that names a person by what they do, read from its shape.

The position word list can never hold every trade ("peternak", "pelaut", "pedagang",
"sejarawan", ...), but Indonesian forms the name of a doer regularly: the prefix pe-/peN-
on a root (pe-ternak, pen-ari, peng-usaha, peny-uluh) and the suffixes -wan/-wati
(warta-wan, budaya-wan, karya-wati). After a copula that follows a person's name
("Sutarno adalah peternak sapi"), such a word starts the person's job: "adalah" takes a
noun predicate, and a doer noun predicated of a person is what they do.

What the shape rules out: pe-...-an is a nominalisation of an act or a thing ("pelatihan",
"pengalaman", "perubahan"), never a person; a word shorter than six letters is too short
to be prefix plus root ("pesat", "penuh"); "-wan" words of six letters or fewer are roots
("rawan", "hewan", "kawan"), and "-wati" needs a root of three letters. Stop words, verbs
and the repository's prose words ("pertama", "peserta", "pemerintah") are never jobs. The
suffix -is is left out: it also ends many adjectives ("kritis", "praktis", "strategis").

The loan suffix -if (from -ive: "aktif", "kreatif", "komunikatif", "inspiratif") makes
adjectives, and an Indonesian adjective follows the noun it describes ("moderator
komunikatif", "pembicara inspiratif"): a lower-case stretch headed by one describes the
role before it, never a job (the few job nouns of that shape, "eksekutif", are position
words, which callers check first).
"""

from __future__ import annotations

import re
from functools import lru_cache

from index.resources import word_set

from .people_1_runs import looks_like_verb

_PE_AGENT = re.compile(r"^pe[a-z]{4,}$")
_IF_ADJECTIVE = re.compile(r"^[a-z]{3,}if$")
_WAN_AGENT = re.compile(r"^(?:[a-z]{4,}wan|[a-z]{3,}wati)$")


@lru_cache(maxsize=4096)
def agent_noun(word: str, prose: frozenset[str] = frozenset()) -> bool:
    """``word`` has the shape of an Indonesian doer noun (pe-/peN- + root, -wan/-wati).

    ``prose``: words known never to head a job (passed in to keep this module free of the
    lexicon's position list)."""
    if not word.isalpha() or not word.islower():
        return False
    if word in prose or word in word_set("stopwords_id.txt") or looks_like_verb(word):
        return False
    if _WAN_AGENT.match(word):
        return True
    return bool(_PE_AGENT.match(word)) and not word.endswith("an")


def act_noun(word: str) -> bool:
    """``word`` has the shape of a pe-/peN-...-an nominalisation ("penyampaian",
    "pelatihan", "pembukaan"): it names an act or a thing, never a person, so it heads no job
    ("selaku penyampaian materi ketiga" is the part the person took, not an office). Inside a
    job it may name the field ("kepala divisi penanggulangan bencana"), so only a caller
    that knows the word opens the phrase may use it."""
    return word.isalpha() and word.islower() and len(word) > 7 and word.endswith("an") and bool(
        _PE_AGENT.match(word))


def adjective_shape(word: str) -> bool:
    """``word`` is a lower-case loan adjective in -if ("komunikatif", "inovatif")."""
    return bool(_IF_ADJECTIVE.match(word))
