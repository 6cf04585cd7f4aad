"""When the event took place: the one date among all the dates an article mentions.

Forms read (Indonesian and English): "Selasa, 6 Juli 2021", "Jumat (18/6)", "(10/09/2021)",
"Senin (7/3/2022)", "Sabtu, 14-08-2021", "Kamis-Sabtu (05-07/01/2023)", "24 Juni 2021 pukul
09.00", "pada tanggal 9 Maret", "March 4, 2022", "12 April, 2021", "on Thursday, June 11".
Month-only mentions ("Mei hingga Agustus 2022") are used for their year only.

Every full or partial date is a candidate, scored by its surroundings: a weekday, a lead-in
("pada", "berlangsung", "held on", "tanggal"; most of all a verb of holding with it,
"dilaksanakan pada") and a clock time ("pukul 09.00") make it the event's; a range ("1 Maret –
30 Juni 2022"), a past reference ("12 Januari 2022 lalu"), a sentence about a later event
("webinar berikutnya bakal diselenggarakan, Senin 7 Maret 2022"), a yearly day ("diperingati
setiap tanggal 12 November"), a page's date stamp alone on its line, a press-release or byline
date ("dalam siaran pers, Selasa (8/3/2022)", "March 2, 2022, oleh: admin", "Jumat, 3 Mei 2024
Reporter: ...") make it not; the day a report was written, received or quoted ("rilis yang
diterima X, Senin (8/6)", "ditulis Kamis (4/3)") rules a date out. The best
candidate wins, earlier ones on ties; a date that opens a short range ("pada 14 September
sampai 16 September") wins over the days it covers; a press release's dateline ("Kota Uji,
3 Mei 2021 — ...") yields to any date in its body that nothing rules out. A date without a
year takes the publication year, else the year of the nearest full date in the text (not,
unless a weekday confirms it, the year of another occasion: a congress to come, an observance
day); a year written on its own serves only as the nearest one, never a class year ("(MSc
2016)"); with neither it stays unknown rather than guessed.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache

from index.lexicon import day_names, months, phrase_pattern, phrase_regex, phrase_set, weekdays
from index.names import is_degree

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
    weekday: int | None = None
    """The weekday written before the date (Monday = 0), if any."""
    through: tuple[int, int] | None = None
    """(month, day) of the last day when the date opens a short range ("14-16 September")."""
    elsewhere: bool = False
    """The date is another occasion's: a later event's, an observance's, a yearly day's."""
    release: bool = False
    """The date heads a press release ("Kota Uji, 3 Mei 2021 — ..."): the day it was issued."""


_LEADING_DAY = (
    (r"\b(?P<d>\d{1,2})", r"(?P<d>\d(?<!\w.)\d?)"),
    (r"(?<![\d/])(?P<d>\d{1,2})", r"(?P<d>\d(?<![\d/].)\d?)"),
    (r"(?<![\d/.])(?P<d>\d{1,2})", r"(?P<d>\d(?<![\d/.].)\d?)"),
)
r"""A form's opening day as written, and the same led by its digit: a regex that opens with
a word boundary or a lookbehind gets no quick scan and is tried at every character of every
sentence with a digit; led by ``\d`` it jumps from digit to digit. Why the same: the test
before the day looks at the character before its first digit either way (after consuming
the digit, one character further back; at the text's start neither finds one: ``\b`` holds
there before a digit), and ``\d\d?`` takes and gives back digits as ``\d{1,2}`` does."""


def _digit_led(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` led by its day's first digit when it opens with a day (``_LEADING_DAY``)."""
    for written, led in _LEADING_DAY:
        if pattern.pattern.startswith(written):
            return re.compile(led + pattern.pattern[len(written):], pattern.flags)
    return pattern


@lru_cache(maxsize=None)
def _patterns() -> tuple[re.Pattern[str], ...]:
    """The date forms (:func:`_written_patterns`), the ones opening with the day led by its
    digit (``_LEADING_DAY``)."""
    return tuple(_digit_led(pattern) for pattern in _written_patterns())


