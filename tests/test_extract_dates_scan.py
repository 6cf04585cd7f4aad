"""The per-sentence scan of dates.py answers as the per-date rescans it replaced."""

from __future__ import annotations

import random

from index.extract.dates import EVENT_CLAUSE, _OCCASION_BEFORE, _in_quote, _SentenceScan

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
