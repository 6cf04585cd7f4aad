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
- The vocabulary is stemmed once, in parallel, before the workers start (see
  :meth:`IndexBuilder._write_parallel`): Sastrawi costs about a millisecond per distinct
  word, and each worker would otherwise pay for nearly the whole vocabulary.
- A build checks that the index holds as many documents as it was given before it goes
  live: a worker that died must not silently drop part of the corpus.
"""

from __future__ import annotations

import errno
import itertools
import json
import logging
import os
import shutil
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from whoosh import index as whoosh_index
from whoosh.writing import IndexWriter

from index.errors import IndexWriteError, WebinarSearchError
from index.layout import (
    META_NAME,
    fsync_tree,
    new_generation_name,
    publish,
    read_current,
    sweep,
    write_atomic,
)
from index.model import Article
from index.schema import SCHEMA_VERSION, build_schema

from .document import content_hash, record_to_document
from .lock import write_lock
from .parallel import JOB_DOCS, MortalMpWriter, prime_stems, stemmable_words, write_job

__all__ = ["BuildReport", "IndexBuilder", "content_hash", "record_to_document"]

logger = logging.getLogger(__name__)

PARALLEL_MIN_DOCS = 300
"""Builds of up to this many records stay in one process."""

DEFAULT_LIMIT_MB = 1024
"""Sorting-pool memory per writer process before it spills to disk. Whoosh's default
(128 MB) spills a run to disk every ~700 documents of 400 words, and merging the runs at
the end is a large part of a default build."""

@dataclass
class BuildReport:
    """What a build or an update did: the numbers a user wants at the end of a long run."""

    generation: str
    documents: int
    seconds: float
    added: int = 0
    replaced: int = 0
    deleted: int = 0
    unchanged: int = 0


def default_procs() -> int:
    """Worker processes for a build: two where there are two cores (more rarely helps)."""
    return max(1, min(2, os.cpu_count() or 1))


@contextmanager
def new_generation(index_dir: Path, lock_timeout: float) -> Iterator[tuple[str, Path]]:
    """Hold the write lock, give a fresh generation folder, publish it if the block succeeds.

    On any exception (or a kill) the folder is removed (or left for the next sweep) and
    ``CURRENT`` is untouched.
    """
    with write_lock(index_dir, timeout=lock_timeout):
        generation = new_generation_name()
        gen_dir = index_dir / generation
        try:
            gen_dir.mkdir()
            yield generation, gen_dir
            fsync_tree(gen_dir)
        except OSError as exc:
            shutil.rmtree(gen_dir, ignore_errors=True)
            raise _cannot_write(index_dir, exc) from exc
        except BaseException:
            shutil.rmtree(gen_dir, ignore_errors=True)
            raise
        previous = read_current(index_dir)
        try:
            publish(index_dir, generation)
        except OSError as exc:
            if read_current(index_dir) != generation:  # the switch did not happen
                shutil.rmtree(gen_dir, ignore_errors=True)
                raise _cannot_write(index_dir, exc) from exc
            raise
        sweep(index_dir, keep={generation, previous or generation})


def _cannot_write(index_dir: Path, exc: OSError) -> IndexWriteError:
    """The one-line error for a generation that could not be written (the live one is intact).

    A full disk is the usual cause, and the one a user can act on; any other OSError (a
    read-only or vanished folder, a quota) is named by its system message.
    """
    if exc.errno == errno.ENOSPC:
        reason, advice = "no space left on the device", " (free some space, then run it again)"
    else:
        reason, advice = (exc.strerror or str(exc)).lower(), ""
    return IndexWriteError(f"cannot write the new index in {index_dir}: {reason}; the live "
                           f"index is unchanged{advice}")


def write_meta(gen_dir: Path, generation: str, documents: int, **extra: Any) -> None:
    """The generation's ``meta.json``: what ``stats`` reports besides live counts."""
    meta = {
        "generation": generation,
        "documents": documents,
        "built_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "schema_version": SCHEMA_VERSION,
        **extra,
    }
    write_atomic(gen_dir / META_NAME, json.dumps(meta, indent=2))


