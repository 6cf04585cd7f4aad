"""Building links inside the app: every page's state lives in its URL.

:func:`link` keeps an explicit language choice on every link; :func:`here` is the current
page with some parameters changed (facets, pagination, sorting). Both are also template
helpers (see :func:`webui.app.create_app`).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from flask import g, request, url_for


def link(endpoint: str, **params: Any) -> str:
    """``url_for`` that keeps an explicit language choice and drops empty parameters."""
    args = {k: v for k, v in params.items() if v not in (None, "", [])}
    if g.get("lang_explicit"):
        args.setdefault("lang", g.lang)
    return url_for(endpoint, **args)


def here(**changes: Any) -> str:
    """This page's URL with some query parameters changed (``None`` removes one); repeated
    parameters (several values of a filter) are kept.

    The query string is encoded here rather than passed to ``url_for``, so that parameter
    names from the request (``_external``, ``_scheme``...) can never steer URL building; a
    page without a route (a 404) links to the search page instead of echoing its path.
    """
    args: dict[str, Any] = request.args.to_dict(flat=False)
    args.update(changes)
    args = {k: v for k, v in args.items() if v not in (None, "", [])}
    if request.endpoint is None or request.endpoint == "static":
        lang = args.get("lang")
        lang = lang[0] if isinstance(lang, list) else lang
        return url_for("web.search_page", **({"lang": lang} if lang else {}))
    base = url_for(request.endpoint, **(request.view_args or {}))
    return base + ("?" + urlencode(args, doseq=True) if args else "")
