"""The Flask application factory and what every response gets (language, headers).

Nothing is bound at import time: :func:`create_app` builds an app from a config mapping
and registers the blueprints of :mod:`webui.views` and :mod:`webui.api`, which in turn
reach the shared index through :mod:`webui.state` and build links with
:mod:`webui.links`; neither of those imports this module, so the imports run one way.

Every response carries a Content-Security-Policy without ``unsafe-inline``: the pages use
one first-party script and one stylesheet, and no inline scripts, styles or handlers, so
article text from the open web cannot run even if an escaping bug let it through.
"""

from __future__ import annotations

from typing import Any

from flask import Flask, g, request
from flask.typing import ResponseReturnValue

from .i18n import LANGUAGES, Translator, lang_attr, negotiate
from .links import here, ignored_notice, link
from .params import BadParameter, shown

CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)


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

    from . import api, compression, errors, views

    app.register_blueprint(views.bp)
    app.register_blueprint(api.bp)
    errors.register_error_handlers(app)
    app.before_request(_choose_language)
    compression.install(app)
    app.after_request(_security_headers)
    app.context_processor(_template_helpers)
    return app


def _choose_language() -> None:
    explicit = request.args.get("lang")
    g.lang_explicit = explicit is not None
    if explicit is not None and explicit not in LANGUAGES:
        g.lang = negotiate(request.accept_languages)
        g.t = Translator(g.lang)
        raise BadParameter("err.bad_lang", languages=", ".join(LANGUAGES), value=shown(explicit))
    g.lang = explicit or negotiate(request.accept_languages)
    g.t = Translator(g.lang)


def _template_helpers() -> dict[str, Any]:
    return {"t": g.get("t") or Translator("id"), "lang": g.get("lang", "id"),
            "languages": LANGUAGES, "link": link, "here": here, "lang_attr": lang_attr,
            "ignored_notice": ignored_notice}


def _security_headers(response: Any) -> ResponseReturnValue:
    response.headers.setdefault("Content-Security-Policy", CSP)
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "same-origin")
    response.headers.setdefault("X-Frame-Options", "DENY")
    response.vary.add("Accept-Language")
    if "lang" in g:
        response.headers.setdefault("Content-Language", g.lang)
    return response
