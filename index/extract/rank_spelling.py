"""A rank misspelt by one letter, known by the corps written after it ("Brigen TNI X").

Ranks are written before a name and are no part of it nor of the job before it; the
list of them (``honorifics.txt``) holds each rank as it is spelt. Reporters drop or swap a
letter now and then ("Brigen" for Brigjen, "Laksmana" for Laksamana), and the misspelt
rank is then read as a word of the job ("Kepala Staf X Laksmana TNI") or of the name. A
corps after a word ("TNI", "Polri", "Pol", "Inf") says that word is a rank, so a word one
edit from a listed rank of six letters or more is that rank when a corps follows it. Short
ranks ("Mayor", "AKBP") are left out: one edit from them reaches ordinary words.
"""

from __future__ import annotations

from functools import lru_cache

from index.resources import word_set

_LONG = 6


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1:] for i in range(len(word))}


@lru_cache(maxsize=1)
def _rank_keys() -> tuple[frozenset[str], frozenset[str]]:
    """The long titles of the list, and every form of them with one letter left out."""
    ranks = frozenset(w.casefold().replace(".", "") for w in word_set("honorifics.txt")
                      if len(w) >= _LONG and w.isalpha())
    return ranks, frozenset(d for rank in ranks for d in _deletions(rank))


@lru_cache(maxsize=4096)
def misspelt_rank(word: str) -> bool:
    """``word`` is one edit (a letter left out, added or replaced) from a listed title of six
    letters or more, without being one; ask only of a word that a corps follows."""
    lower = word.rstrip(".").casefold()
    if not lower.isalpha() or len(lower) < _LONG - 1:
        return False
    ranks, deleted = _rank_keys()
    if lower in ranks:
        return False
    return lower in deleted or any(d in ranks or d in deleted for d in _deletions(lower))
