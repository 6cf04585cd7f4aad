"""A talk told later of a speaker named again by their job alone.

A report introduces a speaker with job and name ("narasumber Kepala Dinas Pangan Kabupaten
Uji, Rudi Hartono") and later names them by the job only, as the subject of a talk clause
("Selanjutnya, Kepala Dinas Pangan Kabupaten Uji membawakan materi tentang X") or as the agent
of a passive one ("Materi kedua disampaikan oleh Ketua Karang Taruna Kota Uji dengan topik
“X”"). A definite job phrase refers to its holder as a pronoun does to its antecedent, so the
talk is that person's when exactly one person on the programme holds a position written in
the phrase (document-level evidence). A job head may stand before the body the person was
introduced with ("dari Karang Taruna Kota Uji oleh Rudi" → "Ketua Karang Taruna Kota Uji").
The mention made carries the talk only (no role), so it never places anyone on the programme.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .people_6_frames import Mention
from .sentences import Sentence
from .talks import talk_after
from .titles import Title

# where the job phrase may stand: the sentence's subject (after a connective and a comma), or
# the agent of a passive verb; a job head of up to three capitalised words may precede the
# body the person was introduced with
_SUBJECT = re.compile(r"\s*(?:(?i:selanjutnya|kemudian|lalu|sementara\s+itu|sedangkan|adapun|"
                      r"berikutnya)\s*,?\s*)?(?:[A-Z][\w.-]*\s+){0,3}$")
_AGENT = re.compile(r"\boleh\s+(?:[A-Z][\w.-]*\s+){0,3}$")
_MIN_CHARS = 12


def job_talks(sentences: list[Sentence], mentions: list[Mention],
              lead: Callable[[str], int]) -> list[Mention]:
    """Talk-only mentions of speakers named again by their job alone, where the clause after
    the job gives a talk. ``lead`` gives where a sentence proper starts."""
    holders: dict[str, set[str]] = {}
    people: dict[str, Mention] = {}
    titled = {m.name for m in mentions if m.talk_title is not None}
    for mention in mentions:
        position = mention.position
        if mention.role is None or not position or len(position) < _MIN_CHARS or len(
                position.split()) < 2 or not position[:1].isupper():
            continue
        holders.setdefault(position, set()).add(mention.name)
        people.setdefault(mention.name, mention)
    jobs = [(p, next(iter(n))) for p, n in holders.items()
            if len(n) == 1 and next(iter(n)) not in titled]
    if not jobs:
        return []
    found: list[Mention] = []
    for sentence in sentences:
        text = sentence.text
        for position, name in jobs:
            if name in titled:
                continue
            at = text.find(position)
            if at < 0 or text.startswith(",", at + len(position)):
                continue  # not here, or a comma sets off an apposition (the name, mostly)
            words = set(text.split())
            if any(part in words for part in name.split() if len(part) >= 3):
                continue  # the person is named here (the name readers read it)
            start = lead(text)
            head = text[start:at] if at >= start else None
            if head is None or not (_SUBJECT.fullmatch(head) or _AGENT.search(head)):
                continue
            end = at + len(position)
            talk = talk_after(text[end:])
            if talk is None:
                continue
            person = people[name]
            titled.add(name)
            found.append(Mention(name, person.written, None, 0, None,
                                 Title(talk.text, talk.start + end, talk.end + end,
                                       talk.quoted),
                                 person.handle, (sentence.index, at), narrative=True))
    return found
