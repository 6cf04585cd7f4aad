"""The Spark job: WARC files in, the single machine's records out as JSON Lines part files.

Three stages, each a ``mapPartitions`` over plain Python functions of this module (so
executors import them by name from the installed package):

1. **read** (:func:`_local_documents`, :func:`_streamed_documents`): a partition's WARC
   files become source documents through the single-machine reader
   (:func:`index.pipeline.sources.iter_warc_documents`); an unreadable record is counted
   in the ``bad records`` accumulator, logged, and skipped, and the reader goes on at the
   next record of the file (a file cut short loses only its tail), as on one machine.
   Every WARC record passed over is counted, and each HTML page is judged by the cheap
   screen (:class:`index.pipeline.screen.PageScreen`) before anything is cleaned.
2. **balance**: when there are fewer files than partitions wanted (a handful of large
   WARC files on many cores), the kept pages are spread over the partitions with a
   shuffle; with many files (a Common Crawl segment), each file is a partition, as in
   cc-pyspark, and nothing is shuffled.
3. **clean and extract** (:func:`_record_lines`): :func:`index.pipeline.records.
   outcome_of`, the function every single-machine path runs, and
   :meth:`index.model.Article.to_json`, the serializer ``extract --json`` prints with. A
   page on which the extractor raises (a bug) is counted and left out, as ``extract``
   leaves it out.

The lines are saved with ``saveAsTextFile`` (``part-00000`` ... and ``_SUCCESS``,
optionally gzip), which ``build`` and ``update`` read back as records. The counts come
from accumulators: exact, unless Spark re-runs a failed task (then a retried partition
may be counted twice; the records are not duplicated).
"""

from __future__ import annotations

import functools
import logging
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, NamedTuple

from index.errors import InputError, SparkUnavailableError

from ..records import outcome_of
from ..screen import PageScreen
from ..sources import SourceDocument, iter_warc_documents
from .inputs import _SCHEME, WarcInputs, route_inputs
from .session import start_context

if TYPE_CHECKING:
    from pyspark import RDD, SparkContext

logger = logging.getLogger(__name__)

GZIP_CODEC = "org.apache.hadoop.io.compress.GzipCodec"


@dataclass(frozen=True)
class SparkJobOptions:
    """How a job runs: where its records go, on which master, in how many partitions, and
    with which screen (``None``: every HTML page is cleaned, as plain ``extract`` does)."""

    output: str
    master: str | None = None
    partitions: int | None = None
    screen: PageScreen | None = field(default_factory=PageScreen)
    gzip: bool = False


@dataclass
class SparkReport:
    """What a job did, from its accumulators."""

    output: str
    files: int
    warc_records: int
    html_pages: int
    screened_out: int
    records_written: int
    bad_records: int
    extractor_failures: int
    partitions: int
    seconds: float

    def summary(self) -> str:
        """One line for the user."""
        return (f"read {self.warc_records} WARC records from {self.files} input(s): "
                f"{self.html_pages} HTML pages kept, {self.screened_out} dropped by the "
                f"screen, {self.records_written} records written to {self.output}, "
                f"{self.bad_records} bad records skipped, {self.extractor_failures} "
                f"extractor failures; {self.partitions} partitions, {self.seconds:.1f} s")


class _Counters(NamedTuple):
    records: Any
    pages: Any
    screened: Any
    bad: Any
    written: Any
    failed: Any


def run_spark_extract(inputs: Sequence[str], options: SparkJobOptions) -> SparkReport:
    """Check the inputs, start Spark (``options.master``) unless a context is running,
    run the job, stop what was started; one-line errors for whatever is missing."""
    routed = route_inputs(inputs)
    _check_output(options.output)
    context, started = start_context(options.master)
    try:
        return run_extract_job(context, routed, options)
    finally:
        if started:
            context.stop()


