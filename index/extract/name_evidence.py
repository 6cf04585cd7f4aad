"""Document-level evidence for a person known only by one word: the full name the article
writes elsewhere.

Why: reports introduce a person once in full, often where no role cue reads them ("The
guidance counselor, Ma'am Rina S. Santos, Ph.D., organized ..."; "Rektor Prof. Dr. Moh.
Rahman, in his remarks, ..."), and then refer back with one word and an honorific where the
programme is told ("According to Ma'am Rina", "Prof. Rahman emphasized", "ungkap Gubernur
Habib Salim"). Only the short mention is then found, and the record names the person by a
given name or a surname alone. A writer shortens a name to one of its own words, never to
another person's, so when every longer spelling in the article that holds that word is one
and the same name, that name is the person's.

The longer spelling is read around each occurrence of the word: to the left only what a
name may open with before the word (an initial "A.", a name abbreviation "Moh.", and the
word before a particle "bin"), to the right the rest of a name (capitalised name words,
initials, a particle between two name words). An occurrence glued after another
capitalised word that is no honorific ("Yayasan Rina Santos", "Dinas X Rina Santos") is
left out: there the words may belong to a body's name, which says nothing about the
person. Added words that the article also writes in lower case are common words, not
a name (:mod:`.case_evidence`). One string search per one-word person, when the speaker
list is assembled.
"""

from __future__ import annotations

import re

from index.lexicon import not_name_words, phrase_set, position_words
from index.names import is_degree, is_honorific, is_initial

from .case_evidence import common_phrase, current_words
from .people_0_tokens import looks_like_verb
from .phrase_find import phrase_spans

_MAX_ADDED = 4
_LOOK_BACK = 80
"""Characters read before an occurrence: enough for the few words a name opens with."""
_TOKEN = re.compile(r"\S+")
_CLOSING = ",;:)”\"’!?"


def _particle(word: str) -> bool:
    return word.casefold() in phrase_set("name_particle")


def _abbrev(word: str) -> bool:
    return word.rstrip(".").casefold() in phrase_set("name_abbrev") and word.endswith(".")


def _name_word(word: str) -> bool:
    """A capitalised word that may go on a name: not a title, degree, job or body word."""
    bare = word.rstrip(".")
    if not bare[:1].isupper() or not bare.replace("-", "").replace("'", "").replace(
            "’", "").isalpha():
        return False
    folded = bare.casefold()
    return not (is_honorific(word) or is_degree(word) or folded in not_name_words()
                or folded in position_words() or looks_like_verb(word))


def _right(text: str, end: int) -> list[str]:
    """The name words written right after ``end`` (up to a mark or a non-name word)."""
    added: list[str] = []
    if end < len(text) and not text[end].isspace():
        return added
    for match in _TOKEN.finditer(text, end):
        if len(added) >= _MAX_ADDED or text[end:match.start()].count("\n"):
            break
        raw = match.group()
        word = raw.rstrip(_CLOSING + ".")
        tail = raw[len(word):]
        if is_initial(word) and tail.startswith("."):
            word, tail = word + ".", tail[1:]  # "S." keeps its full stop
        closed = bool(tail)  # "Santos," / "Santos)." / "Santos." end the name
        if is_initial(word) and not closed:
            added.append(word)
        elif _particle(word) and not closed:
            added.append(word)
        elif _name_word(word):
            added.append(word)
        else:
            break
        end = match.end()
        if closed:
            break
    while added and (is_initial(added[-1]) and not added[-1].endswith(".")
                     or _particle(added[-1])):
        added.pop()  # a name ends on a name word ("Santos A" -> a list letter may follow)
    return added


def _left(text: str, start: int) -> list[str] | None:
    """The words a name opens with right before ``start`` (initials, name abbreviations),
    or ``None`` when a capitalised word that is no title comes right before: the words may
    then be the end of a body's name."""
    words = text[max(0, start - _LOOK_BACK):start].split()
    if start > _LOOK_BACK:
        words = words[1:]  # (the first may be cut)
    added: list[str] = []
    while words and len(added) < _MAX_ADDED and (is_initial(words[-1]) or _abbrev(
            words[-1])) and not is_honorific(words[-1]):  # "H." is a title, not an initial
        added.insert(0, words.pop())
    if words:
        before = words[-1]
        if before[:1].isupper() and before[-1:] not in _CLOSING + "." and not is_honorific(
                before):
            return None
    return added


def full_name(word: str, text: str) -> tuple[str, str] | None:
    """The one longer name the article ``text`` writes holding the name words ``word`` (one,
    or two: "Rudi Sembiring" for "Rudi Sembiring Meliala"), and the words added before it,
    or ``None`` when there is none or more than one."""
    if not text or len(word) < 3:
        return None
    found: dict[str, tuple[str, str]] = {}
    for start, end in phrase_spans(text, word.split()):
        right = _right(text, end)
        left = _left(text, start)
        if left is None or (not left and not right):
            continue
        name = " ".join([*left, word, *right])
        found.setdefault(name.casefold(), (name, " ".join(left)))
    if len(found) != 1:
        return None
    name, left = next(iter(found.values()))
    own = set(word.split())
    added = [w for w in name.split() if w not in own and not is_initial(w) and not _particle(w)
             and not _abbrev(w)]
    if added and common_phrase(added, current_words()):
        return None
    return name, left
