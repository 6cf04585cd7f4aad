"""Errors at the web edge: one JSON shape, a friendly page, never a traceback.

Library errors (:class:`search.QueryError`, a missing index) and the UI's own
(:class:`~webui.params.BadParameter`, :class:`NotFound`) are translated here only. A request
for a ``.json`` path gets ``{"error": {"code", "message"}}`` with the status; any other gets
a page that says what happened and what to do next. Both speak the language of the request
(``?lang=``, else ``Accept-Language``): the UI's own errors are
:class:`~webui.i18n.LocalizedError`s, and the library's English one-liners are shown as
they are on English pages, else replaced by the page's words for them (by the error's
``code`` when the library gives one, else generically). The error page keeps the query in
the search box, so a refused link does not also lose what was searched.
"""

from __future__ import annotations

from typing import Any

from flask import Flask, g, jsonify, render_template, request
from werkzeug.exceptions import HTTPException

from search import IndexNotFoundError, QueryError, WebinarSearchError

from .i18n import LocalizedError, Translator
from .params import BadParameter, SearchParams, arg

_HTTP_MESSAGES = (404, 405)
"""HTTP statuses with a message of their own in ``strings.json`` (``err.http.<status>``)."""


class NotFound(LocalizedError):
    """Something a URL names (an article, a speaker) is not in the index: a 404."""


def _wants_json() -> bool:
    return request.path.endswith(".json")


def _translator() -> Translator:
    """The request's translator; the language hook may not have run (a 404 before routing
    still runs it, but an error inside it may not have set one)."""
    if "t" not in g:
        g.lang, g.t = "id", Translator("id")
    return g.t  # type: ignore[no-any-return]


def error_response(status: int, code: str, message: str) -> Any:
    """The one error shape for JSON, the friendly page for HTML."""
    if _wants_json():
        return jsonify({"error": {"code": code, "message": message}}), status
    _translator()
    q = " ".join(arg(request.args, "q").split())[:500] if request.args else ""
    return render_template("error.html", status=status, code=code, message=message,
                           params=SearchParams(q=q)), status


def library_message(exc: QueryError, t: Translator) -> str:
    """A library query error in ``t``'s language: as written (English) on English pages,
    else the page's string for the error's ``code``, else a general one."""
    if t.lang == "en":
        return str(exc)
    code = getattr(exc, "code", None)
    values = getattr(exc, "values", None) or {}
    if code:
        key = f"err.query.{code}"
        text = t(key, **{k: t.number(v) if isinstance(v, int) else v
                         for k, v in values.items()})
        if text != key:
            return text
    return t("err.query")


def register_error_handlers(app: Flask) -> None:
    """Map every failure to a status, a code and a one-line message."""

    @app.errorhandler(BadParameter)
    def bad_parameter(exc: BadParameter) -> Any:
        return error_response(400, "bad_parameter", exc.message(_translator()))

    @app.errorhandler(QueryError)
    def bad_query(exc: QueryError) -> Any:
        return error_response(400, "bad_query", library_message(exc, _translator()))

    @app.errorhandler(NotFound)
    def not_found(exc: NotFound) -> Any:
        return error_response(404, "not_found", exc.message(_translator()))

    @app.errorhandler(IndexNotFoundError)
    def no_index(exc: IndexNotFoundError) -> Any:
        app.logger.warning("no index: %s", exc)
        return error_response(503, "no_index", _translator()("err.no_index"))

    @app.errorhandler(WebinarSearchError)
    def domain_error(exc: WebinarSearchError) -> Any:
        app.logger.warning("library error: %s", exc)
        return error_response(500, "error", _translator()("err.library"))

    @app.errorhandler(HTTPException)
    def http_error(exc: HTTPException) -> Any:
        status = exc.code or 500
        code = (exc.name or "error").lower().replace(" ", "_")
        t = _translator()
        key = f"err.http.{status}" if status in _HTTP_MESSAGES else "err.http"
        return error_response(status, code, t(key, status=status))

    @app.errorhandler(Exception)
    def internal(exc: Exception) -> Any:
        app.logger.exception("unhandled error on %s", request.path)
        return error_response(500, "internal", _translator()("err.internal"))
