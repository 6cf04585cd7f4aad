"""A job written in capitals before its holder: "Wasit Catur Nasional Bambang Wiryawan".

Capitalised job titles whose words are ordinary nouns ("Juri", "Wasit", "Pengawas",
"Hakim") and the field or unit they serve ("Senam", "Catur", "Rayon") look like a name
when they open a list item. A list item holds one person: either the name first and the
job after it, or the job first and the name at its end. When the run that opens the item
is made only of dictionary words (roots, or doer nouns in pe-/peN-) and,
with only capitalised words between, a later run that is no such common phrase ends the
item, the opening run is the job and the later one its holder: two names never follow
each other without a comma or a conjunction, and a common noun is a poorer name than a
word the dictionary does not know.
"""

from __future__ import annotations

from collections.abc import Sequence

from index.lexicon import not_name_words, phrase_set
from index.names import is_initial

from .job_morphology import agent_noun
from .people_1_runs import Run, Token
from .root_words import root_words

# What may end the item after the holder's name: its end, a comma or a list's mark.
_ITEM_ENDS = frozenset({",", ";", "(", ")", "–", "-", ":", "."})


def _real(tokens: list[Token], run: Run) -> list[str]:
    return [t.text for t in tokens[run.first:run.last + 1] if not is_initial(t.text)]


def _common(word: str) -> bool:
    """A word of the dictionary (a root, or a doer noun in pe-/peN-), not a name's title.
    (Doer nouns in -wan/-wati are left out: many surnames have that shape, "Darmawan".)"""
    lower = word.rstrip(".").casefold()
    if not lower.isalpha() or len(lower) < 3 or lower in phrase_set("name_title"):
        return False
    return lower in root_words() or (agent_noun(lower) and lower.startswith("pe") and (
        not lower.endswith(("wan", "wati"))))


def _unmarked(run: Run) -> bool:
    return not (run.anchored_before or run.has_degrees or run.handle)


def job_before_holder(tokens: list[Token], runs: Sequence[Run]) -> Run | None:
    """The holder at the end of an item that opens with a job written in capitals
    ("Juri Tari Nasional Rina Marlina", "Wasit Catur Nasional Bambang Wiryawan"), or
    ``None``: the opening run is unmarked and made only of dictionary words, only
    capitalised words or numbers stand between it and a later run of two name words or
    more, one of them no dictionary word, and that later run ends the item."""
    first = runs[0]
    if not _unmarked(first):
        return None
    words = _real(tokens, first)
    if not words or not all(_common(w) for w in words):
        return None
    for run in runs[1:]:
        between = tokens[first.suffix + 1:run.prefix]
        if not between or not all(t.text[:1].isupper() or t.text.isdigit() for t in between):
            return None
        if not any(t.text.rstrip(".").casefold() in not_name_words() for t in between):
            return None  # the words between are those of a job or a body, not more names
        later = _real(tokens, run)
        after = tokens[run.suffix + 1].text if run.suffix + 1 < len(tokens) else ""
        if len(later) >= 2 and not all(_common(w) for w in later) and (
                not after or after in _ITEM_ENDS or after[:1].islower()):
            return run
        return None
    return None


def numbered_unit(tokens: list[Token], run: Run) -> bool:
    """``run``, with no title, degrees or handle, is followed by a number of one or two
    digits and a capitalised word ("Pengawas Rayon 2 Dinas Pendidikan", "Koordinator
    Wilayah 3 Balai X"): a number qualifies a unit (a district, a commission, a section)
    and never follows a person's name, so the run is the job and its unit, and the body
    named after the number is whose unit it is."""
    if not _unmarked(run) or run.suffix + 2 >= len(tokens):
        return False
    number = tokens[run.suffix + 1].text
    return number.isdigit() and len(number) <= 2 and tokens[run.suffix + 2].text[:1].isupper()
