"""``SearchIndex``: the read-only library API over an index folder.

One object per index folder, shared by every thread of a web server. Before each call it
checks (cheaply, by reading the ``CURRENT`` file) whether a build has switched
generations, in which case it opens the new one; a query never pays for opening an index,
and a rebuild is picked up without a restart.

No lock is held while a call runs. Whoosh readers keep file positions between calls, so
two threads must never read through one reader: each call leases a searcher of its own
from the generation's pool (:meth:`_Generation.lease`; a pool holds as many searchers as
calls ran at once, each opened once), while what is derived from the index (posting sets,
field lengths, the facet table, the event map and its per-event facets, suggestions) is
built once and shared read-only. The one
lock a call takes guards a pointer and a counter for a few instructions: which generation
is live, and how many calls use it, so that a generation retired by a switch is closed
only after its last call has returned (closing it under a running call was why reads were
serialised before; with the GIL that lock did not cost throughput, but one slow query held
up every other, and a server needs processes for its cores anyway, see
:mod:`webui.server`).

Opening a generation and reading its facet table (themes included) takes about half a
second at 20,000 documents, so the thread that notices a switch opens the new generation
(and builds its suggestion table, :mod:`search.suggest`) while the other threads keep
answering from the old one, then swaps them. Holding a lock while opening made every
request wait behind each switch (measured with ``tests/benchmarks/bench_load.py``: p99 of
30 s under back-to-back updates at 20,000).

Answers are cached per generation (:class:`search.cache.ResultsCache`, keyed on the
generation and the normalised parameters, ``group`` among them), and every cache is bounded
by a share of ``cache_mb`` (:mod:`search.memory`); :meth:`SearchIndex.stats` reports the
process's memory.

A search runs in two passes over the same plan (:mod:`search.plan`):

1. the match set, from posting lists (:mod:`search.postings`), intersected with the
   filters: it gives the exact total, the facet counts (:mod:`search.facets`) and, for
   ``sort="date"`` or an empty query, the order. A filter may hold several values (any of
   them will do), and each facet is counted under every filter but its own, so its other
   values show what choosing them too would add;
2. for relevance, Whoosh's BM25F top-k (block-max skipping, restricted to the filtered
   set), re-ranked by exact names and phrases (:mod:`search.ranking`); only the page's
   hits are read in full and highlighted (:mod:`search.snippets`).

By default results are events, not articles (:mod:`search.collapse`): each event's best
report stands for it, with the event's merged facts (:func:`index.merge.merge_events`)
and its other reports listed; totals, facets, speaker pages and month counts count events.
``group=False`` lists every article.
"""

from __future__ import annotations

import heapq
import logging
import re
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any

from whoosh import index as whoosh_index
from whoosh.collectors import TimeLimit, TimeLimitCollector

from index.errors import IndexNotFoundError, QueryError
from index.layout import read_current, read_meta
from index.lexicon import province_names, province_spellings
from index.merge import merge_events
from index.model import Article, Event
from index.names import speaker_key
from index.schema import SCHEMA_VERSION, read_rerank_facts

from .cache import ResultsCache
from .collapse import EventFacets, EventMap
from .directory import SpeakerDirectory
from .docset import DocSet
from .facets import FACET_NAMES, FacetTable
from .memory import DEFAULT_CACHE_MB, cache_budget, process_memory
from .people import People
from .plan import Plan
from .postings import DocSets
from .query import (
    SEARCH_FIELDS,
    tokenize,
)
from .ranking import RERANK_DEPTH, cached_speaker_key, rerank
from .results import (
    Appearance,
    Hit,
    MatchedSpeaker,
    Report,
    Results,
    SpeakerPage,
    SpeakerProfile,
    SpeakerSummary,
    Suggestion,
    ThemeSummary,
)
from .scoring import MAX_OWN_SCORING, FieldLengths, top_scores
from .snippets import make_snippet
from .suggest import Suggester
from .themes import phrase_key
from .titles import display_title
from .whoosh_files import install as _read_segments_without_copies

_read_segments_without_copies()

