"""Numbered page links, shared by the results page and the speaker index.

Which numbers a pager shows (the first, the last, two either side of the current one, a
gap between) is plain code with tests; each page decides how a page number becomes a URL.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class PageLink:
    """One entry of a pager: a page number and its URL, or a gap (``number`` ``None``)."""

    number: int | None
    href: str | None
    current: bool = False


@dataclass(frozen=True)
class Pager:
    """What a pager shows: the numbered links and the previous/next URLs (``None`` at the
    ends)."""

    links: list[PageLink]
    prev_href: str | None
    next_href: str | None


def numbered_pages(current: int, last: int, href: Callable[[int], str]) -> list[PageLink]:
    """Numbered pages around ``current``, with the first and ``last``, gaps as ``None``;
    empty when there is one page."""
    if last <= 1:
        return []
    center = min(current, last)
    shown = sorted({1, last, *range(max(1, center - 2), min(last, center + 2) + 1)})
    out: list[PageLink] = []
    previous = 0
    for number in shown:
        if number - previous > 1:
            out.append(PageLink(None, None))
        out.append(PageLink(number, href(number), number == current))
        previous = number
    return out


def pager(current: int, last: int, href: Callable[[int], str]) -> Pager | None:
    """The pager of page ``current`` of ``last``; ``None`` when everything fits on one.

    A ``current`` beyond ``last`` (an old link after the index shrank) gets a pager whose
    "previous" leads back to the last page.
    """
    if last <= 1 and current <= 1:
        return None
    prev_href = href(min(current - 1, last)) if current > 1 else None
    next_href = href(current + 1) if current < last else None
    return Pager(numbered_pages(current, last, href), prev_href, next_href)
