"""A run cut by the excerpt's end whose cut tail was read as a one-word job after the name
("... adalah Kotak Obat Pe") is a cut name too, and is left out.

Every sentence is invented for these tests (fictional people, places and bodies).
"""

from __future__ import annotations

from index.extract.cut_names import cut_off
from index.model import Speaker

_LAST = "Pembicara menyebut bahwa bekal penting saat banjir datang adalah Kotak Obat Pe"


def test_a_name_with_a_cut_one_word_job_at_the_end_is_cut() -> None:
    speaker = Speaker("Kotak Obat", position="Pe")
    assert cut_off(speaker, _LAST, "Hendra Wirawan hadir.\n" + _LAST)


def test_a_longer_job_or_a_name_named_elsewhere_is_kept() -> None:
    assert not cut_off(Speaker("Kotak Obat", position="Dinas Pe"), _LAST, _LAST)
    assert not cut_off(Speaker("Kotak Obat", position="Pe"), _LAST, "Kotak Obat tiba.\n" + _LAST)
