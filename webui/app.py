"""The Flask application factory and the shared, lazily opened index."""

from __future__ import annotations

import threading
from typing import Any

from flask import Flask, current_app

from search import SearchIndex

_OPEN_LOCK = threading.Lock()


def create_app(test_config: dict[str, Any] | None = None) -> Flask:
    """A configured app; ``INDEX_DIR`` names the index folder to serve."""
    app = Flask(__name__)
    app.config.from_mapping(INDEX_DIR=None, MAX_QUERY_CHARS=500, JSON_AS_ASCII=False)
    if test_config:
        app.config.from_mapping(test_config)

    from . import views

    app.register_blueprint(views.bp)
    views.register_error_handlers(app)

    @app.after_request
    def security_headers(response: Any) -> Any:
        response.headers.setdefault(
            "Content-Security-Policy",
            "default-src 'self'; img-src 'self' data:; style-src 'self'; "
            "script-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
        )
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "same-origin")
        return response

    return app


def get_index() -> SearchIndex:
    """The app's one SearchIndex, opened on first use."""
    ix = current_app.extensions.get("webinar_search_index")
    if ix is None:
        with _OPEN_LOCK:
            ix = current_app.extensions.get("webinar_search_index")
            if ix is None:
                ix = SearchIndex.open(current_app.config["INDEX_DIR"])
                current_app.extensions["webinar_search_index"] = ix
    return ix