class IndexBuilder:
    """Builds a fresh generation of the index at ``index_dir`` and switches to it.

    ``progress`` is called with the running document count and ``phase`` with a short
    description of each stage of a long build, so the CLI can report them without the
    library knowing about terminals. ``procs`` > 1 indexes in that many worker processes;
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
    ) -> None:
        self.index_dir = Path(index_dir)
        self.lock_timeout = lock_timeout
        self.progress = progress
        self.procs = procs if procs is None else max(1, procs)
        self.limitmb = limitmb
        self.phase = phase or (lambda message: None)

    def build(self, articles: Iterable[Article]) -> BuildReport:
        """Index ``articles`` (later duplicates of a URL replace earlier ones) and go live."""
        started = time.monotonic()
        with new_generation(self.index_dir, self.lock_timeout) as (generation, gen_dir):
            count = self._write_generation(gen_dir, articles)
            write_meta(gen_dir, generation, count)
        return BuildReport(generation, count, time.monotonic() - started, added=count)

    def _write_generation(self, gen_dir: Path, articles: Iterable[Article]) -> int:
        ix = whoosh_index.create_in(str(gen_dir), build_schema())
        tracker = _UrlTracker()
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
                _drop_earlier_copies(ix, tracker.last_hashes())
        finally:
            ix.close()
        return tracker.unique

    def _write_serial(self, ix: Any, articles: Iterable[Article], tracker: _UrlTracker) -> None:
        writer = ix.writer(limitmb=self.limitmb)
        try:
            for article in articles:
                writer.add_document(**tracker.document(article))
                if self.progress:
                    self.progress(tracker.added)
            writer.commit()
        except BaseException:
            _cancel_quietly(writer)
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
        try:
            spool = writer.temp_storage()
            jobs: list[tuple[str, int]] = []
            vocabulary: set[str] = set()
            batch: list[tuple[int, dict[str, Any]]] = []
            for article in articles:
                doc = tracker.document(article)
                vocabulary.update(stemmable_words(doc))
                batch.append((0, doc))
                if len(batch) >= JOB_DOCS:
                    jobs.append(write_job(spool, batch))
                    batch = []
                if self.progress:
                    self.progress(tracker.added)
            if batch:
                jobs.append(write_job(spool, batch))
            self.phase(f"stemming {len(vocabulary)} distinct words in {procs} processes")
            prime_stems(vocabulary, procs)
            self.phase(f"indexing {tracker.added} documents in {procs} processes")
            for filename, count in jobs:
                writer.enqueue_job(filename, count)
            writer.commit()
        except BaseException:
            _cancel_quietly(writer)
            raise


class _UrlTracker:
    """Documents for records, remembering URLs so that the last copy of a URL wins."""

    def __init__(self) -> None:
        self.hashes: dict[str, str] = {}
        self.duplicated: set[str] = set()
        self.added = 0

    def document(self, article: Article) -> dict[str, Any]:
        doc = record_to_document(article)
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


def _cancel_quietly(writer: IndexWriter) -> None:
    try:
        writer.cancel()
    except Exception:  # the writer may be half-committed; the generation is discarded anyway
        logger.debug("cancelling the index writer failed", exc_info=True)


def _drop_earlier_copies(ix: Any, keep_hash: dict[str, str]) -> None:
    """Delete all but one document per URL: one whose record hash is the last one seen."""
    with ix.writer() as writer, writer.searcher() as searcher:
        for url, wanted in keep_hash.items():
            docnums = list(searcher.document_numbers(url=url))
            keeper = max(
                (d for d in docnums if searcher.stored_fields(d).get("content_hash") == wanted),
                default=docnums[-1],
            )
            for docnum in docnums:
                if docnum != keeper:
                    writer.delete_document(docnum)