FILTER_FIELDS: dict[str, str | None] = {
    "speaker": "speaker_keys",
    "theme": None,
    "role": "roles",
    "organizer": "organizers",
    "province": "province",
    "location": "location",
    "site": "site",
    "year": "year",
}
"""Filter/facet names users see, mapped to the index fields behind them (``None``: a facet
the searcher computes, see :mod:`search.themes`)."""

MAX_FILTER_VALUES = 20
"""Values one filter may hold (any of them matches)."""

DATE_FILTERS = ("date_from", "date_to")
SORTS = ("relevance", "date")
MAX_PER_PAGE = 100
QUERY_SECONDS = 3.0
"""A syntax query still running after this long is cut short: its results are the matches
found so far."""

logger = logging.getLogger(__name__)

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class _Generation:
    """One open index generation and what is derived from it, built lazily.

    Whoosh readers keep file positions between calls, so one reader must never serve two
    threads at once: each call leases a searcher of its own from this generation's pool
    (:meth:`lease`; opened on demand, so a pool holds as many as calls ran at once), and
    ``searcher``/``reader`` are that lease's. What is derived from the index (posting sets,
    field lengths, the facet table) is shared by all threads and built once, under
    ``_building``. A retired generation closes when its last call returns.
    """

    def __init__(self, index_dir: Path, name: str) -> None:
        gen_dir = index_dir / name
        self.name = name
        self.meta = read_meta(gen_dir)
        version = self.meta.get("schema_version")
        if version != SCHEMA_VERSION:
            raise IndexNotFoundError(
                f"the index at {index_dir} has format {version}, this version reads "
                f"{SCHEMA_VERSION}: rebuild it with `webinar-search build SOURCE --index "
                f"{index_dir}`"
            )
        self.ix = whoosh_index.open_dir(str(gen_dir))
        self._pool: list[Any] = [self.ix.searcher()]
        self._facts_columns: dict[int, Any] = {}
        """Each pooled searcher's reader of the ``rerank`` column, by ``id`` (the pool holds
        the searchers until the generation closes)."""
        self._local = threading.local()
        self._state = threading.Lock()
        self._building = threading.RLock()
        self._users = 0
        self._retired = False
        self.docsets = DocSets(lambda: self.reader)
        self.lengths = FieldLengths(lambda: self.reader, SEARCH_FIELDS)
        self.size_bytes = sum(p.stat().st_size for p in gen_dir.iterdir() if p.is_file())
        self._facets: FacetTable | None = None
        self._people: People | None = None
        self._suggester: Suggester | None = None
        self._events: EventMap | None = None
        self._event_facets: EventFacets | None = None
        self._directory: SpeakerDirectory | None = None

    @property
    def searcher(self) -> Any:
        """The calling thread's leased searcher (inside :meth:`lease` only)."""
        searcher = getattr(self._local, "searcher", None)
        if searcher is None:
            raise RuntimeError("no searcher leased by this thread")
        return searcher

    @property
    def reader(self) -> Any:
        return self.searcher.reader()

    @contextmanager
    def lease(self) -> Iterator[_Generation]:
        """Give this thread a searcher of its own for the block (re-entrant)."""
        if getattr(self._local, "searcher", None) is not None:
            yield self
            return
        self.enter()
        searcher = None
        try:
            with self._state:
                searcher = self._pool.pop() if self._pool else None
            if searcher is None:
                searcher = self.ix.searcher()
            self._local.searcher = searcher
            self._local.stored = {}
            yield self
        finally:
            self._local.searcher = None
            self._local.stored = None
            if searcher is not None:
                with self._state:
                    self._pool.append(searcher)
            self.leave()

    def enter(self) -> None:
        """Count a call in: a retired generation stays open until every call has left."""
        with self._state:
            self._users += 1

    def leave(self) -> None:
        with self._state:
            self._users -= 1
            closing = self._retired and self._users == 0
        if closing:
            self._close()

    def _derived(self, attribute: str, make: Callable[[], Any]) -> Any:
        """A table derived from the index, built once (other threads wait for it)."""
        found = getattr(self, attribute)
        if found is None:
            with self._building, self.lease():
                found = getattr(self, attribute)
                if found is None:
                    found = make()
                    setattr(self, attribute, found)
        return found

    @property
    def facets(self) -> FacetTable:
        return self._derived("_facets", lambda: FacetTable(self.reader))

    @property
    def people(self) -> People:
        return self._derived("_people", lambda: People(self.facets))

    @property
    def suggester(self) -> Suggester:
        return self._derived("_suggester", lambda: Suggester(self.facets))

    @property
    def events(self) -> EventMap:
        return self._derived("_events", lambda: EventMap(self.reader))

    @property
    def event_facets(self) -> EventFacets:
        return self._derived("_event_facets", lambda: EventFacets(self.facets, self.events))

    @property
    def directory(self) -> SpeakerDirectory:
        return self._derived("_directory", lambda: SpeakerDirectory(self.event_facets))

    def stored(self, docnum: int) -> dict[str, Any]:
        """The document's stored fields, decoded once per call (read them, never change
        them): each is a compressed pickle, and a call may need one twice (a hit that is
        also another hit's fellow report). The re-ranker reads :meth:`rerank_facts`
        instead."""
        memo = getattr(self._local, "stored", None)
        if memo is None:
            return self.searcher.stored_fields(docnum)
        found = memo.get(docnum)
        if found is None:
            found = memo[docnum] = self.searcher.stored_fields(docnum)
        return found

    def record(self, docnum: int) -> dict[str, Any]:
        return self.stored(docnum)["record"]

    def rerank_facts(self, docnum: int) -> dict[str, Any]:
        """What the re-ranker reads of a document (:func:`index.schema.rerank_facts`, in the
        stored fields' shape), from the uncompressed ``rerank`` column: a twelfth of the cost
        of decoding the stored record, read for a hundred candidates per query. Opening a
        column reader reads its table of offsets (a Python loop over every document), so
        each pooled searcher opens it once, and keeps it as long as the generation."""
        searcher = self.searcher
        column = self._facts_columns.get(id(searcher))
        if column is None:
            column = self._facts_columns[id(searcher)] = self.reader.column_reader("rerank")
        raw = column[docnum]
        # every document is written with the column; a segment without it reads as b""
        return read_rerank_facts(raw) if raw else self.stored(docnum)

    def rerank_offsets(self) -> dict[str, int]:
        """The ``rerank`` column readers this generation holds (one per pooled searcher, so
        at most one per thread that searched at once) and the bytes of their offset and
        length tables (about ten bytes per document each): memory that is bounded by the
        pool rather than by a cache budget, reported by :meth:`SearchIndex.memory`."""
        columns = list(self._facts_columns.values())
        size = 0
        todo = list(columns)
        while todo:    # Whoosh wraps the readers: a translating one, one per segment
            part = todo.pop()
            if getattr(part, "_reader", None) is not None:
                todo.append(part._reader)
            todo.extend(getattr(part, "_readers", None) or ())
            for table in (getattr(part, "_offsets", None), getattr(part, "_lengths", None)):
                if table is not None:
                    size += len(table) * getattr(table, "itemsize", 8)
        return {"readers": len(columns), "bytes": size}

    def retire(self) -> None:
        """No new calls will come: close now, or when the last running call returns."""
        with self._state:
            self._retired = True
            closing = self._users == 0
        if closing:
            self._close()

    def _close(self) -> None:
        with self._state:
            pool, self._pool = self._pool, []
        for searcher in pool:
            searcher.close()
        self.ix.close()


