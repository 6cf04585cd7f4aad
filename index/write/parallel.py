"""Parallel indexing: Whoosh's multiprocess writer, made safe to kill, fed by a stemming pass.

:class:`index.write.builder.IndexBuilder` uses this for large builds. Three things Whoosh's
``MpWriter`` does not do on its own:

- its workers die with the build (``PR_SET_PDEATHSIG`` on Linux) and are terminated on
  cancel, so a killed or failed build leaves no process waiting for jobs forever, nor one
  holding the index folder's write lock (an inherited ``flock``);
- it takes job files written beforehand (:func:`write_job`, Whoosh's own format), so the
  builder can read all records first;
- :func:`prime_stems` stems the collected vocabulary once, split across processes, into
  the stem cache the workers then inherit when they fork: Sastrawi costs about a
  millisecond per distinct word, and each worker would otherwise pay for nearly all of
  them again;
- the event ids: a job file is written as soon as its records are read, but an article's
  event is known only once every article has been read (:mod:`index.write.grouping`), so
  the workers set each document's ``event_id`` and blocking terms (``group_keys``) from
  :attr:`MortalMpWriter.late_fields` (URL -> fields, filled before the first worker
  starts) as they read it;
- :class:`BackgroundMap` computes those grouping features (MinHash signatures, mostly) in
  another process while the build reads records: reading is one process's work, so the
  other core would idle meanwhile.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import pickle
import re
from collections.abc import Callable, Iterator
from typing import Any

from whoosh.multiproc import MpWriter, SubWriterTask
from whoosh.util import random_name

from index.processes import die_with_parent
from index.resources import word_set
from index.schema import is_stem_cached, remember_stems, stem_indonesian

from .segment import LengthsInMemoryWriter

logger = logging.getLogger(__name__)

JOB_DOCS = 200
"""Documents per job file handed to a worker."""
_STEMMED_FIELDS = ("title", "body", "themes", "positions", "organizers_text")
_WORD = re.compile(r"[^\W\d_]{4,}")


def stemmable_words(doc: dict[str, Any]) -> set[str]:
    """The words of ``doc`` that the stemming analyzer will have to stem."""
    stop = word_set("stopwords_id.txt")
    found: set[str] = set()
    for field in _STEMMED_FIELDS:
        value = doc.get(field)
        if value:
            found.update(_WORD.findall(value.lower()))
    return found - stop


def prime_stems(words: set[str], procs: int) -> None:
    """Stem ``words`` in ``procs`` processes into this process's stem cache."""
    todo = sorted(w for w in words if not is_stem_cached(w))
    if not todo:
        return
    if procs <= 1 or len(todo) < 2000:
        for word in todo:
            stem_indonesian(word)
        return
    chunks = [todo[i::procs * 4] for i in range(procs * 4)]
    ctx = multiprocessing.get_context("fork")
    with ctx.Pool(procs, initializer=_indexing_worker_start) as pool:
        for pairs in pool.imap_unordered(_stem_chunk, chunks):
            remember_stems(pairs)


def _stem_chunk(words: list[str]) -> list[tuple[str, str]]:
    return [(word, stem_indonesian(word)) for word in words]


def write_job(spool: Any, batch: list[tuple[int, dict[str, Any]]]) -> tuple[str, int]:
    """A job file as Whoosh's indexing workers read it: pickled ``(0, fields)`` tuples."""
    filename = f"{random_name()}.doclist"
    with spool.create_file(filename).raw_file() as fh:
        for item in batch:
            pickle.dump(item, fh, 2)
    return filename, len(batch)


class _MortalSubWriterTask(SubWriterTask):
    """A Whoosh indexing worker that the kernel kills when the build process dies."""

    def __init__(self, *args: Any, late_fields: dict[str, dict[str, Any]] | None = None
                 ) -> None:
        super().__init__(*args)
        self.daemon = True
        self.parent_pid = os.getpid()
        self.late_fields = late_fields or {}

    def run(self) -> None:
        """Whoosh's worker loop (``SubWriterTask.run``) for a multisegment build, with a
        :class:`~index.write.segment.LengthsInMemoryWriter` for the worker's segment."""
        die_with_parent("indexing worker")
        if os.getppid() != self.parent_pid:
            os._exit(1)
        if not self.multisegment:
            super().run()
            return
        ix = self.storage.open_index(self.indexname)
        writer = self.writer = LengthsInMemoryWriter(ix, _lk=False, **self.kwargs)
        while self.running:
            job = self.jobqueue.get()
            if job is None:
                break
            self._process_file(*job)
        if not self.running:
            writer.cancel()
            return
        fieldnames = writer.pool.fieldnames
        self.resultqueue.put((None, fieldnames, writer._finalize_segment()), timeout=5)

    def _process_file(self, filename: str, doc_count: int) -> None:
        """Whoosh's job loop (``SubWriterTask._process_file``), adding the late fields."""
        writer = self.writer
        tempstorage = writer.temp_storage()
        late_fields = self.late_fields
        with tempstorage.open_file(filename).raw_file() as fh:
            for _ in range(doc_count):
                code, fields = pickle.load(fh)
                assert code == 0
                fields.update(late_fields.get(fields["url"], ()))
                writer.add_document(**fields)
        tempstorage.delete_file(filename)


class MortalMpWriter(MpWriter):
    """Whoosh's multiprocess writer, with workers that cannot outlive or block the build.

    Whoosh's own ``cancel`` only flags its copy of each worker object, which leaves the
    real workers waiting for jobs forever; here they are terminated.
    """

    late_fields: dict[str, dict[str, Any]] = {}
    """URL -> fields known only once every record was read (the event id), set on the
    instance before the first job is enqueued."""

    def enqueue_job(self, filename: str, count: int) -> None:
        """Hand a job file written by :func:`write_job` to a worker."""
        if len(self.tasks) < self.procs:
            self._new_task()
        self.jobqueue.put((filename, count))
        self._added_sub = True

    def _new_task(self) -> SubWriterTask:
        task = _MortalSubWriterTask(self.storage, self.indexname, self.jobqueue,
                                    self.resultqueue, self.subargs, self.multisegment,
                                    late_fields=self.late_fields)
        self.tasks.append(task)
        task.start()
        return task

    def cancel(self) -> None:
        for task in self.tasks:
            task.terminate()
        for task in self.tasks:
            task.join(timeout=5)
        self.tasks = []
        super().cancel()


class BackgroundMap:
    """``function`` applied to batches in ``procs`` forked processes, results in order.

    The processes die with the build (and are terminated by :meth:`close`).
    """

    def __init__(self, function: Callable[[list[Any]], list[Any]], procs: int = 1) -> None:
        self.function = function
        self.pool = multiprocessing.get_context("fork").Pool(
            procs, initializer=_indexing_worker_start)
        self.pending: list[Any] = []

    def submit(self, batch: list[Any]) -> None:
        self.pending.append(self.pool.apply_async(self.function, (batch,)))

    def results(self) -> Iterator[Any]:
        """Every result, in the order the batches were submitted (waiting as needed)."""
        pending, self.pending = self.pending, []
        for result in pending:
            yield from result.get()

    def close(self) -> None:
        self.pool.terminate()
        self.pool.join()


def _indexing_worker_start() -> None:
    die_with_parent("indexing worker")
