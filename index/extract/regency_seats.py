"""The seats (ibu kota) of Indonesia's kabupaten: which kabupaten a town is the seat of.

Why: a newsroom in a kabupaten's seat writes the seat, not the kabupaten, in its dateline
("KISARAN -" for Asahan, "SLAWI -" for Tegal). The gazetteer knows the kabupaten and kota
only, so without this list a small town's dateline is either unknown or must be taken on its
shape alone, like an outlet's brand or a rubric ("UJIVOICE -", "KABAR -") written the same
way. The list (``index/data/regency_seats.tsv``, one seat a line with its kabupaten and
province) tells the two apart and gives the seat's kabupaten and province.

A seat is looked up by its letters only: case, spaces and hyphens aside ("Sungai Liat",
"SUNGAILIAT"; "Tanjung Pandan", "Tanjungpandan"), as newsrooms write it either way. A few
seats share a name ("Tanjung", "Martapura"): the lookup returns every kabupaten. The table
is read once, on first use.
"""

from __future__ import annotations

from functools import lru_cache

from index.extract.gazetteer import Place
from index.resources import table

_DROP = str.maketrans("", "", " -‐’'.")


def seat_key(name: str) -> str:
    """``name`` case-folded without spaces, hyphens, apostrophes or dots."""
    return name.casefold().translate(_DROP)


@lru_cache(maxsize=1)
def _seats() -> dict[str, tuple[Place, ...]]:
    seats: dict[str, tuple[Place, ...]] = {}
    for row in table("regency_seats.tsv"):
        key = seat_key(row[0])
        seats[key] = (*seats.get(key, ()), Place("kabupaten", row[1], row[2]))
    return seats


def seat_of(town: str) -> tuple[Place, ...]:
    """The kabupaten whose seat ``town`` is (more than one when seats share the name);
    empty when it is the seat of none."""
    return _seats().get(seat_key(town), ())
