"""The write side of webinar-search: everything that turns pages into an index.

The package is a small core and four wings around it (``docs/ARCHITECTURE.md`` draws the
map and states the import rules that ``lint-imports`` checks):

- the core, here at the top: :mod:`index.model` (the record), :mod:`index.errors`,
  :mod:`index.names` (names without degrees, identity keys), :mod:`index.lexicon` and
  :mod:`index.resources` (word lists in ``index/data/``), :mod:`index.schema` (the Whoosh
  schema and analyzers, pickled into every index: it never moves), :mod:`index.layout`
  (generations on disk), :mod:`index.tracking` (query parameters that only track a click);
- :mod:`index.crawl`   - seeds in, article pages out as WARC files;
- :mod:`index.clean`   - HTML in, :class:`Article` (body text + metadata) out;
- :mod:`index.extract` - Article in, :class:`Event` (speakers, theme, place, date) out;
- :mod:`index.write`   - records in, an index generation out (build, update);
- :mod:`index.pipeline` - the wings wired together: files in, records out.

This module is the shared contract only. The core names below are imported at once; the
wings' documented names (``from index import IndexBuilder, clean_html``) are resolved on
first use (PEP 562), so ``import index`` (and ``import search``) loads no wing, and neither
lxml nor bs4. This package never imports :mod:`search` or :mod:`webui`.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from .errors import (
    ExtractionError,
    IndexBusyError,
    IndexNotFoundError,
    InputError,
    NotBuiltError,
    QueryError,
    SparkUnavailableError,
    WebinarSearchError,
)
from .model import ROLES, Article, Event, Question, Speaker
from .names import speaker_key, strip_degrees

if TYPE_CHECKING:
    from .clean import clean_html
    from .crawl import CrawlOptions, CrawlReport, FetchLimits
    from .crawl import crawl as run_crawl
    from .extract import extract_event
    from .pipeline import (
        PipelineStats,
        SourceDocument,
        article_from_source,
        article_from_text,
        check_paths,
        iter_articles,
        iter_sources,
    )
    from .pipeline.demo import ensure_demo_index
    from .pipeline.extract_pool import default_extract_procs, iter_outcomes
    from .pipeline.record_cache import RecordCache, open_record_cache
    from .pipeline.screen import PageScreen, screened
    from .pipeline.spark import SparkJobOptions, SparkReport, run_spark_extract
    from .write import BuildReport, IndexBuilder, IndexUpdater, content_hash, record_to_document

_LAZY: dict[str, tuple[str, str]] = {
    "BuildReport": ("index.write", "BuildReport"),
    "IndexBuilder": ("index.write", "IndexBuilder"),
    "IndexUpdater": ("index.write", "IndexUpdater"),
    "content_hash": ("index.write", "content_hash"),
    "record_to_document": ("index.write", "record_to_document"),
    "clean_html": ("index.clean", "clean_html"),
    "extract_event": ("index.extract", "extract_event"),
    "PipelineStats": ("index.pipeline", "PipelineStats"),
    "SourceDocument": ("index.pipeline", "SourceDocument"),
    "article_from_source": ("index.pipeline", "article_from_source"),
    "article_from_text": ("index.pipeline", "article_from_text"),
    "check_paths": ("index.pipeline", "check_paths"),
    "iter_articles": ("index.pipeline", "iter_articles"),
    "iter_sources": ("index.pipeline", "iter_sources"),
    "ensure_demo_index": ("index.pipeline.demo", "ensure_demo_index"),
    "RecordCache": ("index.pipeline.record_cache", "RecordCache"),
    "open_record_cache": ("index.pipeline.record_cache", "open_record_cache"),
    "default_extract_procs": ("index.pipeline.extract_pool", "default_extract_procs"),
    "iter_outcomes": ("index.pipeline.extract_pool", "iter_outcomes"),
    "PageScreen": ("index.pipeline.screen", "PageScreen"),
    "screened": ("index.pipeline.screen", "screened"),
    "SparkJobOptions": ("index.pipeline.spark", "SparkJobOptions"),
    "SparkReport": ("index.pipeline.spark", "SparkReport"),
    "run_spark_extract": ("index.pipeline.spark", "run_spark_extract"),
    "CrawlOptions": ("index.crawl", "CrawlOptions"),
    "CrawlReport": ("index.crawl", "CrawlReport"),
    "FetchLimits": ("index.crawl", "FetchLimits"),
    "run_crawl": ("index.crawl", "crawl"),
}
"""The wings' public names: where each lives. The command line (the composition root)
and embedding tools import these from ``index``; the wing loads on first use."""


def __getattr__(name: str) -> Any:
    """A wing's documented name, imported on first use (PEP 562)."""
    where = _LAZY.get(name)
    if where is None:
        raise AttributeError(f"module 'index' has no attribute {name!r}")
    module, attribute = where
    value = getattr(importlib.import_module(module), attribute)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_LAZY])


__all__ = [
    "ROLES",
    "Article",
    "BuildReport",
    "CrawlOptions",
    "CrawlReport",
    "Event",
    "ExtractionError",
    "FetchLimits",
    "IndexBuilder",
    "IndexBusyError",
    "IndexNotFoundError",
    "IndexUpdater",
    "InputError",
    "NotBuiltError",
    "PageScreen",
    "PipelineStats",
    "QueryError",
    "RecordCache",
    "Question",
    "SourceDocument",
    "Speaker",
    "SparkJobOptions",
    "SparkReport",
    "SparkUnavailableError",
    "WebinarSearchError",
    "article_from_source",
    "article_from_text",
    "check_paths",
    "clean_html",
    "content_hash",
    "default_extract_procs",
    "ensure_demo_index",
    "extract_event",
    "iter_articles",
    "iter_outcomes",
    "iter_sources",
    "open_record_cache",
    "record_to_document",
    "run_crawl",
    "run_spark_extract",
    "screened",
    "speaker_key",
    "strip_degrees",
]