class SearchIndex:
    """A searchable index folder. Create with :meth:`open`; close (or use ``with``) when done."""

    def __init__(self, index_dir: Path, generation: str,
                 cache_mb: float = DEFAULT_CACHE_MB) -> None:
        self.index_dir = index_dir
        self._state = threading.Lock()
        self._switching = threading.Lock()
        self._budget = cache_budget(cache_mb)
        self.results_cache = ResultsCache(self._budget.results_bytes)
        self._gen = self._opened(generation)

    @classmethod
    def open(cls, path: str | Path, *, cache_mb: float = DEFAULT_CACHE_MB) -> SearchIndex:
        """Open the index at ``path``; :class:`IndexNotFoundError` if there is none.

        ``cache_mb`` is the memory this object's caches may hold (results, postings; see
        :mod:`search.memory`), in MiB; 0 turns them off."""
        index_dir = Path(path)
        generation = read_current(index_dir)
        if generation is None:
            raise IndexNotFoundError(
                f"no index at {index_dir}: build one with `webinar-search build SOURCE "
                f"--index {index_dir}`"
            )
        return cls(index_dir, generation, cache_mb)

    def _opened(self, name: str) -> _Generation:
        gen = _Generation(self.index_dir, name)
        gen.docsets.max_bytes = self._budget.postings_bytes
        return gen

    def __enter__(self) -> SearchIndex:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        with self._switching, self._state:
            self._gen.retire()

    @property
    def generation(self) -> str:
        return self._gen.name

    @contextmanager
    def _reading(self) -> Iterator[_Generation]:
        """The live generation, leased to this thread for one call (no lock is held while
        it runs: see :class:`_Generation`)."""
        self._follow()
        with self._state:
            gen = self._gen
            gen.enter()
        try:
            with gen.lease():
                yield gen
        finally:
            gen.leave()

    def _current(self) -> _Generation:
        """The live generation, after following a switch (for tests)."""
        self._follow()
        return self._gen

    def _follow(self) -> None:
        """Switch to a generation a build made live since the last call.

        The caller that notices the switch opens the new generation and then answers from
        it, so a program that builds and then searches sees its build; callers arriving
        while it opens answer from the old generation instead of waiting. Calls still
        running on the old generation finish there; it closes after the last one.
        """
        latest = read_current(self.index_dir)
        if latest is None or latest == self._gen.name:
            return
        if not self._switching.acquire(blocking=False):
            return
        try:
            if latest == self._gen.name:
                return
            fresh = self._opened(latest)
            try:
                fresh.suggester
                fresh.event_facets
            except BaseException:
                fresh.retire()
                raise
            with self._state:
                old, self._gen = self._gen, fresh
            old.retire()
        finally:
            self._switching.release()

    # --- searching -----------------------------------------------------------------

    def search(
        self,
        q: str,
        *,
        filters: Mapping[str, str | Sequence[str] | None] | None = None,
        sort: str = "relevance",
        page: int = 1,
        per_page: int = 10,
        syntax: bool = False,
        facets: bool = True,
        highlight: bool = True,
        group: bool = True,
    ) -> Results:
        """Run ``q`` (plain words unless ``syntax``), filtered, sorted, one page of hits.

        ``filters`` keys: ``speaker`` (a speaker key or name), ``theme`` (a theme key or
        phrase), ``role``, ``organizer``, ``province`` (a name or abbreviation: "Sulsel"),
        ``location``, ``site``, ``year``, ``date_from``, ``date_to`` (ISO dates, on the
        event date, else the published date). Values compare without case; a list of values
        matches any of them. ``speaker`` with ``role`` means that person in that role.
        Facets are counted under every filter but their own (so a facet's other values say
        how many documents choosing them too would add), values with no document left out.
        ``facets=False`` skips the facet counts and ``highlight=False`` the snippets (a
        hit's snippet is then the opening of its text), for callers that show neither.
        ``group`` (the default) gives one hit per event, its best report, with the event's
        other reports in ``Hit.reports``; ``total`` and facets then count events.
        ``group=False`` gives every article.
        """
        started = time.perf_counter()
        if sort not in SORTS:
            raise QueryError(f"unknown sort {sort!r}; use one of: {', '.join(SORTS)}")
        wanted = _checked_filters(filters or {})
        page = max(1, int(page))
        per_page = min(max(1, int(per_page)), MAX_PER_PAGE)
        text = (q or "").strip()
        with self._reading() as gen:
            key = ResultsCache.key(gen.name, text, wanted, sort=sort, page=page,
                                   per_page=per_page, syntax=syntax, facets=facets,
                                   highlight=highlight, group=group)
            cached = self.results_cache.get(key, q, started, time.perf_counter())
            if cached is not None:
                return cached
            if "theme" in wanted:
                wanted["theme"] = tuple(_theme_key(gen.facets, v) for v in wanted["theme"])
            plan = Plan.make(text, gen, syntax)
            sets = self._filter_sets(gen, wanted, plan.matches)
            allowed = DocSet.intersection([plan.matches, *sets.values()])
            start, stop = (page - 1) * per_page, page * per_page
            events = gen.events if group else None
            if plan.query is None or sort == "date":
                ranked = _by_date(gen, allowed, stop, events)
            elif events is not None:
                ranked = self._events_by_relevance(gen, plan, allowed, stop)
            else:
                ranked = self._by_relevance(gen, plan, allowed, stop)
            hits = [self._hit(gen, docnum, score, plan, wanted, highlight, group)
                    for docnum, score in ranked[start:stop]]
            table = gen.event_facets if group else gen.facets
            counts = _facet_counts(table, plan.matches, sets, allowed) if facets else {}
            names = {key: gen.facets.name(key) or key for key, _ in counts.get("speaker", [])}
            labels = {key: gen.facets.themes.label(key) or key
                      for key, _ in counts.get("theme", [])}
            for theme in wanted.get("theme", ()):
                labels.setdefault(theme, gen.facets.themes.label(theme) or theme)
            total = events.count(allowed) if events is not None else len(allowed)
        results = Results(
            query=q,
            hits=hits,
            total=total,
            page=page,
            per_page=per_page,
            facets=counts,
            suggestion=plan.suggestion,
            took_ms=round((time.perf_counter() - started) * 1000, 2),
            corrected=plan.corrected,
            speaker_names=names,
            theme_labels=labels,
            grouped=group,
            articles=len(allowed),
        )
        self.results_cache.put(key, results)
        return results

    def _filter_sets(self, gen: _Generation, wanted: dict[str, tuple[str, ...]],
                     matches: DocSet) -> dict[str, DocSet]:
        """Each active filter's documents (any of its values), by filter name; the
        speaker-in-role pair under ``"speaker/role"`` and the date range under ``"date"``."""
        sets: dict[str, DocSet] = {}
        for name, values in wanted.items():
            if name not in FILTER_FIELDS:
                continue
            field = FILTER_FIELDS[name]
            if field is None:
                sets[name] = DocSet.union([DocSet.of(gen.facets.docs_with(name, v))
                                           for v in values])
            else:
                if name == "province":
                    values = _province_terms(values)
                sets[name] = DocSet.union([gen.docsets.term(field, v) for v in values])
        if "speaker" in wanted and "role" in wanted:
            pairs = [f"{key}/{role}" for key in wanted["speaker"] for role in wanted["role"]]
            sets["speaker/role"] = gen.docsets.any_of(("speaker_roles", p) for p in pairs)
        if "date_from" in wanted or "date_to" in wanted:
            sets["date"] = DocSet.of(gen.facets.in_date_range(
                matches, wanted.get("date_from", ("0000-00-00",))[0],
                wanted.get("date_to", ("9999-99-99",))[0]))
        return sets

    def _by_relevance(self, gen: _Generation, plan: Plan, allowed: DocSet,
                      stop: int) -> list[tuple[int, float]]:
        if not allowed:
            return []
        depth = max(RERANK_DEPTH, stop)
        if len(allowed) <= MAX_OWN_SCORING:
            ranked = top_scores(allowed, plan.terms, gen.docsets, gen.searcher, gen.lengths,
                                depth)
        else:
            collector = gen.searcher.collector(limit=depth, filter=set(allowed))
            timed = TimeLimitCollector(collector, timelimit=QUERY_SECONDS, use_alarm=False)
            try:
                gen.searcher.search_with_collector(plan.query, timed)
            except TimeLimit:
                logger.info("ranking %r cut short after %s s", plan.text, QUERY_SECONDS)
            ranked = [(docnum, float(score or 0.0))
                      for score, docnum in timed.results().top_n]
        if plan.reranker is None:
            return ranked
        head = ranked[:RERANK_DEPTH]
        stored = {docnum: gen.rerank_facts(docnum) for docnum, _ in head}
        return rerank(head, stored, plan.reranker) + ranked[RERANK_DEPTH:]

    def _events_by_relevance(self, gen: _Generation, plan: Plan, allowed: DocSet,
                             stop: int) -> list[tuple[int, float]]:
        """The best ``stop`` events: ranked reports, each event's first one kept, ranking
        deeper while reports of the same events fill the list."""
        depth = stop
        while True:
            ranked = self._by_relevance(gen, plan, allowed, depth)
            firsts = gen.events.first_per_event(ranked, stop)
            if len(firsts) >= stop or len(ranked) < max(RERANK_DEPTH, depth):
                return firsts
            depth = max(RERANK_DEPTH, depth) * 4

    def _hit(self, gen: _Generation, docnum: int, score: float, plan: Plan,
             wanted: dict[str, tuple[str, ...]], highlight: bool, group: bool) -> Hit:
        stored = gen.stored(docnum)
        record = stored["record"]
        event = record.get("event") or {}
        named_keys = set(wanted.get("speaker", ())) | plan.name_keys
        others = [gen.record(d) for d in gen.events.others(docnum)] if group else []
        if others:
            others.sort(key=lambda r: (r.get("published") or "", r.get("url") or ""))
            merged = merge_events([_event(record), *map(_event, others)])
            event = merged.to_dict() if merged is not None else {}
        people = event.get("speakers") or []
        keys = (None if others else stored.get("speaker_key_list")) or [
            cached_speaker_key(p["name"]) for p in people]
        speakers = []
        for person, key in zip(people, keys):
            named = _name_tokens(person["name"]) & plan.name_words
            speakers.append(MatchedSpeaker(person["name"], key, person["role"],
                                           matched=bool(named) or key in named_keys))
        return Hit(
            url=record["url"],
            title=display_title(record),
            date=event.get("date") or record.get("published"),
            site=record.get("site"),
            score=round(score, 4),
            snippet=make_snippet(record.get("text") or "",
                                 plan.highlight_words if highlight else (),
                                 plan.highlight_stems if highlight else ()),
            speakers=speakers,
            event_title=event.get("title"),
            location=event.get("location"),
            province=event.get("province"),
            lang=record.get("lang"),
            event_id=gen.events.id_of(docnum),
            reports=[Report(url=r["url"], title=r.get("title"), site=r.get("site"),
                            published=r.get("published"), lang=r.get("lang"))
                     for r in others],
        )

    # --- records and people ----------------------------------------------------------

    def article(self, url: str) -> Article | None:
        """The stored record for ``url``, or ``None`` if it is not in the index."""
        with self._reading() as gen:
            stored = gen.searcher.document(url=url)
        return Article.from_dict(stored["record"]) if stored else None

    def speaker(self, key: str) -> SpeakerProfile | None:
        """Everything known about the speaker with identity ``key`` (or name), or ``None``.

        One appearance per event, however many reports it has: the event's merged facts
        (the person's role, position and talk title from every report), shown through the
        first report that names the person, with the others in ``Appearance.reports``.
        """
        key = speaker_key(key)
        with self._reading() as gen:
            naming: dict[int, list[int]] = {}
            for docnum in sorted(gen.docsets.term("speaker_keys", key)):
                naming.setdefault(gen.events.of[docnum], []).append(docnum)
            bundles = [
                (gen.events.ids[event], [gen.stored(d) for d in docs],
                 [gen.record(d) for d in gen.events.members[event] if d not in docs])
                for event, docs in naming.items()
            ]
        appearances: list[Appearance] = []
        variants: Counter[str] = Counter()
        for event_id, stored_docs, others in bundles:
            records = [s["record"] for s in stored_docs] + others
            for stored in stored_docs:
                variants.update(_names_of(stored, key))
            merged = merge_events([_event(r) for r in records])
            person = next((p for p in merged.speakers if speaker_key(p.name) == key), None) \
                if merged is not None else None
            if merged is None or person is None:
                continue
            first = records[0]
            appearances.append(Appearance(
                url=first["url"], title=first.get("title"), event_title=merged.title,
                date=merged.date or first.get("published"),
                role=person.role, position=person.position, talk_title=person.talk_title,
                location=merged.location, province=merged.province,
                co_speakers=[p.name for p in merged.speakers if p is not person],
                lang=first.get("lang"), event_id=event_id,
                reports=[r["url"] for r in records[1:]],
            ))
        if not appearances:
            return None
        appearances.sort(key=lambda a: a.date or "")
        names = [name for name, _ in variants.most_common()]
        return SpeakerProfile(key=key, name=names[0], variants=names, appearances=appearances)

    def speakers(self, prefix: str = "", limit: int = 50) -> list[SpeakerSummary]:
        """Speakers whose key or any part of it starts with ``prefix``, most events first
        (alphabetical within a count); the first ``limit`` of :meth:`speaker_directory`."""
        if limit <= 0:
            return []
        with self._reading() as gen:
            directory = gen.directory
        return directory.page(prefix, per_page=min(limit, 500)).speakers

    def speaker_directory(self, prefix: str = "", letter: str = "", page: int = 1,
                          per_page: int = 100) -> SpeakerPage:
        """One page of the speaker directory, with the total and counts per letter.

        ``prefix`` matches identity keys as :meth:`speakers` does (spelling variants find
        the same person); ``letter`` (a-z) is the first letter of the name shown. Order:
        most articles first, then alphabetical. :class:`QueryError` for a bad letter, page
        or ``per_page`` (at most 500). Counts are events (a webinar five sites reported is
        one appearance).
        """
        with self._reading() as gen:
            directory = gen.directory
        return directory.page(prefix, letter, page, per_page)

    def themes(self, limit: int = 20, prefix: str = "") -> list[ThemeSummary]:
        """The index's themes, most documents first (ties by label): key phrases that
        several event and talk titles share (:mod:`search.themes`); ``prefix`` keeps those
        with a word starting with it."""
        with self._reading() as gen:
            found = gen.facets.themes.top(limit=limit, prefix=prefix)
        return [ThemeSummary(t.key, t.label, t.count) for t in found]

    def suggest(self, prefix: str, limit: int = 8) -> list[Suggestion]:
        """Completions of what a user is typing: speakers and themes whose name has a word
        starting with ``prefix`` (a speaker in any spelling of it), most appearances first.
        Answered from a table built once per generation, in a few milliseconds."""
        with self._reading() as gen:
            return gen.suggester.complete(prefix, limit)

    def speaker_names(self, keys: list[str]) -> dict[str, str]:
        """Display names (the most common spelling) for speaker keys; unknown keys map to
        themselves."""
        with self._reading() as gen:
            table = gen.facets
            return {key: table.name(key) or key for key in keys}

    def month_counts(self, group: bool = True) -> list[tuple[str, int]]:
        """Events (``group=False``: documents) per month (``"2021-06"``) of the event
        date, else the published date, oldest first, over the whole index; undated ones are
        not counted.

        One pass over the dates the facet table already holds in memory (no stored
        record is read), so a chart of a large index costs milliseconds, not a query per
        month.
        """
        with self._reading() as gen:
            if group:
                counts = gen.event_facets.month_counts()
            else:
                counts = Counter(date[:7] for date in gen.facets.dates if date)
        return sorted(counts.items())

    def stats(self) -> dict[str, Any]:
        """Size and provenance of the live generation, and this process's memory."""
        with self._reading() as gen:
            return {
                "documents": gen.searcher.doc_count(),
                "events": len(gen.events),
                "speakers": len(gen.facets.speaker_counts()),
                "generation": gen.name,
                "built_at": gen.meta.get("built_at"),
                "schema_version": gen.meta.get("schema_version"),
                "segments": len(gen.reader.leaf_readers()),
                "size_bytes": gen.size_bytes,
                "index_dir": str(self.index_dir),
                "memory": self.memory(),
            }

    def memory(self) -> dict[str, Any]:
        """This process's memory (:func:`search.memory.process_memory`), each bounded
        cache's entries, estimated bytes and budget, and the re-rank column readers' tables
        (bounded by the searcher pool, not by ``cache_mb``)."""
        gen = self._gen
        return {
            **process_memory(),
            "cache_limit_bytes": self._budget.results_bytes + self._budget.postings_bytes,
            "caches": {"results": self.results_cache.stats(),
                       "postings": gen.docsets.stats()},
            "rerank_offsets": gen.rerank_offsets(),
        }


