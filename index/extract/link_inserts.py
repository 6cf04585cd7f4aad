"""Sentences that link to other articles: "Baca juga: ...", the headlines under "Berita
Terkait".

A news page sets links to other reports between its paragraphs. Their words belong to those
reports: a name there is no speaker of this programme (:mod:`.speakers`), a town there is
no place of this event (:mod:`.place`). Both readers drop the same sentences.
"""

from __future__ import annotations

import re

from .sentences import Sentence

LINK_INSERT = re.compile(r"^\W{0,3}(?:(?:baca|simak|lihat|tonton)\s+(?:juga|pula|selengkapnya)|"
                         r"(?:berita|artikel)\s+(?:terkait|lainnya|pilihan|terpopuler)|"
                         r"(?:read|see)\s+(?:also|more)|also\s+read|related(?:\s+(?:articles?|"
                         r"news|posts?|stories))?)\b\s*[:»>|-]?|^\W{0,3}baca\s*[:»>|-]",
                         re.IGNORECASE)
"""The label that opens a link insert ("Baca juga:", "Berita Terkait", "Read also")."""
_CLOSED = re.compile(r"[.!?;:”\"’)]\s*$")


def link_inserts(sentences: list[Sentence]) -> set[int]:
    """The indices of the sentences that link to other articles: a labelled link ("Baca
    juga: Dosen X: ..."), and the unpunctuated headlines listed under a label standing alone
    ("Berita Terkait")."""
    skipped: set[int] = set()
    heading = False
    for sentence in sentences:
        text = sentence.text
        match = LINK_INSERT.match(text)
        if match is not None and (text[match.end():].strip() or len(text.split()) <= 3):
            skipped.add(sentence.index)
            heading = not text[match.end():].strip()  # a heading: headlines follow it
        elif heading and not _CLOSED.search(text) and len(text) <= 160:
            skipped.add(sentence.index)
        else:
            heading = False
    return skipped
