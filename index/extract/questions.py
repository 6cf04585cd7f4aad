"""Audience questions: who asked, whom, what, and what the answer was.

Forms read:

- "pertanyaan (lain) dari ASKER kepada [Narasumber 2] ADDRESSEE mengenai QUESTION?"
  (the question may start in the next paragraph after "mengenai"/"tentang");
- "ASKER bertanya/menanyakan (kepada ADDRESSEE) (tentang) QUESTION?";
- "ASKER asked (ADDRESSEE) (about) QUESTION?".

The question runs to its question mark. Reported (indirect) questions, the usual form in
news prose ("... kepada Rina mengenai apa yang harus dilakukan bila akun diretas."), run to
the end of their sentence instead, and count only after a topic word ("tentang", "mengenai",
"about") or when they open with an interrogative ("apakah", "bagaimana", "how", "whether"):
without that gate any "X menanyakan kesiapan daerah." would become an audience question.
A reported question may sit between commas ("Darmawati, seorang pedagang, kepada ...").
The answer is the text that follows it when it opens
with an answer cue ("Dijawab", "Dijelaskan", "Lalu di jawab", "Menjawab", "answered"),
up to the next question. The addressee is given the name the speaker list uses ("Narasumber
1 Rina Lestiani, S.Si" -> "Rina Lestiani").
"""

from __future__ import annotations

import re

from index.model import Question, Speaker
from index.names import speaker_key, strip_degrees

from .folded import finds
from .people_3_phrase import parse_person

_NAME = r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|bin|binti)){0,5}"
_ROLE_REF = r"(?i:(?:narasumber|nara\s+sumber|pemateri|pembicara|speaker)\s*(?:ke-?)?\d*\s*)?"
_TOPIC = r"(?i:tentang|mengenai|terkait|soal|perihal|about|:)"
_DIRECT = r"(?P<q>[^?]{5,400}?\?)"
_REPORTED = r"(?P<q>[^?\n]{5,400}?)(?=\.(?:\s|$))"
# One clause of apposition: it may hold "S.Pd" but never crosses a sentence or paragraph end.
_CLAUSE = r"(?:[^,?.\n]|\.(?!\s))"
_APPOSITION = rf"(?:,\s+{_CLAUSE}{{3,60}},?)?"
_INTERROGATIVE = re.compile(
    r"(?:apakah|bagaimana|apa|mengapa|kenapa|kapan|di\s?mana|siapa|berapa|seberapa|"
    r"how|whether|what|why|when|where|which|who|if)\b", re.IGNORECASE)
_TOPIC_AT_END = re.compile(rf"{_TOPIC}\s*$")
# Capitalised sentence openers that the name pattern takes in ("Sementara Fajar bertanya").
# ("Lalu" is left alone: it is also a Sasak name title, "Lalu Ahmad Zaini".)
_CONNECTIVE = re.compile(r"^(?:Sementara(?:\s+itu)?|Kemudian|Selanjutnya|Adapun|Sedangkan|"
                         r"Meanwhile|Then|Later)\s+")


def _patterns(question: str) -> tuple[re.Pattern[str], ...]:
    """The three question frames, each ending in ``question`` (direct or reported)."""
    return (
        re.compile(rf"\b(?i:pertanyaan)\s+(?i:(?:lain|berikutnya|selanjutnya|pertama|kedua|"
                   rf"ketiga|terakhir)\s+)?(?i:(?:datang|diajukan|disampaikan|muncul)\s+)?"
                   rf"(?i:dari|oleh)\s+"
                   rf"(?P<asker>{_NAME})(?:\s+(?:asal|dari)\s+[\w ]{{2,30}}?)?{_APPOSITION}"
                   rf"\s+(?i:kepada|untuk|ke)\s+"
                   rf"{_ROLE_REF}(?P<to>[A-Z][^?\n]{{1,80}}?)[\s,.]*(?:{_TOPIC}|\n)\s*{question}"),
        re.compile(rf"(?P<asker>{_NAME})(?:\s+(?:dari|asal)\s+{_CLAUSE}{{2,40}}?)?"
                   rf"(?:,\s+{_CLAUSE}{{3,60}})?,?\s+(?:bertanya|menanyakan)\s+"
                   rf"(?:kepada\s+{_ROLE_REF}(?P<to>{_NAME})\s+)?{_TOPIC}?\s*{question}"),
        re.compile(rf"(?P<asker>{_NAME}){_APPOSITION},?\s+asked\s+(?:(?P<to>{_NAME})\s+)?"
                   rf"{_TOPIC}?\s*{question}"),
    )