@lru_cache(maxsize=65536)
def _name_tokens(name: str) -> frozenset[str]:
    """The words of a speaker's name (every hit's speakers are checked against the query;
    names come back query after query, tokenizing them was a fiftieth of a query)."""
    return frozenset(tokenize(name))


def _by_date(gen: _Generation, docs: DocSet, stop: int,
             events: EventMap | None = None) -> list[tuple[int, float]]:
    dates = gen.facets.dates
    if events is not None:
        return events.newest_per_event(docs, dates, stop)
    newest = heapq.nlargest(stop, docs, key=lambda d: (dates[d], -d))
    return [(docnum, 0.0) for docnum in newest]


def _province_terms(values: tuple[str, ...]) -> tuple[str, ...]:
    """Every way the index may hold the provinces of a filter ("jawa timur", "jatim",
    "east java"), so that a filter on any of them finds all."""
    names = province_names()
    spellings = province_spellings()
    out: dict[str, None] = {}
    for value in values:
        out[value] = None
        official = names.get(value)
        for written in spellings.get(official, ()) if official else ():
            out[written] = None
    return tuple(out)


def _theme_key(table: FacetTable, value: str) -> str:
    """A theme filter value as a theme key: a key as is, a phrase by its stems."""
    return value if value in table.themes.docs else phrase_key(value)


