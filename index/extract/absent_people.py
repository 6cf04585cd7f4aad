"""People the article says were not at the session: stood in for, or kept away.

A clause whose subject is a person and whose predicate says that person did not come is a
statement about the session's programme, whatever reader found the name elsewhere:

- the passive of standing in, as a relative clause on the name ("Sambutan diberikan oleh
  A, Kepala Dinas X, yang diwakilkan oleh Sekretaris Dinas", "A yang saat acara diwakili
  oleh B"): the stand-in spoke, A did not, even when the stand-in is named by office
  alone and so is no person the readers can list;
- being kept away, "berhalangan" ("A, yang semula dijadwalkan sebagai pembicara,
  berhalangan hadir", "A tidak dapat hadir karena berhalangan", "A berhalangan");
- "A melalui Jabatan B": the office holder A acts through the one after "melalui", who
  is on the programme in A's stead (as :mod:`.reported_speech` reads the subject of a
  verb of saying; here the clause is a role cue's, "Webinar dibuka oleh A melalui
  Sekretaris X, B").

Only the name the clause is predicated of is dropped: between the name and the clause
stand only its apposition (degrees, a capitalised job and body, a bracket, "selaku" or
"sebagai" and a job), never a conjunction, a verb or another clause. "Tidak dapat hadir"
alone is not enough: in a hybrid event a speaker who could not come to the hall often
spoke online.

Read once per article after the readers, gated on the words of the cues, so that an
article without them costs a substring test per sentence.
"""

from __future__ import annotations

import re
from operator import attrgetter

from index.lexicon import position_words
from index.model import Speaker

from .people_6_frames import PASSIVE_PREFIX, STAND_IN_VERB
from .sentences import Sentence

# The apposition of a name: degrees, a capitalised job and body, a bracket, commas, and the
# lower-case words that join a job to its holder or body ("selaku Ketua X", "dari Dinas Y").
# A lower-case word of any other kind (a verb, "dan", "serta") ends it.
_APPOSITION = (r"(?P<gap>(?:\s*(?:,|\([^()]{0,100}\)|[A-Z][\w.’'&/-]*(?![\w’'&/-])|[–-]|"
               r"(?:selaku|sebagai|dari|pada|of|the)\b)){0,16}?\s*,?\s+)")

# Standing in, said of the one stood in for, is the passive of "wakil" or of "ganti" (to
# replace): "A ... yang digantikan oleh B" says B spoke in A's place. The active
# "menggantikan" is the stand-in's own act and is no cue here.
_REPLACED = r"gantikan\b"

# The apposition, then what the clause after it says: the relative passive of standing in,
# or being kept away, or acting through someone else.
_NOT_THERE = re.compile(
    _APPOSITION + r"(?:(?:yang|who)\s+(?:[a-z]+\s+){0,5}?(?:"
    rf"{PASSIVE_PREFIX}(?:{STAND_IN_VERB}|{_REPLACED})|berhalangan\b"
    r"|was\s+(?:represented|replaced)\b)"
    r"|(?:tidak\s+(?:dapat|bisa|sempat)\s+hadir\s+karena\s+)?berhalangan\b"
    r"|was\s+represented\b"
    r"|(?P<through>melalui|lewat)\s+(?P<job>[A-Z][\w.]*))")

_CUE_WORDS = ("wakil", "gantikan", "berhalangan", "represented", "replaced", "melalui", "lewat")
_text = attrgetter("text")


def _occurrences(name: str, text: str) -> list[int]:
    """Where ``name`` ends in ``text`` as whole words."""
    ends = []
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if (at == 0 or not text[at - 1].isalnum()) and (end == len(text)
                                                        or not text[end].isalnum()):
            ends.append(end)
        at = text.find(name, end)
    return ends


def _not_there(name: str, text: str, others: list[str]) -> bool:
    """``text`` says of ``name`` that the person was stood in for or kept away."""
    for end in _occurrences(name, text):
        cue = _NOT_THERE.match(text, end, end + 400)
        if cue is None or any(other in cue.group("gap") for other in others):
            continue  # ("A, B yang diwakili oleh C": the clause is B's)
        if cue.group("through") is None:
            return True
        # "A melalui Sekretaris X, B": a job opens what follows, and a person of the
        # programme is named there ("Universitas X melalui Fakultas Y" joins a body and its
        # unit, "melalui Zoom" names a medium)
        if cue.group("job").casefold().rstrip(".") in position_words() and any(
                other in text[cue.end():cue.end() + 120] for other in others):
            return True
    return False


def without_absent(speakers: list[Speaker], sentences: list[Sentence]) -> list[Speaker]:
    """``speakers`` without those the article says were not at the session."""
    if not speakers:
        return speakers
    # (each of _CUE_WORDS tested in line: the same answer as any() over them, without a
    # generator made for each sentence of each article)
    cued = [text for text in map(_text, sentences)
            if "wakil" in text or "gantikan" in text or "berhalangan" in text
            or "represented" in text or "replaced" in text or "melalui" in text
            or "lewat" in text]
    if not cued:
        return speakers
    names = [s.name for s in speakers]
    absent = {s.name for s in speakers
              if any(_not_there(s.name, text, [n for n in names if n != s.name])
                     for text in cued)}
    return [s for s in speakers if s.name not in absent] if absent else speakers
