"""The Flask application factory, the shared index, and what every page needs.

Nothing is bound at import time: :func:`create_app` builds an app from a config mapping.
The index is opened lazily on the first request and shared by all threads: a
:class:`search.SearchIndex` is thread-safe and follows rebuilds on its own, so the app adds
no locking of its own, only the per-generation cache of the overview numbers
(:class:`WebState`).

Every response carries a Content-Security-Policy without ``unsafe-inline``: the pages use
one first-party script and one stylesheet, and no inline scripts, styles or handlers, so
article text from the open web cannot run even if an escaping bug let it through.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

from flask import Flask, current_app, g, request, url_for
from flask.typing import ResponseReturnValue

from search import SearchIndex

from .i18n import LANGUAGES, Translator, negotiate
from .overview import OverviewCache
from .params import BadParameter, Limits

CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)

_OPEN_LOCK = threading.Lock()


@dataclass
class WebState:
    """What the app shares between requests: the index and caches tied to its generation."""

    index: SearchIndex
    overview: OverviewCache = field(default_factory=OverviewCache)


def create_app(test_config: dict[str, Any] | None = None) -> Flask:
    """A configured app; ``INDEX_DIR`` names the index folder to serve."""
    app = Flask(__name__)
    app.config.from_mapping(
        INDEX_DIR=None, MAX_QUERY_CHARS=500, MAX_PAGE=1000, MAX_PER_PAGE=100,
        MAX_OFFSET=10_000,
    )
    if test_config:
        app.config.from_mapping(test_config)
    app.json.ensure_ascii = False  # type: ignore[attr-defined]

    from . import api, errors, views

    app.register_blueprint(views.bp)
    app.register_blueprint(api.bp)
    errors.register_error_handlers(app)
    app.before_request(_choose_language)
    app.after_request(_security_headers)
    app.context_processor(_template_helpers)
    return app


def get_state() -> WebState:
    """The app's shared state, opening the index on first use."""
    state = current_app.extensions.get("webinar_search_state")
    if state is None:
        with _OPEN_LOCK:
            state = current_app.extensions.get("webinar_search_state")
            if state is None:
                state = WebState(SearchIndex.open(current_app.config["INDEX_DIR"]))
                current_app.extensions["webinar_search_state"] = state
                current_app.extensions["webinar_search_index"] = state.index
    return state


def get_index() -> SearchIndex:
    """The app's one index, opened on first use."""
    return get_state().index


def close_index(app: Flask) -> None:
    """Close the shared index, if it was opened (tests and a clean shutdown)."""
    app.extensions.pop("webinar_search_index", None)
    state = app.extensions.pop("webinar_search_state", None)
    if state is not None:
        state.index.close()


def limits() -> Limits:
    cfg = current_app.config
    return Limits(max_query_chars=cfg["MAX_QUERY_CHARS"], max_page=cfg["MAX_PAGE"],
                  max_per_page=cfg["MAX_PER_PAGE"], max_offset=cfg["MAX_OFFSET"])


def _choose_language() -> None:
    explicit = request.args.get("lang")
    g.lang_explicit = explicit is not None
    if explicit is not None and explicit not in LANGUAGES:
        g.lang = negotiate(request.accept_languages)
        g.t = Translator(g.lang)
        raise BadParameter(f"lang must be one of {', '.join(LANGUAGES)}, not {explicit[:20]!r}")
    g.lang = explicit or negotiate(request.accept_languages)
    g.t = Translator(g.lang)


def link(endpoint: str, **params: Any) -> str:
    """``url_for`` that keeps an explicit language choice and drops empty parameters."""
    args = {k: v for k, v in params.items() if v not in (None, "")}
    if g.get("lang_explicit"):
        args.setdefault("lang", g.lang)
    return url_for(endpoint, **args)


def here(**changes: Any) -> str:
    """This page's URL with some query parameters changed (``None`` removes one).

    The query string is encoded here rather than passed to ``url_for``, so that parameter
    names from the request (``_external``, ``_scheme``...) can never steer URL building; a
    page without a route (a 404) links to the search page instead of echoing its path.
    """
    args: dict[str, Any] = dict(request.args.items())
    args.update(changes)
    args = {k: v for k, v in args.items() if v not in (None, "")}
    if request.endpoint is None or request.endpoint == "static":
        return url_for("web.search_page", **({"lang": args["lang"]} if "lang" in args else {}))
    base = url_for(request.endpoint, **(request.view_args or {}))
    return base + ("?" + urlencode(args) if args else "")


def _template_helpers() -> dict[str, Any]:
    return {"t": g.get("t") or Translator("id"), "lang": g.get("lang", "id"),
            "languages": LANGUAGES, "link": link, "here": here}


def _security_headers(response: Any) -> ResponseReturnValue:
    response.headers.setdefault("Content-Security-Policy", CSP)
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "same-origin")
    response.headers.setdefault("X-Frame-Options", "DENY")
    response.vary.add("Accept-Language")
    if "lang" in g:
        response.headers.setdefault("Content-Language", g.lang)
    return response
