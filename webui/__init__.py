"""The web UI: a Flask app over :class:`search.SearchIndex`, read-only.

``create_app(config)`` builds the app; nothing is bound at import time. The index is
opened lazily on the first request and shared by all threads (``SearchIndex`` is
thread-safe and notices rebuilds on its own). Every HTML page has a JSON twin, and all UI
state lives in the query string, so every page is a link someone can share.
"""

from .app import create_app

__all__ = ["create_app"]
