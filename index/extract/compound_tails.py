"""Document-level evidence: a one-word "name" that is a dictionary word and that the article
writes only as the tail of a capitalised pair is the end of a body's or a job's name.

Why: Indonesian names of bodies and jobs are capitalised compounds of ordinary words
("Perguruan Tinggi", "Mahkamah Agung", "Staf Ahli Bidang Hukum", "Konselor Keluarga"). When a
reader cuts the compound before its last word ("dosen dua Perguruan" + "Tinggi", "Ketua
Mahkamah" + "Agung"), that word is left standing as a one-word person. A person named by one
word is introduced by something that marks a name: a title or a form of address ("Prof.
Dana", "Bapak Dana"), a comma or a function word before it ("..., Rasyid, S.Sos.", "dan
Santo"), or a degree after it. A dictionary word (Sastrawi's root list) that the article
writes nowhere but right after another capitalised word, which is no title, is read as that
compound's tail. A one-word name that is no dictionary word ("Supar" after "Pengkab, Pati")
is left alone: it cannot be the tail of a compound of ordinary words.

The same holds for a name of two or more words that are all dictionary words ("Kendali
Mutu", "Umbul Sari"), where the word before every sighting is itself a common noun of the
dictionary (a root or a pe(r)-/ke-...-an noun: "Tim", "Wisata", "Pengendalian") and no job
head ("Ketua", "Jurnalis", which do stand before names): a person's name follows a job, a
place or a body's short name, never a bare common noun that the compound continues. Given
names that are dictionary words ("Agung Jaya") are kept wherever they follow a job or a name.

Cost: only the rare one-word speakers and all-dictionary names are checked, with
``str.find`` on the article.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from index.model import Speaker
from index.names import is_honorific

from index.lexicon import position_words

from .english_words import english_words
from .root_words import root_words

# pe(r)-/ke- ... -an nouns ("pengendalian", "kelautan"): common nouns of fields and acts
_FIELD_NOUN = re.compile(r"^(?:per|pe[mn]g?|peny|ke)[a-z]{3,}an$")


def _common_noun_before(text: str, at: int) -> bool:
    """The word before ``at`` (one space or a line break) is a capitalised common noun of
    the dictionary, no job head."""
    if at < 2 or text[at - 1] not in " \n" or not text[at - 2].isalpha():
        return False
    start = max(text.rfind(" ", 0, at - 1), text.rfind("\n", 0, at - 1)) + 1
    word = text[start:at - 1]
    if not (word[:1].isupper() and word.isalpha()) or is_honorific(word):
        return False
    lower = word.casefold()
    return lower not in position_words() and (
        lower in root_words() or _FIELD_NOUN.match(lower) is not None)


def _tail_of_pair(text: str, at: int) -> bool:
    """The word at ``at`` follows a capitalised word that is no title, with one space."""
    if at < 2 or text[at - 1] != " " or not text[at - 2].isalpha():
        return False
    start = text.rfind(" ", 0, at - 1) + 1
    start = max(start, text.rfind("\n", 0, at - 1) + 1)
    word = text[start:at - 1]
    return word[:1].isupper() and word.isalpha() and not is_honorific(word)


def _only_compound_tail(name: str, text: str,
                        before: Callable[[str, int], bool] = _tail_of_pair) -> bool:
    """Every sighting of ``name`` in ``text`` (as a whole word) is the tail of a capitalised
    pair (``before`` tells the word before it), and there is one."""
    seen = False
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if (at == 0 or not text[at - 1].isalnum()) and (end >= len(text)
                                                         or not text[end].isalnum()):
            if not before(text, at):
                return False
            seen = True
        at = text.find(name, at + 1)
    return seen


def without_compound_tails(speakers: list[Speaker], text: str) -> list[Speaker]:
    """``speakers`` without one-word names that are a compound's tail (module docstring)."""
    if not text:
        return speakers
    kept = []
    for speaker in speakers:
        name = speaker.name
        if " " not in name and name.casefold() in root_words() and \
                speaker.name_as_written == name and _only_compound_tail(name, text):
            continue
        if " " in name and speaker.name_as_written == name and all(
                _dictionary_word(w) for w in name.split()) and _only_compound_tail(
                    name, text, _common_noun_before):
            continue
        kept.append(speaker)
    return kept


def _dictionary_word(word: str) -> bool:
    lower = word.casefold()
    return lower in root_words() or lower in english_words()
