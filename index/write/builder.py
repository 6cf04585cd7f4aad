"""Writing indexes: records in, a Whoosh index generation out, switched in atomically.

An index folder holds generations side by side and a ``CURRENT`` file naming the live one
(:mod:`index.layout`). A build writes a whole new generation next to the live one and only
then replaces ``CURRENT`` with ``os.replace`` (atomic on POSIX). Readers keep answering
from the old generation until they notice the switch; a crash or a kill mid-build leaves
``CURRENT`` pointing at the old, complete generation, and the half-written one is swept by
the next build. The generation before the live one is kept so that a reader still holding
it is never pulled from under its feet.

A fresh build is where the time goes, so it does not use Whoosh's defaults:

- ``add_document``, not ``update_document``: the latter looks every URL up in the
  segments written so far. Duplicate URLs (rare) are tracked while streaming and the
  earlier copies deleted after the commit, so the last record of a URL wins.
- ``procs`` worker processes (Whoosh's ``MpWriter``, see :mod:`index.write.parallel`) each
  analyse and write their own segment (``multisegment``: no final merge), with a larger
  sorting pool per worker; they die with the build, so a killed build leaves neither
  stray processes nor a held write lock behind.
- Each segment is written by :class:`~index.write.segment.LengthsInMemoryWriter`, which
  answers the finishing pass's document-length lookups from memory (the same segment,
  about an eighth less CPU for indexing).
- The vocabulary is stemmed once, in parallel, before the workers start (see
  :meth:`IndexBuilder._write_parallel`): Sastrawi costs about a millisecond per distinct
  word, and each worker would otherwise pay for nearly the whole vocabulary.
- A build checks that the index holds as many documents as it was given before it goes
  live: a worker that died must not silently drop part of the corpus.
- Every article gets the id of the event it reports (:mod:`index.write.grouping`): its
  grouping features and blocking terms are computed as its record is read (in a parallel
  build by another process, on the core that idles while this one reads: the MinHash
  signatures cost about a tenth of a build), the events once all are read, and the ids are
  set as documents are written (by the workers, from the mapping they inherit, in a
  parallel build).
- With ``skip_unchanged`` (the CLI's default), a build whose records are exactly the live
  generation's (URLs and record hashes, compared once every record has been read, before
  events are grouped or anything is indexed) writes nothing: with the record cache
  (:mod:`index.pipeline.record_cache`) a rebuild of an unchanged corpus then costs reading
  it, not extracting, grouping and indexing it. The events would be the same too: they are
  a function of the records (the grouping features are part of the schema version, which
  must match, and a generation built without grouping is never taken as unchanged).
"""

from __future__ import annotations

import gc
import itertools
import logging
import os
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from whoosh import index as whoosh_index

from index.errors import WebinarSearchError
from index.layout import read_current, read_meta
from index.model import Article
from index.schema import SCHEMA_VERSION, build_schema

from .document import content_hash, record_to_document
from .generation import (
    DEFAULT_LIMIT_MB,
    BuildReport,
    cancel_quietly,
    drop_earlier_copies,
    new_generation,
    write_meta,
)
from .grouping import Grouper, assign_ids, fingerprint_copy, report_of, reports_of
from .parallel import (
    JOB_DOCS,
    BackgroundMap,
    MortalMpWriter,
    prime_stems,
    stemmable_words,
    write_job,
)
from .segment import LengthsInMemoryWriter

__all__ = ["BuildReport", "IndexBuilder", "content_hash", "record_to_document"]

logger = logging.getLogger(__name__)

PARALLEL_MIN_DOCS = 300
"""Builds of up to this many records stay in one process."""


def default_procs() -> int:
    """Worker processes for a build: two where there are two cores (more rarely helps)."""
    return max(1, min(2, os.cpu_count() or 1))


