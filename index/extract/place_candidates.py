"""The places an event may have been at, each described by what the text says about it.

:mod:`index.extract.place` finds every mention of a kabupaten/kota and tags it with a cue
class (:data:`CUES`: the dateline, "untuk masyarakat Kabupaten X", "digelar di X", "Bupati
X", a bare mention, one in a speaker's affiliation, ...). The hand-set rules add a fixed
weight per cue; this module instead turns each candidate place into a vector of counts per
cue, so that :mod:`index.extract.place_model` can score it with weights learned from
labelled articles (``tests/benchmarks/train_place.py``). "No location" is a candidate too,
described by what makes a report name no place (a national body's event, README
convention), so the model chooses between the places and none, with no threshold to set by
hand.

The features are classes of cues, never words of an article: the shipped weight file holds
only these names.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .gazetteer import Place

if TYPE_CHECKING:
    from .place import Town, Vote
    from .place_venue import VenueTown

CUES = ("dateline", "audience", "venue", "organiser", "unit", "at", "head", "bare", "inside",
        "topic", "listed", "visitor", "quoted", "town", "glued", "bracket", "attending", "later",
        "outlet")
"""The cue classes a mention's vote carries, from strongest intent to skipped."""

COUNTED = frozenset(CUES) - {"glued", "bracket", "attending", "later", "outlet"}
"""Cues of mentions that say something about this event (the others are kept as features:
a place named only in brackets or a later event's is weak, not nothing)."""

WEAK = frozenset({"listed", "visitor", "inside", "topic", "quoted"})
"""Cues that never single a place out on their own (one of a list, a guest's affiliation,
a word of an organisation's name, what the event was about, a place in a speaker's quoted
words): a place named only so is no candidate. Leave-one-site-out CV and the held-out sets
(train_place.py) support this cut as well as a learned weight, and it holds for any
regularisation (the quoted cue too: LOSO tune .940, held-out files .965, as before it)."""

CAPITAL = "DKI Jakarta"
"""The province of the capital, whose dateline is often only the newsroom's (README:
"national online events with only a Jakarta dateline have no location"); the rules test
it too (:func:`index.extract.place._by_rules`)."""


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
        if vote.cue not in COUNTED:
            continue  # where a skipped mention stands says nothing more
        if vote.source == "headline":
            mine["headline"] = mine.get("headline", 0) + 1
        if vote.dated:
            mine["dated"] = mine.get("dated", 0) + 1
    return counts


def _in_passing(count: dict[str, int]) -> bool:
    """The place is named once, bare, and nowhere else but where it says little (a list, a
    guest's affiliation, what was said): no preposition of place, no "Kota"/"Kabupaten", no
    office over it, not in the date's sentence nor the headline, not inside a name (the
    holder's "Universitas Uji Kediri" ties a campus's town to its event). A town a report
    passes by ("longsor di X dan banjir Y", "pengurus Yayasan Uji – X", a reciter "asal X") says
    nothing of where an online event was, and "no location" is the better answer than it:
    in the labelled development sets no place named so was the event's, and "none" was
    (train_place.py's docstring). Such a place is no candidate, as a weak one is not."""
    strong = {cue: n for cue, n in count.items() if cue in COUNTED and cue not in WEAK}
    return strong == {"bare": 1} and not any(count.get(k) for k in ("inside", "dated",
                                                                       "headline"))


def _newsroom_only(votes: list[Vote], place: Place) -> bool:
    """Only the dateline names ``place`` among the mentions that single a place out (a
    statement's "kata X di Jakarta" repeats the dateline and counts as it)."""
    mine = [v for v in votes if v.place == place and v.cue in COUNTED and v.cue not in WEAK]
    return any(v.cue == "dateline" for v in mine) and all(
        v.cue == "dateline" or v.said for v in mine)


