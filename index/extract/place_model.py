"""Scoring the candidate places with weights learned from labelled articles.

The weights (``index/data/place_weights.tsv``: a feature class of
:mod:`index.extract.place_candidates` and its weight, one a line) come from
``tests/benchmarks/train_place.py``, a logistic regression over pairs of candidates of the
same article (the gold place against each other one) fitted with scikit-learn at training
time. Here they are only added up in plain Python: the extractor needs no numerical library,
and the file is reviewable by eye.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from index.resources import table

from .place_candidates import Candidate


@lru_cache(maxsize=1)
def weights() -> dict[str, float]:
    """``place_weights.tsv`` read once: feature class -> weight."""
    return {row[0]: float(row[1]) for row in table("place_weights.tsv")}


def score(candidate: Candidate, learned: dict[str, float] | None = None) -> float:
    """The candidate's linear score under ``learned`` (the shipped weights by default)."""
    learned = weights() if learned is None else learned
    return sum(learned.get(name, 0.0) * value for name, value in candidate.features.items())


def stated_venue(found: Sequence[Candidate]) -> int | None:
    """The index of the one place the text states as the venue ("digelar di Hotel X
    Kendari", "bertempat di Aula Kantor Bupati Konawe"), if exactly one place is.

    The labelling convention ranks a stated venue above the organiser's city and the
    dateline, whatever else the article repeats. The learned weights alone do not keep that
    order (a venue counts less than a dateline outside the date sentence, where both rarely
    meet in the labelled data), so it is kept here. Leave-one-site-out cross-validation is
    unchanged by it (``train_place.py``: tune .928, held-out files .958 with and without).
    """
    venues = [i for i, c in enumerate(found) if not c.none and c.features.get("n_venue", 0.0) > 0]
    return venues[0] if len(venues) == 1 else None


def choose(found: Sequence[Candidate], learned: dict[str, float] | None = None) -> Candidate:
    """The one stated venue, else the best-scoring candidate; on a tie the earlier one
    (places come before "none")."""
    venue = stated_venue(found)
    if venue is not None:
        return found[venue]
    best = found[0]
    best_score = score(best, learned)
    for candidate in found[1:]:
        value = score(candidate, learned)
        if value > best_score:
            best, best_score = candidate, value
    return best
