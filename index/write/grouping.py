"""Which articles report the same event: the rules, and the grouping they induce.

A webinar's press release is often published by several local sites (copies, with their
own lede or closing line), and sometimes retold in a site's own words (rewrites). Both are
one event; so that counts and charts count webinars rather than articles, every article
gets an event id, shared by the reports of one event (:mod:`index.write.builder` at build
time, :mod:`index.write.regroup` when an update changes articles).

Two articles are reports of one event when nothing contradicts it (see :func:`conflict`:
two known event dates that differ, two known places that differ, two programmes without a
person in common) and either

- their bodies are near-duplicates: the MinHash estimate of the Jaccard similarity of
  their word shingles is at least :data:`COPY_SIMILARITY` (:mod:`index.write.fingerprint`);
  (and, below :data:`SURE_COPY`, their event titles do not contradict each other: two
  sessions of one series share paragraphs of boilerplate);
- or they are a rewrite: the same event date, a programme of which at least half the
  shorter one is shared, and either titles that agree (:func:`title_agreement` at least
  :data:`TITLE_AGREEMENT`, or :data:`WEAK_TITLE_AGREEMENT` when the bodies still share
  some phrasing) or, when a title is missing, the same organizer and two people in common.

Different webinars of one day often share people (a moderator hosting two sessions, a
keynote speaker opening a whole series) and share the series' words in their titles, so
neither people nor titles alone are enough, and titles are compared by Jaccard similarity
of their distinctive words, not by containment.

Candidates come from blocking keys instead of all pairs: the signature's LSH bands, and
one ``s<date>/<speaker key>`` term per person of a dated programme. Reports linked by a rule
are joined with union-find; a join that would put two different known dates (or places)
into one group is refused, so a chain of links cannot walk from one day to the next.
"""

from __future__ import annotations

import gc
import hashlib
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from itertools import combinations
from typing import Any

import numpy as np

from index.model import Article
from index.names import speaker_key
from index.resources import word_set

from .fingerprint import PREFIX_CHARS, band_hashes, pack_bands, signature, similarity

COPY_SIMILARITY = 0.5
"""Estimated shingle Jaccard at or above which two bodies are copies of one text."""
SURE_COPY = 0.8
"""Above this, bodies are copies even when their extracted titles disagree."""
TITLE_AGREEMENT = 0.5
WEAK_TITLE_AGREEMENT = 0.3
SHARED_PHRASING = 0.12
"""Shingle similarity above chance (unrelated reports of the genre share ~0.0-0.05)."""
SPEAKER_OVERLAP = 0.5
MAX_BUCKET = 400
"""A blocking term shared by more reports than this is not a useful signal (a boilerplate
paragraph, a ubiquitous host); its pairs are not compared."""

_WORD = re.compile(r"[^\W\d_]{3,}")
_PLACE_PREFIX = re.compile(r"^(?:kota|kabupaten|kab\.?|provinsi)\s+")
_GENERIC_TITLE_WORDS = frozenset("""
webinar seminar diskusi talkshow dialog sosialisasi pelatihan workshop acara kegiatan
daring online virtual zoom gelar digelar menggelar bertajuk bertema tema series seri
""".split())


@dataclass(frozen=True)
class Report:
    """What grouping compares of one article (computed once, from the record)."""

    url: str
    date: str | None = None
    published: str | None = None
    place: str | None = None
    province: str | None = None
    speakers: frozenset[str] = frozenset()
    theme: frozenset[str] = frozenset()
    headline: frozenset[str] = frozenset()
    organizers: frozenset[str] = frozenset()
    signature: np.ndarray | None = field(default=None, compare=False)
    terms: tuple[str, ...] = ()
    """Date/speaker blocking terms (the index's ``group_keys`` field)."""
    bands: tuple[int, ...] = ()
    """LSH band hashes of the signature (the index's ``group_bands`` column)."""

    def index_fields(self) -> dict[str, Any]:
        """The document fields that let an update find this article's fellow reports."""
        return {"group_keys": ",".join(self.terms), "group_bands": pack_bands(self.bands)}

    def blocking_keys(self) -> list[Any]:
        """Reports sharing a key are candidates: the terms, and each band as (band, hash)."""
        return [*self.terms, *enumerate(self.bands)]


