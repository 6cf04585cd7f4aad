"""A name of dictionary words written only right after a common noun of the dictionary
("Tim Jaga Mutu", "Desa Wisata Umbul Sari") is the tail of a body's name, not a person; the
same words after a job head or a place ("Jurnalis Agung Jaya") are a name.

Every sentence is invented for these tests (fictional people, places and bodies).
"""

from __future__ import annotations

from index.extract.compound_tails import without_compound_tails
from index.model import Speaker

_TEXT = ("Turut hadir Ketua Tim Jaga Mutu dan Jaga Biaya Daerah dr Rina Wati, serta "
         "Sekretaris Desa Wisata Umbul Sari, Hendra Wirawan. Acara dipandu Jurnalis Agung "
         "Jaya.")


def _names(*names: str) -> list[str]:
    speakers = [Speaker(n, name_as_written=n) for n in names]
    return [s.name for s in without_compound_tails(speakers, _TEXT)]


def test_a_pair_after_a_common_noun_is_a_tail() -> None:
    assert _names("Jaga Mutu", "Umbul Sari", "Rina Wati") == ["Rina Wati"]


def test_the_same_shape_after_a_job_head_is_a_name() -> None:
    assert _names("Agung Jaya", "Hendra Wirawan") == ["Agung Jaya", "Hendra Wirawan"]
