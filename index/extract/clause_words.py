"""Auxiliaries: the closed class of words that mark a predicate, never a noun phrase.

Indonesian marks aspect, mood and negation with words before the verb ("sudah", "telah",
"belum", "akan", "sedang", "masih", "bisa", "dapat", "harus", "boleh", "mampu", "pernah",
"tidak", "bukan"). They belong to clauses: a name, a job or the name of a body never holds
one. A stretch of text that holds one is therefore a clause, whatever its case: a headline
in title case ("Kepala Dinas Rina Wati: Vaksinasi Sudah Bisa Dimulai Di Pasar Baru") writes
it with a capital, and its capitalised words then only look like names and positions. The
list readers (:mod:`.listings`), which take a text that is nothing but people with their
positions, ask this before they read one.

"tengah" ("sedang") is left out: it is also a word of place names ("Jawa Tengah").
"""

from __future__ import annotations

AUXILIARIES = frozenset({"sudah", "telah", "belum", "akan", "sedang", "masih", "bisa",
                         "dapat", "harus", "boleh", "mampu", "pernah", "tidak", "tak",
                         "bukan"})


def holds_auxiliary(words: list[str]) -> bool:
    """One of ``words`` (any case, with or without punctuation) is an auxiliary."""
    return any(w.strip(",.;:!?“”\"'()").casefold() in AUXILIARIES for w in words)
