"""Office units abbreviated with a full stop (Dit., Subdit., Bag., Fak., ...) sit inside a
position; the sentence, and the list it holds, goes on after them (fails without the
abbreviations.txt class)."""

from __future__ import annotations

from extract_people import HELD, people


def test_abbreviated_office_unit_does_not_end_the_sentence() -> None:
    """"Subdit Pelayanan Dit. Kependudukan": the list goes on after the unit."""
    found = people(HELD + "Webinar menghadirkan narasumber Rina Kartika, Kepala Subdit "
                   "Pelayanan Dit. Kependudukan Desa, dan Yusuf Prasetyo, Kepala Seksi "
                   "Kewenangan Desa, Ditjen Bina Desa.")
    assert found["Rina Kartika"].position == "Kepala Subdit Pelayanan Dit. Kependudukan Desa"
    assert "Yusuf Prasetyo" in found
