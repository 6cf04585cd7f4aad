"""A campus named after a historical figure: "UIN Raden X", "IAIN Syekh Y", "UIN Siber Syekh Z".

Islamic state universities and many private campuses carry the name of a sultan, a saint or
a nobleman, written with the figure's title: "Raden", "Syekh", "Sunan", "Sultan", "Pangeran",
"Maulana". A head noun of a campus ("UIN", "Universitas", "Institut") takes a name of its
own, so a titled name that follows it directly, or after the plain words of the campus's
kind ("UIN Siber", "Universitas Islam"), is that name, not a person present: the person
stands elsewhere in the phrase, set off by a comma or after the campus's town. (The same
holds of hospitals and streets, read with ``eponym_head`` in :mod:`people_3_phrase`.) Only
the titles of historical figures are read so: a living person after a bare campus head is
written with an academic title ("Rektor Universitas Prof. X"), which is left alone.
"""

from __future__ import annotations

from index.lexicon import not_name_words

from .people_1_runs import Run, Token

# The titles of the sultans, saints and noblemen that campuses are named after.
_FIGURE_TITLES = frozenset({
    "raden", "syekh", "syeikh", "syech", "sheikh", "sunan", "sultan", "pangeran", "maulana"})

# Head nouns of a campus (the body, not the job), as written before its proper name.
_CAMPUS_HEADS = frozenset({
    "uin", "iain", "stain", "stai", "iai", "universitas", "university", "universiti",
    "institut", "institute", "politeknik", "akademi", "univ"})

# How many plain words of the campus's kind may stand between its head and the title
# ("UIN Siber Syekh ...", "Universitas Islam Negeri Sunan ...").
_MAX_KIND_WORDS = 3


def campus_namesake(tokens: list[Token], run: Run) -> bool:
    """``run`` is the name of the figure a campus is named after: its first word, or the
    honorific before it, is the title of a historical figure, the run has no degrees, and a
    campus head stands right before the title, or before a few words of prose between
    them ("UIN Siber Syekh Nurhadi Cirebon")."""
    if run.has_degrees or run.handle:
        return False
    title = run.prefix if run.anchored_before else run.first
    if tokens[title].text.rstrip(".").casefold() not in _FIGURE_TITLES:
        return False
    k = title - 1
    while k >= 0 and title - k <= _MAX_KIND_WORDS + 1:
        word = tokens[k].text.rstrip(".").casefold()
        if not tokens[k].text[:1].isupper():
            return False
        if word in _CAMPUS_HEADS:
            return True
        if word not in not_name_words():
            return False  # a name word: the title follows another name, not the head
        k -= 1
    return False
