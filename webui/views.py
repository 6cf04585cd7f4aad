"""The HTML pages. Each one validates its URL, asks :mod:`webui.queries`, and renders.

Pages: ``/`` and ``/search`` (home, results, browsing by facet), ``/article?url=``,
``/speakers`` and ``/speaker/<key>``, ``/overview``. Their JSON twins are in
:mod:`webui.api`; there are no write endpoints (every route is GET).
"""

from __future__ import annotations

import calendar
import html
import re
from collections import Counter
from urllib.parse import urlsplit

from flask import Blueprint, g, render_template, request
from markupsafe import Markup, escape

from . import charts, queries
from .links import link
from .params import SearchParams, parse_search
from .search_page import (
    build_chips,
    build_facets,
    clear_filters_link,
    pagination,
    search_link,
    shown_speakers,
)
from .state import get_state, limits

bp = Blueprint("web", __name__)
_MARK_TAG = re.compile(r"(</?mark>)")


def safe_href(url: str | None) -> str | None:
    """``url`` if it is an http(s) link, else ``None``: a stored URL may be ``javascript:``."""
    if not url:
        return None
    try:
        scheme = urlsplit(url).scheme.casefold()
    except ValueError:
        return None
    return url if scheme in ("http", "https") else None


@bp.app_template_filter("snippet")
def safe_snippet(snippet: str) -> Markup:
    """A library snippet as markup where only ``<mark>`` survives, whatever it contains.

    The library already escapes the text; escaping again after unescaping is a no-op on
    correct input and makes anything else inert, so a bug there cannot become an injection.
    """
    parts = _MARK_TAG.split(snippet or "")
    return Markup("".join(
        part if part in ("<mark>", "</mark>") else str(escape(html.unescape(part)))
        for part in parts
    ))


@bp.get("/")
@bp.get("/search")
def search_page() -> str:
    params = parse_search(request.args, limits())
    if not params.active:
        return _home(params)
    results = queries.run_search(params)
    names = queries.speaker_labels(params, results)
    cap = min(limits().max_page, limits().max_offset // params.per_page)
    return render_template(
        "search.html",
        params=params,
        results=results,
        shown_speakers=shown_speakers,
        facets=build_facets(params, results, g.t, names),
        chips=build_chips(params, g.t, names),
        clear_href=clear_filters_link(params),
        pages=pagination(params, results, cap),
        sort_links={s: search_link(params, sort=s) for s in ("relevance", "date")},
        json_href=link("api.search_json", **params.to_args()),
        suggestion_href=(search_link(params, q=results.suggestion)
                         if results.suggestion else None),
        prev_href=search_link(params, page=results.page - 1) if results.page > 1 else None,
        next_href=(search_link(params, page=results.page + 1)
                   if results.page < min(results.pages, cap) else None),
    )


def _home(params: SearchParams) -> str:
    """No query yet: the search box, the newest reports and ways in by speaker and place."""
    recent = get_state().index.search("", sort="date", per_page=6, highlight=False)
    facets = build_facets(params, recent, g.t, recent.speaker_names, top=10)
    return render_template("home.html", params=params, recent=recent,
                           facets=[f for f in facets if f.name in ("speaker", "province")])


@bp.get("/article")
def article_page() -> str:
    article = queries.load_article(request.args)
    event = article.event
    people = [queries.person(s.name) for s in event.speakers] if event else []
    return render_template("article.html", article=article, people=people,
                           source_href=safe_href(article.url))


@bp.get("/speakers")
def speakers_page() -> str:
    prefix, limit, entries = queries.list_speakers(request.args)
    letters = "abcdefghijklmnopqrstuvwxyz"
    return render_template("speakers.html", prefix=prefix, limit=limit, entries=entries,
                           letters=letters)


@bp.get("/speaker/<key>")
def speaker_page(key: str) -> str:
    profile = queries.load_speaker(key, request.args)
    t = g.t
    by_month = Counter((a.date or "")[:7] for a in profile.appearances if a.date)
    chart = None
    if by_month:
        months = _month_range(min(by_month), max(by_month))
        if len(months) > 36:
            by_year = Counter(m[:4] for m in by_month.elements())
            data = [charts.Datum(y, by_year[y]) for y in sorted(by_year)]
        else:
            data = [charts.Datum(_month_label(m), by_month[m]) for m in months]
        chart = charts.column_chart(data, title=t("speaker.chart", name=profile.name),
                                    chart_id="appearances", number=t.number)
    roles = Counter(a.role for a in profile.appearances)
    places = Counter(a.location or a.province for a in profile.appearances
                     if a.location or a.province)
    return render_template(
        "speaker.html", profile=profile, chart=chart, roles=roles.most_common(),
        places=places.most_common(8), co_speakers=queries.co_speakers(profile),
        filter_href=link("web.search_page", speaker=profile.key),
        key_of=lambda name: queries.person(name).key,
    )


@bp.get("/overview")
def overview_page() -> str:
    overview = queries.load_overview(request.args)
    t = g.t
    months = [charts.Datum(_month_label(m), c, link("web.search_page", **_month_window(m)))
              for m, c in overview.months]
    provinces = [charts.Datum(p, c, link("web.search_page", province=p))
                 for p, c in overview.provinces]
    themes = [charts.Datum(name, c, link("web.search_page", theme=name))
              for name, c in overview.themes]
    speakers = [charts.Datum(name, c, link("web.speaker_page", key=k))
                for k, name, c in overview.speakers]

    def rows(data: list[charts.Datum]) -> list[tuple[str, int, str | None]]:
        return [(d.label, d.value, d.href) for d in data]

    return render_template(
        "overview.html", overview=overview,
        months=charts.column_chart(months, title=t("overview.months"), chart_id="months",
                                   number=t.number),
        provinces=charts.bar_chart(provinces, title=t("overview.provinces"),
                                   chart_id="provinces", number=t.number),
        themes=charts.bar_chart(themes, title=t("overview.themes"), chart_id="themes",
                                number=t.number, labels_above=True),
        speakers=charts.bar_chart(speakers, title=t("overview.speakers"), chart_id="speakers",
                                  number=t.number),
        month_rows=rows(months), province_rows=rows(provinces), theme_rows=rows(themes),
        speaker_rows=rows(speakers),
    )


def _month_range(first: str, last: str) -> list[str]:
    year, month = int(first[:4]), int(first[5:7])
    out: list[str] = []
    while f"{year}-{month:02d}" <= last and len(out) < 1200:
        out.append(f"{year}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def _month_label(month: str) -> str:
    """``"2021-06"`` -> ``"Jun 2021"`` in the page's language."""
    try:
        return f"{g.t.month(int(month[5:7]), short=True)} {month[:4]}"
    except (ValueError, IndexError):
        return month


def _month_window(month: str) -> dict[str, str]:
    year, number = int(month[:4]), int(month[5:7])
    last = calendar.monthrange(year, number)[1]
    return {"from": f"{month}-01", "to": f"{month}-{last:02d}"}
