"""Loading the word lists and tables in ``index/data/``, once per process.

Lists live in data files so that linguists and site maintainers can extend them without
reading code (docs/ARCHITECTURE.md: word lists are data). Each file is read on first use and cached.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources


def _data_text(name: str) -> str:
    return resources.files("index").joinpath("data", name).read_text(encoding="utf-8")


@lru_cache(maxsize=None)
def word_list(name: str) -> tuple[str, ...]:
    """Entries of ``index/data/<name>`` in file order; ``#`` starts a comment anywhere."""
    lines = []
    for raw in _data_text(name).splitlines():
        line = raw.split("#", 1)[0].strip()
        if line:
            lines.append(line)
    return tuple(lines)


@lru_cache(maxsize=None)
def word_set(name: str) -> frozenset[str]:
    """The case-folded entries of ``index/data/<name>`` as a set, for membership tests."""
    return frozenset(w.casefold() for w in word_list(name))


@lru_cache(maxsize=None)
def table(name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of a tab-separated file in ``index/data/``, comments and blank lines skipped."""
    rows = []
    for raw in _data_text(name).splitlines():
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        rows.append(tuple(cell.strip() for cell in raw.split("\t")))
    return tuple(rows)
