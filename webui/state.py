"""What requests share: the lazily opened index, its per-generation caches, the limits.

Kept apart from :mod:`webui.app` so that the views, the JSON API and the page queries can
reach the shared state without importing the factory that imports them.
:func:`get_state` opens the index on the first request and keeps it for the app's life: a
:class:`search.SearchIndex` is thread-safe and follows rebuilds on its own, so nothing here
locks a search; the one lock only makes sure two first requests open the index once.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

from flask import Flask, current_app

from search import SearchIndex

from .overview import OverviewCache
from .params import Limits

_OPEN_LOCK = threading.Lock()
_STATE_KEY = "webinar_search_state"


@dataclass
class WebState:
    """What the app shares between requests: the index and caches tied to its generation."""

    index: SearchIndex
    overview: OverviewCache = field(default_factory=OverviewCache)


def get_state() -> WebState:
    """The app's shared state, opening the index on first use."""
    state = current_app.extensions.get(_STATE_KEY)
    if state is None:
        with _OPEN_LOCK:
            state = current_app.extensions.get(_STATE_KEY)
            if state is None:
                cache_mb = current_app.config.get("CACHE_MB")
                index = (SearchIndex.open(current_app.config["INDEX_DIR"]) if cache_mb is None
                         else SearchIndex.open(current_app.config["INDEX_DIR"],
                                               cache_mb=cache_mb))
                state = WebState(index)
                current_app.extensions[_STATE_KEY] = state
    return state


def close_index(app: Flask) -> None:
    """Close the shared index, if it was opened (tests and a clean shutdown)."""
    state = app.extensions.pop(_STATE_KEY, None)
    if state is not None:
        state.index.close()


def limits() -> Limits:
    """The request limits of this app's config (query length, pages, offsets)."""
    cfg = current_app.config
    return Limits(max_query_chars=cfg["MAX_QUERY_CHARS"], max_page=cfg["MAX_PAGE"],
                  max_per_page=cfg["MAX_PER_PAGE"], max_offset=cfg["MAX_OFFSET"])