@lru_cache(maxsize=None)
def _written_patterns() -> tuple[re.Pattern[str], ...]:
    """The date forms, each anchored on its digits; the weekday before is read separately."""
    month = phrase_pattern(sorted(months(), key=len, reverse=True))
    flags = re.IGNORECASE
    return (
        re.compile(rf"\b(?P<d>\d{{1,2}})\s*[–—-]\s*(?P<d2>\d{{1,2}})\s+(?P<m>{month})\.?,?\s+"
                   rf"(?P<y>\d{{4}})\b", flags),
        re.compile(rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{month})\.?,?\s+"
                   rf"(?P<y>\d{{4}})\b", flags),
        re.compile(rf"\b(?P<m>{month})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})\b",
                   flags),
        # a day range in figures: "Kamis-Sabtu (05-07/01/2023)", "12-13/3/2022"; without a
        # year only after a weekday, like the bare "12/3" below
        re.compile(r"(?<![\d/.])(?P<d>\d{1,2})\s*[–—-]\s*(?P<d2>\d{1,2})/(?P<mn>\d{1,2})"
                   r"(?:/(?P<y>\d{4}|\d{2}))?(?![\d/])"),
        # spaces may stand around the slashes inside the brackets: "(3 /12/2025)"
        re.compile(r"\(\s*(?P<d>\d{1,2})\s?/\s?(?P<mn>\d{1,2})(?:\s?/\s?(?P<y>\d{2}|\d{4}))?"
                   r"\s*\)"),
        # a two-digit year closing a bracket, as in the bracketed form above, when the weekday
        # stands inside the bracket before the day: "(Senin, 8/7/24)"
        re.compile(r"\b(?P<d>\d{1,2})[-/.](?P<mn>\d{1,2})[-/.](?P<y>\d{4}\b|(?<=/)\d{2}"
                   r"(?=\s*\))(?P<short>))"),
        re.compile(rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{month})\b"
                   rf"(?!\.?,?\s+\d{{4}})", flags),
        re.compile(r"(?<![\d/])(?P<d>\d{1,2})/(?P<mn>\d{1,2})(?![\d/])(?P<bare>)"),
        # English without a year: "on Thursday, June 11", "Thursday (June 11)"
        re.compile(rf"(?:\(\s*)?\b(?P<m>{month})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b"
                   rf"(?![.,:]?\d|,?\s+\d{{4}})", flags),
        # a long month name misspelt between a day and a year: "16 Desmber 2021" (see
        # :func:`misspelt_month`); tried last, so a real month name is read by the forms above
        re.compile(r"\b(?P<d>\d{1,2})\s+(?P<typo>[A-Za-z]{5,10})\.?,?\s+(?P<y>\d{4})\b"),
    )


@lru_cache(maxsize=None)
def _weekday_before() -> re.Pattern[str]:
    day = phrase_pattern(sorted(day_names()))
    # the first of a range of weekdays is the first day's: "Senin-Selasa (7-8 Desember)"
    # and a bracket may open between them: "Kamis (5 Mei 2021)", "Senin-Selasa (7-8/6)"
    return re.compile(rf"\b(?P<day>{day})(?:\s*[–—-]\s*(?:{day}))?\s*,?\s*\(?\s*"
                      r"(?:(?:tanggal|tgl\.?)\s+)?$", re.IGNORECASE)


@lru_cache(maxsize=None)
def _month_year() -> re.Pattern[str]:
    month = phrase_pattern(sorted(months(), key=len, reverse=True))
    return re.compile(rf"\b(?P<m>{month})\.?\s+(?P<y>(?:19|20)\d{{2}})\b", re.IGNORECASE)


_LEAD_IN = re.compile(r"(?:\bpada|\bon|\bberlangsung|\bdigelar|\bdilaksanakan|\bdiselenggarakan"
                      r"|\bheld|\bdimulai|\bdiadakan|\btanggal|\bhari|\bsejak pukul|\bdate)"
                      r"[\s,:]*(?:hari\s+)?$", re.IGNORECASE)
# "dilaksanakan pada 11 Mei 2021", "held on June 7": a verb of holding that states the event's
# day outright, which outweighs a date that only dates a quote ("kata Rina, Rabu (12/5)")
_HELD_ON = re.compile(r"\b(?:dilaksanakan|digelar|diselenggarakan|berlangsung|diadakan|held|"
                      r"took\s+place)\s+(?:pada|on)[\s,:]*(?:hari|tanggal)?[\s,:]*$",
                      re.IGNORECASE)
_TIME_AFTER = re.compile(r"^[\s,]*(?:pukul|jam|pkl\.?|at|from)?\s*\d{1,2}[.:]\d{2}|^[\s,]*"
                         r"(?:pukul|jam)\b", re.IGNORECASE)
