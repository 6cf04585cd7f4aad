"""Dictionary evidence: a capitalised run made only of ordinary English words is no name.

Why: English-language reports capitalise the words of units, programmes, fields and
headings ("the Division of ...", "Director of Quality Assurance", "Coastal Fisheries",
"Reinforced Steel"), and such a run stands where a name would. Inside the article there may be
no lower-case use of the same words to tell it apart (:mod:`case_evidence` needs one), but the
language itself does: a word that an English dictionary only ever writes in lower case is a
common word. A person's name almost always has at least one word that is not such a word (a
given name or a family name the dictionary writes with a capital, or one it does not hold at
all: Indonesian, Thai, Malay names), so a run *every* word of which is an ordinary English
word is a common phrase.

The list (``index/data/english_words.txt``, generated from SCOWL by
``tests/benchmarks/make_english_words.py``) leaves out words the dictionary also writes with a
capital ("Rose", "Mark", "Grace", "Martin") and words under four letters, so a name made of
such homographs is kept. The cue is weaker than an honorific, degrees or a handle, which keep
the run (``people_3_phrase.run_is_person`` asks this only for unanchored runs).
"""

from __future__ import annotations

from functools import lru_cache

from index.resources import word_list


@lru_cache(maxsize=None)
def english_words() -> frozenset[str]:
    """Ordinary lower-case English words of four letters or more, read on first use."""
    return frozenset(word_list("english_words.txt"))


def ordinary_english(words: list[str]) -> bool:
    """Every word of ``words`` (capitalised tokens of a run) is an ordinary English word
    ("Quality Assurance", "Division"); an initial, a short word or one the list lacks keeps
    the run a possible name."""
    common = english_words()
    return bool(words) and all(w.rstrip(".").casefold() in common for w in words)
