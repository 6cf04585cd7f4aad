"""The main speakers of a panel: a speaker noun qualified by "utama" given to several people.

Why: "utama" (main) makes a speaker noun ("pembicara utama") the Indonesian of "keynote
speaker" when it singles one person out of the programme ("A hadir sebagai pembicara
utama", "dihadiri oleh pembicara utama Direktur X, A"). Said of several people at once it
names no single address above the others: "dua pembicara utama, A dan B", "pembicara utama
adalah A dan B", "11 pembicara utama di antaranya A, B, ..." are the panel's speakers, the
main part of the programme, and each of them is a speaker. The plural shows in the list
the noun introduces (more than one name) or in a count or plural marker right before the
noun ("dua", "11", "para"). Only a speaker noun with "utama" reads so: "pembicara kunci"
and "keynote speaker" are keynotes however many there are, and a speech noun with "utama"
("pidato utama") is one address.
"""

from __future__ import annotations

import re
from functools import lru_cache

from index.lexicon import number_words, phrase_pattern, role_cues

# the qualifier that makes a speaker noun "main" rather than "key"
_MAIN = "utama"


@lru_cache(maxsize=1)
def _speaker_nouns() -> frozenset[str]:
    """The one-word speaker nouns of the cue table ("pembicara", "narasumber")."""
    return frozenset(c.phrase.casefold() for c in role_cues()
                     if c.role == "speaker" and c.kind == "noun" and " " not in c.phrase)


@lru_cache(maxsize=1)
def _plural_before() -> re.Pattern[str]:
    """A count of two or more, or a plural marker, right before the noun (end of text)."""
    counts = [w for w, (kind, value) in number_words().items()
              if kind == "unit" and value >= 2]
    return re.compile(r"(?:\b(?:" + phrase_pattern(counts) + r"|para|beberapa)|"
                      r"(?<![\d.,/])(?:[2-9]|[1-9]\d))\s+(?:orang\s+)?$", re.IGNORECASE)


def main_speaker_noun(cue_text: str) -> bool:
    """``cue_text`` is a speaker noun qualified by "utama" ("pembicara utama")."""
    words = cue_text.casefold().split()
    return len(words) == 2 and words[1] == _MAIN and words[0] in _speaker_nouns()


def panel_of_main_speakers(cue_text: str, text: str, cue_start: int, listed: int) -> bool:
    """The keynote cue ``cue_text`` at ``cue_start`` in ``text`` names the panel's main
    speakers, not a keynote: a speaker noun with "utama" said of ``listed`` > 1 people or
    counted as plural right before it."""
    if not main_speaker_noun(cue_text):
        return False
    return listed > 1 or _plural_before().search(text, max(0, cue_start - 20),
                                                 cue_start) is not None


def noun_gives(cue_role: str, cue_text: str, role: str) -> bool:
    """A role noun of ``cue_role`` written ``cue_text`` may have given its list ``role``: its
    own, or a speaker's for a panel of main speakers (:func:`panel_of_main_speakers`)."""
    return cue_role == role or (role == "speaker" and main_speaker_noun(cue_text))
