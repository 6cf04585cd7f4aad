"""The search page's model: facets, active filters, pagination and links, built in Python.

Templates only lay out what this module decides, so the logic of "which link adds a
filter, which removes it, which pages to number" is plain code with tests, and every link
is built from the validated :class:`~webui.params.SearchParams`, never from raw input.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from search import MatchedSpeaker, Results

from .i18n import Translator
from .links import link
from .paging import Pager, pager
from .params import FILTERS, SearchParams

SPEAKERS_SHOWN = 6
"""Speakers listed under a hit; the ones the query named are always among them."""


@dataclass(frozen=True)
class FacetValue:
    value: str
    label: str
    count: int
    href: str
    active: bool


@dataclass(frozen=True)
class Facet:
    """A facet group: the values shown, and the rest behind a "more" disclosure."""

    name: str
    title: str
    values: list[FacetValue]
    more: list[FacetValue] = field(default_factory=list)


@dataclass(frozen=True)
class Chip:
    """An active filter, shown with a link that removes it."""

    title: str
    label: str
    remove_href: str


def search_link(params: SearchParams, **changes: Any) -> str:
    """The search URL for ``params`` with changes; a changed filter goes back to page 1."""
    args = params.to_args()
    if any(k != "page" for k in changes):
        args.pop("page", None)
    args.update(changes)
    if args.get("page") == 1:
        del args["page"]
    return link("web.search_page", **args)


def value_label(name: str, value: str, t: Translator, names: Mapping[str, str]) -> str:
    """How a filter value reads: a speaker's name or a theme's label for a key (``names``
    holds both), a role in the page's language."""
    if name in ("speaker", "theme"):
        return names.get(value, value)
    if name == "role":
        return t.role(value)
    return value


def toggled(params: SearchParams, name: str, value: str) -> list[str]:
    """The values of filter ``name`` once ``value`` is clicked: added (any of them
    matches), or taken away when it was chosen."""
    chosen = list(params.filters.get(name, ()))
    return [v for v in chosen if v != value] if value in chosen else chosen + [value]


def build_facets(params: SearchParams, results: Results, t: Translator,
                 names: Mapping[str, str], top: int = 8) -> list[Facet]:
    """Facet groups in page order, each value a link that adds (or removes) that value.

    The library counts a facet under every other filter, so a value's count is what
    choosing it (too) adds, and lists no value without documents. The ``top`` values are
    shown (with every chosen one), the rest go to the "more" list. ``names`` maps speaker
    and theme keys to display names (``Results.speaker_names``, ``Results.theme_labels``).
    """
    facets: list[Facet] = []
    for name in FILTERS:
        pairs = list(results.facets.get(name, []))
        if name == "year":
            pairs.sort(key=lambda pair: pair[0], reverse=True)
        chosen = params.filters.get(name, ())
        values = [
            FacetValue(value, value_label(name, value, t, names), count,
                       search_link(params, **{name: toggled(params, name, value)}),
                       value in chosen)
            for value, count in pairs
        ]
        shown = [v for i, v in enumerate(values) if i < top or v.active]
        if shown:
            facets.append(Facet(name, t(f"facet.{name}"), shown,
                                [v for v in values if v not in shown]))
    return facets


def build_chips(params: SearchParams, t: Translator, names: Mapping[str, str]) -> list[Chip]:
    """One chip per chosen value; its link takes only that value away."""
    chips = [
        Chip(t(f"facet.{name}"), value_label(name, value, t, names),
             search_link(params, **{name: toggled(params, name, value)}))
        for name, values in params.filters.items() for value in values
    ]
    if params.date_from:
        chips.append(Chip(t("filter.from"), t.date(params.date_from),
                          search_link(params, **{"from": None})))
    if params.date_to:
        chips.append(Chip(t("filter.to"), t.date(params.date_to),
                          search_link(params, to=None)))
    return chips


def shown_speakers(speakers: list[MatchedSpeaker],
                   limit: int = SPEAKERS_SHOWN) -> list[MatchedSpeaker]:
    """The speakers to list under a hit, in programme order: every one the query or the
    speaker filter named (``matched``), then the others up to ``limit``."""
    room = max(0, limit - sum(1 for s in speakers if s.matched))
    shown: list[MatchedSpeaker] = []
    for speaker in speakers:
        if speaker.matched:
            shown.append(speaker)
        elif room:
            shown.append(speaker)
            room -= 1
    return shown


def clear_filters_link(params: SearchParams) -> str:
    return search_link(replace(params, filters={}, date_from=None, date_to=None, page=1))


def pagination(params: SearchParams, results: Results, max_page: int) -> Pager | None:
    """The results pager: pages up to the last one the limits allow (``max_page``)."""
    last = min(results.pages, max_page) if results.total else 0
    return pager(results.page, last, lambda number: search_link(params, page=number))