def _facet_counts(table: FacetTable | EventFacets, matches: DocSet,
                  sets: dict[str, DocSet], allowed: DocSet
                  ) -> dict[str, list[tuple[str, int]]]:
    """Each facet's values over the documents every other filter allows (disjunctive
    facets): a facet that filters is counted as if it did not, so its other values show."""
    own = {name: [name] + (["speaker/role"] if name in ("speaker", "role") else [])
           for name in FACET_NAMES if name in sets}
    plain = tuple(name for name in FACET_NAMES if name not in own)
    counts = table.counts(allowed, plain) if plain else {}
    for name, skipped in own.items():
        base = DocSet.intersection([matches, *(docs for other, docs in sets.items()
                                               if other not in skipped)])
        counts.update(table.counts(base, (name,)))
    return {name: counts[name] for name in FACET_NAMES}


def _checked_filters(filters: Mapping[str, str | Sequence[str] | None]
                     ) -> dict[str, tuple[str, ...]]:
    """Filters as tuples of index terms (speaker keys, theme keys, official province names,
    lowercased values); :class:`QueryError` for an unknown name or a malformed value."""
    out: dict[str, tuple[str, ...]] = {}
    for name, raw in filters.items():
        if name not in FILTER_FIELDS and name not in DATE_FILTERS:
            known = ", ".join(list(FILTER_FIELDS) + list(DATE_FILTERS))
            raise QueryError(f"unknown filter {name!r}; known filters: {known}")
        given = [raw] if raw is None or isinstance(raw, str) else list(raw)
        values = [str(v).strip() for v in given if v is not None and str(v).strip()]
        if not values:
            continue
        if name in DATE_FILTERS and len(values) > 1:
            raise QueryError(f"{name} takes one date, not {len(values)}")
        if len(values) > MAX_FILTER_VALUES:
            raise QueryError(f"{name} takes at most {MAX_FILTER_VALUES} values")
        for text in values:
            if name in DATE_FILTERS and not _ISO_DATE.match(text):
                raise QueryError(f"{name} must be a date like 2021-06-18, not {text!r}")
            if name == "year" and not (text.isdigit() and len(text) == 4):
                raise QueryError(f"year must be four digits, not {text!r}")
        terms = tuple(dict.fromkeys(_filter_term(name, text) for text in values))
        if any(terms):
            out[name] = tuple(t for t in terms if t)
    return out


def _filter_term(name: str, value: str) -> str:
    if name == "speaker":
        return speaker_key(value)
    if name == "theme":
        return " ".join(value.casefold().split())
    if name == "organizer":
        return value.replace(",", " ").strip().lower()
    if name == "province":
        return value.casefold()
    if name in DATE_FILTERS or name == "year":
        return value
    return value.lower()


def _event(record: dict[str, Any]) -> Event | None:
    data = record.get("event")
    return Event.from_dict(data) if isinstance(data, dict) else None


def _names_of(stored: dict[str, Any], key: str) -> list[str]:
    """The names under which ``stored``'s programme lists the speaker ``key``."""
    people = (stored["record"].get("event") or {}).get("speakers") or []
    keys = stored.get("speaker_key_list") or [cached_speaker_key(p["name"]) for p in people]
    return [p["name"] for p, k in zip(people, keys) if k == key]
