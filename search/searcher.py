"""``SearchIndex``: the read-only library API over an index folder.

One object per index folder, shared by every thread of a web server: it keeps one Whoosh
searcher open and reuses it, and before each call checks (cheaply, by reading the
``CURRENT`` file) whether a build has switched generations, in which case it opens the new
one and closes the old. A query therefore never pays for opening an index, and a rebuild is
picked up without a restart.
"""

from __future__ import annotations

import html
import threading
import time
from pathlib import Path
from typing import Any

from whoosh import highlight, index as whoosh_index, sorting
from whoosh.query import And, Query, Term

from index.errors import IndexNotFoundError
from index.layout import read_current, read_meta
from index.model import Article
from index.names import speaker_key

from .query import parse_query
from .results import Appearance, Hit, MatchedSpeaker, Results, SpeakerProfile

FILTER_FIELDS: dict[str, str] = {
    "speaker": "speaker_keys",
    "role": "roles",
    "organizer": "organizers",
    "province": "province",
    "location": "location",
    "site": "site",
    "year": "year",
}
"""Filter/facet names users see, mapped to the index fields behind them."""

MAX_PER_PAGE = 100
SNIPPET_CHARS = 240


class SearchIndex:
    """A searchable index folder. Create with :meth:`open`; close (or use ``with``) when done."""

    def __init__(self, index_dir: Path, generation: str) -> None:
        self.index_dir = index_dir
        self._lock = threading.Lock()
        self._generation = generation
        self._ix = whoosh_index.open_dir(str(index_dir / generation))
        self._searcher = self._ix.searcher()

    @classmethod
    def open(cls, path: str | Path) -> SearchIndex:
        """Open the index at ``path``; :class:`IndexNotFoundError` if there is none."""
        index_dir = Path(path)
        generation = read_current(index_dir)
        if generation is None:
            raise IndexNotFoundError(
                f"no index at {index_dir}: build one with `webinar-search build SOURCE "
                f"--index {index_dir}`"
            )
        return cls(index_dir, generation)

    def __enter__(self) -> SearchIndex:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        with self._lock:
            self._searcher.close()
            self._ix.close()

    @property
    def generation(self) -> str:
        return self._generation

    def _current_searcher(self) -> Any:
        """The live searcher, switched to a new generation if a build went live."""
        latest = read_current(self.index_dir)
        with self._lock:
            if latest is not None and latest != self._generation:
                old_ix, old_searcher = self._ix, self._searcher
                self._ix = whoosh_index.open_dir(str(self.index_dir / latest))
                self._searcher = self._ix.searcher()
                self._generation = latest
                old_searcher.close()
                old_ix.close()
            return self._searcher

    def search(
        self,
        q: str,
        *,
        filters: dict[str, str] | None = None,
        sort: str = "relevance",
        page: int = 1,
        per_page: int = 10,
        syntax: bool = False,
    ) -> Results:
        """Run ``q`` (plain words unless ``syntax``), filtered, sorted, one page of hits."""
        started = time.perf_counter()
        page = max(1, page)
        per_page = min(max(1, per_page), MAX_PER_PAGE)
        searcher = self._current_searcher()
        query = parse_query(q, searcher.schema, syntax=syntax)
        filter_query = _filter_query(filters or {})
        sortedby = None
        if sort == "date":
            sortedby = sorting.FieldFacet("published", reverse=True)
        facets = {
            name: sorting.FieldFacet(field, allow_overlap=field in ("speaker_keys", "roles",
                                                                   "organizers"))
            for name, field in FILTER_FIELDS.items()
        }
        page_obj = searcher.search_page(
            query, page, pagelen=per_page, filter=filter_query, sortedby=sortedby,
            groupedby=facets, terms=True,
        )
        page_obj.results.fragmenter = highlight.ContextFragmenter(maxchars=SNIPPET_CHARS)
        page_obj.results.formatter = _MarkFormatter()
        hits = [self._hit(h) for h in page_obj]
        return Results(
            query=q,
            hits=hits,
            total=page_obj.total,
            page=page_obj.pagenum,
            per_page=per_page,
            facets=_facet_counts(page_obj.results, facets),
            took_ms=round((time.perf_counter() - started) * 1000, 2),
        )

    def _hit(self, hit: Any) -> Hit:
        record = hit["record"]
        event = record.get("event") or {}
        snippet = hit.highlights("body", top=2) or html.escape(record.get("text", "")[:SNIPPET_CHARS])
        return Hit(
            url=record["url"],
            title=record.get("title"),
            date=event.get("date") or record.get("published"),
            site=record.get("site"),
            score=round(float(hit.score or 0.0), 4),
            snippet=snippet,
            speakers=[
                MatchedSpeaker(s["name"], speaker_key(s["name"]), s["role"])
                for s in event.get("speakers", [])
            ],
            event_title=event.get("title"),
            location=event.get("location"),
            province=event.get("province"),
        )

    def article(self, url: str) -> Article | None:
        """The stored record for ``url``, or ``None`` if it is not in the index."""
        stored = self._current_searcher().document(url=url)
        return Article.from_dict(stored["record"]) if stored else None

    def speaker(self, key: str) -> SpeakerProfile | None:
        """Everything known about the speaker with identity ``key``, or ``None``."""
        searcher = self._current_searcher()
        appearances: list[Appearance] = []
        variants: dict[str, int] = {}
        for stored in searcher.documents(speaker_keys=key):
            record = stored["record"]
            event = record.get("event") or {}
            people = event.get("speakers", [])
            for person in people:
                if speaker_key(person["name"]) != key:
                    continue
                variants[person["name"]] = variants.get(person["name"], 0) + 1
                appearances.append(Appearance(
                    url=record["url"], title=record.get("title"),
                    event_title=event.get("title"),
                    date=event.get("date") or record.get("published"),
                    role=person["role"], position=person.get("position"),
                    talk_title=person.get("talk_title"), location=event.get("location"),
                    province=event.get("province"),
                    co_speakers=[p["name"] for p in people if p is not person],
                ))
        if not appearances:
            return None
        appearances.sort(key=lambda a: a.date or "")
        names = sorted(variants, key=lambda n: -variants[n])
        return SpeakerProfile(key=key, name=names[0], variants=names, appearances=appearances)

    def speakers(self, prefix: str = "", limit: int = 50) -> list[tuple[str, int]]:
        """Speaker keys starting with ``prefix`` and how many articles each appears in."""
        reader = self._current_searcher().reader()
        found = [
            (term.decode("utf-8"), reader.doc_frequency("speaker_keys", term))
            for term in reader.lexicon("speaker_keys")
            if term.decode("utf-8").startswith(prefix.casefold())
        ]
        found.sort(key=lambda pair: (-pair[1], pair[0]))
        return found[:limit]

    def stats(self) -> dict[str, Any]:
        """Size and provenance of the live generation."""
        searcher = self._current_searcher()
        meta = read_meta(self.index_dir / self._generation)
        reader = searcher.reader()
        return {
            "documents": searcher.doc_count(),
            "speakers": sum(1 for _ in reader.lexicon("speaker_keys")),
            "generation": self._generation,
            "built_at": meta.get("built_at"),
            "schema_version": meta.get("schema_version"),
            "index_dir": str(self.index_dir),
        }


class _MarkFormatter(highlight.Formatter):
    """Snippets as safe HTML: text escaped, matched terms in ``<mark>``."""

    between = " … "

    def format_token(self, text: str, token: Any, replace: bool = False) -> str:
        return "<mark>" + html.escape(highlight.get_text(text, token, replace)) + "</mark>"

    def _text(self, text: str) -> str:
        return html.escape(text)


def _filter_query(filters: dict[str, str]) -> Query | None:
    terms: list[Query] = []
    for name, value in filters.items():
        if value in (None, ""):
            continue
        field = FILTER_FIELDS[name]
        terms.append(Term(field, int(value) if field == "year" else value))
    if not terms:
        return None
    return terms[0] if len(terms) == 1 else And(terms)


def _facet_counts(results: Any, facets: dict[str, Any]) -> dict[str, list[tuple[str, int]]]:
    out: dict[str, list[tuple[str, int]]] = {}
    for name in facets:
        groups = results.groups(name)
        pairs = [(str(k), len(v)) for k, v in groups.items() if k not in (None, "")]
        pairs.sort(key=lambda pair: (-pair[1], pair[0]))
        out[name] = pairs[:20]
    return out
