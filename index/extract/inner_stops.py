"""Full stops inside a noun phrase that :mod:`index.extract.sentences` must not cut at.

Besides titles, degrees and listed abbreviations (``sentences._keeps_going``), four
shapes put a full stop and then a capital inside one noun phrase:

- an abbreviation in brackets that qualifies a rank or title ("Letjen TNI (Purn.) Rudi
  Hartono", "Prof. (Hon.) Rina"): a bracket holding one short word and its full stop is a
  qualifier, never a sentence of its own; the name goes on after it;
- a chain of abbreviated place units ("Prov. Kab. X", "Provv. Kep. Y"): a listed unit
  abbreviation written with its full stop ("Kep.", "Kab.") names the unit of the place
  after it, so a short capitalised abbreviation right before it governs it ("Provinsi
  Kep. Y" written short) rather than ending a sentence;
- a bracket opened after a name for the person's position ("Dr. Rina (Kepala Pusat X,
  Badan Y. Kementerian Z) ..."): the full stop between the units of an institution is
  inside the bracket, closed later or left open by the writer, so the sentence (and the
  list of speakers it carries) goes on;
- the full stop of a name's last degree before that name's job, written with no comma
  between them as Indonesian writes a name, its degrees and its job
  (:func:`job_after_degrees`, where the two readings that tell such a job from the
  subject of a new sentence are explained).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from index.lexicon import abbreviations, position_words, role_nouns
from index.names import is_degree, is_honorific, is_initial

# "(Purn." right before the full stop at the end of ``before``: one short word in brackets
_BRACKETED_WORD = re.compile(r"\([A-Za-z][A-Za-z.]{0,7}$")
# A short capitalised word that ends in a consonant: the shape of an abbreviation ("Provv",
# "Kab"), not of a word closing a sentence in a vowel ("Jawa", "Bali")
_SHORT_CAPITAL = re.compile(r"(?:^|\s)[A-Z][a-z]{1,4}$")
_VOWEL_END = re.compile(r"[aeiou]$")
# A listed unit abbreviation with its full stop, then a capitalised word: "Kep. Babel"
_UNIT_NEXT = re.compile(r"([A-Z][a-z]{1,4})\.\s+[A-Z]")
_UNITS = frozenset({"kab", "kep", "kec", "kel", "prov"})
# A bracket opened after a word of a name or a degree, then a capital: "Rina (Kepala"
_NAME_BRACKET = re.compile(r"[A-Za-z.,]\s*\([A-Z]")
BRACKET_SPAN = 200
OPEN_SPAN = 120


def bracketed_abbreviation(before: str, closing: str) -> bool:
    """The full stop ending ``before`` closes an abbreviation in brackets ("(Purn.)"):
    ``closing`` is what stands between the full stop and the space (")")."""
    return closing == ")" and _BRACKETED_WORD.search(before, max(0, len(before) - 10)) \
        is not None


def unit_chain(before: str, after: str) -> bool:
    """The full stop between ``before`` and ``after`` follows a short capitalised
    abbreviation that governs a listed place unit abbreviation ("Provv. Kep. Babel")."""
    unit = _UNIT_NEXT.match(after)
    if unit is None or unit.group(1).casefold() not in _UNITS:
        return False
    if unit.group(1).casefold() not in abbreviations():
        return False
    word = _SHORT_CAPITAL.search(before, max(0, len(before) - 7))
    return word is not None and _VOWEL_END.search(word.group()) is None


def inside_name_bracket(before: str, after: str) -> bool:
    """The full stop between ``before`` and ``after`` stands inside a bracket opened after a
    name for a position ("Dr. Rina (Kepala Pusat X, Badan Y. Kementerian Z"): the bracket
    opened within :data:`BRACKET_SPAN` characters (:data:`OPEN_SPAN` when it is never
    closed), holds no ")" yet, and what follows is capitalised, as the next unit of the
    institution is."""
    opened = before.rfind("(", max(0, len(before) - BRACKET_SPAN))
    if opened < 1 or not after[:1].isupper() or ")" in before[opened:]:
        return False
    if _NAME_BRACKET.match(before, opened - 2 if before[opened - 1] == " " else opened - 1) \
            is None:
        return False
    closes = after.find(")")
    opens = after.find("(")
    # closed before the next bracket opens: the full stop is inside this one
    if closes >= 0 and (opens < 0 or closes < opens):
        return True
    # never closed: the writer left it open; the position goes on to its next unit, which
    # a full stop in the first words of the bracket separates (later, the sentence ends)
    return closes < 0 and len(before) - opened <= OPEN_SPAN


# Longest stretch (characters) of a sentence that is only a name and its degrees
NAME_ALONE_SPAN = 120
# Words that join the words of a job's title ("Dosen atau Praktisi PR", "Head of X")
_TITLE_LINKS = frozenset({"dan", "serta", "atau", "&", "of", "for", "and", "or", "the"})


def job_after_degrees(after: str, sentence: str | None,
                      comma_degree: Callable[[], bool]) -> bool:
    """The full stop of a name's last degree, before ``after``, ends no sentence: ``after``
    opens with that name's job, written with no comma after the degrees as Indonesian
    writes a name, its degrees and its job ("Ibu Rina, S.H., LL.M. Dosen Universitas X
    memaparkan ...", "A, S.H. Direktur LBH X dan B, M.H. Kepala Pusat Y").

    Both readings need ``after`` to open with a capitalised job head (:func:`_job_head`); a
    capitalised job noun may as well open a sentence of its own about whoever holds the
    job ("Kepala sekolah lalu menutup acara"), and each reading shows it does not:

    - the sentence so far (``sentence``, the stop excluded; None where no sentence is read
      here) is only a name with its forms of address and degrees (:func:`_name_alone`): a
      name and its degrees alone are no sentence (no predicate), so whatever job follows,
      even English "The Head of Z" or a common noun after the head, is the person's
      position and the sentence goes on to its verb;
    - elsewhere in a sentence, the degrees are set off from the name by a comma
      (``comma_degree``, asked last: the caller reads the word before the stop for it) and
      the job names its office or body in capitals (:func:`_names_its_body`). A sentence
      that opens with a job noun to speak of its holder names the holder after a comma
      ("Kepala Dinas X, B, mengatakan"), uses a common noun ("Kepala sekolah lalu ..."),
      or opens with a programme role noun ("Narasumber kedua B ...", as often a sentence
      of its own) or an English article: none of these is read on here."""
    words = after.split(maxsplit=8)
    head = _job_head(words)
    if not head:
        return False
    if sentence is not None and _name_alone(sentence):
        return True
    return head == words[0] and head.casefold() not in role_nouns() and _names_its_body(
        words) and comma_degree()


def _job_head(words: list[str]) -> str:
    """The head of the job that ``words`` (the words after a full stop) open with, after an
    English article ("The Head of Z"), its comma stripped: a capitalised position word, or
    "" when they open with none."""
    if not words:
        return ""
    head = words[1] if words[0] == "The" and len(words) > 1 else words[0]
    head = head.rstrip(",;")
    return head if head[:1].isupper() and head.casefold() in position_words() else ""


def _name_alone(sentence: str) -> bool:
    """``sentence`` is only a name with its forms of address and degrees, the last degree
    ending at the full stop: it holds no word in lower case (a verb, a preposition, "dan":
    then a job may open a sentence of its own) and no job word of its own before the
    name."""
    if len(sentence) > NAME_ALONE_SPAN:
        return False
    tokens = [t.strip(",") for t in sentence.split()]
    tokens = [t for t in tokens if t]
    if len(tokens) < 2 or not is_degree(tokens[-1] + "."):
        return False
    names = 0
    for token in tokens:
        if is_honorific(token) or is_degree(token) or is_initial(token):
            continue
        if not (token[:1].isupper() and token.replace("-", "").replace("’", "").replace(
                "'", "").isalpha()) or token.casefold() in position_words():
            return False
        names += 1
    return names >= 1


def _names_its_body(words: list[str]) -> bool:
    """The job that ``words`` open with names its office or body in capitals ("Direktur
    LBH X", "Dosen atau Praktisi PR") and no holder after a comma ("Kepala Dinas X, B,"):
    the degrees of a name listed after the job follow their comma."""
    if len(words) < 2:
        return False
    second = 2 if words[1].casefold() in _TITLE_LINKS and len(words) > 2 else 1
    if not words[second][:1].isupper():
        return False
    for k, word in enumerate(words[1:8], 1):
        bare = word.strip(",.;:()")
        lower = bare.casefold()
        if not (bare[:1].isupper() or lower in _TITLE_LINKS or lower in position_words()):
            break
        if word.endswith(",") and k + 1 < len(words) and words[k + 1][:1].isupper() and \
                not is_degree(words[k + 1].split(maxsplit=1)[0].rstrip(",")):
            return False
    return True
