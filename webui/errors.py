"""Errors at the web edge: one JSON shape, a friendly page, never a traceback.

Library errors (:class:`search.QueryError`, a missing index) and the UI's own
(:class:`~webui.params.BadParameter`, :class:`NotFound`) are translated here only. A request
for a ``.json`` path gets ``{"error": {"code", "message"}}`` with the status; any other gets
a page in the reader's language that says what happened and what to do next.
"""

from __future__ import annotations

from typing import Any

from flask import Flask, g, jsonify, render_template, request
from werkzeug.exceptions import HTTPException

from search import IndexNotFoundError, QueryError, WebinarSearchError

from .params import BadParameter


class NotFound(Exception):
    """Something a URL names (an article, a speaker) is not in the index: a 404."""


def _wants_json() -> bool:
    return request.path.endswith(".json")


def error_response(status: int, code: str, message: str) -> Any:
    """The one error shape for JSON, the friendly page for HTML."""
    if _wants_json():
        return jsonify({"error": {"code": code, "message": message}}), status
    if "t" not in g:
        from .i18n import Translator

        g.lang, g.t = "id", Translator("id")
    return render_template("error.html", status=status, code=code, message=message), status


def register_error_handlers(app: Flask) -> None:
    """Map every failure to a status, a code and a one-line message."""

    @app.errorhandler(BadParameter)
    def bad_parameter(exc: BadParameter) -> Any:
        return error_response(400, "bad_parameter", str(exc))

    @app.errorhandler(QueryError)
    def bad_query(exc: QueryError) -> Any:
        return error_response(400, "bad_query", str(exc))

    @app.errorhandler(NotFound)
    def not_found(exc: NotFound) -> Any:
        return error_response(404, "not_found", str(exc))

    @app.errorhandler(IndexNotFoundError)
    def no_index(exc: IndexNotFoundError) -> Any:
        return error_response(503, "no_index", str(exc))

    @app.errorhandler(WebinarSearchError)
    def domain_error(exc: WebinarSearchError) -> Any:
        app.logger.warning("library error: %s", exc)
        return error_response(500, "error", str(exc))

    @app.errorhandler(HTTPException)
    def http_error(exc: HTTPException) -> Any:
        code = (exc.name or "error").lower().replace(" ", "_")
        return error_response(exc.code or 500, code, exc.description or exc.name or "")

    @app.errorhandler(Exception)
    def internal(exc: Exception) -> Any:
        app.logger.exception("unhandled error on %s", request.path)
        return error_response(500, "internal", "internal error; the problem has been logged")
