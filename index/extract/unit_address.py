"""An administrative address written with commas after a job: part of the job.

Indonesian officials of villages, districts and regencies are named with the chain of units
their office sits in, smallest first, each set off by a comma: "Kepala Desa X, Kecamatan Y,
Kabupaten Z, A"; "Kepala SMA Negeri 1 X, Kabupaten Y, Provinsi Z". Each piece opens with
the word of an administrative level (desa, kelurahan, kecamatan, kabupaten, kota,
provinsi) or is a place the gazetteer knows; a run of such pieces up to the name says where
the office before it is, and it belongs to the job, as one place after a comma already does
("Dekan X Kupang, Nusa Tenggara Timur, A": people_2_positions).

See docs/ARCHITECTURE.md (people_2_positions reads the job before a name).
"""

from __future__ import annotations

from .gazetteer import place_at

UNITS = frozenset({"desa", "kelurahan", "kecamatan", "kabupaten", "kab", "kota", "provinsi",
                    "prov", "distrik", "nagari", "gampong", "dusun"})
"""Words of the administrative levels that open the name of a unit."""


def unit_address(words: list[str]) -> bool:
    """``words`` (the tokens after a comma, up to the name) are an address: pieces parted by
    commas, each an administrative level and one to three capitalised words ("Kecamatan
    Maju Jaya"), or a place named whole ("Sumatera Barat")."""
    if not words or words[0].rstrip(".").casefold() not in UNITS:
        return False  # the first piece names a level: a known town alone may be a body's
    piece: list[str] = []
    for word in [*words, ","]:
        if word != ",":
            piece.append(word)
            continue
        if not piece:
            return False
        if piece[0].rstrip(".").casefold() in UNITS:
            if not 2 <= len(piece) <= 4 or not all(w[:1].isupper() for w in piece[1:]):
                return False
        elif place_at(piece) != len(piece):
            return False
        piece = []
    return True
