"""What each page asks the library, shared by the HTML pages and their JSON twins.

Each function validates its parameters (:mod:`webui.params`), calls the shared
:class:`search.SearchIndex` once, and raises :class:`~webui.errors.NotFound` for a URL that
names nothing, so a page and its twin can never disagree.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from werkzeug.datastructures import MultiDict

from search import Article, Results, SpeakerProfile, SpeakerSummary, Suggestion, speaker_key

from .errors import NotFound
from .overview import Overview
from .params import (
    SPEAKER_KEY,
    BadParameter,
    SearchParams,
    check_known,
    parse_int,
    parse_url,
)
from .state import get_state

MAX_SPEAKERS = 500
MAX_SUGGESTIONS = 20
MAX_SUGGEST_CHARS = 100


def run_search(params: SearchParams) -> Results:
    """Run a validated search: one page of hits with facets and highlighted snippets."""
    return get_state().index.search(
        params.q, filters=params.library_filters() or None, sort=params.sort,
        page=params.page, per_page=params.per_page,
    )


def speaker_labels(params: SearchParams, results: Results) -> dict[str, str]:
    """Display names for the speaker and theme keys a results page shows: its facet values
    (named by the library with the results) and the active speaker filters, which have no
    facet value when nothing matched."""
    names = {**results.theme_labels, **results.speaker_names}
    missing = [key for key in params.filters.get("speaker", ()) if key not in names]
    if missing:
        names.update(get_state().index.speaker_names(missing))
    return names


def suggest(args: MultiDict[str, str]) -> tuple[str, list[Suggestion]]:
    """Completions of a prefix being typed into the search box (speakers and themes)."""
    check_known(args, {"q", "limit", "lang"})
    prefix = " ".join(args.get("q", "").split())
    if len(prefix) > MAX_SUGGEST_CHARS:
        raise BadParameter(f"q is too long for suggestions (the limit is {MAX_SUGGEST_CHARS} "
                           "characters)")
    limit = parse_int(args, "limit", 8, 1, MAX_SUGGESTIONS)
    return prefix, get_state().index.suggest(prefix, limit=limit)


def load_article(args: MultiDict[str, str]) -> Article:
    check_known(args, {"url", "lang"})
    url = parse_url(args)
    article = get_state().index.article(url)
    if article is None:
        raise NotFound(f"no article with url {url[:200]!r} in the index")
    return article


def load_speaker(key: str, args: MultiDict[str, str]) -> SpeakerProfile:
    check_known(args, {"lang"})
    profile = get_state().index.speaker(key) if SPEAKER_KEY.match(key) else None
    if profile is None:
        raise NotFound(f"no speaker {key[:100]!r} in the index")
    return profile


def list_speakers(args: MultiDict[str, str]) -> tuple[str, int, list[SpeakerSummary]]:
    """The speaker index: names (any part of them) starting with ``prefix``, most
    articles first. The library reads the prefix as it reads names, so "Made Wir" finds
    Made Ardana Wirya and a spelling variant finds the same person."""
    check_known(args, {"prefix", "limit", "lang"})
    prefix = " ".join(args.get("prefix", "").split())[:100]
    limit = parse_int(args, "limit", 100, 1, MAX_SPEAKERS)
    return prefix, limit, get_state().index.speakers(prefix=prefix, limit=limit)


def load_overview(args: MultiDict[str, str]) -> Overview:
    check_known(args, {"lang"})
    state = get_state()
    return state.overview.get(state.index)


@dataclass(frozen=True)
class Person:
    """A name on a page, with the key of its speaker page."""

    name: str
    key: str
    count: int = 1


def person(name: str) -> Person:
    return Person(name=name, key=speaker_key(name))


def co_speakers(profile: SpeakerProfile, top: int = 15) -> list[Person]:
    """The people who shared a programme with this speaker, most often first, each under
    the spelling the index uses most for them."""
    counts: Counter[str] = Counter()
    for appearance in profile.appearances:
        keys = dict.fromkeys(speaker_key(name) for name in appearance.co_speakers)
        counts.update(key for key in keys if key and key != profile.key)
    ranked = counts.most_common(top)
    names = get_state().index.speaker_names([key for key, _ in ranked])
    return [Person(names[key], key, count) for key, count in ranked]
