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

Cost: only the rare one-word speakers are checked, with ``str.find`` on the article.
"""

from __future__ import annotations

from index.model import Speaker
from index.names import is_honorific

from .root_words import root_words


def _tail_of_pair(text: str, at: int) -> bool:
    """The word at ``at`` follows a capitalised word that is no title, with one space."""
    if at < 2 or text[at - 1] != " " or not text[at - 2].isalpha():
        return False
    start = text.rfind(" ", 0, at - 1) + 1
    start = max(start, text.rfind("\n", 0, at - 1) + 1)
    word = text[start:at - 1]
    return word[:1].isupper() and word.isalpha() and not is_honorific(word)


def _only_compound_tail(name: str, text: str) -> bool:
    """Every sighting of ``name`` in ``text`` (as a whole word) is the tail of a capitalised
    pair, and there is one."""
    seen = False
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if (at == 0 or not text[at - 1].isalnum()) and (end >= len(text)
                                                         or not text[end].isalnum()):
            if not _tail_of_pair(text, at):
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
        kept.append(speaker)
    return kept
