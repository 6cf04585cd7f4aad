"""The committee's report at the opening: a programme item, not organisers talking.

Reported speech drops the committee ("Ketua panitia, A, mengatakan webinar ini diikuti ...",
:mod:`index.extract.speakers`): what organisers say about their own event is coverage, not
the programme. One committee statement is a programme item all the same: the report of the
committee chair ("laporan ketua panitia") that Indonesian opening ceremonies schedule right
after the anthem and before the welcome, which coverage writes with the verb or noun of
reporting ("A selaku panitia melaporkan bahwa ...", "A dalam laporannya menyampaikan ..."),
or a statement placed at the opening ceremony itself ("A, saat seremonial pembukaan
kegiatan, menjelaskan ..."). Such a chair is listed as `other` (remarks with no stated role).
"""

from __future__ import annotations

import re

# Right after the person's name and position, before or as the verb of saying: the report
# ("melaporkan", "dalam laporannya", "menyampaikan laporan") or the opening ceremony
# ("saat seremonial pembukaan", "pada upacara pembukaan", "dalam acara pembukaan").
_REPORT = re.compile(
    r"\W{0,3}(?:[\w.’'-]+[\s,]+){0,4}?(?:melaporkan|(?:dalam|pada)\s+laporan(?:nya)?|"
    r"(?:menyampaikan|membacakan)\s+laporan|(?:saat|ketika|pada|dalam)\s+(?:acara\s+|"
    r"seremoni(?:al)?\s+|upacara\s+|sesi\s+)?pembukaan)\b",
    re.IGNORECASE)


def committee_report(text: str, end: int) -> bool:
    """Whether what follows the person who ends at ``end`` in ``text`` (at most a few words
    of their position first) says they gave the committee's report or spoke at the opening
    ceremony: a committee member doing so is on the programme."""
    return _REPORT.match(text, end) is not None
