"""The read side of webinar-search: the library other tools embed.

    >>> from search import SearchIndex
    >>> with SearchIndex.open("/path/to/index") as ix:        # doctest: +SKIP
    ...     for hit in ix.search("literasi digital").hits:
    ...         print(hit.title, hit.url)

:class:`SearchIndex` is read-only and thread-safe; results are plain dataclasses
(:mod:`search.results`). Query parsing lives in :mod:`search.query`, settings in
:mod:`search.settings` and the ``webinar-search`` command line in :mod:`search.cli`.
Importing this package pulls in neither Flask nor the crawler.
"""

from index.errors import IndexNotFoundError, QueryError, WebinarSearchError

from .results import Appearance, Hit, MatchedSpeaker, Results, SpeakerProfile
from .searcher import SearchIndex

__all__ = [
    "Appearance",
    "Hit",
    "IndexNotFoundError",
    "MatchedSpeaker",
    "QueryError",
    "Results",
    "SearchIndex",
    "SpeakerProfile",
    "WebinarSearchError",
]
