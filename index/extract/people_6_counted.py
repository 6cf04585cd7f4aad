"""A job written once with a count before the list it counts: "dua mantan Kepala X, A serta B".

A cardinal number before a job noun makes that noun phrase plural ("dua dosen Universitas
X", "tiga orang peneliti dari Y"): no one person is "two lecturers", so the phrase is set in
apposition to the list that follows it, and each of the people it counts holds the job.
The number also says how many they are, so the job goes to the member right after the
phrase and to as many more as the number counts, never further: "A dan dua peneliti dari
X, B dan C, serta D" leaves D alone. The person reader reads the phrase (without its count,
which is no word of a title) as the first member's position only; the others, bare names
joined by commas and one conjunction, get none of their own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Protocol

from index.lexicon import number_words, phrase_pattern, position_words

from .people_2_after import role_only
from .people_3_phrase import PersonPhrase
from .people_6_shared import bare_list


class _Placed(Protocol):
    """A member as the frame reader made it: only its position is read and set here."""

    position: str | None


@lru_cache(maxsize=1)
def _counted_job() -> re.Pattern[str]:
    """A cardinal of two to nine, an optional classifier, then a job up to the comma (or
    the end) before the first counted name."""
    counts = [w for w, (kind, value) in number_words().items()
              if kind == "unit" and 2 <= value <= 9]
    return re.compile(r"\b(?P<count>" + phrase_pattern(counts) + r")\s+(?:orang\s+)?"
                      r"(?P<job>[^\s,;:()][^,;:()]*?)\s*,?\s*$", re.IGNORECASE)


def _job(job: str) -> bool:
    """A job, not a role noun ("dua narasumber, A dan B" counts speakers, says no job)."""
    words = job.split()
    head = next((w for w in words if w.casefold() not in {"mantan", "former"}), "")
    return head.casefold() in position_words() and not role_only(job)


def share_counted(text: str, lead_start: int, people: list[tuple[PersonPhrase, int]],
                  listed: Sequence[_Placed]) -> None:
    """Give the counted job before a member to that member and the next ones it counts.
    ``people``: the members read from ``text`` (each with the offset of its item),
    ``listed``: their mentions, in the same order; ``lead_start``: where the list's lead
    (the text before the first member) starts."""
    if len(people) < 2:
        return
    spans = [(at + person.start, at + person.end) for person, at in people]
    previous_end = lead_start
    for k, (start, end) in enumerate(spans):
        lead = text[previous_end:start]
        previous_end = end
        match = _counted_job().search(lead) if listed[k].position else None
        if match is None:
            continue
        count = number_words()[match.group("count").casefold()][1]
        job = match.group("job").strip()
        own = (listed[k].position or "").casefold()
        # the reader's position is the phrase, with or without its count or a word before
        # the job ("mantan"): anything else is the member's own position, not this one
        if not _job(job) or not (job.casefold().endswith(own) or own.endswith(
                job.casefold())) or k + count > len(spans):
            continue
        counted = range(k, k + count)
        if any(listed[j].position for j in counted if j != k) or not bare_list(
                text, [spans[j] for j in counted]):
            continue
        for j in counted:
            listed[j].position = job