def run_extract_job(sc: SparkContext, inputs: WarcInputs, options: SparkJobOptions
                    ) -> SparkReport:
    """Run the job (module doc) on ``sc`` and write ``options.output``.

    Spark's own refusals (an input glob matching nothing, an output that exists, a file
    system without its jars) come back as one :class:`SparkUnavailableError` line."""
    from py4j.protocol import Py4JJavaError

    began = time.monotonic()
    counters = _Counters(*(sc.accumulator(0) for _ in _Counters._fields))
    try:
        lines = _record_rdd(sc, inputs, options, counters)
        lines.saveAsTextFile(options.output,
                             compressionCodecClass=GZIP_CODEC if options.gzip else None)
    except Py4JJavaError as exc:
        raise SparkUnavailableError(f"the Spark job failed: {_java_message(exc)}") from exc
    return SparkReport(
        output=options.output, files=len(inputs.local) + len(inputs.hadoop),
        warc_records=counters.records.value, html_pages=counters.pages.value,
        screened_out=counters.screened.value, records_written=counters.written.value,
        bad_records=counters.bad.value, extractor_failures=counters.failed.value,
        partitions=lines.getNumPartitions(), seconds=time.monotonic() - began)


def _record_rdd(sc: SparkContext, inputs: WarcInputs, options: SparkJobOptions,
                counters: _Counters) -> RDD[str]:
    """The job's lines as an RDD: read and screen per file, balance, clean + extract."""
    parts: list[RDD] = []
    if inputs.local:
        slices = min(len(inputs.local), options.partitions or len(inputs.local))
        paths = sc.parallelize(list(inputs.local), numSlices=max(1, slices))
        parts.append(paths.mapPartitions(
            functools.partial(_local_documents, counters, options.screen)))
    if inputs.hadoop:
        files = sc.binaryFiles(",".join(inputs.hadoop), minPartitions=options.partitions)
        parts.append(files.mapPartitions(
            functools.partial(_streamed_documents, counters, options.screen)))
    docs = parts[0] if len(parts) == 1 else sc.union(parts)
    wanted = options.partitions or sc.defaultParallelism
    if docs.getNumPartitions() < wanted:
        docs = docs.repartition(wanted)
    return docs.mapPartitions(functools.partial(_record_lines, counters))


def _check_output(output: str) -> None:
    """Spark never writes into an existing folder; say so before a job starts."""
    if _SCHEME.match(output) is None and Path(output).exists():
        raise InputError(f"{output}: already exists; the job writes a new folder (remove "
                         "it or name another)")


def _java_message(exc: Exception) -> str:
    """The first line of the Java exception behind a Py4J error."""
    java = getattr(exc, "java_exception", None)
    try:
        text = str(java.toString()) if java is not None else str(exc)
    except Exception:  # the gateway may be gone with the job
        text = str(exc)
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines[0] if lines else type(exc).__name__


# Executor side ---------------------------------------------------------------------------

def _local_documents(counters: _Counters, screen: PageScreen | None,
                     paths: Iterator[str]) -> Iterator[SourceDocument]:
    """Documents of WARC files every executor opens by path (streamed, not loaded)."""
    for path in paths:
        try:
            with open(path, "rb") as stream:
                yield from _documents_of(stream, path, counters, screen)
        except OSError as exc:
            counters.bad.add(1)
            logger.warning("%s: cannot read: %s", path, exc.strerror or exc)


def _streamed_documents(counters: _Counters, screen: PageScreen | None,
                        files: Iterator[tuple[str, bytes]]) -> Iterator[SourceDocument]:
    """Documents of WARC files ``binaryFiles`` read from a Hadoop file system."""
    for name, data in files:
        yield from _documents_of(BytesIO(data), name, counters, screen)


def _documents_of(stream: BinaryIO, name: str, counters: _Counters,
                  screen: PageScreen | None) -> Iterator[SourceDocument]:
    from index.crawl.warc import WarcTally

    tally = WarcTally()
    try:
        for doc in iter_warc_documents(stream, name, tally):
            if doc.error is not None:
                counters.bad.add(1)
                logger.warning("bad WARC record skipped: %s: %s", doc.origin, doc.error)
                continue
            counters.pages.add(1)
            if screen is not None and screen.reason_to_drop(doc) is not None:
                counters.screened.add(1)
                continue
            yield doc
    finally:
        counters.records.add(tally.records)


def _record_lines(counters: _Counters, docs: Iterator[SourceDocument]) -> Iterator[str]:
    for doc in docs:
        article, failure = outcome_of(doc)
        if failure is not None or article is None:
            counters.failed.add(1)
            logger.warning("%s", failure or f"{doc.origin}: no record")
            continue
        counters.written.add(1)
        yield article.to_json()