def _fold(text: str) -> str:
    folded = text.casefold()
    if folded.isascii():
        return folded
    decomposed = unicodedata.normalize("NFKD", folded)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def title_words(text: str | None) -> frozenset[str]:
    """The distinctive words of a title: no stopwords, no "webinar", no numbers."""
    if not text:
        return frozenset()
    stop = word_set("stopwords_id.txt")
    return frozenset(w for w in _WORD.findall(_fold(text))
                     if w not in stop and w not in _GENERIC_TITLE_WORDS)


def _place(text: str | None) -> str | None:
    if not text:
        return None
    return _PLACE_PREFIX.sub("", " ".join(_fold(text).split())) or None


def _iso_date(text: str | None) -> str | None:
    if text and len(text) >= 10 and text[4] == "-" and text[7] == "-":
        return text[:10]
    return None


def report_of(article: Article) -> Report:
    """The grouping features of ``article``, with its blocking keys."""
    event = article.event
    speakers = frozenset(k for k in (speaker_key(s.name) for s in (event.speakers if event
                                                                   else []) if s.name) if k)
    date = _iso_date(event.date) if event else None
    sig = signature(article.text or "")
    terms = [f"s{date}/{key}" for key in sorted(speakers)] if date else []
    return Report(
        url=article.url or "",
        date=date,
        published=_iso_date(article.published),
        place=_place(event.location) if event else None,
        province=_place(event.province) if event else None,
        speakers=speakers,
        theme=title_words(event.title) if event else frozenset(),
        headline=title_words(article.title),
        organizers=frozenset(" ".join(_fold(o).split()) for o in (event.organizers if event
                                                                   else [])),
        signature=sig,
        terms=tuple(terms),
        bands=band_hashes(sig) if sig is not None else (),
    )


def reports_of(articles: list[Article]) -> list[Report]:
    """:func:`report_of` for a batch (what a background process computes at a time)."""
    return [report_of(article) for article in articles]


def fingerprint_copy(article: Article) -> Article:
    """What :func:`report_of` reads of ``article``: its body cut to the part fingerprints
    see, so that sending it to another process costs less."""
    return replace(article, text=article.text[:PREFIX_CHARS])


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def title_agreement(a: Report, b: Report) -> float:
    """How far two reports' titles name the same event (0..1).

    Event titles (themes) when both have one, since headlines of rewrites differ by
    design; otherwise everything each calls itself, theme and headline together.
    """
    if a.theme and b.theme:
        return _jaccard(a.theme, b.theme)
    return _jaccard(a.theme | a.headline, b.theme | b.headline)


def conflict(a: Report, b: Report) -> bool:
    """True when two reports cannot be of one event, whatever their text."""
    if a.date and b.date and a.date != b.date:
        return True
    if a.place and b.place and a.place != b.place:
        return True
    if a.province and b.province and a.province != b.province:
        return True
    return bool(a.speakers and b.speakers and a.speakers.isdisjoint(b.speakers))


def link_strength(a: Report, b: Report) -> float:
    """How surely ``a`` and ``b`` report one event: 0 when they do not, else a score
    (copies score their similarity plus one, rewrites their title agreement)."""
    if conflict(a, b):
        return 0.0
    text = (similarity(a.signature, b.signature)
            if a.signature is not None and b.signature is not None else 0.0)
    themes_disagree = bool(a.theme and b.theme) and _jaccard(a.theme, b.theme) < 0.2
    if text >= SURE_COPY or (text >= COPY_SIMILARITY and not themes_disagree):
        return 1.0 + text
    if not (a.date and a.date == b.date):
        return 0.0
    shared = len(a.speakers & b.speakers)
    if not shared or shared < SPEAKER_OVERLAP * min(len(a.speakers), len(b.speakers)):
        return 0.0
    titles = title_agreement(a, b)
    if titles >= TITLE_AGREEMENT or (titles >= WEAK_TITLE_AGREEMENT and text >= SHARED_PHRASING):
        return titles
    if shared >= 2 and not (a.theme and b.theme) and not a.organizers.isdisjoint(b.organizers):
        return WEAK_TITLE_AGREEMENT
    return 0.0


