"""What each page asks the library, shared by the HTML pages and their JSON twins.

Each function validates its parameters (:mod:`webui.params`), calls the shared
:class:`search.SearchIndex` once, and raises :class:`~webui.errors.NotFound` for a URL that
names nothing, so a page and its twin can never disagree.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from werkzeug.datastructures import MultiDict

from index.model import Article
from index.names import key_prefix, speaker_key
from search import Results, SpeakerProfile

from .app import get_state
from .errors import NotFound
from .library import SpeakerEntry, generation_of, speaker_entries
from .overview import Overview
from .params import SPEAKER_KEY, SearchParams, check_known, parse_int, parse_url

MAX_SPEAKERS = 500


def run_search(params: SearchParams) -> Results:
    """Run a validated search and remember the speaker names it shows."""
    state = get_state()
    results = state.index.search(params.q, filters=params.library_filters() or None,
                                 sort=params.sort, page=params.page, per_page=params.per_page)
    state.names.learn_results(generation_of(state.index), results)
    return results


def load_article(args: MultiDict[str, str]) -> Article:
    check_known(args, {"url", "lang"})
    url = parse_url(args)
    article = get_state().index.article(url)
    if article is None:
        raise NotFound(f"no article with url {url[:200]!r} in the index")
    return article


def load_speaker(key: str, args: MultiDict[str, str]) -> SpeakerProfile:
    check_known(args, {"lang"})
    state = get_state()
    profile = state.index.speaker(key) if SPEAKER_KEY.match(key) else None
    if profile is None:
        raise NotFound(f"no speaker {key[:100]!r} in the index")
    state.names.learn(generation_of(state.index), [(profile.key, profile.name)])
    return profile


def prefix_key(text: str) -> str:
    """What a user typed (``"Ika Mei"``) as the start of speaker keys (see ``key_prefix``)."""
    return key_prefix(text[:100])


def list_speakers(args: MultiDict[str, str]) -> tuple[str, int, list[SpeakerEntry]]:
    """The speaker index: keys starting with ``prefix``, most appearances first."""
    check_known(args, {"prefix", "limit", "lang"})
    prefix = " ".join(args.get("prefix", "").split())[:100]
    limit = parse_int(args, "limit", 100, 1, MAX_SPEAKERS)
    state = get_state()
    raw = state.index.speakers(prefix=prefix_key(prefix), limit=limit)
    return prefix, limit, speaker_entries(raw, state.names, generation_of(state.index))


def load_overview(args: MultiDict[str, str]) -> Overview:
    check_known(args, {"lang"})
    state = get_state()
    return state.overview.get(state.index, state.names)


@dataclass(frozen=True)
class Person:
    """A name on a page, with the key of its speaker page."""

    name: str
    key: str
    count: int = 1


def person(name: str) -> Person:
    return Person(name=name, key=speaker_key(name))


def co_speakers(profile: SpeakerProfile, top: int = 15) -> list[Person]:
    """The people who shared a programme with this speaker, most often first."""
    counts: Counter[str] = Counter()
    names: dict[str, str] = {}
    for appearance in profile.appearances:
        for name in dict.fromkeys(appearance.co_speakers):
            key = speaker_key(name)
            if key and key != profile.key:
                counts[key] += 1
                names.setdefault(key, name)
    return [Person(names[k], k, c) for k, c in counts.most_common(top)]
