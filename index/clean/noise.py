"""Line-level boilerplate: the paragraphs and tails that generic extractors keep.

Everything here looks at one paragraph's text, never at the page: "Baca juga: ..." inserts,
"ADVERTISEMENT", "Scroll to continue with content", "Halaman selanjutnya", bylines and
credits ("Editor: ...", "Penulis: ...", "Kontributor Lhokseumawe, ..."), share prompts, and
the reporter/editor codes that close Indonesian articles ("(kpl/pur/tch)", "(E-2)",
"(Cas/Isk)", "(ant)"). The phrases are data (``clean_noise_lines.txt``,
``clean_tail_codes.txt``); this module only decides how they apply:

* a noise *line* must match the whole paragraph, and a paragraph longer than
  :data:`MAX_NOISE_LINE` characters is never dropped by a phrase, so prose that happens to
  start with "Lihat juga ..." survives;
* a *tail code* is cut from the end of the last paragraph only after a sentence end (a
  closing "***" or "--" in between goes with it, and a full stop after it), so an acronym
  closing a sentence ("... Organisasi Kesehatan Dunia (WHO)") is kept;
* a *dateline* ("Palembang, BP-", "JAKARTA, KOMPAS.com -") written as its own line is
  joined to the paragraph it introduces.
"""

from __future__ import annotations

import re
from functools import lru_cache

from index.resources import word_list

MAX_NOISE_LINE = 300
MAX_TAIL_CODES = 80
"""Sign-off codes take fewer characters than this ("*** (ant/xyz) (H-4)")."""
_CODE_LEADERS = " *-–—=~"
"""Marks some sites put between the last sentence and the code ("... kata dia. *** (H-4)")."""
_SENTENCE_END = re.compile(r"""[.!?…"'”’)\]]\s*$""")
_DATELINE = re.compile(
    r"^[A-Z][\w.'’ ]{1,40}(?:,\s*[\w.()/ ]{1,40})?\s*(?:\([\w ./]{2,30}\))?\s*[-–—:]+$"
)
_BYLINE = re.compile(
    r"^(?:penulis|reporter|pewarta|wartawan|oleh|by|written by|kontributor [\w .]+,)"
    r"\s*:?\s*(?P<names>[^:]{2,80})$",
    re.IGNORECASE,
)
_NAME_SPLIT = re.compile(r"\s*(?:,|&|\band\b|\bdan\b|/)\s*", re.IGNORECASE)


@lru_cache(maxsize=1)
def _noise_lines() -> re.Pattern[str]:
    patterns = (f"(?:{p})" for p in word_list("clean_noise_lines.txt"))
    return re.compile("|".join(patterns), re.IGNORECASE)


@lru_cache(maxsize=1)
def _tail_codes() -> re.Pattern[str]:
    codes = "|".join(f"(?:{p})" for p in word_list("clean_tail_codes.txt"))
    return re.compile(rf"(?:\s*(?:{codes}))+\s*\.?\s*$")


def is_noise_line(text: str) -> bool:
    """Whether the whole paragraph is an insert, an ad label, a byline or a share prompt."""
    if len(text) > MAX_NOISE_LINE:
        return False
    return _is_noise_line(text)


@lru_cache(maxsize=8192)
def _is_noise_line(text: str) -> bool:
    # Cached: the body search and the paragraph filter ask about the same blocks, and menus,
    # share bars and inserts repeat across the pages of a site.
    return _noise_lines().fullmatch(text.strip(" \t-–—|•·*")) is not None


def is_tail_code(text: str) -> bool:
    """Whether the paragraph is nothing but sign-off codes, e.g. "(kpl/pur/tch)"."""
    return 0 < len(text) <= MAX_TAIL_CODES and _tail_codes().fullmatch(" " + text) is not None


def strip_tail_code(text: str) -> str:
    """``text`` without the sign-off codes at its end (when they follow a sentence end).

    Only the last :data:`MAX_TAIL_CODES` characters are searched: a run of codes is short,
    and a search over a whole hostile paragraph of "(ab) (ab) ..." would be quadratic.
    """
    offset = max(0, len(text) - MAX_TAIL_CODES)
    match = _tail_codes().search(text, offset)
    if not match:
        return text
    head = text[:match.start()].rstrip().rstrip(_CODE_LEADERS).rstrip()
    if head and not _SENTENCE_END.search(head):
        return text
    return head


def is_dateline(text: str) -> bool:
    """A line that only introduces the first paragraph: "JAKARTA, KOMPAS.com -"."""
    return len(text) <= 60 and _DATELINE.match(text) is not None


def byline_names(text: str) -> list[str]:
    """The people a byline names ("Pewarta: Ani Setia dan Budi" -> both), else ``[]``."""
    match = _BYLINE.match(text.strip())
    if not match:
        return []
    names = []
    for part in _NAME_SPLIT.split(match.group("names")):
        part = part.strip(" .;-")
        if part and len(part.split()) <= 5 and not any(ch.isdigit() for ch in part):
            names.append(part)
    return names
