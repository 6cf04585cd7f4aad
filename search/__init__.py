"""The read side of webinar-search: the library other tools embed.

    >>> from search import SearchIndex
    >>> with SearchIndex.open("/path/to/index") as ix:        # doctest: +SKIP
    ...     results = ix.search("literasi digital", filters={"province": "Jawa Timur"})
    ...     for hit in results.hits:
    ...         print(hit.title, hit.url, [s.name for s in hit.speakers if s.matched])

:class:`SearchIndex` is read-only and thread-safe; results are plain dataclasses
(:mod:`search.results`). Query parsing lives in :mod:`search.query` and
:mod:`search.plan`, match sets in :mod:`search.postings` and :mod:`search.evaluate`,
scoring in :mod:`search.scoring`, second-stage ranking in :mod:`search.ranking`, facets
in :mod:`search.facets`, snippets in :mod:`search.snippets`, settings in
:mod:`search.settings` and the ``webinar-search`` command line in :mod:`search.cli`.
Importing this package pulls in neither Flask nor the crawler.
"""

from index.errors import IndexNotFoundError, QueryError, WebinarSearchError

from .results import (
    Appearance,
    Hit,
    MatchedSpeaker,
    Results,
    SpeakerProfile,
    SpeakerSummary,
)
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
    "SpeakerSummary",
    "WebinarSearchError",
]