_RANGE_AFTER = re.compile(r"^\s*(?:[–—-]|hingga|sampai|s\.?d\.?|until|to)\s*(?:\d|\w+\s+\d)",
                          re.IGNORECASE)
_RANGE_BEFORE = re.compile(r"(?:selama|sejak|mulai|hingga|sampai|since|until|from|\d\s*[–—-]|"
                           r"[–—])\s*(?:tanggal\s+)?$", re.IGNORECASE)
_PAST_AFTER = re.compile(r"^\s*(?:lalu|silam|yang lalu|ago)\b", re.IGNORECASE)
# The day the report was released, written, posted or quoted, not the event's: "dalam siaran
# pers, Selasa (8/3)", "rilis yang diterima Kabarkota.id, Senin (8/6/2020)", "ungkapnya ditulis
# Kamis (4/3)", "dikutip dari laman resminya, Jumat (5/2)". A dot inside a word (a site's
# name) does not end the phrase.
_RELEASE_BEFORE = re.compile(r"(?:siaran pers|rilis|keterangan tertulis|press release|"
                             r"diperbarui|updated|published|diterbitkan|ditulis|dikutip|dilansir|"
                             r"diakses|diposting|posted|written|quoted|accessed)"
                             r"(?:[^.]|\.(?=\w)){0,50}$", re.IGNORECASE)
# A byline after the date: "March 2, 2022, oleh: admin", "Jumat, 3 Mei 2024 Reporter: Rina Uji
# Editor: ...", "Penulis : ...": a page's date stamp, the day the report went out.
_BYLINE_AFTER = re.compile(r"^\s*(?:,\s*)?(?:(?:oleh|by|reporter|editor|penulis|pewarta|writer|"
                           r"author)\s*:|\d{1,2}:\d{2}|diperbarui|updated|\|)", re.IGNORECASE)


EVENT_CLAUSE = re.compile(r"\b(?:webinar|seminar|diskusi|talk\s?show|lokakarya|workshop|pelatihan|"
                          r"acara|kegiatan|bertempat|berlokasi|forum|event|"
                          r"kuliah\s+umum|sarasehan|menggelar|digelar|menyelenggarakan|"
                          r"diselenggarakan|dilaksanakan|mengadakan|diadakan|berlangsung|"
                          r"held|hosted)\b", re.IGNORECASE)
# (each alternative opens with a word of _OCCASION_OPENING below: keep the two in step)
_OCCASION_BEFORE = re.compile(r"(?:\bHari\s+(?:[A-Z][\w-]*\s+){1,4}|\b(?:memperingati|peringatan|"
                              r"dalam\s+rangka|commemorat\w+)\s+[^.,]{0,40}|"
                              # "Hari X yang jatuh pada 21 Februari": the day an observance falls
                              # on, whatever its name's length
                              r"\bjatuh\s+pada\s+(?:tanggal\s+)?|\bfalls\s+on\s+)$")
# "diperingati setiap tanggal 12 November", "every 5 June": a date that comes back each year is
# an occasion's day, never the day of the one event a report is about
_RECURRING_BEFORE = re.compile(r"\b(?:setiap|tiap|saban|every)\s+(?:tanggal\s+|tgl\.?\s+)?$",
                               re.IGNORECASE)
_DAY_LIST_BEFORE = re.compile(r"(?<![\d/.,-])(?P<first>\d{1,2})(?:\s*,\s*\d{1,2})*\s*"
                              r"(?:,|dan|&|and)\s*$")
_SHORT_RANGE_AFTER = re.compile(r"^\s*(?:[–—-]|hingga|sampai|s\.?d\.?|until|to)\s*(?P<d>\d{1,2})"
                                r"(?:\s+(?P<m>[A-Za-z]+))?", re.IGNORECASE)


def _short_range(match: re.Match[str], after: str, month: int,
                 day: int | None) -> tuple[int, int] | None:
    """(month, day) of the range's last day when the date opens a range of at most three
    days: a two- or three-day event, whose first day is its date ("31 Juli – 01 Agustus
    2021", "20-21 Oktober 2020"); a longer range is a programme's period, not one event's
    day, and gives ``None``."""
    if day is None:
        return None
    if match.groupdict().get("d2"):
        return (month, int(match.group("d2"))) if 0 < int(match.group("d2")) - day <= 2 \
            else None
    end = _SHORT_RANGE_AFTER.match(after)
    if end is None:
        return None
    end_month = months().get((end.group("m") or "").casefold(), month)
    start = _valid(2000, month, day)
    stop = _valid(2000 + (end_month < month), end_month, int(end.group("d")))
    if start is None or stop is None or not 0 < (stop - start).days <= 2:
        return None
    return (stop.month, stop.day)


