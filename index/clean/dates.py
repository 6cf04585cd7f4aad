"""Publication dates from the strings pages put them in, as ISO ``YYYY-MM-DD``.

Three shapes cover news pages: machine dates in meta tags and ``<time datetime>``
("2021-06-19T08:00:00+07:00", "2021/06/19"), dates in the URL ("/2021/06/19/",
"/20210619"), and dates written for readers, in Indonesian or English ("Sabtu, 19 Juni 2021
10:15 WIB", "19/06/2021", "June 19, 2021"). Numeric day/month dates are read day first (the
Indonesian and British order) unless that is impossible. Month names are data
(``clean_months.txt``). Every result is checked to be a real calendar date between 1990 and
next year, so a product code or a phone number never becomes a date.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from index.resources import table

_ISO = re.compile(r"(?<!\d)((?:19|20)\d\d)[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")
_COMPACT = re.compile(r"(?<!\d)((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?!\d)")
_DMY = re.compile(r"(?<!\d)(\d{1,2})[-/.](\d{1,2})[-/.]((?:19|20)\d\d)(?!\d)")
_URL_PATH = re.compile(r"/((?:19|20)\d\d)/(\d{1,2})/(\d{1,2})(?:/|$)")


@lru_cache(maxsize=1)
def _months() -> dict[str, int]:
    return {row[0].casefold(): int(row[1]) for row in table("clean_months.txt")}


@lru_cache(maxsize=1)
def _written() -> tuple[re.Pattern[str], re.Pattern[str]]:
    names = "|".join(sorted(map(re.escape, _months()), key=len, reverse=True))
    day_first = re.compile(rf"(?<!\d)(\d{{1,2}})\s+({names})\.?,?\s+((?:19|20)\d\d)(?!\d)",
                           re.IGNORECASE)
    month_first = re.compile(rf"\b({names})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)",
                             re.IGNORECASE)
    return day_first, month_first


def _valid(year: int, month: int, day: int) -> str | None:
    if not 1990 <= year <= dt.date.today().year + 1:
        return None
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def parse_date(text: str | None) -> str | None:
    """The first date in ``text`` as ``YYYY-MM-DD``, or ``None``."""
    if not text:
        return None
    text = text[:500]
    match = _ISO.search(text)
    if match:
        return _valid(int(match[1]), int(match[2]), int(match[3]))
    match = _DMY.search(text)
    if match:
        first, second, year = int(match[1]), int(match[2]), int(match[3])
        return _valid(year, second, first) or _valid(year, first, second)
    day_first, month_first = _written()
    match = day_first.search(text)
    if match:
        return _valid(int(match[3]), _months()[match[2].casefold()], int(match[1]))
    match = month_first.search(text)
    if match:
        return _valid(int(match[3]), _months()[match[1].casefold()], int(match[2]))
    match = _COMPACT.search(text)
    if match:
        return _valid(int(match[1]), int(match[2]), int(match[3]))
    return None


def date_from_url(url: str | None) -> str | None:
    """A date written into an article URL ("/2021/06/19/", "/20210619..."), or ``None``."""
    if not url:
        return None
    match = _URL_PATH.search(url)
    if match:
        return _valid(int(match[1]), int(match[2]), int(match[3]))
    match = _COMPACT.search(url)
    if match:
        return _valid(int(match[1]), int(match[2]), int(match[3]))
    return None
