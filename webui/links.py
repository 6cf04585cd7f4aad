"""Building links inside the app: every page's state lives in its URL.

:func:`link` keeps an explicit language choice on every link; :func:`here` is the current
page with some parameters changed (facets, pagination, sorting). Both are also template
helpers (see :func:`webui.app.create_app`).

A page ignores query parameters it does not know (:mod:`webui.params`); it notes them with
:func:`note_ignored`, so that :func:`here` does not carry them into the page's own links
(a shared link's ``fbclid`` stops at the page it landed on), and :func:`ignored_notice`
names the ones worth mentioning: not tracking parameters, which people did not type, but a
misspelt filter, which would otherwise look like a filter that returned everything.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any
from urllib.parse import urlencode

from flask import g, request, url_for

from search import is_tracking_param


def link(endpoint: str, **params: Any) -> str:
    """``url_for`` that keeps an explicit language choice and drops empty parameters."""
    args = {k: v for k, v in params.items() if v not in (None, "", [])}
    if g.get("lang_explicit"):
        args.setdefault("lang", g.lang)
    return url_for(endpoint, **args)


def note_ignored(names: Iterable[str]) -> None:
    """Remember the parameter names this page ignored (for its links and its notice)."""
    g.ignored_params = tuple(dict.fromkeys((*g.get("ignored_params", ()), *names)))


def ignored_notice() -> list[str]:
    """The ignored parameter names to tell the reader about: all but tracking ones."""
    return [name for name in g.get("ignored_params", ()) if not is_tracking_param(name)]


def here(**changes: Any) -> str:
    """This page's URL with some query parameters changed (``None`` removes one); repeated
    parameters (several values of a filter) are kept.

    The query string is encoded here rather than passed to ``url_for``, so that parameter
    names from the request (``_external``, ``_scheme``...) can never steer URL building; a
    page without a route (a 404) links to the search page instead of echoing its path.
    Parameters the page ignored are left out.
    """
    ignored = set(g.get("ignored_params", ()))
    args: dict[str, Any] = {k: v for k, v in request.args.to_dict(flat=False).items()
                            if k not in ignored}
    args.update(changes)
    args = {k: v for k, v in args.items() if v not in (None, "", [])}
    if request.endpoint is None or request.endpoint == "static":
        lang = args.get("lang")
        lang = lang[0] if isinstance(lang, list) else lang
        return url_for("web.search_page", **({"lang": lang} if lang else {}))
    base = url_for(request.endpoint, **(request.view_args or {}))
    return base + ("?" + urlencode(args, doseq=True) if args else "")
