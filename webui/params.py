"""Query-string parameters: validated once, turned into library arguments and back into links.

All UI state lives in the query string, so the same parser serves a page and its JSON twin.
A known parameter with a bad value (a page out of bounds, an overlong query, a repeated
non-filter parameter) is refused with a message naming it, because a value silently dropped
returns wrong results that look right. A filter may be repeated (``province=Jawa
Timur&province=Bali``, up to :data:`MAX_FILTER_VALUES` times): any of its values matches.
Unknown parameter *names* are where the two differ:

- the JSON API is strict (``strict=True``): a program that misspells a filter learns so;
- pages ignore them (``strict=False``) and say which they ignored: links shared through
  Facebook, WhatsApp or a newsletter arrive with ``fbclid``, ``utm_source`` or ``gclid``
  added, and must show what the sender saw, not an error.

Every value is read through :func:`text_value`, which drops control characters (a
``%00`` in a URL must not reach the HTML). A ``speaker`` filter may be a name ("Made
Ardana Wirya") or a speaker key; it is kept as the key, so links stay canonical and the
matching facet value shows as active, and the name as written is kept for its label.
``group=none`` lists every article instead of one hit per event (the default, ``event``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from werkzeug.datastructures import MultiDict

from search import speaker_key

from .i18n import LocalizedError

FILTERS: tuple[str, ...] = (
    "speaker", "theme", "role", "organizer", "province", "location", "site", "year",
)
"""Facet filters, named as in the library and in the URL, in the order the page shows them."""

MAX_FILTER_VALUES = 20
"""Values one filter may repeat (the library's limit too)."""

DATE_PARAMS: dict[str, str] = {"from": "date_from", "to": "date_to"}
"""URL name of a date bound -> the library's filter name."""

SORTS: tuple[str, ...] = ("relevance", "date")
GROUPS: tuple[str, ...] = ("event", "none")
"""``group``: one hit per event (the default), or every article."""
MAX_FILTER_CHARS = 200
MAX_URL_CHARS = 2000
SPEAKER_KEY = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_YEAR = re.compile(r"^\d{4}$")
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
SHOWN_CHARS = 40
"""A bad value is quoted in its error message up to this many characters."""


class BadParameter(LocalizedError):
    """A query-string parameter a user (or a link) got wrong: answered with 400."""


def text_value(raw: str) -> str:
    """``raw`` without control characters (NUL, escape...) and bidirectional overrides,
    which no search needs and which must not be echoed into a page."""
    if raw.isprintable():
        return raw
    return "".join(ch for ch in raw if ch not in _BIDI_CONTROLS
                   and (ch in "\t\n\r" or unicodedata.category(ch) != "Cc"))


def shown(raw: str) -> str:
    """A bad value as its error message quotes it: cleaned and cut short."""
    value = " ".join(text_value(raw).split())
    return value if len(value) <= SHOWN_CHARS else value[: SHOWN_CHARS - 1] + "…"


def arg(args: Mapping[str, str], name: str) -> str:
    """The cleaned value of parameter ``name``, ``""`` when absent."""
    return text_value(args.get(name) or "")


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
    ignored: tuple[str, ...] = field(default=(), compare=False)
    """Unknown parameter names a page ignored (see the module docstring)."""
    group: bool = True
    speaker_written: dict[str, str] = field(default_factory=dict, compare=False)
    """Each ``speaker`` filter's key -> the value as the URL wrote it: the chip's label when
    no one in the index has that key (an internal key is never shown as a name)."""

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
        if not self.group:
            args["group"] = "none"
        return args


def default_sort(q: str) -> str:
    """Relevance ranks a query; with no query (browsing a facet) newest first is useful."""
    return "relevance" if q else "date"


def check_known(args: MultiDict[str, str], known: set[str], strict: bool = True,
                repeatable: tuple[str, ...] = ()) -> tuple[str, ...]:
    """Refuse repeated known parameters (but ``repeatable`` ones, up to
    :data:`MAX_FILTER_VALUES`); unknown ones are refused when ``strict``, else returned (in
    URL order) as the names the page ignored."""
    ignored: list[str] = []
    for name in args:
        if name not in known:
            if strict:
                raise BadParameter("err.unknown_param", name=shown(name),
                                   known=", ".join(sorted(known)))
            ignored.append(text_value(name))
            continue
        given = len(args.getlist(name))
        if name in repeatable:
            if given > MAX_FILTER_VALUES:
                raise BadParameter("err.too_many_values", name=name, count=given,
                                   limit=MAX_FILTER_VALUES)
        elif given > 1:
            raise BadParameter("err.repeated_param", name=name)
    return tuple(ignored)


def parse_int(args: Mapping[str, str], name: str, default: int, low: int, high: int) -> int:
    """A whole-number parameter within ``[low, high]``."""
    raw = arg(args, name).strip()
    if raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise BadParameter("err.not_whole", name=name, value=shown(raw)) from None
    if not low <= value <= high:
        raise BadParameter("err.out_of_range", name=name, low=low, high=high, value=value)
    return value


def parse_date(args: Mapping[str, str], name: str) -> str | None:
    raw = arg(args, name).strip()
    if not raw:
        return None
    try:
        return date.fromisoformat(raw).isoformat()
    except ValueError:
        raise BadParameter("err.bad_date", name=name, value=shown(raw)) from None


def parse_search(args: MultiDict[str, str], limits: Limits, strict: bool = True
                 ) -> SearchParams:
    """The validated state of a search request (``strict``: see the module docstring)."""
    known = {"q", "sort", "page", "per_page", "lang", "group", *FILTERS, *DATE_PARAMS}
    ignored = check_known(args, known, strict, repeatable=FILTERS)
    q = " ".join(arg(args, "q").split())
    if len(q) > limits.max_query_chars:
        raise BadParameter("err.query_too_long", length=len(q), limit=limits.max_query_chars)
    filters: dict[str, tuple[str, ...]] = {}
    speaker_written: dict[str, str] = {}
    for name in FILTERS:
        values: dict[str, None] = {}
        for raw in args.getlist(name):
            value = _filter_value(name, text_value(raw).strip(), speaker_written)
            if value:
                values[value] = None
        if values:
            filters[name] = tuple(values)
    date_from, date_to = parse_date(args, "from"), parse_date(args, "to")
    if date_from and date_to and date_from > date_to:
        raise BadParameter("err.dates_reversed", start=date_from, end=date_to)
    sort = arg(args, "sort") or default_sort(q)
    if sort not in SORTS:
        raise BadParameter("err.bad_sort", sorts=", ".join(SORTS), value=shown(sort))
    per_page = parse_int(args, "per_page", 10, 1, limits.max_per_page)
    page = parse_int(args, "page", 1, 1, limits.max_page)
    if page * per_page > limits.max_offset:
        raise BadParameter("err.too_deep", page=page, limit=limits.max_offset)
    group = arg(args, "group").strip() or GROUPS[0]
    if group not in GROUPS:
        raise BadParameter("err.bad_group", groups=", ".join(GROUPS), value=shown(group))
    browsing = any(arg(args, name) for name in ("sort", "page", "per_page", "group"))
    return SearchParams(q=q, filters=filters, date_from=date_from, date_to=date_to, sort=sort,
                        page=page, per_page=per_page, browsing=browsing, ignored=ignored,
                        group=group == "event", speaker_written=speaker_written)


def _filter_value(name: str, value: str, speaker_written: dict[str, str]) -> str:
    """One value of filter ``name``, checked (a speaker as its key, the written form kept
    in ``speaker_written``); ``""`` for an empty one."""
    if not value:
        return ""
    if len(value) > MAX_FILTER_CHARS:
        raise BadParameter("err.filter_too_long", name=name, limit=MAX_FILTER_CHARS)
    if name == "year" and not _YEAR.match(value):
        raise BadParameter("err.bad_year", value=shown(value))
    if name == "speaker":
        key = speaker_key(value)
        if not key:
            raise BadParameter("err.bad_speaker", value=shown(value))
        speaker_written.setdefault(key, value)
        return key
    return value


def parse_url(args: Mapping[str, str]) -> str:
    """The ``url`` parameter of the article pages."""
    url = arg(args, "url").strip()
    if not url:
        raise BadParameter("err.no_url")
    if len(url) > MAX_URL_CHARS:
        raise BadParameter("err.url_too_long", limit=MAX_URL_CHARS)
    return url
