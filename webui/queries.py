"""What each page asks the library, shared by the HTML pages and their JSON twins.

Each function validates its parameters (:mod:`webui.params`), calls the shared
:class:`search.SearchIndex` once, and raises :class:`~webui.errors.NotFound` for a URL that
names nothing, so a page and its twin can never disagree. ``strict`` is true for the JSON
twins and false for pages, which ignore unknown parameters and note them
(:func:`webui.links.note_ignored`).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from werkzeug.datastructures import MultiDict

from search import Article, Results, SpeakerPage, SpeakerProfile, Suggestion, speaker_key

from .errors import NotFound
from .links import note_ignored
from .overview import Overview
from .params import (
    SPEAKER_KEY,
    BadParameter,
    SearchParams,
    arg,
    check_known,
    parse_int,
    parse_url,
    shown,
)
from .state import get_state

MAX_SPEAKERS = 500
SPEAKERS_PER_PAGE = 100
LETTERS = "abcdefghijklmnopqrstuvwxyz"
MAX_SUGGESTIONS = 20
MAX_SUGGEST_CHARS = 100


def run_search(params: SearchParams) -> Results:
    """Run a validated search: one page of hits (events, unless ``group=none``) with facets
    and highlighted snippets."""
    return get_state().index.search(
        params.q, filters=params.library_filters() or None, sort=params.sort,
        page=params.page, per_page=params.per_page, group=params.group,
    )


def speaker_labels(params: SearchParams, results: Results) -> dict[str, str]:
    """Display names for the speaker and theme keys a results page shows: its facet values
    (named by the library with the results) and the active speaker filters, which have no
    facet value when nothing matched (and no name at all when no one has that key)."""
    names = {**results.theme_labels, **results.speaker_names}
    wanted = params.filters.get("speaker", ())
    missing = [key for key in wanted if key not in names]
    if missing:
        names.update(get_state().index.speaker_names(missing))
    for key in wanted:
        if names.get(key, key) == key:
            # Nobody in the index has this key: show the name as the URL wrote it, never the
            # internal key the library echoes for an unknown one.
            names[key] = params.speaker_written.get(key, key)
    return names


def suggest(args: MultiDict[str, str]) -> tuple[str, list[Suggestion]]:
    """Completions of a prefix being typed into the search box (speakers and themes)."""
    check_known(args, {"q", "limit", "lang"})
    prefix = " ".join(arg(args, "q").split())
    if len(prefix) > MAX_SUGGEST_CHARS:
        raise BadParameter("err.query_too_long", length=len(prefix), limit=MAX_SUGGEST_CHARS)
    limit = parse_int(args, "limit", 8, 1, MAX_SUGGESTIONS)
    return prefix, get_state().index.suggest(prefix, limit=limit)


def load_article(args: MultiDict[str, str], strict: bool = True) -> Article:
    note_ignored(check_known(args, {"url", "lang"}, strict))
    url = parse_url(args)
    article = get_state().index.article(url)
    if article is None:
        raise NotFound("err.no_article", url=shown(url))
    return article


def load_speaker(key: str, args: MultiDict[str, str], strict: bool = True) -> SpeakerProfile:
    note_ignored(check_known(args, {"lang"}, strict))
    profile = get_state().index.speaker(key) if SPEAKER_KEY.match(key) else None
    if profile is None:
        raise NotFound("err.no_speaker", key=shown(key))
    return profile


def list_speakers(args: MultiDict[str, str], strict: bool = True) -> SpeakerPage:
    """One page of the speaker index: names (any part of them) starting with ``prefix``,
    shown names starting with ``letter``, most events first and then A-Z. The library
    reads the prefix as it reads names, so "Made Wir" finds Made Ardana Wirya and a
    spelling variant finds the same person. ``limit`` is the old name of ``per_page``."""
    note_ignored(check_known(args, {"prefix", "letter", "page", "per_page", "limit", "lang"},
                             strict))
    prefix = " ".join(arg(args, "prefix").split())[:100]
    letter = arg(args, "letter").strip().casefold()
    if letter and (len(letter) != 1 or letter not in LETTERS):
        raise BadParameter("err.bad_letter", value=shown(letter))
    size_name = "per_page" if "per_page" in args or "limit" not in args else "limit"
    per_page = parse_int(args, size_name, SPEAKERS_PER_PAGE, 1, MAX_SPEAKERS)
    page = parse_int(args, "page", 1, 1, 100_000)
    return get_state().index.speaker_directory(prefix=prefix, letter=letter, page=page,
                                               per_page=per_page)


def load_overview(args: MultiDict[str, str], strict: bool = True) -> Overview:
    note_ignored(check_known(args, {"lang"}, strict))
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
