"""Cleaning and extraction in parallel processes, with the record cache in front.

Extraction is pure Python and CPU-bound (about 8 ms a page), so a build in one process
leaves every other core idle. :func:`iter_outcomes` reads the sources in this process (it
is I/O: files, WARC decompression), looks each batch up in the record cache
(:mod:`index.pipeline.record_cache`), hands what is missing to a pool of forked workers
running :func:`index.pipeline.records.outcome_of`, stores their outcomes, and yields every
outcome in the sources' order, so the records, their order (the last copy of a URL wins)
and the pipeline's counts are exactly those of the serial path (a test checks it).

At most :data:`IN_FLIGHT` batches per worker are outstanding, so memory stays bounded
however large the corpus (the pool's own ``imap`` would read every source ahead). Workers
die with the build (``PR_SET_PDEATHSIG``), so a killed build leaves none behind.
"""

from __future__ import annotations

import logging
import multiprocessing
import signal
from collections import deque
from collections.abc import Iterable, Iterator
from typing import Any

from index.processes import die_with_parent

from .record_cache import Outcome, RecordCache, SourceKeys, source_keys
from .records import outcome_of
from .sources import SourceDocument

logger = logging.getLogger(__name__)

BATCH = 16
"""Documents per task sent to a worker."""
IN_FLIGHT = 3
"""Batches outstanding per worker."""


def default_extract_procs() -> int:
    """Extraction processes for a build: one per core this process may use."""
    try:
        import os

        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, multiprocessing.cpu_count())


def iter_outcomes(sources: Iterable[SourceDocument], procs: int,
                  cache: RecordCache | None) -> Iterator[tuple[SourceDocument, Outcome]]:
    """``(doc, outcome)`` for every source, in order, extracted in ``procs`` processes
    (``procs`` 1: here) unless ``cache`` has it."""
    pool = None
    if procs > 1:
        pool = multiprocessing.get_context("fork").Pool(procs, initializer=_extraction_worker_start)
    pending: deque[tuple[list[SourceDocument], list[SourceKeys | None],
                         dict[SourceKeys, Outcome], Any]] = deque()
    try:
        for batch in _batches(sources):
            keys = ([source_keys(doc) if _extracts(doc) else None for doc in batch]
                    if cache is not None else [])
            known = (cache.find([k for k in keys if k is not None]) if cache is not None
                     else {})
            todo = [doc for n, doc in enumerate(batch)
                    if _extracts(doc) and not (keys and keys[n] in known)]
            job = (pool.apply_async(_outcomes, (todo,)) if pool is not None and todo
                   else _Done(_outcomes(todo)))
            pending.append((batch, keys, known, job))
            while len(pending) > IN_FLIGHT * max(1, procs):
                yield from _finish(pending.popleft(), cache)
        while pending:
            yield from _finish(pending.popleft(), cache)
        if pool is not None:
            pool.close()
            pool.join()
    finally:
        if pool is not None:
            pool.terminate()


def _finish(entry: tuple[list[SourceDocument], list[SourceKeys | None],
                         dict[SourceKeys, Outcome], Any],
            cache: RecordCache | None) -> Iterator[tuple[SourceDocument, Outcome]]:
    batch, keys, known, job = entry
    made = iter(job.get())
    fresh: list[tuple[SourceKeys, Outcome]] = []
    for n, doc in enumerate(batch):
        if doc.error is not None:
            yield doc, (None, None)
            continue
        if doc.record is not None:
            yield doc, outcome_of(doc)
            continue
        key = keys[n] if keys else None
        if key is not None and key in known:
            yield doc, known[key]
            continue
        outcome = next(made)
        if key is not None:
            fresh.append((key, outcome))
        yield doc, outcome
    if cache is not None:
        cache.put_outcomes(fresh)


def _extracts(doc: SourceDocument) -> bool:
    """``doc`` needs cleaning and extraction: not unreadable, not a record read back
    (which is used as it is, neither cached nor sent to a worker)."""
    return doc.error is None and doc.record is None


def _outcomes(docs: list[SourceDocument]) -> list[Outcome]:
    return [outcome_of(doc) for doc in docs]


def _batches(sources: Iterable[SourceDocument]) -> Iterator[list[SourceDocument]]:
    batch: list[SourceDocument] = []
    for doc in sources:
        batch.append(doc)
        if len(batch) >= BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


class _Done:
    """A result computed here, shaped like a pool's ``AsyncResult``."""

    def __init__(self, value: list[Outcome]) -> None:
        self.value = value

    def get(self) -> list[Outcome]:
        return self.value


def _extraction_worker_start() -> None:
    """Ctrl-C reaches the whole process group: the build handles it, not its workers."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    die_with_parent("extraction worker")
