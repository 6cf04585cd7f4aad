"""When the event took place: the one date among all the dates an article mentions.

Forms read (Indonesian and English): "Selasa, 6 Juli 2021", "Jumat (18/6)", "(10/09/2021)",
"Senin (7/3/2022)", "Sabtu, 14-08-2021", "24 Juni 2021 pukul 09.00", "pada tanggal 9
Maret", "March 4, 2022", "12 April, 2021". Month-only mentions ("Mei hingga Agustus
2022") are used for their year only.

Every full or partial date is a candidate, scored by its surroundings: a weekday, a lead-in
("pada", "berlangsung", "held on", "tanggal") and a clock time ("pukul 09.00") make it the
event's; a range ("1 Maret – 30 Juni 2022"), a past reference ("12 Januari 2022 lalu"), a
sentence about a later event ("webinar berikutnya bakal diselenggarakan, Senin 7 Maret
2022"), a press-release or byline date ("dalam siaran pers, Selasa (8/3/2022)",
"March 2, 2022, oleh: admin") make it not. The best candidate wins, earlier ones on
ties. A date without a year takes the publication year, else the year of the nearest full
date in the text; with neither it stays unknown rather than guessed.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from index.lexicon import day_names, months, phrase_pattern, phrase_regex

from .sentences import Sentence


@dataclass(frozen=True)
class DateMention:
    """A date written in the text; ``year`` is ``None`` when the text leaves it out."""

    year: int | None
    month: int
    day: int | None
    start: int
    end: int
    sentence: int
    score: float


@lru_cache(maxsize=None)
def _patterns() -> tuple[re.Pattern[str], ...]:
    """The date forms, each anchored on its digits; the weekday before is read separately."""
    month = phrase_pattern(sorted(months(), key=len, reverse=True))
    flags = re.IGNORECASE
    return (
        re.compile(rf"\b(?P<d>\d{{1,2}})\s+(?P<m>{month})\.?,?\s+(?P<y>\d{{4}})\b", flags),
        re.compile(rf"\b(?P<m>{month})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})\b",
                   flags),
        re.compile(r"\(\s*(?P<d>\d{1,2})/(?P<mn>\d{1,2})(?:/(?P<y>\d{2}|\d{4}))?\s*\)"),
        re.compile(r"\b(?P<d>\d{1,2})[-/.](?P<mn>\d{1,2})[-/.](?P<y>\d{4})\b"),
        re.compile(rf"\b(?P<d>\d{{1,2}})\s+(?P<m>{month})\b(?!\.?,?\s+\d{{4}})", flags),
    )


@lru_cache(maxsize=None)
def _weekday_before() -> re.Pattern[str]:
    day = phrase_pattern(sorted(day_names()))
    return re.compile(rf"\b{day}\s*,?\s*(?:(?:tanggal|tgl\.?)\s+)?$", re.IGNORECASE)


@lru_cache(maxsize=None)
def _month_year() -> re.Pattern[str]:
    month = phrase_pattern(sorted(months(), key=len, reverse=True))
    return re.compile(rf"\b(?P<m>{month})\.?\s+(?P<y>(?:19|20)\d{{2}})\b", re.IGNORECASE)


_LEAD_IN = re.compile(r"(?:\bpada|\bon|\bberlangsung|\bdigelar|\bdilaksanakan|\bdiselenggarakan"
                      r"|\bheld|\bdimulai|\bdiadakan|\btanggal|\bhari|\bsejak pukul|\bdate)"
                      r"[\s,:]*(?:hari\s+)?$", re.IGNORECASE)
_TIME_AFTER = re.compile(r"^[\s,]*(?:pukul|jam|pkl\.?|at|from)?\s*\d{1,2}[.:]\d{2}|^[\s,]*"
                         r"(?:pukul|jam)\b", re.IGNORECASE)
_RANGE_AFTER = re.compile(r"^\s*(?:[–—-]|hingga|sampai|s\.?d\.?|until|to)\s*(?:\d|\w+\s+\d)",
                          re.IGNORECASE)
_RANGE_BEFORE = re.compile(r"(?:selama|sejak|mulai|hingga|sampai|since|until|from|\d\s*[–—-]|"
                           r"[–—])\s*(?:tanggal\s+)?$", re.IGNORECASE)
_PAST_AFTER = re.compile(r"^\s*(?:lalu|silam|yang lalu|ago)\b", re.IGNORECASE)
_RELEASE_BEFORE = re.compile(r"(?:siaran pers|rilis|keterangan tertulis|press release|"
                             r"diperbarui|updated|published|diterbitkan)[^.]{0,40}$",
                             re.IGNORECASE)
_BYLINE_AFTER = re.compile(r"^\s*(?:,\s*)?(?:oleh\s*:|by\s*:|\d{1,2}:\d{2}|diperbarui|"
                           r"updated|\|)", re.IGNORECASE)


def _score(text: str, match: re.Match[str], has_weekday: bool, future: bool) -> float:
    before = text[max(0, match.start() - 40):match.start()]
    after = text[match.end():match.end() + 40]
    score = 0.0
    if has_weekday:
        score += 2
    if _LEAD_IN.search(before):
        score += 1.5
    if _TIME_AFTER.match(after):
        score += 1
    if _RANGE_AFTER.match(after) or _RANGE_BEFORE.search(before):
        score -= 3
    if _PAST_AFTER.match(after):
        score -= 3
    if _RELEASE_BEFORE.search(before) or _BYLINE_AFTER.match(after):
        score -= 2.5
    if future:
        score -= 3
    return score


def _mention(match: re.Match[str], sentence: Sentence, future: bool) -> DateMention | None:
    groups = match.groupdict()
    month = months().get((groups.get("m") or "").casefold()) if groups.get("m") else None
    if month is None and groups.get("mn"):
        month = int(groups["mn"])
    day = int(groups["d"]) if groups.get("d") else None
    year = int(groups["y"]) if groups.get("y") else None
    if year is not None and year < 100:
        year += 2000
    if month is None or not 1 <= month <= 12 or (day is not None and not 1 <= day <= 31):
        return None
    if year is not None and not 1990 <= year <= 2100:
        return None
    before = sentence.text[max(0, match.start() - 25):match.start()]
    score = _score(sentence.text, match, bool(_weekday_before().search(before)), future)
    return DateMention(year, month, day, match.start(), match.end(), sentence.index, score)


def find_dates(sentences: list[Sentence]) -> list[DateMention]:
    """Every day-precise date in the sentences, in text order, scored."""
    found: list[DateMention] = []
    for sentence in sentences:
        if not any(c.isdigit() for c in sentence.text):
            continue
        future = bool(phrase_regex("future").search(sentence.text))
        taken: list[tuple[int, int]] = []
        for pattern in _patterns():
            for match in pattern.finditer(sentence.text):
                if any(a < match.end() and match.start() < b for a, b in taken):
                    continue
                mention = _mention(match, sentence, future)
                if mention is not None:
                    found.append(mention)
                    taken.append((match.start(), match.end()))
    found.sort(key=lambda m: (m.sentence, m.start))
    return found


def _year_sources(sentences: list[Sentence], dates: list[DateMention]) -> list[tuple[int, int]]:
    """(sentence index, year) of every full date and month-year mention."""
    years = [(d.sentence, d.year) for d in dates if d.year is not None]
    for sentence in sentences:
        for match in _month_year().finditer(sentence.text):
            years.append((sentence.index, int(match.group("y"))))
    return years


def _valid(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def best_date(dates: list[DateMention]) -> DateMention | None:
    """The date most likely the event's, or ``None`` when every date is ruled out."""
    candidates = [d for d in dates if d.day is not None and d.score > -1]
    if not candidates:
        return None
    return max(candidates, key=lambda d: (d.score, -d.sentence, -d.start))


def event_date(sentences: list[Sentence], published: str | None = None,
               dates: list[DateMention] | None = None) -> str | None:
    """The ISO date of the event the sentences report, or ``None`` if it cannot be told."""
    if dates is None:
        dates = find_dates(sentences)
    best = best_date(dates)
    if best is None:
        return None
    year = best.year
    pub = _parse_iso(published)
    if year is None and pub is not None:
        year = pub.year
        guess = _valid(year, best.month, best.day or 1)
        if guess is not None and (guess - pub).days > 31:
            year -= 1
    if year is None:
        sources = _year_sources(sentences, dates)
        if sources:
            year = min(sources, key=lambda s: abs(s[0] - best.sentence))[1]
    if year is None or best.day is None:
        return None
    date = _valid(year, best.month, best.day)
    return date.isoformat() if date else None


def _parse_iso(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None