def _in_quote(before: str) -> bool:
    """The text before the date inside its sentence leaves a quotation open."""
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


# An occurrence of _OCCASION_BEFORE can only begin where one of its alternatives' opening
# words begins, after a word boundary (the pattern has no flags: the words are matched as
# written). tests/test_extract_dates_scan.py checks the two agree on invented sentences;
# a new alternative of _OCCASION_BEFORE needs its opening word here too (the test reads the
# pattern's alternatives and fails when one opens with a word this does not find).
_OCCASION_OPENING = re.compile(r"\b(?:Hari|memperingati|peringatan|dalam|commemorat|jatuh|falls)")


class _SentenceScan:
    """What :func:`_score` and :func:`_mention` ask of a sentence's text before each date,
    read once per sentence instead of once per date (each question rescanned the sentence
    from its start, so a long sentence with many dates took time in the square of its length).

    Why the answers are the same as the old per-date reads, for every text:

    - ``event_clause`` is ``EVENT_CLAUSE.search(text)`` of the same text: pure, so one read.
    - ``in_quote(start)`` equals ``_in_quote(text[:start])``: each ``count`` of a
      one-character mark in ``text[:start]`` is the number of its positions below ``start``,
      which ``bisect_left`` on the sorted positions gives.
    - ``occasion_before(start)`` equals ``bool(_OCCASION_BEFORE.search(text[:start]))``:
      ``search`` tries ``pattern.match`` at every position ``p`` in ``0..start``, and a match
      must open with one of the words of ``_OCCASION_OPENING`` at a word boundary; those
      words are runs of word characters, so two of their occurrences never overlap (no
      boundary stands inside a run) and ``finditer`` yields every such ``p``. At each,
      ``pattern.match(text, p, start)`` reads ``text`` as if it ended at ``start`` (``$``
      holds there, nothing after it is seen) and, as ``\b`` at ``p`` looks at ``text[p-1]``,
      which ``text[:start]`` holds too, it answers as the match at ``p`` in the slice.
    """

    __slots__ = ("text", "event_clause", "_opens", "_closes", "_straight", "_occasions")

    def __init__(self, text: str) -> None:
        self.text = text
        self.event_clause = EVENT_CLAUSE.search(text) is not None
        self._opens = [i for i, c in enumerate(text) if c == "“"] if "“" in text else []
        self._closes = [i for i, c in enumerate(text) if c == "”"] if "”" in text else []
        self._straight = [i for i, c in enumerate(text) if c == '"'] if '"' in text else []
        self._occasions = [m.start() for m in _OCCASION_OPENING.finditer(text)]

    def in_quote(self, start: int) -> bool:
        return (bisect_left(self._opens, start) > bisect_left(self._closes, start)
                or bisect_left(self._straight, start) % 2 == 1)

    def occasion_before(self, start: int) -> bool:
        text = self.text
        return any(_OCCASION_BEFORE.match(text, p, start) is not None
                   for p in self._occasions[:bisect_right(self._occasions, start)])


_STAMP_REST = re.compile(r"(?:[A-Z][\w.-]*\s*){0,3}[,|–—-]?\s*(?:\w+\s*,?\s*)?")


def _page_stamp(text: str, match: re.Match[str]) -> bool:
    """The date stands alone on its line, at most after a name ("Kamis, September 19, 2024",
    "Warta Kota, Jumat 29 Maret 2024"): with its weekday, a page's date stamp, the day it was
    shown, which yields to a date in a sentence (a town before a date without a weekday,
    "Batam, 30 Januari 2021.", is a report's dateline and keeps its weight)."""
    before, after = text[:match.start()].strip(), text[match.end():].strip(" .")
    return (not after and bool(_STAMP_REST.fullmatch(before)) and "\n" not in text.strip()
            and not EVENT_CLAUSE.search(before))


_DASH_AFTER = re.compile(r"\s*[–—-]\s")


