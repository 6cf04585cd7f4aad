"""Incremental updates: add, replace and delete documents by URL, as a new generation.

An update never touches the live generation. It links the live generation's files into a
new folder (hard links, so it costs no copy: Whoosh never rewrites a segment file; new and
merged segments and deletions go to new files and a new table of contents), changes the
copy with an ordinary Whoosh writer, and publishes it like a build (:mod:`index.write.builder`).
A crash or kill mid-update therefore leaves the live index as it was.

Per record, by URL:

- not in the index: added;
- in the index with the same content hash (:func:`index.write.document.content_hash`, over the
  whole record): skipped, so re-running an update over the same sources costs reading
  them and nothing else;
- in the index with another hash: replaced.

Deletion is explicit, never inferred from a record: ``deletions`` lists URLs to remove,
and ``delete_missing=True`` removes every indexed URL that none of this update's records
has (an update from a full re-crawl). An update that changes nothing publishes nothing.

Events: the added and changed articles are grouped with their fellow reports in the index,
and the events that lost or changed an article are grouped again; only articles whose
event id changes are rewritten (:mod:`index.write.regroup`). The records of an update are
read before anything is written, since grouping needs all of them.
"""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from whoosh import index as whoosh_index

from index.errors import InputError
from index.layout import META_NAME, read_current, read_meta
from index.model import Article
from index.schema import SCHEMA_VERSION

from .builder import IndexBuilder
from .document import record_to_document
from .generation import (
    DEFAULT_LIMIT_MB,
    BuildReport,
    new_generation,
    write_meta,
)
from .grouping import report_of
from .regroup import regroup


class _NothingChanged(Exception):
    """Raised inside the generation block to discard the copy: there is nothing new."""


class IndexUpdater:
    """Applies additions, replacements and deletions to the index at ``index_dir``."""

    def __init__(
        self,
        index_dir: Path | str,
        *,
        lock_timeout: float = 10.0,
        progress: Callable[[int], None] | None = None,
        limitmb: int = DEFAULT_LIMIT_MB,
    ) -> None:
        self.index_dir = Path(index_dir)
        self.lock_timeout = lock_timeout
        self.progress = progress
        self.limitmb = limitmb

    def update(
        self,
        articles: Iterable[Article],
        *,
        deletions: Iterable[str] = (),
        delete_missing: bool = False,
    ) -> BuildReport:
        """Apply ``articles`` and ``deletions``; a new generation goes live if anything changed.

        With no index yet, this is a build.
        """
        started = time.monotonic()
        if read_current(self.index_dir) is None:
            return IndexBuilder(self.index_dir, lock_timeout=self.lock_timeout,
                                progress=self.progress, procs=1).build(articles)
        report = BuildReport(generation="", documents=0, seconds=0.0)
        try:
            with new_generation(self.index_dir, self.lock_timeout) as (generation, gen_dir):
                live = read_current(self.index_dir)
                if live is None:
                    raise InputError(f"the index at {self.index_dir} vanished during update")
                version = read_meta(self.index_dir / live).get("schema_version")
                if version != SCHEMA_VERSION:
                    raise InputError(
                        f"the index at {self.index_dir} has format {version}, this version "
                        f"writes {SCHEMA_VERSION}: rebuild it with `webinar-search build`"
                    )
                _link_generation(self.index_dir / live, gen_dir)
                self._apply(gen_dir, articles, set(deletions), delete_missing, report)
                if not (report.added or report.replaced or report.deleted):
                    raise _NothingChanged
                write_meta(gen_dir, generation, report.documents)
                report.generation = generation
        except _NothingChanged:
            report.generation = read_current(self.index_dir) or ""
        report.seconds = time.monotonic() - started
        return report

    def _apply(self, gen_dir: Path, articles: Iterable[Article], deletions: set[str],
               delete_missing: bool, report: BuildReport) -> None:
        ix = whoosh_index.open_dir(str(gen_dir))
        try:
            with ix.searcher() as searcher:
                seen, changed, replaced = self._changes(searcher, articles, report)
                doomed = {u for u in deletions if searcher.document_number(url=u) is not None}
                if delete_missing:
                    doomed |= {term.decode("utf-8") for term in
                               searcher.reader().lexicon("url")} - seen
                doomed -= seen
                reports = {url: report_of(article) for url, (article, _) in changed.items()}
                plan = regroup(searcher, reports, doomed | replaced)
                writer = ix.writer(limitmb=self.limitmb)
                try:
                    for url, (_, doc) in changed.items():
                        doc["event_id"] = plan.ids[url]
                        doc.update(reports[url].index_fields())
                        if url in replaced:
                            writer.update_document(**doc)
                        else:
                            writer.add_document(**doc)
                    for url in doomed:
                        writer.delete_by_term("url", url)
                    for rewrite in plan.rewrites:
                        doc = record_to_document(rewrite.article)
                        doc["event_id"] = rewrite.event_id
                        doc.update(rewrite.fields)
                        writer.update_document(**doc)
                    writer.commit()
                except BaseException:
                    writer.cancel()
                    raise
                report.deleted = len(doomed)
                report.regrouped = len(plan.rewrites)
            with ix.searcher() as searcher:
                report.documents = searcher.doc_count()
        finally:
            ix.close()

    def _changes(self, searcher: Any, articles: Iterable[Article], report: BuildReport
                 ) -> tuple[set[str], dict[str, tuple[Article, dict[str, Any]]], set[str]]:
        """Every URL of the update; the records that add or replace an article (the last
        one per URL wins) with their documents; the URLs they replace. Unchanged records
        (the same hash as indexed) are only counted."""
        latest: dict[str, tuple[Article, dict[str, Any]]] = {}
        for count, article in enumerate(articles, start=1):
            doc = record_to_document(article)
            latest.pop(doc["url"], None)
            latest[doc["url"]] = (article, doc)
            if self.progress:
                self.progress(count)
        changed: dict[str, tuple[Article, dict[str, Any]]] = {}
        replaced: set[str] = set()
        for url, (article, doc) in latest.items():
            stored = searcher.document(url=url)
            if stored is not None and stored.get("content_hash") == doc["content_hash"]:
                report.unchanged += 1
                continue
            changed[url] = (article, doc)
            if stored is None:
                report.added += 1
            else:
                replaced.add(url)
                report.replaced += 1
        return set(latest), changed, replaced


def _link_generation(source: Path, target: Path) -> None:
    """Populate ``target`` with ``source``'s index files (hard links, copies as fallback)."""
    for path in source.iterdir():
        if not path.is_file() or path.name == META_NAME or path.name.endswith("LOCK"):
            continue
        try:
            os.link(path, target / path.name)
        except OSError:
            shutil.copy2(path, target / path.name)
