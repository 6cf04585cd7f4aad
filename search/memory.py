"""How much memory a reading process may use for caches, and how much it uses.

A :class:`search.SearchIndex` holds three kinds of memory: the index's own tables (the
facet table, field lengths, the event map and its per-event facets, suggestion and
directory tables: fixed per generation, about proportional to the number of documents),
caches that fill with use (results pages, posting arrays and the unions of a word's
fields, names and titles read by the re-ranker), and the interpreter. The first is paid
once per generation; the second is what could grow with the queries a server sees, so each
cache has a budget taken from one figure, ``cache_mb`` (``webinar-search serve --cache-mb``), and is
bounded by size with least-recently-used eviction (:mod:`search.cache`, :mod:`search.postings`).
:func:`process_memory` reports what the process holds, so ``webinar-search stats`` and
``/stats.json`` show both the bound and the actual figure.
"""

from __future__ import annotations

import resource
import sys
from dataclasses import dataclass
from pathlib import Path

DEFAULT_CACHE_MB = 128.0
"""Cache budget of one process, MiB (``--cache-mb``)."""

RESULTS_SHARE = 0.25
"""Part of the budget for results pages; the rest holds postings (:mod:`search.postings`)."""


@dataclass(frozen=True)
class CacheBudget:
    """The budget of one process split between its caches."""

    results_bytes: int
    postings_bytes: int
    """Cached postings, over all terms: their arrays of document numbers and weights
    (eight bytes a posting, four for a cached union's numbers, see
    :mod:`search.postings`)."""


def cache_budget(cache_mb: float) -> CacheBudget:
    """``cache_mb`` MiB split between the results cache and the posting-set cache."""
    total = max(0.0, float(cache_mb)) * 2**20
    results = int(total * RESULTS_SHARE)
    return CacheBudget(results_bytes=results, postings_bytes=int(total - results))


def process_memory() -> dict[str, int]:
    """This process's resident memory now, its peak, and (Linux) its proportional share
    (``pss_bytes``: pages shared with other server processes counted in part) and the
    split of the resident memory into heap and mapped index files."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    out = {"rss_bytes": _rss_bytes(),
           "peak_rss_bytes": peak if sys.platform == "darwin" else peak * 1024}
    pss = _pss_bytes()
    if pss is not None:
        out["pss_bytes"] = pss
    out.update(_rss_parts())
    return out


def _rss_parts() -> dict[str, int]:
    """Resident memory split (Linux): ``anon`` is the process's own heap; ``file`` is pages
    of memory-mapped index files, the kernel's page cache, counted once per searcher that
    maps them but shared by all searchers and processes."""
    out: dict[str, int] = {}
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(("RssAnon:", "RssFile:")):
                name = "rss_anon_bytes" if line.startswith("RssAnon") else "rss_file_bytes"
                out[name] = int(line.split()[1]) * 1024
    except (OSError, IndexError, ValueError):
        return {}
    return out


def _rss_bytes() -> int:
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except (OSError, IndexError, ValueError):
        return 0
    return pages * resource.getpagesize()


def _pss_bytes() -> int | None:
    try:
        for line in Path("/proc/self/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1]) * 1024
    except (OSError, IndexError, ValueError):
        return None
    return None