def _release_dateline(text: str, match: re.Match[str], weekday: int | None) -> bool:
    """The full date opens its line after at most a town and is followed by a dash ("Kota Uji,
    3 Mei 2021 — Dinas Uji menggelar ...", "May 3, 2021 – Kota Uji — ..."): a press release's
    dateline, the day it was issued, which is often the day after the event it reports. A
    weekday before it makes it a page's date stamp instead (see :func:`_page_stamp`)."""
    if weekday is not None or not match.groupdict().get("y") or not _DASH_AFTER.match(
            text, match.end()):
        return False
    line = text[text.rfind("\n", 0, match.start()) + 1:match.start()]
    return bool(_STAMP_REST.fullmatch(line)) and not EVENT_CLAUSE.search(line)


def _score(text: str, match: re.Match[str], weekday: int | None, future: bool,
           short_range: bool, start: int | None = None,
           scan: _SentenceScan | None = None) -> float:
    """The date's score; ``start`` is where it begins when a list of days opens it;
    ``scan``: the sentence's :class:`_SentenceScan` (made here when not given)."""
    start = match.start() if start is None else start
    if scan is None or scan.text is not text:
        scan = _SentenceScan(text)
    event_clause = scan.event_clause
    before = text[max(0, start - 40):start]
    after = text[match.end():match.end() + 40]
    score = 0.0
    if weekday is not None:
        score += 2
    if _LEAD_IN.search(before):
        score += 1.5
        if _HELD_ON.search(before):
            score += 1
    if _TIME_AFTER.match(after):
        score += 1
    if event_clause:
        score += 1
    # a date in brackets is set off from the words before it, so a dash there is a
    # dateline's ("Kota Uji, Warta Uji – (3/12/2025)"), never the one of a range it ends
    bracketed = text.startswith("(", match.start())
    if not short_range and (_RANGE_AFTER.match(after)
                            or not bracketed and _RANGE_BEFORE.search(before)):
        score -= 3
    if _PAST_AFTER.match(after):
        # "Sabtu (12/6) lalu" in a sentence about the event is how reports date it after the
        # fact; elsewhere "pada 12 Januari lalu" looks back at another occasion.
        score -= 1 if event_clause else 3
    if _RELEASE_BEFORE.search(text[max(0, start - 70):start]):
        score -= 5
    elif _BYLINE_AFTER.match(after):
        score -= 2.5
    if scan.in_quote(start) or scan.occasion_before(start):
        score -= 2
    if future:
        score -= 3
    if _RECURRING_BEFORE.search(before):
        score -= 4
    if weekday is not None and _page_stamp(text, match):
        score -= 2
    return score


_DOTTED_WORD = re.compile(r"[\w.]+")
"""A word with its full stops: an abbreviated head ("Jl.", "Univ.") stays one word."""


def _in_a_name(text: str, start: int) -> bool:
    """The number is part of a name: "Universitas 17 Agustus", "Jalan 10 November"."""
    words = _DOTTED_WORD.findall(text[max(0, start - 20):start])
    return (bool(words) and words[-1][:1].isupper()
            and words[-1].rstrip(".").casefold() in phrase_set("org_head"))