class IndexBuilder:
    """Builds a fresh generation of the index at ``index_dir`` and switches to it.

    ``progress`` is called with the running document count and ``phase`` with a short
    description of each stage of a long build, so the CLI can report them without the
    library knowing about terminals. ``group_events=False`` makes every article its own
    event (no grouping features are computed: for measuring what grouping costs).
    ``procs`` > 1 indexes in that many worker processes;
    by default (``None``) a build of more than :data:`PARALLEL_MIN_DOCS` records uses
    :func:`default_procs`, a smaller one stays in this process (forking costs more).
    """

    def __init__(
        self,
        index_dir: Path | str,
        *,
        lock_timeout: float = 10.0,
        progress: Callable[[int], None] | None = None,
        procs: int | None = None,
        limitmb: int = DEFAULT_LIMIT_MB,
        phase: Callable[[str], None] | None = None,
        skip_unchanged: bool = False,
        group_events: bool = True,
    ) -> None:
        self.index_dir = Path(index_dir)
        self.lock_timeout = lock_timeout
        self.progress = progress
        self.procs = procs if procs is None else max(1, procs)
        self.limitmb = limitmb
        self.phase = phase or (lambda message: None)
        self.skip_unchanged = skip_unchanged
        self.group_events = group_events

    def build(self, articles: Iterable[Article]) -> BuildReport:
        """Index ``articles`` (later duplicates of a URL replace earlier ones) and go live.

        With ``skip_unchanged``, a build whose records are exactly the live generation's
        (same URLs, same record hashes, same schema, both grouped into events) writes
        nothing and keeps the live generation: the report's ``unchanged`` counts them and
        ``added`` is 0."""
        started = time.monotonic()
        try:
            with new_generation(self.index_dir, self.lock_timeout) as (generation, gen_dir):
                count = self._write_generation(gen_dir, articles)
                write_meta(gen_dir, generation, count, grouped=self.group_events)
        except _Unchanged as same:
            return BuildReport(same.generation, same.documents, time.monotonic() - started,
                               unchanged=same.documents)
        return BuildReport(generation, count, time.monotonic() - started, added=count)

    def _check_changed(self, tracker: _UrlTracker) -> None:
        """Raise :class:`_Unchanged` when the live generation holds exactly these records."""
        if not (self.skip_unchanged and self.group_events):
            return
        live = read_current(self.index_dir)
        if live is None:
            return
        meta = read_meta(self.index_dir / live)
        if meta.get("schema_version") != SCHEMA_VERSION or meta.get("grouped") is False:
            return
        ix = whoosh_index.open_dir(str(self.index_dir / live))
        try:
            with ix.searcher() as searcher:
                if searcher.doc_count() != tracker.unique:
                    return
                held = {fields["url"]: fields.get("content_hash")
                        for fields in searcher.all_stored_fields()}
        finally:
            ix.close()
        if held == tracker.hashes:
            raise _Unchanged(live, tracker.unique)

    def _write_generation(self, gen_dir: Path, articles: Iterable[Article]) -> int:
        ix = whoosh_index.create_in(str(gen_dir), build_schema())
        tracker = _UrlTracker(Grouper() if self.group_events else None)
        stream = iter(articles)
        procs = self.procs
        if procs is None:
            head = list(itertools.islice(stream, PARALLEL_MIN_DOCS + 1))
            procs = default_procs() if len(head) > PARALLEL_MIN_DOCS else 1
            stream = itertools.chain(head, stream)
        try:
            if procs > 1:
                self._write_parallel(ix, stream, tracker, procs)
            else:
                self._write_serial(ix, stream, tracker)
            written = ix.doc_count_all()
            if written != tracker.added:
                raise WebinarSearchError(
                    f"indexing lost documents ({written} of {tracker.added} written); "
                    "the live index is unchanged"
                )
            if tracker.duplicated:
                drop_earlier_copies(ix, tracker.last_hashes())
        finally:
            ix.close()
        return tracker.unique

    def _write_serial(self, ix: Any, articles: Iterable[Article], tracker: _UrlTracker) -> None:
        docs = [tracker.document(article) for article in articles]
        self._check_changed(tracker)
        event_ids = self._event_ids(tracker)
        writer = LengthsInMemoryWriter(ix, limitmb=self.limitmb)
        try:
            for count, doc in enumerate(docs, start=1):
                doc["event_id"] = event_ids[doc["url"]]
                writer.add_document(**doc)
                if self.progress:
                    self.progress(count)
            writer.commit()
        except BaseException:
            cancel_quietly(writer)
            raise

    def _write_parallel(self, ix: Any, articles: Iterable[Article],
                        tracker: _UrlTracker, procs: int) -> None:
        """Two passes: spool documents and stem their vocabulary, then index in workers.

        Pass one turns records into documents, writes them in batches to job files (the
        format Whoosh's workers read) and collects every word the stemming analyzer will
        see. Those words are stemmed once, split across ``procs`` processes, into this
        process's stem cache. Pass two starts the workers (forked, so they inherit the warm
        cache) and hands them the job files. Without the first pass each worker would stem
        nearly the whole vocabulary again, at a millisecond per word.
        """
        writer = MortalMpWriter(ix, procs=procs, multisegment=True, limitmb=self.limitmb)
        grouper, tracker.grouper = tracker.grouper, None
        features = BackgroundMap(reports_of) if grouper is not None else None
        try:
            spool = writer.temp_storage()
            jobs: list[tuple[str, int]] = []
            vocabulary: set[str] = set()
            batch: list[tuple[int, dict[str, Any]]] = []
            read: list[Article] = []
            for article in articles:
                doc = tracker.document(article)
                vocabulary.update(stemmable_words(doc))
                batch.append((0, doc))
                read.append(fingerprint_copy(article))
                if len(batch) >= JOB_DOCS:
                    jobs.append(write_job(spool, batch))
                    if features is not None:
                        features.submit(read)
                    batch, read = [], []
                if self.progress:
                    self.progress(tracker.added)
            if batch:
                jobs.append(write_job(spool, batch))
                if features is not None:
                    features.submit(read)
            self._check_changed(tracker)
            tracker.grouper = grouper
            if features is not None and grouper is not None:
                for report in features.results():
                    grouper.add(report)
            writer.late_fields = self._late_fields(tracker)
            self.phase(f"stemming {len(vocabulary)} distinct words in {procs} processes")
            prime_stems(vocabulary, procs)
            self.phase(f"indexing {tracker.added} documents in {procs} processes")
            gc.freeze()
            for filename, count in jobs:
                writer.enqueue_job(filename, count)
            writer.commit()
        except BaseException:
            cancel_quietly(writer)
            raise
        finally:
            gc.unfreeze()
            if features is not None:
                features.close()

    def _late_fields(self, tracker: _UrlTracker) -> dict[str, dict[str, Any]]:
        """What the workers add to each document: its event id and blocking keys."""
        fields: dict[str, dict[str, Any]] = {
            url: {"event_id": eid} for url, eid in self._event_ids(tracker).items()}
        if tracker.grouper is not None:
            for url, extra in fields.items():
                report = tracker.grouper.report(url)
                if report is not None:
                    extra.update(report.index_fields())
        return fields

    def _event_ids(self, tracker: _UrlTracker) -> dict[str, str]:
        """URL -> event id, once every record has been read."""
        if tracker.grouper is None:
            return assign_ids([url] for url in tracker.hashes)
        self.phase(f"grouping {len(tracker.grouper)} articles into events")
        return assign_ids(tracker.grouper.events())


class _Unchanged(Exception):
    """The records to build are the live generation's: nothing to write."""

    def __init__(self, generation: str, documents: int) -> None:
        super().__init__(generation)
        self.generation = generation
        self.documents = documents


class _UrlTracker:
    """Documents for records, remembering URLs so that the last copy of a URL wins, and
    each record's grouping features (``grouper``) so that its event can be found."""

    def __init__(self, grouper: Grouper | None) -> None:
        self.hashes: dict[str, str] = {}
        self.duplicated: set[str] = set()
        self.added = 0
        self.grouper = grouper

    def document(self, article: Article) -> dict[str, Any]:
        doc = record_to_document(article)
        if self.grouper is not None:
            report = report_of(article)
            doc.update(report.index_fields())
            self.grouper.add(report)
        if doc["url"] in self.hashes:
            self.duplicated.add(doc["url"])
        self.hashes[doc["url"]] = doc["content_hash"]
        self.added += 1
        return doc

    @property
    def unique(self) -> int:
        return len(self.hashes)

    def last_hashes(self) -> dict[str, str]:
        return {url: self.hashes[url] for url in self.duplicated}
