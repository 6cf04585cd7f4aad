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

from . import charts, queries, timeline
from .i18n import other_language
from .links import link, note_ignored
from .paging import pager
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
    params = parse_search(request.args, limits(), strict=False)
    note_ignored(params.ignored)
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
        pager=pagination(params, results, cap),
        beyond_last=bool(results.total) and not results.hits and results.page > 1,
        last_href=search_link(params, page=min(results.pages, cap)),
        sort_links={s: search_link(params, sort=s) for s in ("relevance", "date")},
        group_href=search_link(params, group="none" if params.group else None),
        json_href=link("api.search_json", **params.to_args()),
        suggestion_href=(search_link(params, q=results.suggestion)
                         if results.suggestion else None),
    )


def _home(params: SearchParams) -> str:
    """No query yet: the search box, the newest reports and ways in by speaker and place."""
    recent = get_state().index.search("", sort="date", per_page=6, highlight=False)
    facets = build_facets(params, recent, g.t, recent.speaker_names, top=10)
    return render_template("home.html", params=params, recent=recent,
                           facets=[f for f in facets if f.name in ("speaker", "province")])


@bp.get("/article")
def article_page() -> str:
    article = queries.load_article(request.args, strict=False)
    event = article.event
    people = [queries.person(s.name) for s in event.speakers] if event else []
    return render_template("article.html", article=article, people=people,
                           source_href=safe_href(article.url))


@bp.get("/speakers")
def speakers_page() -> str:
    directory = queries.list_speakers(request.args, strict=False)

    def page_href(number: int) -> str:
        size = directory.per_page if directory.per_page != queries.SPEAKERS_PER_PAGE else None
        return link("web.speakers_page", prefix=directory.prefix, letter=directory.letter,
                    per_page=size, page=number if number > 1 else None)

    return render_template("speakers.html", directory=directory, letters=queries.LETTERS,
                           pager=pager(directory.page, directory.pages, page_href),
                           page_href=page_href)


@bp.get("/speaker/<key>")
def speaker_page(key: str) -> str:
    profile = queries.load_speaker(key, request.args, strict=False)
    t = g.t
    by_month = Counter((a.date or "")[:7] for a in profile.appearances if a.date)
    series = timeline.filled(by_month)
    chart = (charts.time_charts(timeline.columns_for(series, t, t.number),
                                title=t("speaker.chart", name=profile.name),
                                chart_id="appearances", number=t.number)
             if series else None)
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
    overview = queries.load_overview(request.args, strict=False)
    t = g.t
    month_rows = [(timeline.month_label(m, t), c, link("web.search_page", **_month_window(m)))
                  for m, c in overview.months]
    provinces = [charts.Datum(p, c, link("web.search_page", province=p))
                 for p, c in overview.provinces]
    themes = [charts.Datum(name, c, link("web.search_page", theme=name),
                           other_language(overview.theme_langs.get(name)))
              for name, c in overview.themes]
    speakers = [charts.Datum(name, c, link("web.speaker_page", key=k))
                for k, name, c in overview.speakers]
    return render_template(
        "overview.html", overview=overview, month_rows=month_rows,
        months=charts.time_charts(timeline.columns_for(overview.months, t, t.number),
                                  title=t("overview.months"), chart_id="months",
                                  number=t.number),
        provinces=charts.bar_list(provinces, number=t.number),
        themes=charts.bar_list(themes, number=t.number, inline=False),
        speakers=charts.bar_list(speakers, number=t.number),
    )


def _month_window(month: str) -> dict[str, str]:
    year, number = int(month[:4]), int(month[5:7])
    last = calendar.monthrange(year, number)[1]
    return {"from": f"{month}-01", "to": f"{month}-{last:02d}"}
