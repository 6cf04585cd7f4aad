"""Audience questions: who asked, whom, what, and what the answer was.

Forms read:

- "pertanyaan (lain) dari ASKER kepada [Narasumber 2] ADDRESSEE mengenai QUESTION?"
  (the question may start in the next paragraph after "mengenai"/"tentang");
- "ASKER bertanya/menanyakan (kepada ADDRESSEE) (tentang) QUESTION?";
- "ASKER asked (ADDRESSEE) (about) QUESTION?".

The question runs to its question mark. The answer is the text that follows it when it opens
with an answer cue ("Dijawab", "Dijelaskan", "Lalu di jawab", "Menjawab", "answered"),
up to the next question. The addressee is given the name the speaker list uses ("Narasumber
1 Rina Lestiani, S.Si" -> "Rina Lestiani").
"""

from __future__ import annotations

import re

from .model import Question, Speaker
from .names import speaker_key, strip_degrees

_NAME = r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|bin|binti)){0,5}"
_ROLE_REF = r"(?i:(?:narasumber|nara\s+sumber|pemateri|pembicara|speaker)\s*(?:ke-?)?\d*\s*)?"
_TOPIC = r"(?i:tentang|mengenai|terkait|soal|perihal|about|:)"
_QUESTION = r"(?P<q>[^?]{5,400}?\?)"
_PATTERNS = (
    re.compile(rf"\b(?i:pertanyaan)\s+(?i:(?:lain|berikutnya|selanjutnya)\s+)?(?i:dari|oleh)\s+"
               rf"(?P<asker>{_NAME})(?:\s+(?:asal|dari)\s+[\w ]{{2,30}}?)?"
               rf"\s+(?i:kepada|untuk|ke)\s+"
               rf"{_ROLE_REF}(?P<to>[A-Z][^?\n]{{1,80}}?)[\s,.]*(?:{_TOPIC}|\n)\s*{_QUESTION}"),
    re.compile(rf"(?P<asker>{_NAME})(?:\s+(?:dari|asal)\s+[^,?]{{2,40}}?)?(?:,\s+[^,?]{{3,60}})?"
               rf",?\s+(?:bertanya|menanyakan)\s+"
               rf"(?:kepada\s+{_ROLE_REF}(?P<to>{_NAME})\s+)?{_TOPIC}?\s*{_QUESTION}"),
    re.compile(rf"(?P<asker>{_NAME})\s+asked\s+(?:(?P<to>{_NAME})\s+)?{_TOPIC}?\s*{_QUESTION}"),
)
_HINTS = (re.compile(r"pertanyaan", re.IGNORECASE), re.compile(r"bertanya|menanyakan"),
          re.compile(r"\basked\b"))
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
    if "?" not in text:
        return questions
    for pattern, hint in zip(_PATTERNS, _HINTS):
        if not hint.search(text):
            continue
        for match in pattern.finditer(text):
            if any(a < match.end() and match.start() < b for a, b in taken):
                continue
            question = re.sub(r"\s+", " ", match.group("q")).strip()
            question = re.sub(r"^(?:tentang|mengenai|terkait|soal)\s+", "", question,
                              flags=re.IGNORECASE)
            asker = strip_degrees(match.group("asker"))
            to = match.groupdict().get("to")
            addressee = _canonical(to, speakers) if to else None
            questions.append(Question(question=question, asker=asker or None,
                                      addressee=addressee, answer=_answer(text, match.end())))
            taken.append((match.start(), match.end()))
    return questions
