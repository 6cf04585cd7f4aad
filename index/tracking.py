"""Query parameters that only record where a click came from (``fbclid``, ``utm_*``...).

A link shared through Facebook, WhatsApp, an ad or a newsletter arrives with these added.
They never change what a page shows, so the crawler drops them from the URLs it fetches
(one article shared through ten campaigns is one article) and the web UI ignores them
without comment on its pages. The names are data: ``index/data/tracking_params.txt``, where
a trailing ``*`` matches a prefix; names compare case-insensitively.
"""

from __future__ import annotations

from functools import lru_cache

from index.resources import word_list


@lru_cache(maxsize=1)
def _tracking_rules() -> tuple[frozenset[str], tuple[str, ...]]:
    names, prefixes = set(), []
    for entry in word_list("tracking_params.txt"):
        entry = entry.lower()
        if entry.endswith("*"):
            prefixes.append(entry[:-1])
        else:
            names.add(entry)
    return frozenset(names), tuple(prefixes)


def is_tracking_param(name: str) -> bool:
    """Whether a query parameter only records where a click came from."""
    names, prefixes = _tracking_rules()
    lowered = name.lower()
    return lowered in names or lowered.startswith(prefixes)
