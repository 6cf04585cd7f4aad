"""One source document in, one finished record out: clean (or take the text), then extract.

This is the only place that knows the order of the stages, so ``build``, ``update`` and
``extract`` all produce the same record for the same input.
"""

from __future__ import annotations

import copy
import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from index.clean import clean_html
from index.errors import ExtractionError
from index.extract import extract_event
from index.model import Article

from .sources import SourceDocument

if TYPE_CHECKING:
    from .record_cache import RecordCache

logger = logging.getLogger(__name__)


def article_from_source(doc: SourceDocument) -> Article:
    """The finished record for ``doc`` (whose ``error`` must be ``None``).

    A page without a URL of its own (a local file with no canonical link) is addressed by
    its file URI, so every indexed record has a unique, stable ``url``.
    """
    if doc.error is not None:
        raise ValueError(f"{doc.origin}: {doc.error}")
    if doc.record is not None:
        return _loaded_record(doc)
    if doc.html is not None:
        article = clean_html(doc.html, url=doc.url)
    else:
        article = article_from_text(doc.text or "", url=doc.url)
    for key in ("site", "title", "published", "lang"):
        given = getattr(doc, key)
        if given and not getattr(article, key):
            setattr(article, key, given)
    if not article.url:
        article.url = doc.fallback_url
    if not article.site and article.url:
        article.site = urlsplit(article.url).hostname
    try:
        article.event = extract_event(article) if article.text else None
    except Exception as exc:  # any extractor bug: named, with the page, never "no event"
        raise ExtractionError(
            f"{article.url or doc.origin}: event extraction failed ({type(exc).__name__}: "
            f"{exc}); this is a bug, please report it with the page", article) from exc
    return article


def _loaded_record(doc: SourceDocument) -> Article:
    """A finished record read back (a Spark job's output): as it was written, not
    cleaned or extracted again; a copy, so the source document stays as it was read."""
    record = copy.deepcopy(doc.record)
    assert record is not None
    if not record.url:
        record.url = doc.fallback_url
    if not record.text:
        record.empty_reason = "no article text in the record"
    return record


def article_from_text(text: str, url: str | None = None) -> Article:
    """An Article from an already clean body: paragraphs re-joined with one blank line."""
    lines = [" ".join(line.split()) for line in text.replace("\r\n", "\n").split("\n")]
    paragraphs = [line for line in lines if line]
    article = Article(url=url, text="\n\n".join(paragraphs))
    if url:
        article.site = urlsplit(url).hostname
    if not paragraphs:
        article.empty_reason = "the text is empty"
    return article


@dataclass
class PipelineStats:
    """Counts of a run over many sources, and why documents were skipped."""

    read: int = 0
    produced: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    """Documents indexed without their event because the extractor raised (a bug)."""


def outcome_of(doc: SourceDocument) -> tuple[Article | None, str | None]:
    """What the pipeline makes of ``doc``: its record (``None`` for an unreadable source)
    and, when the extractor raised, the failure message (the record is then the page's
    text without an event). A pure function of the document, so it may run in another
    process (:mod:`index.pipeline.extract_pool`) or come from the record cache."""
    if doc.error is not None:
        return None, None
    try:
        return article_from_source(doc), None
    except ExtractionError as error:
        logger.debug("%s", error, exc_info=error.__cause__)
        return error.article, str(error)


def iter_articles(
    sources: Iterable[SourceDocument],
    stats: PipelineStats,
    on_skip: Callable[[str, str], None] | None = None,
    on_error: Callable[[str, str], None] | None = None,
    *,
    procs: int = 1,
    cache: RecordCache | None = None,
) -> Iterator[Article]:
    """Records for ``sources``, in order; unusable ones are counted in ``stats`` and reported.

    A page without body text is skipped (there is nothing to search), as is a source the
    reader could not use. One bad document never stops a run of thousands: a page on which
    the extractor raises is still indexed by its text, without an event, and the failure
    is logged, counted in ``stats.failed`` and passed to ``on_error``.

    ``procs`` > 1 cleans and extracts in that many processes, and ``cache`` reads records
    of unchanged pages back instead of extracting them (:mod:`index.pipeline.extract_pool`);
    the records, their order and the counts are the same either way.
    """
    if procs > 1 or cache is not None:
        from .extract_pool import iter_outcomes

        outcomes: Iterable[tuple[SourceDocument, tuple[Article | None, str | None]]] = \
            iter_outcomes(sources, procs, cache)
    else:
        outcomes = ((doc, outcome_of(doc)) for doc in sources)
    for doc, (article, failure) in outcomes:
        stats.read += 1
        reason = doc.error
        if failure is not None:
            stats.failed.append((doc.origin, failure))
            if on_error:
                on_error(doc.origin, failure)
        if reason is None and article is not None and not article.text:
            reason = article.empty_reason or "no article text"
        if reason is not None or article is None:
            stats.skipped.append((doc.origin, reason or "unreadable"))
            if on_skip:
                on_skip(doc.origin, reason or "unreadable")
            continue
        stats.produced += 1
        yield article
