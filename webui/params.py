"""Query-string parameters: validated once, turned into library arguments and back into links.

All UI state lives in the query string, so the same parser serves a page and its JSON twin,
and a bad link gets the same 400 from both. Parameters are strict on purpose: an unknown name
(a misspelt filter), a repeated non-filter parameter, a page out of bounds or an overlong
query is refused with a message naming the parameter, rather than silently ignored, because
a silently ignored filter returns wrong results that look right. A filter may be repeated
(``province=Jawa Timur&province=Bali``): any of its values matches. A ``speaker`` filter
may be a name ("Made Ardana Wirya") or a speaker key; it is kept as the key, so links stay
canonical and the matching facet value shows as active.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from werkzeug.datastructures import MultiDict

from search import speaker_key

FILTERS: tuple[str, ...] = (
    "speaker", "theme", "role", "organizer", "province", "location", "site", "year",
)
"""Facet filters, named as in the library and in the URL, in the order the page shows them."""

MAX_FILTER_VALUES = 20
"""Values one filter may repeat (the library's limit too)."""

DATE_PARAMS: dict[str, str] = {"from": "date_from", "to": "date_to"}
"""URL name of a date bound -> the library's filter name."""

SORTS: tuple[str, ...] = ("relevance", "date")
MAX_FILTER_CHARS = 200
MAX_URL_CHARS = 2000
SPEAKER_KEY = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_YEAR = re.compile(r"^\d{4}$")


class BadParameter(Exception):
    """A query-string parameter a user (or a link) got wrong: answered with 400."""


@dataclass(frozen=True)
class Limits:
    """Bounds from the app config, so tests and deployments can tighten them."""

    max_query_chars: int = 500
    max_page: int = 1000
    max_per_page: int = 100
    max_offset: int = 10_000


@dataclass(frozen=True)
class SearchParams:
    """The state of a search page: what the URL says, validated."""

    q: str = ""
    filters: dict[str, tuple[str, ...]] = field(default_factory=dict)
    date_from: str | None = None
    date_to: str | None = None
    sort: str = "relevance"
    page: int = 1
    per_page: int = 10
    browsing: bool = field(default=False, compare=False)

    @property
    def active(self) -> bool:
        """True when the URL asks for results: a query, a filter, a date, a sort or a page.

        A bare ``/`` (or ``/search``) is the home page instead.
        """
        return bool(self.q or self.filters or self.date_from or self.date_to or self.browsing)

    def library_filters(self) -> dict[str, str | list[str]]:
        """The ``filters`` argument of ``SearchIndex.search``."""
        out: dict[str, str | list[str]] = {k: list(v) for k, v in self.filters.items()}
        if self.date_from:
            out["date_from"] = self.date_from
        if self.date_to:
            out["date_to"] = self.date_to
        return out

    def to_args(self) -> dict[str, Any]:
        """The query-string form, defaults left out so links stay short."""
        args: dict[str, Any] = {}
        if self.q:
            args["q"] = self.q
        args.update({name: list(values) for name, values in self.filters.items()})
        if self.date_from:
            args["from"] = self.date_from
        if self.date_to:
            args["to"] = self.date_to
        if self.sort != default_sort(self.q):
            args["sort"] = self.sort
        if self.page != 1:
            args["page"] = self.page
        if self.per_page != 10:
            args["per_page"] = self.per_page
        return args


def default_sort(q: str) -> str:
    """Relevance ranks a query; with no query (browsing a facet) newest first is useful."""
    return "relevance" if q else "date"


def check_known(args: MultiDict[str, str], known: set[str],
                repeatable: tuple[str, ...] = ()) -> None:
    """Refuse parameters this page does not know, and repeated ones (but ``repeatable``)."""
    for name in args:
        if name not in known:
            raise BadParameter(
                f"unknown parameter {name!r}; this page takes: {', '.join(sorted(known))}"
            )
        given = len(args.getlist(name))
        if name in repeatable:
            if given > MAX_FILTER_VALUES:
                raise BadParameter(f"{name} is given {given} times; the limit is "
                                   f"{MAX_FILTER_VALUES}")
        elif given > 1:
            raise BadParameter(f"parameter {name!r} is given more than once; give one value")


def parse_int(args: Mapping[str, str], name: str, default: int, low: int, high: int) -> int:
    """A whole-number parameter within ``[low, high]``."""
    raw = args.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise BadParameter(f"{name} must be a whole number, not {raw[:40]!r}") from None
    if not low <= value <= high:
        raise BadParameter(f"{name} must be between {low} and {high}, not {value}")
    return value


def parse_date(args: Mapping[str, str], name: str) -> str | None:
    raw = (args.get(name) or "").strip()
    if not raw:
        return None
    try:
        return date.fromisoformat(raw).isoformat()
    except ValueError:
        raise BadParameter(f"{name} must be a date like 2021-06-18, not {raw[:40]!r}") from None


def parse_search(args: MultiDict[str, str], limits: Limits) -> SearchParams:
    """The validated state of a search request."""
    known = {"q", "sort", "page", "per_page", "lang", *FILTERS, *DATE_PARAMS}
    check_known(args, known, repeatable=FILTERS)
    q = " ".join(args.get("q", "").split())
    if len(q) > limits.max_query_chars:
        raise BadParameter(
            f"query too long ({len(q)} characters; the limit is {limits.max_query_chars})"
        )
    filters: dict[str, tuple[str, ...]] = {}
    for name in FILTERS:
        values = [_filter_value(name, raw) for raw in args.getlist(name) if raw.strip()]
        if values:
            filters[name] = tuple(dict.fromkeys(values))
    date_from, date_to = parse_date(args, "from"), parse_date(args, "to")
    if date_from and date_to and date_from > date_to:
        raise BadParameter(f"from ({date_from}) is after to ({date_to})")
    sort = args.get("sort", "") or default_sort(q)
    if sort not in SORTS:
        raise BadParameter(f"sort must be one of {', '.join(SORTS)}, not {sort[:40]!r}")
    per_page = parse_int(args, "per_page", 10, 1, limits.max_per_page)
    page = parse_int(args, "page", 1, 1, limits.max_page)
    if page * per_page > limits.max_offset:
        raise BadParameter(
            f"page {page} is too deep: results beyond the first {limits.max_offset} are not "
            "shown; narrow the search with a filter instead"
        )
    browsing = any(args.get(name) for name in ("sort", "page", "per_page"))
    return SearchParams(q=q, filters=filters, date_from=date_from, date_to=date_to, sort=sort,
                        page=page, per_page=per_page, browsing=browsing)


def _filter_value(name: str, raw: str) -> str:
    value = raw.strip()
    if len(value) > MAX_FILTER_CHARS:
        raise BadParameter(f"{name} is too long (the limit is {MAX_FILTER_CHARS} characters)")
    if name == "year" and not _YEAR.match(value):
        raise BadParameter(f"year must be four digits, not {value[:40]!r}")
    if name == "speaker":
        value = speaker_key(value)
        if not value:
            raise BadParameter(f"speaker must be a name or a speaker key, not {raw[:40]!r}")
    return value


def parse_url(args: Mapping[str, str]) -> str:
    """The ``url`` parameter of the article pages."""
    url = (args.get("url") or "").strip()
    if not url:
        raise BadParameter("give the article's address as ?url=...")
    if len(url) > MAX_URL_CHARS:
        raise BadParameter(f"url is too long (the limit is {MAX_URL_CHARS} characters)")
    return url
