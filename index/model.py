"""The record: the one value that travels between stages.

Every stage hands the next a plain dataclass, never a dict of unknown shape. The JSON form
(``to_dict`` / ``from_dict``) is the record contract (docs/ARCHITECTURE.md): its keys are
fixed, unknown values are ``None`` (or ``[]`` for lists), and a record survives a round trip
unchanged.
That JSON is what ``webinar-search extract --json`` prints and what the index stores, so the
key order here is the order users see.

Fields that only matter inside the pipeline (pagination links found by the cleaner, the
reason a page yielded no body) live on :class:`Article` too, but are not part of the JSON.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

ROLES: tuple[str, ...] = ("speaker", "keynote", "moderator", "kol", "host", "opening", "other")
"""The allowed values of :attr:`Speaker.role`, in the order the web UI lists them."""


def _opt_str(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _opt_int(value: Any) -> int | None:
    if value is None or isinstance(value, bool):
        return None
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _str_list(value: Any) -> list[str]:
    if not value:
        return []
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value if v is not None and str(v).strip()]


@dataclass
class Speaker:
    """One person on the programme of an event (not someone merely quoted)."""

    name: str
    name_as_written: str | None = None
    role: str = "speaker"
    position: str | None = None
    talk_title: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "name_as_written": self.name_as_written,
            "role": self.role,
            "position": self.position,
            "talk_title": self.talk_title,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Speaker:
        role = _opt_str(data.get("role")) or "speaker"
        return cls(
            name=str(data.get("name") or "").strip(),
            name_as_written=_opt_str(data.get("name_as_written")),
            role=role if role in ROLES else "other",
            position=_opt_str(data.get("position")),
            talk_title=_opt_str(data.get("talk_title")),
        )


@dataclass
class Question:
    """A question from the audience, who asked it, to whom, and the answer if reported."""

    question: str
    asker: str | None = None
    addressee: str | None = None
    answer: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "asker": self.asker,
            "addressee": self.addressee,
            "question": self.question,
            "answer": self.answer,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Question:
        return cls(
            question=str(data.get("question") or "").strip(),
            asker=_opt_str(data.get("asker")),
            addressee=_opt_str(data.get("addressee")),
            answer=_opt_str(data.get("answer")),
        )


@dataclass
class Event:
    """The webinar (or seminar, discussion) an article reports on."""

    title: str | None = None
    date: str | None = None
    location: str | None = None
    province: str | None = None
    organizers: list[str] = field(default_factory=list)
    participants: int | None = None
    speakers: list[Speaker] = field(default_factory=list)
    questions: list[Question] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "date": self.date,
            "location": self.location,
            "province": self.province,
            "organizers": list(self.organizers),
            "participants": self.participants,
            "speakers": [s.to_dict() for s in self.speakers],
            "questions": [q.to_dict() for q in self.questions],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Event:
        return cls(
            title=_opt_str(data.get("title")),
            date=_opt_str(data.get("date")),
            location=_opt_str(data.get("location")),
            province=_opt_str(data.get("province")),
            organizers=_str_list(data.get("organizers")),
            participants=_opt_int(data.get("participants")),
            speakers=[Speaker.from_dict(s) for s in data.get("speakers") or []],
            questions=[Question.from_dict(q) for q in data.get("questions") or []],
        )


RECORD_KEYS: tuple[str, ...] = (
    "url", "site", "title", "published", "authors", "lang", "text", "event",
)
EVENT_KEYS: tuple[str, ...] = (
    "title", "date", "location", "province", "organizers", "participants", "speakers",
    "questions",
)


@dataclass
class Article:
    """A cleaned news article, and (after extraction) the event it reports.

    ``next_pages`` and ``empty_reason`` are pipeline-internal: the cleaner fills them for the
    crawler (pages still to stitch) and for the user (why a page gave no body).
    """

    url: str | None = None
    site: str | None = None
    title: str | None = None
    published: str | None = None
    authors: list[str] = field(default_factory=list)
    lang: str | None = None
    text: str = ""
    event: Event | None = None
    next_pages: list[str] = field(default_factory=list, compare=False)
    empty_reason: str | None = field(default=None, compare=False)

    @property
    def paragraphs(self) -> list[str]:
        """The body split at blank lines (the record's paragraph separator)."""
        return [p for p in self.text.split("\n\n") if p.strip()]

    def to_dict(self) -> dict[str, Any]:
        return {
            "url": self.url,
            "site": self.site,
            "title": self.title,
            "published": self.published,
            "authors": list(self.authors),
            "lang": self.lang,
            "text": self.text,
            "event": self.event.to_dict() if self.event is not None else None,
        }

    def to_json(self) -> str:
        """The record as one JSON line: what ``extract --json`` prints and a Spark job
        writes. The one serializer of both, so their lines compare byte for byte."""
        return json.dumps(self.to_dict(), ensure_ascii=False)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        event = data.get("event")
        return cls(
            url=_opt_str(data.get("url")),
            site=_opt_str(data.get("site")),
            title=_opt_str(data.get("title")),
            published=_opt_str(data.get("published")),
            authors=_str_list(data.get("authors")),
            lang=_opt_str(data.get("lang")),
            text=str(data.get("text") or ""),
            event=Event.from_dict(event) if isinstance(event, dict) else None,
        )
