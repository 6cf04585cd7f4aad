"""A stand-in for ``search.SearchIndex`` that follows the library contract literally.

The web UI is written against a contract (filters including ``date_from``/``date_to``, a
``suggestion``, facets per name) that the real library grows in parallel. This fake
implements exactly that contract over a list of records, with no ranking, so tests can pin
down what the UI does with each part of it (the per-month overview counts, the
did-you-mean link) independently of the real index's progress.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from index.model import Article
from index.names import speaker_key
from search import Hit, MatchedSpeaker, QueryError, Results

FILTER_NAMES = ("speaker", "role", "organizer", "province", "location", "site", "year")


def _values(record: dict[str, Any], name: str) -> list[str]:
    event = record.get("event") or {}
    if name == "speaker":
        return [speaker_key(s["name"]) for s in event.get("speakers", [])]
    if name == "role":
        return [s["role"] for s in event.get("speakers", [])]
    if name == "organizer":
        return list(event.get("organizers", []))
    if name in ("province", "location"):
        return [event[name]] if event.get(name) else []
    if name == "site":
        return [record["site"]] if record.get("site") else []
    when = event.get("date") or record.get("published")
    return [when[:4]] if when else []


class ContractIndex:
    """Records in memory; ``search`` filters, facets and pages them as the contract says."""

    def __init__(self, records: list[dict[str, Any]], suggestions: dict[str, str] | None = None,
                 generation: str = "gen-fake-1") -> None:
        self.records = records
        self.suggestions = suggestions or {}
        self.generation = generation
        self.calls: list[dict[str, Any]] = []

    def _matches(self, record: dict[str, Any], q: str, filters: dict[str, str]) -> bool:
        words = q.casefold().split()
        haystack = (str(record.get("title")) + " " + record.get("text", "")).casefold()
        if any(w not in haystack for w in words):
            return False
        event = record.get("event") or {}
        when = event.get("date") or record.get("published") or ""
        for name, value in filters.items():
            if name == "date_from":
                if not when or when < value:
                    return False
            elif name == "date_to":
                if not when or when > value:
                    return False
            elif value not in _values(record, name):
                return False
        return True

    def search(self, q: str, *, filters: dict[str, str] | None = None, sort: str = "relevance",
               page: int = 1, per_page: int = 10, syntax: bool = False) -> Results:
        self.calls.append({"q": q, "filters": dict(filters or {}), "sort": sort, "page": page})
        for name in filters or {}:
            if name not in (*FILTER_NAMES, "date_from", "date_to"):
                raise QueryError(f"unknown filter {name!r}")
        found = [r for r in self.records if self._matches(r, q, filters or {})]
        if sort == "date":
            found.sort(key=lambda r: r.get("published") or "", reverse=True)
        facets = {}
        for name in FILTER_NAMES:
            counts = Counter(v for r in found for v in dict.fromkeys(_values(r, name)))
            facets[name] = sorted(counts.items(), key=lambda p: (-p[1], p[0]))
        pages = max(1, -(-len(found) // per_page))
        page = min(page, pages)
        hits = [self._hit(r) for r in found[(page - 1) * per_page: page * per_page]]
        return Results(query=q, hits=hits, total=len(found), page=page, per_page=per_page,
                       facets=facets, suggestion=self.suggestions.get(q), took_ms=1.0)

    def _hit(self, record: dict[str, Any]) -> Hit:
        event = record.get("event") or {}
        return Hit(url=record["url"], title=record.get("title"),
                   date=event.get("date") or record.get("published"), site=record.get("site"),
                   score=1.0, snippet=record.get("text", "")[:80],
                   speakers=[MatchedSpeaker(s["name"], speaker_key(s["name"]), s["role"])
                             for s in event.get("speakers", [])],
                   event_title=event.get("title"), location=event.get("location"),
                   province=event.get("province"))

    def article(self, url: str) -> Article | None:
        for record in self.records:
            if record["url"] == url:
                return Article.from_dict(record)
        return None

    def speaker(self, key: str) -> None:
        return None

    def speakers(self, prefix: str = "", limit: int = 50) -> list[tuple[str, int]]:
        counts = Counter(v for r in self.records for v in dict.fromkeys(_values(r, "speaker")))
        return [(k, c) for k, c in counts.most_common() if k.startswith(prefix)][:limit]

    def stats(self) -> dict[str, Any]:
        return {"documents": len(self.records), "generation": self.generation}

    def close(self) -> None:
        pass


def record(url: str, date: str, province: str, speakers: list[str],
           title: str = "Webinar Uji") -> dict[str, Any]:
    """A minimal record for the fake index."""
    return Article(url=url, site="uji.example", title=title, published=date,
                   text=f"{title} di {province}.").to_dict() | {"event": {
                       "title": title, "date": date, "location": None, "province": province,
                       "organizers": [], "participants": None, "questions": [],
                       "speakers": [{"name": n, "name_as_written": n, "role": "speaker",
                                     "position": None, "talk_title": None} for n in speakers]}}
