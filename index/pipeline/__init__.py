"""The stages wired together: input files in, finished records out.

The one place that imports several wings: :mod:`index.pipeline.sources` reads files,
folders, JSON Lines and WARC files (through the crawl wing's WARC reader) into
:class:`SourceDocument` values, :mod:`index.pipeline.records` cleans and extracts each into
a record, and :mod:`index.pipeline.demo` builds the bundled demo corpus into an index.
``build``, ``update`` and ``extract`` all go through here, so they make the same record
from the same input.
"""

from .records import PipelineStats, article_from_source, article_from_text, iter_articles
from .sources import SourceDocument, check_paths, iter_sources

__all__ = [
    "PipelineStats",
    "SourceDocument",
    "article_from_source",
    "article_from_text",
    "check_paths",
    "iter_articles",
    "iter_sources",
]
