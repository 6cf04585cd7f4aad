"""The per-sentence scan of dates.py answers as the per-date rescans it replaced."""

from __future__ import annotations

import random

from index.extract.dates import (
    _OCCASION_BEFORE,
    _OCCASION_OPENING,
    EVENT_CLAUSE,
    _in_quote,
    _SentenceScan,
)

try:  # (the regex parser, to read the pattern's alternatives: its module moved in 3.11)
    from re import _constants as _CONST
    from re import _parser as _PARSER
except ImportError:  # Python 3.10
    import sre_constants as _CONST  # type: ignore[no-redef]
    import sre_parse as _PARSER  # type: ignore[no-redef]

PIECES = ["Hari", "Hari Guru Nasional", "Hari  Pahlawan ", "hari", "memperingati", "peringatan",
          "dalam rangka", "dalam", "rangka", "commemorating", "jatuh pada", "jatuh pada tanggal",
          "falls on", "Falls", "webinar", "acara", "“", "”", "\"", ",", ".", "\n", " ", "  ",
          "Sabtu", "12", "Mei", "2024", "xHari", "Harian", "Hari-Hari", "Kemerdekaan", "RI",
          "di", "Kota", "Uji", "setiap"]


def _sentences(count: int) -> list[str]:
    rng = random.Random(17)
    return ["".join(rng.choice(PIECES) + rng.choice(["", " ", " ", "\n"])
                    for _ in range(rng.randint(0, 40))) for _ in range(count)]


def test_scan_answers_as_the_slices() -> None:
    for text in _sentences(400) + ["Hari Guru 12", "dalam rangka Hari Kartini ", ""]:
        scan = _SentenceScan(text)
        assert scan.event_clause == (EVENT_CLAUSE.search(text) is not None)
        for start in range(len(text) + 1):
            before = text[:start]
            assert scan.in_quote(start) == _in_quote(before), (text, start)
            assert scan.occasion_before(start) == bool(_OCCASION_BEFORE.search(before)), (
                text, start)


def _openings(items: list[tuple[object, object]]) -> set[str]:
    """The literal text each path through a parsed pattern opens with (up to its first item
    that is not a literal character, a zero-width test, a group or a branch)."""
    prefix = ""
    for k, (op, av) in enumerate(items):
        rest = list(items[k + 1:])
        if op is _CONST.LITERAL:
            prefix += chr(av)  # type: ignore[arg-type]
        elif op is _CONST.AT:
            continue
        elif op is _CONST.BRANCH:
            return {prefix + o for branch in av[1] for o in _openings(list(branch) + rest)}  # type: ignore[index]
        elif op is _CONST.SUBPATTERN:
            return {prefix + o for o in _openings(list(av[3]) + rest)}  # type: ignore[index]
        else:
            break
    return {prefix}


def test_every_alternative_of_the_occasion_pattern_opens_with_a_scanned_word() -> None:
    """The scan tries _OCCASION_BEFORE only where _OCCASION_OPENING finds a word: an
    alternative added to the pattern with a new opening word must be added there too, or
    the scan would miss it (the two are written apart; this keeps them in step)."""
    openings = _openings(list(_PARSER.parse(_OCCASION_BEFORE.pattern).data))
    assert len(openings) >= 6
    for opening in openings:
        assert _OCCASION_OPENING.match(opening), opening