def candidates(votes: list[Vote], town: Town | None, national: bool,
               seatless: bool = False, newsroom_capital: bool = False,
               venues: Sequence[VenueTown] = ()) -> list[Candidate]:
    """Every candidate with its features; the last one is "no location".

    ``town`` is the dateline's town the gazetteer lacks; ``national`` says the event is a
    national body's (a ministry, a national agency, a party); ``seatless`` that it is one
    with no regional seat named ("Kementerian X", not "Perwakilan Badan X Jawa Barat"): a
    kabupaten/kota outside the capital that only the dateline names is then the newsroom's,
    no candidate (README: "the dateline when the organiser is a local body"; the capital's
    keeps the learned marks below). ``newsroom_capital`` says the event is a national
    body's, association's or NGO's and ran online only
    (:func:`index.extract.place._newsroom_capital`): a Jakarta that only the dateline names
    is then no candidate (README: "national online events with only a Jakarta dateline have
    no location"). A feature is the log of
    one plus the number of the candidate's mentions with that cue (a second mention adds
    less than the first), plus two marks of a Jakarta that only the dateline names.
    Comparisons with the other candidates (named first, named most, share of mentions) were
    tried and lowered the cross-validated accuracy (train_place.py's docstring).

    ``venues`` are the towns stated venues name that the gazetteer lacks
    (:mod:`index.extract.place_venue`): each is a candidate with its venue count (added to
    the dateline's town when they are one).
    """
    found: list[Candidate] = []
    newsroom: dict[Place, int] = {}
    for vote in votes:
        if vote.said:
            newsroom[vote.place] = newsroom.get(vote.place, 0) + 1
    for place, count in _counts(votes).items():
        counted = sum(n for cue, n in count.items() if cue in COUNTED)
        if not any(cue in COUNTED and cue not in WEAK for cue in count):
            continue  # named only where it says little or nothing of this event
        if _in_passing(count):
            continue
        if seatless and place.province != CAPITAL and _newsroom_only(votes, place):
            # the newsroom's city, reporting a national body's event; its name inside an
            # attending group's ("diikuti Ikatan Pemuda X") or a guest's affiliation singles
            # out no place, as for Jakarta
            continue
        if newsroom_capital and place.province == CAPITAL and _newsroom_only(votes, place):
            continue  # README: a national online event with only a Jakarta dateline
        features = {f"n_{cue}": math.log1p(n) for cue, n in count.items()}
        if place.province == CAPITAL and count.get("dateline", 0) + newsroom.get(place, 0) \
                == counted > 0:
            # Only the dateline names Jakarta: perhaps only the newsroom's city (README:
            # "national online events with only a Jakarta dateline have no location"). The
            # dateline written inline with its day ("secara daring di Jakarta (14/9)") and a
            # statement's "kata X di Jakarta" are the newsroom's too (Vote.said).
            features["capital_dateline_only"] = 1.0
            if national:
                features["capital_dateline_national"] = 1.0
        found.append(Candidate(place, None, features))
    if town is not None and seatless and town.seat and not (town.bare or town.inside):
        # a kabupaten's seat only the dateline names is that kabupaten's newsroom ("SANGATTA
        # -" for Kutai Timur), reporting a national body's event: no candidate, as for the
        # kabupaten's own name above
        town = None
    if town is not None:
        features = {"n_dateline": math.log1p(1)}
        if town.bare:
            features["n_bare"] = math.log1p(town.bare)
        if town.inside:
            features["n_inside"] = math.log1p(town.inside)
        found.append(Candidate(None, town.name, features))
    for venue in venues:
        same = next((c for c in found if c.town is not None
                     and c.town.casefold() == venue.name.casefold()), None)
        if same is None:
            same = Candidate(None, venue.name, {})
            found.append(same)
        same.features["n_venue"] = math.log1p(venue.count)
    none = {"none": 1.0}
    if national:
        none["none_national"] = 1.0
    found.append(Candidate(None, None, none))
    return found
