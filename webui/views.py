"""Pages and their JSON twins. Parameters are validated here; the library does the work."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, Flask, jsonify, render_template, request
from werkzeug.exceptions import HTTPException

from index.errors import IndexNotFoundError, QueryError, WebinarSearchError

from .app import get_index

bp = Blueprint("web", __name__)

MAX_PAGE = 1000


class BadParameter(Exception):
    """A query-string parameter a user (or a link) got wrong: answered with 400."""


def _search_args() -> dict[str, Any]:
    q = request.args.get("q", "").strip()
    limit = 500
    if len(q) > limit:
        raise BadParameter(f"query too long ({len(q)} characters; the limit is {limit})")
    raw_page = request.args.get("page", "1")
    try:
        page = int(raw_page)
    except ValueError:
        raise BadParameter(f"page must be a whole number, not {raw_page!r}") from None
    if not 1 <= page <= MAX_PAGE:
        raise BadParameter(f"page must be between 1 and {MAX_PAGE}")
    return {"q": q, "page": page}


@bp.get("/")
@bp.get("/search")
def search_page() -> str:
    args = _search_args()
    results = get_index().search(args["q"], page=args["page"]) if args["q"] else None
    return render_template("search.html", q=args["q"], results=results)


@bp.get("/search.json")
def search_json() -> Any:
    args = _search_args()
    return jsonify(get_index().search(args["q"], page=args["page"]).to_dict())


@bp.get("/article")
def article_page() -> str:
    url = request.args.get("url", "")
    article = get_index().article(url) if url else None
    if article is None:
        raise _NotFound(f"no article with url {url!r} in the index")
    return render_template("article.html", article=article)


@bp.get("/article.json")
def article_json() -> Any:
    url = request.args.get("url", "")
    article = get_index().article(url) if url else None
    if article is None:
        raise _NotFound(f"no article with url {url!r} in the index")
    return jsonify(article.to_dict())


class _NotFound(Exception):
    pass


def _wants_json() -> bool:
    return request.path.endswith(".json")


def _error(status: int, code: str, message: str) -> Any:
    if _wants_json():
        return jsonify({"error": {"code": code, "message": message}}), status
    return render_template("error.html", status=status, message=message), status


def register_error_handlers(app: Flask) -> None:
    """One error shape for JSON, a friendly page for HTML; never a traceback."""

    @app.errorhandler(BadParameter)
    def bad_parameter(exc: BadParameter) -> Any:
        return _error(400, "bad_parameter", str(exc))

    @app.errorhandler(QueryError)
    def bad_query(exc: QueryError) -> Any:
        return _error(400, "bad_query", str(exc))

    @app.errorhandler(_NotFound)
    def not_found(exc: _NotFound) -> Any:
        return _error(404, "not_found", str(exc))

    @app.errorhandler(IndexNotFoundError)
    def no_index(exc: IndexNotFoundError) -> Any:
        return _error(503, "no_index", str(exc))

    @app.errorhandler(WebinarSearchError)
    def domain_error(exc: WebinarSearchError) -> Any:
        return _error(500, "error", str(exc))

    @app.errorhandler(HTTPException)
    def http_error(exc: HTTPException) -> Any:
        return _error(exc.code or 500, (exc.name or "error").lower().replace(" ", "_"),
                      exc.description or "")

    @app.errorhandler(Exception)
    def internal(exc: Exception) -> Any:
        app.logger.exception("unhandled error")
        return _error(500, "internal", "internal error; the problem has been logged")