class _Groups:
    """Union-find over report indexes, refusing joins of groups with different known dates
    or places."""

    def __init__(self, reports: Sequence[Report]) -> None:
        self.parent = list(range(len(reports)))
        self.dates = [{r.date} if r.date else set() for r in reports]
        self.places = [{r.place} if r.place else set() for r in reports]

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, i: int, j: int, force: bool = False) -> None:
        a, b = self.find(i), self.find(j)
        if a == b:
            return
        if not force:
            for values in (self.dates, self.places):
                if values[a] and values[b] and values[a].isdisjoint(values[b]):
                    return
        self.parent[b] = a
        self.dates[a] |= self.dates[b]
        self.places[a] |= self.places[b]


class Grouper:
    """Collects reports, then splits them into events (lists of URLs).

    :meth:`tie` declares URLs already known to be one event (an update's unchanged
    events), which rules never split.
    """

    def __init__(self) -> None:
        self._reports: dict[str, Report] = {}
        self._ties: list[list[str]] = []

    def __len__(self) -> int:
        return len(self._reports)

    def add(self, report: Report) -> None:
        """Add a report; a later report of the same URL replaces the earlier one."""
        self._reports.pop(report.url, None)
        self._reports[report.url] = report

    def tie(self, urls: Sequence[str]) -> None:
        self._ties.append(list(urls))

    def report(self, url: str) -> Report | None:
        return self._reports.get(url)

    def events(self) -> list[list[str]]:
        """The events, each a list of URLs in the order they were added.

        Python's cyclic garbage collector is paused meanwhile: the buckets are hundreds of
        thousands of small lists, which made it scan the whole heap again and again (four
        times the work at 10,000 articles), and they hold no cycles.
        """
        enabled = gc.isenabled()
        gc.disable()
        try:
            return self._events()
        finally:
            if enabled:
                gc.enable()

    def _events(self) -> list[list[str]]:
        reports = list(self._reports.values())
        position = {r.url: i for i, r in enumerate(reports)}
        groups = _Groups(reports)
        for urls in self._ties:
            known = [position[u] for u in urls if u in position]
            for other in known[1:]:
                groups.join(known[0], other, force=True)
        links = []
        for i, j in self._candidates(reports):
            strength = link_strength(reports[i], reports[j])
            if strength:
                links.append((-strength, i, j))
        for _, i, j in sorted(links):
            groups.join(i, j)
        members: dict[int, list[str]] = defaultdict(list)
        for i, report in enumerate(reports):
            members[groups.find(i)].append(report.url)
        return list(members.values())

    @staticmethod
    def _candidates(reports: Sequence[Report]) -> set[tuple[int, int]]:
        buckets: dict[Any, list[int]] = defaultdict(list)
        for i, report in enumerate(reports):
            for key in report.blocking_keys():
                buckets[key].append(i)
        pairs: set[tuple[int, int]] = set()
        for bucket in buckets.values():
            if 1 < len(bucket) <= MAX_BUCKET:
                pairs.update(combinations(bucket, 2))
        return pairs


def event_id(urls: Iterable[str], taken: Callable[[str], bool] = lambda _: False) -> str:
    """A stable id for an event: derived from its first URL (sorted), so a rebuild of the
    same corpus gives the same ids; salted while ``taken`` says the id is in use."""
    base = min(urls)
    for salt in range(1000):
        seed = base if salt == 0 else f"{base}#{salt}"
        candidate = "e" + hashlib.blake2b(seed.encode("utf-8"), digest_size=8).hexdigest()
        if not taken(candidate):
            return candidate
    raise RuntimeError("no free event id")  # pragma: no cover - 1000 collisions


def assign_ids(events: Iterable[list[str]]) -> dict[str, str]:
    """URL -> event id for a whole build."""
    ids: dict[str, str] = {}
    used: set[str] = set()
    for urls in events:
        eid = event_id(urls, used.__contains__)
        used.add(eid)
        for url in urls:
            ids[url] = eid
    return ids