def _future_near(future_spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """A later-event cue close before the date ("berikutnya bakal digelar, Senin 7 Maret")
    or right after it ("Kamis (9/6) mendatang"); one elsewhere in a long sentence ("Pemilu
    2024 mendatang") says nothing about this date."""
    return any(start - 80 <= b <= start or end <= a <= end + 25 for a, b in future_spans)


def _mention(match: re.Match[str], sentence: Sentence, future_spans: list[tuple[int, int]],
             scan: _SentenceScan | None = None) -> DateMention | None:
    groups = match.groupdict()
    month = months().get((groups.get("m") or "").casefold()) if groups.get("m") else None
    day = int(groups["d"]) if groups.get("d") else None
    year = int(groups["y"]) if groups.get("y") else None
    if groups.get("typo"):
        month = misspelt_month(groups["typo"].casefold())
    if month is None and groups.get("mn"):
        month = int(groups["mn"])
        if month > 12 and day is not None and day <= 12 and year is not None and not groups.get(
                "d2"):
            # "(07/21/2021)": a full date whose second number cannot be a month is written
            # month first, as English reports do; the order is then beyond doubt
            day, month = month, day
    if year is not None and year < 100:
        year += 2000
    if month is None or not 1 <= month <= 12 or (day is not None and not 1 <= day <= 31):
        return None
    if year is not None and not 1990 <= year <= 2100:
        return None
    text = sentence.text
    if _in_a_name(text, match.start()):
        return None
    found_day = _weekday_before().search(text[max(0, match.start() - 25):match.start()])
    weekday = weekdays()[found_day.group("day").casefold()] if found_day else None
    if weekday is None and (groups.get("bare") is not None or groups.get("short") is not None
                            or (groups.get("d2") and groups.get("mn") and year is None)):
        return None
    start = match.start()
    listed = _DAY_LIST_BEFORE.search(text, max(0, start - 24), start) if groups.get("m") \
        and day is not None and weekday is None else None
    if listed is not None and int(listed.group("first")) < day:
        # "tanggal 25, 30 November 2020": the days share the month written after the last;
        # the first is the event's first session
        day, start = int(listed.group("first")), listed.start()
    after = text[match.end():match.end() + 40]
    future = _future_near(future_spans, start, match.end())
    through = _short_range(match, after, month, day)
    if scan is None or scan.text is not text:
        scan = _SentenceScan(text)
    score = _score(text, match, weekday, future, through is not None, start, scan)
    elsewhere = future or bool(scan.occasion_before(start)
                               or _RECURRING_BEFORE.search(text[max(0, start - 40):start]))
    return DateMention(year, month, day, start, match.end(), sentence.index, score, weekday,
                       through, elsewhere, _release_dateline(text, match, weekday))


@lru_cache(maxsize=256)
def misspelt_month(word: str) -> int | None:
    """The month a lower-case ``word`` misspells: one letter left out, added or changed in a
    month name of six letters or more ("desmber", "agutus", "septmber"), and no other month's
    within that. Between a day and a four-digit year no other word stands, so a slip of the
    keyboard there still names the month; short names are left alone, since one letter turns
    one into another word ("maret" into "market") or another month ("juni", "juli")."""
    found = {number for name, number in months().items()
             if len(name) >= 6 and name != word and _one_edit(word, name)}
    return found.pop() if len(found) == 1 else None


def _one_edit(a: str, b: str) -> bool:
    """``a`` and ``b`` differ by one letter left out, added or changed."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1:] == short for i in range(len(long)))


_DIGIT = re.compile(r"\d")
# The forms that name the month (all but the numeric ones): a month name there is a whole
# word, between a space or "(" and a space, "." or ",", so it is one of the sentence's runs
# of letters (in lower case, :func:`~index.lexicon.search_fold`). Most sentences with a digit
# name none, and the forms led by the month try every month name at every position.
_NAMED_MONTH = frozenset({0, 1, 2, 6, 8})
_MISSPELT = 9
"""The form of a misspelt month name (see :func:`misspelt_month`)."""
_LETTERS = re.compile(r"[a-z]+")


@lru_cache(maxsize=1)
def _month_keys() -> frozenset[str] | None:
    """The month names and abbreviations, in lower case; ``None`` if one is not a run of
    letters ("agt." would be), and then every sentence may name a month."""
    keys = frozenset(months())
    return keys if all(_LETTERS.fullmatch(key) for key in keys) else None


def find_dates(sentences: list[Sentence]) -> list[DateMention]:
    """Every day-precise date in the sentences, in text order, scored."""
    found: list[DateMention] = []
    for sentence in sentences:
        if not _DIGIT.search(sentence.text):
            continue
        future = [m.span() for m in phrase_regex("future").finditer(sentence.text)] \
            if sentence.holds_phrase("future") else []
        taken: list[tuple[int, int]] = []
        scan: _SentenceScan | None = None  # made at the sentence's first date
        slash, dash = "/" in sentence.text, any(c in sentence.text for c in "-–—")
        keys = _month_keys()
        named = keys is None or not keys.isdisjoint(_LETTERS.findall(sentence.folded))
        for number, pattern in enumerate(_patterns()):
            if (number in {0, 3} and not dash) or (number in {3, 4, 7} and not slash):
                continue  # the day ranges need a dash, the slashed forms a slash
            if number in _NAMED_MONTH and not named or number == _MISSPELT and named:
                continue  # a sentence that names a month has its dates read by the forms above
            for match in pattern.finditer(sentence.text):
                if any(a < match.end() and match.start() < b for a, b in taken):
                    continue
                if scan is None:
                    scan = _SentenceScan(sentence.text)
                mention = _mention(match, sentence, future, scan)
                if mention is not None:
                    found.append(mention)
                    taken.append((match.start(), match.end()))
    found.sort(key=lambda m: (m.sentence, m.start))
    return found


Span = tuple[int, int, int]
"""(sentence index, start, end) of a date in the text."""


def _elsewhere_spans(dates: list[DateMention], best: DateMention) -> list[Span]:
    """Where the dates of other occasions are, whose years may not be lent to ``best``: the
    year of a congress to come or of an observance day does not date the event ("Siang ini
    (12/4) ... kongres itu akan digelar pada 5-7 Desember 2023"). A weekday written with
    ``best`` checks a borrowed year itself, so then every year may serve (a series' next
    session, "sesi berikutnya bakal digelar Senin 9 Mei 2022", lends one that the weekday
    confirms)."""
    if best.weekday is not None:
        return []
    return [(d.sentence, d.start, d.end) for d in dates if d.elsewhere]


def _year_sources(sentences: list[Sentence], dates: list[DateMention],
                  others: list[Span]) -> list[tuple[int, int]]:
    """(sentence index, year) of every full date and month-year mention outside ``others``."""
    years = [(d.sentence, d.year) for d in dates if d.year is not None
             and (d.sentence, d.start, d.end) not in others]
    for sentence in sentences:
        for match in _month_year().finditer(sentence.text):
            if not any(i == sentence.index and a <= match.start() and match.end() <= b
                       for i, a, b in others):
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
    if any(not d.release and d.score >= 0 for d in candidates):
        # a release's dateline yields to any date in its body that nothing rules out
        candidates = [d for d in candidates if not d.release]
    return max(candidates, key=lambda d: (_range_score(d, candidates), -d.sentence, -d.start))


def _range_score(date: DateMention, candidates: list[DateMention]) -> float:
    """The score of a date that opens a short range raised above those of the other days it
    covers: "pada 14 September sampai 16 September" states the event's days, and a later
    "Rabu (15/9)" or a dateline "March 9" is one of them, so the event's date stays its
    first day."""
    if date.through is None:
        return date.score
    inside = [d.score for d in candidates if d is not date and d.day is not None
              and (date.month, date.day) < (d.month, d.day) <= date.through
              and (d.year is None or date.year is None or d.year == date.year)]
    return max([date.score] + [score + 0.5 for score in inside])


def _pub_year(pub: dt.date, month: int, day: int) -> int:
    """The publication's year, or the one before when the date would fall more than a month
    after publication (an event of late December reported in January)."""
    guess = _valid(pub.year, month, day)
    return pub.year - 1 if guess is not None and (guess - pub).days > 31 else pub.year


_BARE_YEAR = re.compile(r"(?<![\d/.,-])(?:19|20)\d{2}(?![\d/])")
# A regulation's number and year: "Undang-Undang Nomor 11 Tahun 2020", "PP No. 5 Tahun 2019",
# "Perda No 3 Th. 2018". Indonesian laws are cited by number and year of enactment, so the
# year names the law, never the day of an event that discusses it.
_REGULATION_BEFORE = re.compile(r"\b(?:nomor|no)\.?\s*\d+[\w/.-]*\s+(?:tahun|th)\.?\s+$",
                                re.IGNORECASE)
# A class year: the year a person studied or graduated, never an event's. An alumnus's degree
# and year in brackets ("Rina Uji (MSc 2016)", "(S.Pd 2019)") or a year after a cohort word
# ("angkatan 2019", "alumni 2015", "class of 2016").
_COHORT_BEFORE = re.compile(r"\b(?:angkatan|alumni|alumnus|lulusan|class\s+of|cohort|batch)\s+$",
                            re.IGNORECASE)
_BRACKET_NOTE = re.compile(r"\(\s*(?P<word>[\w.]{2,8})\s+$")
_CLOSE_AFTER = re.compile(r"\s*\)")
# Master's and bachelor's degrees of any subject share one shape: "MSc", "BKin", "MEd", "BCom"
_DEGREE_SHAPE = re.compile(r"(?:B|M|Ph|D)[A-Z][a-z]{1,4}")


def _class_year(text: str, match: re.Match[str]) -> bool:
    """The year is a class year (see ``_COHORT_BEFORE``) or a regulation's
    (``_REGULATION_BEFORE``)."""
    before = text[max(0, match.start() - 20):match.start()]
    if _COHORT_BEFORE.search(before) or _REGULATION_BEFORE.search(before):
        return True
    note = _BRACKET_NOTE.search(before)
    if note is None or not _CLOSE_AFTER.match(text, match.end()):
        return False
    word = note.group("word")
    return word.rstrip(".").casefold() not in months() and (
        is_degree(word) or bool(_DEGREE_SHAPE.fullmatch(word)))


def _bare_years(sentences: list[Sentence], near: int, others: list[Span]) -> list[int]:
    """The year written on its own ("Literasi Digital 2021") nearest the sentence ``near``,
    outside ``others``, as a list of at most one.

    Only the nearest may serve: a weekday agrees with one year in seven, so letting it choose
    among all the years an article names (a champion's medals "SEA Games 2019 ... Asian Games
    2018 ... 2015") would find one by chance; several different years equally near leave none.
    Years before 1990 (a founding year in a name, "Universitas 17 Agustus 1945") and class
    years (see :func:`_class_year`) are never an event's."""
    found = sorted((abs(s.index - near), int(m.group())) for s in sentences
                   for m in _BARE_YEAR.finditer(s.text)
                   if int(m.group()) >= 1990 and not _class_year(s.text, m)
                   and not any(i == s.index and a <= m.start() < b for i, a, b in others))
    if not found:
        return []
    nearest = {year for distance, year in found if distance == found[0][0]}
    return list(nearest) if len(nearest) == 1 else []


def _year_candidates(sentences: list[Sentence], dates: list[DateMention], best: DateMention,
                     pub: dt.date | None) -> list[int]:
    """Years a date written without one may have, most trusted first: the publication's, then
    those of the nearest full dates and month-year mentions."""
    years = [_pub_year(pub, best.month, best.day or 1)] if pub is not None else []
    sources = sorted(_year_sources(sentences, dates, _elsewhere_spans(dates, best)),
                     key=lambda s: abs(s[0] - best.sentence))
    years += [year for _, year in sources]
    return years


def _own_year(sentences: list[Sentence], best: DateMention, others: list[Span]) -> list[int]:
    """With no other year in the text, the year written on its own in the date's own sentence
    ("Slawi (3/11) — Bawaslu menggelar Diskusi ... Tahun 2025"), else in the report's first
    sentence, its headline ("Kampus Uji Gelar Webinar Hari Laut Sedunia 2020", then "Kota Uji
    (9/6), ..."): both name the event the date belongs to. A year further off may be any
    occasion's."""
    own = [y for y in _bare_years(sentences, best.sentence, others)
           if any(s.index == best.sentence and str(y) in s.text for s in sentences)]
    if own or not sentences or sentences[0].index >= best.sentence:
        return own
    return _bare_years(sentences[:1], sentences[0].index, others)


def event_date(sentences: list[Sentence], published: str | None = None,
               dates: list[DateMention] | None = None) -> str | None:
    """The ISO date of the event the sentences report, or ``None`` if it cannot be told.

    A year written with the date is kept, even when the weekday beside it disagrees (the text
    is reported as written). A missing year is borrowed (see :func:`_year_candidates`); when a
    weekday is written, only a year on which the date falls on that weekday is taken, and
    years written on their own ("webinar literasi digital 2021") may then serve too. No
    agreeing year leaves the date unknown.
    """
    if dates is None:
        dates = find_dates(sentences)
    best = best_date(dates)
    if best is None or best.day is None:
        return None
    if best.year is not None:
        date = _valid(best.year, best.month, best.day)
        return date.isoformat() if date else None
    pub = _parse_iso(published) or _stamped_month(sentences)
    candidates = _year_candidates(sentences, dates, best, pub)
    others = _elsewhere_spans(dates, best)
    if best.weekday is None:
        if not candidates:
            candidates = _own_year(sentences, best, others)
        date = _valid(candidates[0], best.month, best.day) if candidates else None
        return date.isoformat() if date else None
    for year in candidates + _bare_years(sentences, best.sentence, others):
        date = _valid(year, best.month, best.day)
        if date is not None and date.weekday() == best.weekday:
            return date.isoformat()
    return None


# A page's date field that opens the text ("date 2021-12 JAKARTA - ..."): the year and month
# it was published, as a page shows its metadata before the body.
_DATE_FIELD = re.compile(r"\s*date\s+(?P<y>(?:19|20)\d{2})-(?P<m>\d{2})\b")


def _stamped_month(sentences: list[Sentence]) -> dt.date | None:
    """The first day of the month a date field opening the text names (``_DATE_FIELD``), when
    the page came without its publication date."""
    found = _DATE_FIELD.match(sentences[0].text) if sentences else None
    return _valid(int(found.group("y")), int(found.group("m")), 1) if found else None


def _parse_iso(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None
