"""The places an event may have been at, each described by what the text says about it.

:mod:`index.extract.place` finds every mention of a kabupaten/kota and tags it with a cue
class (:data:`CUES`: the dateline, "untuk masyarakat Kabupaten X", "digelar di X", "Bupati
X", a bare mention, one in a speaker's affiliation, ...). The hand-set rules add fixed
weights per cue; this module instead turns each candidate place into a vector of counts
per cue and a few comparisons with the other candidates (mentioned first, mentioned most),
so that :mod:`index.extract.place_model` can score it with weights learned from labelled
articles (``tests/benchmarks/train_place.py``). "No location" is a candidate too, described
by what makes a report name no place (a national body's event with only the newsroom's
Jakarta dateline, README convention), so the model chooses between the places and none.

The features are classes of cues and comparisons, never words of an article: a shipped
weight file holds only these names.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .gazetteer import Place

if TYPE_CHECKING:
    from .place import Town, Vote

CUES = ("dateline", "audience", "venue", "organiser", "unit", "at", "head", "bare", "inside",
        "listed", "visitor", "town", "glued", "bracket", "attending", "later", "outlet")
"""The cue classes a mention's vote carries, from strongest intent to skipped."""

COUNTED = frozenset(CUES) - {"glued", "bracket", "attending", "later", "outlet"}
"""Cues of mentions that say something about this event (the others are kept as features:
a place named only in brackets or a later event's is weak, not nothing)."""

CAPITAL = "DKI Jakarta"


@dataclass
class Candidate:
    """One possible answer: a gazetteer place, the dateline's unknown town, or none."""

    place: Place | None
    town: str | None = None
    features: dict[str, float] = field(default_factory=dict)

    @property
    def none(self) -> bool:
        return self.place is None and self.town is None


def _counts(votes: list[Vote]) -> dict[Place, dict[str, int]]:
    counts: dict[Place, dict[str, int]] = {}
    for vote in votes:
        if vote.place.kind == "provinsi":
            continue
        mine = counts.setdefault(vote.place, {})
        mine[vote.cue] = mine.get(vote.cue, 0) + 1
        if vote.source == "headline":
            mine["headline"] = mine.get("headline", 0) + 1
        if vote.dated:
            mine["dated"] = mine.get("dated", 0) + 1
    return counts


def _first(votes: list[Vote]) -> Place | None:
    """The place the body names first with a counted cue (the report's lead)."""
    for vote in votes:
        if vote.source not in {"headline", "organiser"} and vote.cue in COUNTED \
                and vote.place.kind != "provinsi":
            return vote.place
    return None


def candidates(votes: list[Vote], town: Town | None, national: bool) -> list[Candidate]:
    """Every candidate with its features; the last one is "no location".

    ``town`` is the dateline's town the gazetteer lacks; ``national`` says the event is a
    national body's (a ministry, a party, a national association).
    """
    counts = _counts(votes)
    first = _first(votes)
    mentions = {p: sum(n for cue, n in c.items() if cue in COUNTED) for p, c in counts.items()}
    town_mentions = 0 if town is None else 1 + town.bare + town.inside
    most = max([*mentions.values(), town_mentions], default=0)
    total = sum(mentions.values()) + town_mentions
    found: list[Candidate] = []
    for place, count in counts.items():
        features = {f"n_{cue}": math.log1p(n) for cue, n in count.items()}
        if place == first:
            features["first"] = 1.0
        if mentions[place] and mentions[place] == most:
            features["most"] = 1.0
        if total:
            features["share"] = mentions[place] / total
        if place.province == CAPITAL:
            features["capital"] = 1.0
            only_dateline = count.get("dateline", 0) and mentions[place] == count["dateline"]
            if only_dateline and national:
                features["capital_dateline_national"] = 1.0
        found.append(Candidate(place, None, features))
    if town is not None:
        features = {"unknown_town": 1.0, "n_dateline": math.log1p(1)}
        if town.bare:
            features["n_bare"] = math.log1p(town.bare)
        if town.inside:
            features["n_inside"] = math.log1p(town.inside)
        if town_mentions == most:
            features["most"] = 1.0
        features["share"] = town_mentions / total
        if any(v.cue == "town" for v in votes):
            features["town_located"] = 1.0
        found.append(Candidate(None, town.name, features))
    none = {"none": 1.0}
    if national:
        none["none_national"] = 1.0
    if not found:
        none["none_alone"] = 1.0
    found.append(Candidate(None, None, none))
    return found
