"""Domain errors, each carrying a message a user can act on.

They are raised by the library and translated only at the edges: ``click.ClickException``
in the CLI, a 4xx page or the JSON error shape in the web UI. The message is one line and
names the thing that went wrong (the file, the index folder, the query), so the edges never
need to add context or print a traceback.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .model import Article


class WebinarSearchError(Exception):
    """Base of every error this project raises on purpose."""

    exit_code: int = 1


class InputError(WebinarSearchError):
    """An input file or stream cannot be used (missing, empty, binary, undecodable)."""


class IndexNotFoundError(WebinarSearchError):
    """There is no index at the given location (never built, or a wrong path)."""


class IndexBusyError(WebinarSearchError):
    """Another process holds the index's write lock and did not release it in time."""


class IndexWriteError(WebinarSearchError):
    """A new index generation could not be written (disk full, read-only folder...).

    Raised only where the live index is known to be unchanged, and its message says so.
    """


class ExtractionError(WebinarSearchError):
    """Event extraction raised on an article: a bug in the extractor, never "no event".

    The pipeline carries the cleaned :attr:`article` (without its event) so that a build
    can still index its text and report the failure instead of hiding it.
    """

    def __init__(self, message: str, article: Article) -> None:
        super().__init__(message)
        self.article = article


class QueryError(WebinarSearchError):
    """A query that cannot be run: malformed syntax, too long, or too expensive.

    The errors a plain search can meet also carry a ``code`` and the ``values`` in their
    message, so that an edge speaking another language (the web UI in Indonesian) can say
    the same thing in its own words.
    """

    def __init__(self, message: str, code: str | None = None, **values: Any) -> None:
        super().__init__(message)
        self.code = code
        self.values = values


class NotBuiltError(WebinarSearchError):
    """A pipeline stage that does not exist yet; exit status 2, like a usage error."""

    exit_code = 2


class SparkUnavailableError(WebinarSearchError):
    """A Spark job was asked for where it cannot run: pyspark or Java is missing, or Spark
    itself refused the job (an output folder that exists, an unreadable input URL)."""
