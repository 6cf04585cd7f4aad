"""A learned backstop after the speaker rules: people the rules missed, scored by weights.

The weights (``index/data/speaker_weights.tsv``: a feature class of
:mod:`index.extract.speaker_candidates` and its weight, one a line, and the threshold) come
from ``tests/benchmarks/train_speakers.py``, a logistic regression over the person
candidates of labelled development articles, fitted with scikit-learn at training time.
Here they are only added up in plain Python: the extractor needs no numerical library, and
the file is reviewable by eye. A missing or empty weights file adds no one.
"""

from __future__ import annotations

from functools import lru_cache

from index.model import Speaker
from index.resources import table

from .cut_names import cut_off
from .speaker_candidates import PersonCandidate, candidates
from .sentences import Sentence

THRESHOLD = "_threshold"
"""The row of the weights file that holds the score above which a candidate is added."""


@lru_cache(maxsize=1)
def weights() -> dict[str, float]:
    """``speaker_weights.tsv`` read once: feature class -> weight (and the threshold)."""
    return {row[0]: float(row[1]) for row in table("speaker_weights.tsv")}


def score(candidate: PersonCandidate, learned: dict[str, float] | None = None) -> float:
    """The candidate's linear score (log-odds) under ``learned`` (the shipped weights)."""
    learned = weights() if learned is None else learned
    return sum(learned.get(name, 0.0) * value for name, value in candidate.features.items())


def learned_speakers(sentences: list[Sentence], speakers: list[Speaker],
                     learned: dict[str, float] | None = None) -> list[Speaker]:
    """``speakers`` (the rules' answer) and, after them, every candidate scoring above the
    threshold, as a speaker with the role of the cue nearest its first mention."""
    learned = weights() if learned is None else learned
    if THRESHOLD not in learned:
        return speakers
    added = [Speaker(name=c.name, name_as_written=c.written, role=c.role, position=c.position)
             for c in candidates(sentences, speakers) if score(c, learned) > learned[THRESHOLD]]
    if not added:
        return speakers
    last = sentences[-1].text
    if last[-1:].isalnum():  # the excerpt ends mid-sentence: a name there may be cut
        article = "\n".join(s.text for s in sentences)
        added = [s for s in added if not cut_off(s, last, article)]
    return speakers + added
