"""Document-level evidence for where a body's name ends and a person's name starts.

Why: Indonesian coverage writes a job, its organisation and the holder's name with no mark
between them ("Ketua Forum Guru Melati Rina Lestari", "Kepala BPP Sumbagsel Dodi Pratama").
When the body's name ends in words that are not in any word list ("Melati", "Sumbagsel"),
nothing inside the sentence shows where the name starts, and the body's last words are
read as given names. The same article, though, usually names the body again on its own
("para guru Forum Guru Melati, Kecamatan ...", "dari BPP Sumbagsel."): the word before the
name and the words after it occur elsewhere *without* the name following. A person's given
name is not repeated after the body's head without the rest of the name, so those words
belong to the body.

The cue is read only when the position written before the name ends with a word of the body
(its head "Forum", "Dewan", "Gugus" or an acronym "BPP"), not with a job word: after a job
word a bare given name is a usual short reference ("Bupati Zaki mengatakan"), so a repeat
of "Bupati Zaki" says nothing about the body. An occurrence followed by a verb is skipped
for the same reason ("BPP Dodi menjelaskan"), and so is one followed by a capitalised word
that may be a name ("Forum Guru Melati Rina", the name spelled another way), and so is one
across a line break (a caption "..., Kepala Dinas X" and then a paragraph "Rina menegaskan
..."): words of two lines are no phrase. One string
search per word split, done once per person when the speaker list is assembled.

Read the other way (:func:`given_name_before`), the same evidence gives a name back its
first word: when the split between a body and a name took a given name into the position
("Juri Tetap Lomba Cipta Puisi Lestari Yuliani | Sari Handayani"), the article naming the
body on its own elsewhere, and writing that word after it only before this name, shows the
word is the person's.
"""

from __future__ import annotations

import re

from index.lexicon import not_name_words, position_words
from index.names import is_honorific, is_initial

from .english_words import english_words
from .gazetteer import place_at

from .people_0_tokens import looks_like_verb
from .phrase_find import followed_by, phrase_spans
from .root_words import root_words

_NEXT_WORD = re.compile(r"[^\W\d_][\w-]*")


def _body_head(position: str | None) -> str | None:
    """The last word of ``position`` when it is a capitalised word of a body (not a job word,
    not an honorific), else ``None``."""
    if not position:
        return None
    last = position.split()[-1]
    if not last[:1].isupper() or last[-1:] in ".,;:)" or is_honorific(last):
        return None
    if last.casefold() in position_words():
        return None
    return last


def _repeated_alone(text: str, phrase: list[str], name_start: str) -> bool:
    """``phrase`` occurs in ``text`` followed by neither ``name_start`` nor a verb."""
    for start, end in phrase_spans(text, phrase):
        if "\n" in text[start:end]:
            continue  # a heading or caption ends on the body's word; the next line opens anew
        after = text[end:end + 40]
        if followed_by(text, end, name_start):
            continue  # the name itself (this mention or another full one)
        word = _NEXT_WORD.search(after)
        if word is None or word.start() > 3:
            return True  # a full stop, comma or bracket closes the body's name
        nxt = word.group()
        if looks_like_verb(nxt) or (nxt[:1].isupper() and nxt.casefold() not in not_name_words()):
            continue  # a verb ("BPP Dodi menjelaskan"), or another spelling of the name
        return True
    return False


def body_words(name: str, position: str | None, text: str) -> int:
    """How many leading words of ``name`` end the body the position before it names, by the
    evidence of the article ``text`` (0 when there is none)."""
    head = _body_head(position)
    if head is None or not text:
        return 0
    words = name.split()
    for cut in range(len(words) - 1, 0, -1):
        body, rest = words[:cut], words[cut:]
        if not all(w[:1].isupper() and len(w) >= 2 and not w.endswith(".")
                   and not is_initial(w) for w in body):
            continue
        if all(is_initial(w) for w in rest):
            continue
        if _repeated_alone(text, [head, *body], rest[0]):
            return cut
    return 0


def given_name_before(name: str, position: str | None, text: str) -> str | None:
    """The given name that the position written before ``name`` took as the last word of a
    body ("Juri Tetap Lomba Cipta Puisi Lestari | Rina Wulan Sari" read with "Rina" in the
    position), by the evidence of the article ``text``: the same body named elsewhere on its
    own ("... Lomba Cipta Puisi Lestari di Balai Kota") ends before that word, and a body's
    name does not grow a word that is a name shaped like a person's one sentence later.
    The word is read so only where the article writes it after the body before this name
    and nowhere else ("SKK Migas Sumbagut" before two people's names is the body's region).
    Returns the word, or ``None``. Read only for a name of one or two words (a longer run
    was not cut at its last two words) and a plain capitalised word that no list knows."""
    if not position or not text or len(name.split()) > 2:
        return None
    before = position.split("; ")[0].split()
    if len(before) < 3:
        return None
    word = before[-1]
    if not (len(word) >= 3 and word[:1].isupper() and word[1:].isalpha() and word[1:].islower()
            and word.casefold() not in position_words()
            and word.casefold() not in not_name_words() and not place_at([word])
            and word.casefold() not in root_words() and word.casefold() not in english_words()):
        return None  # ("Pendidikan Dasar": a dictionary word goes on the body)
    body = before[-3:-1]
    if not all(w[:1].isupper() and w.isalpha() and not is_honorific(w)
               and w.casefold() not in position_words() for w in body):
        return None  # ("Kepala X Sumbagut": a body of one word after the job, its region)
    first = name.split()[0]
    if any(not followed_by(text, end, first) for _, end in phrase_spans(text, [*body, word])):
        return None  # the word after the body before another name: the body's own word
    return word if _repeated_alone(text, body, word) else None
