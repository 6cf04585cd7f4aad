"""The values the search library returns: plain dataclasses, JSON-ready via ``to_dict``."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class MatchedSpeaker:
    """A speaker of a hit, with the role they had at that event.

    ``matched`` is true when the query (or the speaker filter) named this person.
    """

    name: str
    key: str
    role: str
    matched: bool = False


@dataclass
class Report:
    """Another report of a hit's event: the same webinar as published elsewhere."""

    url: str
    title: str | None
    site: str | None
    published: str | None = None
    lang: str | None = None


@dataclass
class Hit:
    """One search result: an event, through its best report (or one article when results
    are not grouped).

    ``title`` is what the hit is called: the page's title, else the event's, else the
    first sentence of the text (never empty for a document with text, never a URL).
    ``speakers``, ``event_title``, ``location``, ``province`` and ``date`` are the event's
    merged facts; ``reports`` are its other reports (``more_reports`` of them).
    """

    url: str
    title: str | None
    date: str | None
    site: str | None
    score: float
    snippet: str
    speakers: list[MatchedSpeaker] = field(default_factory=list)
    event_title: str | None = None
    location: str | None = None
    province: str | None = None
    lang: str | None = None
    """The article's language ("id", "en"), for pages that mark foreign-language text."""
    event_id: str | None = None
    reports: list[Report] = field(default_factory=list)

    @property
    def more_reports(self) -> int:
        """How many other reports of this event there are ("N more reports")."""
        return len(self.reports)


@dataclass
class Results:
    """A page of hits plus everything a results page shows around them.

    ``snippet`` strings are HTML: the article text escaped, matches wrapped in ``<mark>``.
    ``facets`` maps a facet name to ``(value, count)`` pairs, most frequent first; speaker
    values are speaker keys, and ``speaker_names`` maps each of them to a display name.
    ``theme_labels`` does the same for theme keys. ``suggestion`` is a did-you-mean query;
    when ``corrected`` is true the hits are already those of the suggestion, because a word
    of the query is in no document (a name is never replaced: it is only suggested).
    When ``grouped`` (the default), hits, ``total`` and facet counts are events and
    ``articles`` is how many articles matched; otherwise all three count articles.
    """

    query: str
    hits: list[Hit]
    total: int
    page: int
    per_page: int
    facets: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    suggestion: str | None = None
    took_ms: float = 0.0
    corrected: bool = False
    speaker_names: dict[str, str] = field(default_factory=dict)
    theme_labels: dict[str, str] = field(default_factory=dict)
    grouped: bool = True
    articles: int = 0

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.per_page))

    def to_dict(self) -> dict[str, Any]:
        """The JSON form (what ``/search.json`` serves), built field by field: the generic
        ``dataclasses.asdict`` deep-copies every value and cost a twentieth of a request.
        The keys are ``asdict``'s, in its order, plus ``pages`` and each hit's
        ``more_reports``."""
        return {
            "query": self.query,
            "hits": [_hit_dict(hit) for hit in self.hits],
            "total": self.total,
            "page": self.page,
            "per_page": self.per_page,
            "facets": {k: [list(pair) for pair in v] for k, v in self.facets.items()},
            "suggestion": self.suggestion,
            "took_ms": self.took_ms,
            "corrected": self.corrected,
            "speaker_names": dict(self.speaker_names),
            "theme_labels": dict(self.theme_labels),
            "grouped": self.grouped,
            "articles": self.articles,
            "pages": self.pages,
        }


def _hit_dict(hit: Hit) -> dict[str, Any]:
    return {
        "url": hit.url, "title": hit.title, "date": hit.date, "site": hit.site,
        "score": hit.score, "snippet": hit.snippet,
        "speakers": [{"name": s.name, "key": s.key, "role": s.role, "matched": s.matched}
                     for s in hit.speakers],
        "event_title": hit.event_title, "location": hit.location, "province": hit.province,
        "lang": hit.lang, "event_id": hit.event_id,
        "reports": [{"url": r.url, "title": r.title, "site": r.site,
                     "published": r.published, "lang": r.lang} for r in hit.reports],
        "more_reports": hit.more_reports,
    }


@dataclass(frozen=True)
class SpeakerSummary:
    """One entry of the speaker directory: identity key, display name, event count."""

    key: str
    name: str
    count: int

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class ThemeSummary:
    """A theme of the index: its key (the ``theme`` filter value), label and documents."""

    key: str
    label: str
    count: int

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Suggestion:
    """A completion offered while typing: a speaker or a theme, with its appearances.

    ``query`` is what to search for it; ``filter`` and ``key`` the filter that shows it
    exactly (``speaker=<key>`` or ``theme=<key>``).
    """

    kind: str
    key: str
    label: str
    count: int

    @property
    def filter(self) -> str:
        return self.kind

    @property
    def query(self) -> str:
        return self.label

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "key": self.key, "label": self.label, "count": self.count,
                "filter": self.filter, "query": self.query}


@dataclass
class SpeakerPage:
    """One page of the speaker directory (:meth:`search.SearchIndex.speaker_directory`).

    ``total`` counts every speaker that matches ``prefix`` and ``letter``; ``letters``
    counts the whole directory by first letter of the shown name (for an A-Z bar).
    """

    speakers: list[SpeakerSummary]
    total: int
    page: int
    per_page: int
    prefix: str = ""
    letter: str = ""
    letters: dict[str, int] = field(default_factory=dict)

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.per_page))

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["pages"] = self.pages
        return data


@dataclass
class Appearance:
    """One event a speaker took part in, shown through one report (``url``); ``reports``
    are the URLs of the event's other reports."""

    url: str
    title: str | None
    event_title: str | None
    date: str | None
    role: str
    position: str | None
    talk_title: str | None
    location: str | None
    province: str | None
    co_speakers: list[str] = field(default_factory=list)
    lang: str | None = None
    event_id: str | None = None
    reports: list[str] = field(default_factory=list)


@dataclass
class SpeakerProfile:
    """A person across articles: the name variants seen and every appearance, oldest first.

    ``name`` is the most common spelling; ``co_speakers`` of an appearance are the other
    people on that event's programme.
    """

    key: str
    name: str
    variants: list[str]
    appearances: list[Appearance]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