_HINTS = (re.compile(r"pertanyaan", re.IGNORECASE), re.compile(r"bertanya|menanyakan"),
          re.compile(r"\basked\b"))
_HINT_WORDS = {_HINTS[1]: ("bertanya", "menanyakan"), _HINTS[2]: ("asked",)}
r"""The words one of which each case-minding hint's match is (as written): ``\basked\b``
opens with a word boundary and gets no quick scan, so it was tried at every character of
every article; most texts hold none of the words, and ``in`` finds that in C."""


def _hinted(hint: re.Pattern[str], text: str) -> bool:
    """``finds(hint, text)``, after the ``in`` test of the hint's words (a match is one of
    them, so without one there is none)."""
    words = _HINT_WORDS.get(hint)
    if words is not None and not any(word in text for word in words):
        return False
    return finds(hint, text)


_FRAMES = tuple(zip(_patterns(_DIRECT), _HINTS, [False] * 3)) + tuple(
    zip(_patterns(_REPORTED), _HINTS, [True] * 3))
"""(pattern, cheap hint, reported?): every direct frame is tried before any reported one."""
_ANSWER = re.compile(r"^\s*(?:(?:lalu|kemudian|dan)\s+)?(?:di\s?jawab|dijelaskan|menjawab|"
                     r"jawab(?:an)?(?:nya)?|ditanggapi|menanggapi|answered|replied|responded)\b",
                     re.IGNORECASE)
_NEXT_QUESTION = re.compile(r"\b(?:pertanyaan|bertanya|menanyakan|asked)\b", re.IGNORECASE)


def _canonical(name: str, speakers: list[Speaker]) -> str:
    bare = strip_degrees(re.sub(r"^(?:narasumber|pemateri|pembicara)\s*\d*\s*", "", name,
                                flags=re.IGNORECASE))
    key = speaker_key(bare)
    for speaker in speakers:
        if speaker_key(speaker.name) == key or bare.casefold() in speaker.name.casefold():
            return speaker.name
    return bare


def _answer(text: str, end: int) -> str | None:
    rest = text[end:]
    match = _ANSWER.match(rest)
    if not match:
        return None
    stop = _NEXT_QUESTION.search(rest, match.end())
    answer = (rest[:stop.start()] if stop else rest).strip()
    answer = answer.split("\n\n")[0]
    answer = re.sub(r"\s+", " ", answer).strip(" ,")
    sentence_end = max(answer.rfind(". "), answer.rfind("."))
    if stop and sentence_end > 0:
        answer = answer[:sentence_end + 1]
    return answer or None


def extract_questions(text: str, speakers: list[Speaker]) -> list[Question]:
    """The audience questions written in ``text`` (paragraphs separated by blank lines)."""
    questions: list[Question] = []
    taken: list[tuple[int, int]] = []
    # each hint scans the whole text once, not once per frame that shares it
    hinted = {hint: _hinted(hint, text) for hint in _HINTS}
    for pattern, hint, reported in _FRAMES:
        if not hinted[hint]:
            continue
        for match in pattern.finditer(text):
            if any(a < match.end() and match.start() < b for a, b in taken):
                continue
            asker = strip_degrees(_CONNECTIVE.sub("", match.group("asker")))
            if reported and not (
                (_TOPIC_AT_END.search(text[match.start():match.start("q")])
                 or _INTERROGATIVE.match(match.group("q")))
                and parse_person(asker, name_first_only=True) is not None
            ):
                continue  # a reported question needs the gate and a person asking it
            question = re.sub(r"\s+", " ", match.group("q")).strip()
            question = re.sub(r"^(?:tentang|mengenai|terkait|soal)\s+", "", question,
                              flags=re.IGNORECASE)
            to = match.groupdict().get("to")
            addressee = _canonical(to, speakers) if to else None
            questions.append(Question(question=question, asker=asker or None,
                                      addressee=addressee,
                                      answer=_answer(text, match.end() + reported)))
            taken.append((match.start(), match.end()))
    return questions
