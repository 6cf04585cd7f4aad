"""A short object between a verb of exposition and its "about" phrase (docs/ARCHITECTURE.md,
extract: talks).

Why: a verb of exposition ("memaparkan", "menjelaskan", "mengupas", ...) may take a general
noun before the preposition that names its subject: "memaparkan beberapa hal menyangkut X",
"memaparkan konsep inovatif mengenai X", "menjelaskan data terbaru terkait X", or an adverb:
"mengupas tuntas mengenai X". The preposition of "about" makes X the subject of what was
said, as it does right after the verb ("memaparkan tentang X", :mod:`.talks`); the words
before it only say what kind of thing was said about X. Not after verbs of handing over or of
speech acts ("menyampaikan terima kasih terkait X", "memberikan apresiasi mengenai X": their
object is the act, not a talk), nor of telling one's own story ("bercerita", "berbagi"), nor
"membahas" (its bare object is already its subject, :data:`.talks._DISCUSS`). The object is
at most three words with no claim, conjunction or adverb of addition or sequence in it
("memaparkan juga tentang X" is one point among others, as "juga memaparkan tentang X" is;
"menjelaskan terlebih dahulu informasi terkait X" is what came before the talk proper), nor
an object owned by the speaker ("memaparkan hasil penelitiannya tentang X": a report of one's
own work, as "bercerita tentang pengalamannya" tells one's own story; the labelled coverage
fills no talk there).
"""

from __future__ import annotations

import re

EXPOSITION = frozenset({"memaparkan", "memamparkan", "menjelaskan", "menerangkan",
                        "menguraikan", "mengupas", "mengulas", "menjabarkan", "membedah",
                        "menyoroti", "mempresentasikan", "menggambarkan"})
"""The verbs of exposition among the talk verbs (``talk_verb``): what they set out is a
subject."""

# "menyangkut" is a preposition of "about" as "mengenai" is ("hal-hal menyangkut X")
_OBJECT_ABOUT = re.compile(
    r"(?P<words>(?:\s+(?!(?:bahwa|dan|serta|atau|namun|tetapi|yaitu|yakni|juga|pula|pun|"
    r"sedikit|sekilas|singkat|umum|terlebih|dahulu|dulu|tentang|mengenai|terkait|seputar|"
    r"perihal|soal|menyangkut)\b)(?![a-z-]+nya\b)[a-z][\w-]*){1,3}?)\s+(?:tentang|mengenai|"
    r"terkait|seputar|perihal|menyangkut)\s+(?=\S)", re.IGNORECASE)


def object_then_about(verb: str, text: str, end: int) -> int | None:
    """Where the subject starts when ``verb`` (ending at ``text[end]``) is a verb of
    exposition followed by a short object or adverb and a preposition of "about"
    ("memaparkan beberapa hal menyangkut X"), else ``None``."""
    if verb.casefold() not in EXPOSITION:
        return None
    match = _OBJECT_ABOUT.match(text, end)
    return None if match is None else match.end()
