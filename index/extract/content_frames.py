"""Guards of the cues that place a person on the programme by what they give it, with no
role noun: "A memberi pengajian", "A, Dosen X, diundang untuk mengisi materi", "B turut
memberikan pandangan", and the passive whose agent follows without "oleh" ("Ceramah kedua
disampaikan Ketua X Nama"). The words are ``phrases.tsv`` classes (``content_give``,
``content_object``, ``content_assign``, ``content_passive``); ``role_cues.tsv`` writes the
frames.

Such a verb phrase says someone spoke only when it is the predicate of a person of the
programme. It is not when

- it stands inside a "bahwa"/"that" clause: what someone said the event is for ("menegaskan
  bahwa webinar ini forum untuk memberikan pencerahan") has no person as its subject;
- its verb opens a purpose clause ("forum ilmiah untuk memberikan pencerahan", "guna
  memberikan pemahaman"): the subject is the noun the clause hangs on, unless the purpose
  hangs on a verb of assigning the person ("diundang untuk mengisi materi"), which the
  longer cue covers;
- (passive) its subject is no content or talk noun: "Hal itu disampaikan Bupati X" reports
  a claim, "Sambutan disampaikan Bupati X" an opening, which other cues read; an opinion
  ("Pendapat itu disampaikan Menteri X") is reported speech, not a slot on the programme.
  A demonstrative does not change that: "Topik ini dipaparkan Pak X" names who gave the
  topic just described;
- (passive) it stands inside a quotation: "Apa yang disampaikan Pak X" is someone's words.

The passive verbs are the bare forms of the speaker cues "di<verb> oleh" (``role_cues.tsv``),
and "diberikan" (whose "oleh" cue is an opening's, "sambutan diberikan oleh"): Indonesian may
drop "oleh" when the agent follows the verb at once.
"""

from __future__ import annotations

import re
from functools import lru_cache

from index.lexicon import phrase_set

from .talks import OPINION_NOUNS

# a clause of what was said: no cue after it in its sentence is a person's predicate
_SAID = re.compile(r"\b(?:bahwa|that)\b", re.IGNORECASE)
# a purpose preposition right before the cue's verb
_PURPOSE = re.compile(r"\b(?:untuk|guna|demi)\s*$", re.IGNORECASE)
# the words of an opening or a claim before the passive verb: not a content subject
_NOT_CONTENT = frozenset({"sambutan", "pembukaan", "pembuka", "pengantar", "arahan",
                          "hal", "pernyataan", "penjelasan"})
# the clause before the passive verb: back to the last punctuation, at most this many words
_SUBJECT_WORDS = 6


@lru_cache(maxsize=None)
def _objects() -> frozenset[str]:
    """Every word of a content noun, and "pidato" (a speech given as the content)."""
    return frozenset(w for p in phrase_set("content_object") for w in p.split()) | {
        "pidato"}


@lru_cache(maxsize=None)
def _subjects() -> frozenset[str]:
    """The nouns that make a bare passive a programme item: a content noun, a talk noun
    ("topik", "presentasi", "makalah"), a speech ("pidato(nya)"), but no opinion."""
    talk = frozenset(w for p in phrase_set("talk_noun") for w in p.split())
    return (_objects() | talk | {"pidatonya"}) - OPINION_NOUNS


def _verb_key(key: str) -> str:
    """``key`` with a passive prefix written apart joined again ("di sampaikan")."""
    return key[:2] + key[3:] if key.startswith("di ") else key


@lru_cache(maxsize=4096)
def is_content_cue(key: str) -> bool:
    """``key`` (a cue's words, lower case) is one of the giving-content frames."""
    words = _verb_key(key).split()
    if len(words) == 1:
        return words[0] in phrase_set("content_passive")
    return any(w in phrase_set("content_give") for w in words) and \
        words[-1] in _objects()


def content_cue_holds(text: str, start: int, end: int, key: str) -> bool:
    """Whether the giving-content cue ``key`` at ``text[start:end]`` (one sentence) is the
    predicate of a person (the module docstring)."""
    if _SAID.search(text, 0, start):
        return False
    words = _verb_key(key).split()
    if len(words) == 1:
        return _passive_agent(text, start, end)
    if words[0] in phrase_set("content_give"):
        return _PURPOSE.search(text, max(0, start - 16), start) is None
    return True


def _passive_agent(text: str, start: int, end: int) -> bool:
    """"Tausiyah kedua disampaikan Ketua X Nama": a content or talk noun is the subject,
    within its clause, a capitalised word (a position, a form of address or a name) follows
    the verb at once, and the verb is outside a quotation."""
    if not re.match(r"\s+[A-Z]", text[end:end + 2]):
        return False
    before = text[:start]
    if before.count("“") > before.count("”") or before.count('"') % 2:
        return False
    clause = re.split(r"[,.;:!?()“”\"]", text[max(0, start - 80):start])[-1]
    subject = [w.casefold() for w in re.findall(r"[\w’']+", clause)][-_SUBJECT_WORDS:]
    return any(w in _subjects() for w in subject) and not any(
        w in _NOT_CONTENT for w in subject)
