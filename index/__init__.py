"""The write side of webinar-search: everything that turns pages into an index.

Stages, each a module with one job (data flows one way, see DESIGN.md):

- :mod:`index.sources`  - files, folders and JSON Lines in, :class:`SourceDocument` out
- :mod:`index.clean`    - HTML in, :class:`Article` (body text + metadata) out
- :mod:`index.extract`  - Article in, :class:`Event` (speakers, theme, place, date) out
- :mod:`index.pipeline` - the stages in order: one source document to one record
- :mod:`index.schema`   - the Whoosh schema and its Indonesian analyzers (on-disk format)
- :mod:`index.document` - one record to one Whoosh document (fields, facets column)
- :mod:`index.build`    - records in, an index generation out, switched in atomically
- :mod:`index.parallel` - the build's worker processes and its stemming pre-pass
- :mod:`index.update`   - add/replace/delete by URL as a new generation
- :mod:`index.crawl`    - seeds in, article pages out as WARC files (polite, resumable)

This package never imports :mod:`search` or :mod:`webui`.
"""

from .build import BuildReport, IndexBuilder, content_hash, record_to_document
from .clean import clean_html
from .errors import (
    IndexBusyError,
    IndexNotFoundError,
    InputError,
    NotBuiltError,
    QueryError,
    WebinarSearchError,
)
from .extract import extract_event
from .model import ROLES, Article, Event, Question, Speaker
from .names import speaker_key, strip_degrees
from .pipeline import article_from_source, article_from_text
from .sources import SourceDocument, iter_sources
from .update import IndexUpdater

__all__ = [
    "ROLES",
    "Article",
    "BuildReport",
    "Event",
    "IndexBuilder",
    "IndexBusyError",
    "IndexUpdater",
    "IndexNotFoundError",
    "InputError",
    "NotBuiltError",
    "QueryError",
    "Question",
    "SourceDocument",
    "Speaker",
    "WebinarSearchError",
    "article_from_source",
    "article_from_text",
    "clean_html",
    "content_hash",
    "extract_event",
    "iter_sources",
    "record_to_document",
    "speaker_key",
    "strip_degrees",
]
