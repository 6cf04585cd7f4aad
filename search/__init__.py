"""The read side of webinar-search: the library other tools embed.

    >>> from search import SearchIndex
    >>> with SearchIndex.open("/path/to/index") as ix:        # doctest: +SKIP
    ...     results = ix.search("literasi digital", filters={"province": "Jawa Timur"})
    ...     for hit in results.hits:
    ...         print(hit.title, hit.url, [s.name for s in hit.speakers if s.matched])

:class:`SearchIndex` is read-only and thread-safe; results are plain dataclasses
(:mod:`search.results`). Query parsing lives in :mod:`search.query` and
:mod:`search.plan`, match sets in :mod:`search.docset`, :mod:`search.postings`,
:mod:`search.evaluate` and :mod:`search.phrases`, scoring in :mod:`search.scoring`,
second-stage ranking in :mod:`search.ranking`, facets in :mod:`search.facets`, snippets
in :mod:`search.snippets`, settings in :mod:`search.settings` and the ``webinar-search``
command line in :mod:`search.cli`.
Importing this package pulls in neither Flask nor the crawler.

Three things from the write side's core are re-exported because readers need them too:
:class:`~index.model.Article` (what :meth:`SearchIndex.article` returns),
:func:`~index.names.speaker_key` (a name as the identity key that speaker pages, the
``speaker`` filter and facet values use) and :func:`~index.tracking.is_tracking_param`
(which query parameters of a shared link only track the click), so that an embedding tool
(and the web UI) imports ``search`` only.
"""

from index.errors import IndexNotFoundError, QueryError, WebinarSearchError
from index.model import Article
from index.names import speaker_key
from index.tracking import is_tracking_param

from .results import (
    Appearance,
    Hit,
    MatchedSpeaker,
    Report,
    Results,
    SpeakerPage,
    SpeakerProfile,
    SpeakerSummary,
    Suggestion,
    ThemeSummary,
)
from .searcher import SearchIndex

__all__ = [
    "Appearance",
    "Article",
    "Hit",
    "IndexNotFoundError",
    "MatchedSpeaker",
    "QueryError",
    "Report",
    "Results",
    "SearchIndex",
    "SpeakerPage",
    "SpeakerProfile",
    "SpeakerSummary",
    "Suggestion",
    "ThemeSummary",
    "WebinarSearchError",
    "is_tracking_param",
    "speaker_key",
]
