"""The JSON twins of the pages: same URL parameters, same validation, same library call.

``/search.json``, ``/speakers.json``, ``/speaker/<key>.json``, ``/article.json?url=`` and
``/overview.json``; ``/stats.json`` (no page either) tells the size of the index and the
memory of the server process that answers (each of ``serve --workers N`` has its own, so
its ``pid`` is given); ``/suggest.json?q=`` has no page: it feeds the search box's type-ahead
(completions of speakers and themes, most appearances first). Unlike the pages, they refuse
unknown parameters (a program that misspells a filter should hear about it). Errors come
back as ``{"error": {"code", "message"}}`` with a 4xx/5xx status (:mod:`webui.errors`), in
the request's language. Snippets in ``/search.json`` are HTML (text escaped, matches in
``<mark>``), exactly as the library returns them.
"""

from __future__ import annotations

import os

from flask import Blueprint, Response, jsonify, request

from . import queries
from .params import parse_search
from .state import get_state, limits

bp = Blueprint("api", __name__)


@bp.get("/search.json")
def search_json() -> Response:
    params = parse_search(request.args, limits())
    results = queries.run_search(params)
    data = results.to_dict()
    data["filters"] = params.library_filters()
    data["sort"] = params.sort
    return jsonify(data)


@bp.get("/suggest.json")
def suggest_json() -> Response:
    prefix, found = queries.suggest(request.args)
    return jsonify({"q": prefix, "suggestions": [s.to_dict() for s in found]})


@bp.get("/speakers.json")
def speakers_json() -> Response:
    return jsonify(queries.list_speakers(request.args).to_dict())


@bp.get("/speaker/<key>.json")
def speaker_json(key: str) -> Response:
    return jsonify(queries.load_speaker(key, request.args).to_dict())


@bp.get("/article.json")
def article_json() -> Response:
    return jsonify(queries.load_article(request.args).to_dict())


@bp.get("/overview.json")
def overview_json() -> Response:
    return jsonify(queries.load_overview(request.args).to_dict())


@bp.get("/stats.json")
def stats_json() -> Response:
    from .params import check_known

    check_known(request.args, {"lang"})
    data = get_state().index.stats()
    data["pid"] = os.getpid()
    return jsonify(data)
