"""One source document in, one finished record out: clean (or take the text), then extract.

This is the only place that knows the order of the stages, so ``build``, ``update`` and
``extract`` all produce the same record for the same input.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from index.clean import clean_html
from index.errors import ExtractionError
from index.extract import extract_event
from index.model import Article

from .sources import SourceDocument

logger = logging.getLogger(__name__)


def article_from_source(doc: SourceDocument) -> Article:
    """The finished record for ``doc`` (whose ``error`` must be ``None``).

    A page without a URL of its own (a local file with no canonical link) is addressed by
    its file URI, so every indexed record has a unique, stable ``url``.
    """
    if doc.error is not None:
        raise ValueError(f"{doc.origin}: {doc.error}")
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


def iter_articles(
    sources: Iterable[SourceDocument],
    stats: PipelineStats,
    on_skip: Callable[[str, str], None] | None = None,
    on_error: Callable[[str, str], None] | None = None,
) -> Iterator[Article]:
    """Records for ``sources``; unusable ones are counted in ``stats`` and reported.

    A page without body text is skipped (there is nothing to search), as is a source the
    reader could not use. One bad document never stops a run of thousands: a page on which
    the extractor raises is still indexed by its text, without an event, and the failure
    is logged, counted in ``stats.failed`` and passed to ``on_error``.
    """
    for doc in sources:
        stats.read += 1
        reason = doc.error
        article = None
        if reason is None:
            try:
                article = article_from_source(doc)
            except ExtractionError as error:
                logger.debug("%s", error, exc_info=error.__cause__)
                stats.failed.append((doc.origin, str(error)))
                if on_error:
                    on_error(doc.origin, str(error))
                article = error.article
            if not article.text:
                reason = article.empty_reason or "no article text"
        if reason is not None or article is None:
            stats.skipped.append((doc.origin, reason or "unreadable"))
            if on_skip:
                on_skip(doc.origin, reason or "unreadable")
            continue
        stats.produced += 1
        yield article
