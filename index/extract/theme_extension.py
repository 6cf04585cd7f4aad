"""The full wording of a theme that the article also gives in a clipped form.

An article often states its theme in full once ("dengan tema Hemat Energi, Mulai Dari
Mana? Ayo Cari Tahu") and later quotes only its head ("Tema yang diangkat adalah “Hemat
Energi”"). The quoted head outranks the unquoted full theme, yet it is the same title cut
before its subtitle: a chosen title whose words open another title candidate of the same
article, followed there by a subtitle mark (comma, colon, question or exclamation mark,
dash), is that longer title clipped, and the longer one is the theme as written.
"""

from __future__ import annotations

_SUBTITLE_MARKS = frozenset(",:?!–—-")
_MAX_TAIL = 80  # a subtitle, not a following clause
# a quote closing inside the tail ("Hemat atau boros,” kata Dodi) means the longer
# candidate ran past a quotation into its speech tag
_QUOTE_CLOSES = ("”", "\"", "’")


def fuller_theme(best: str, others: list[str]) -> str:
    """The longest of ``others`` that continues ``best`` after a subtitle mark, else
    ``best``."""
    head = best.rstrip(" ?!.,:").casefold()
    chosen = best
    for other in others:
        if len(other) <= len(chosen) or not other.casefold().startswith(head):
            continue
        tail = other[len(head):].lstrip()
        if tail and tail[0] in _SUBTITLE_MARKS and len(tail) <= _MAX_TAIL and not any(
                map(tail.__contains__, _QUOTE_CLOSES)):
            chosen = other
    return chosen
