"""A relative clause on a role noun ("tiga pembicara yang hadir dalam acara, yakni A, B")
describes the noun's people, who follow it: a cue inside the clause ("hadir dalam acara")
opens no list of its own and reads nobody backwards.

Every sentence is invented for these tests (fictional people, places and bodies).
"""

from __future__ import annotations

from extract_people import HELD, people


def test_a_relative_clause_on_the_noun_keeps_its_list() -> None:
    text = HELD + ("Diskusi dipandu oleh Melati Sari, penyiar Radio Pesisir, dengan tiga "
                   "pembicara yang hadir dalam acara yakni : Yosef Manurung selaku Dosen "
                   "Universitas Tanjung Uji, Rahmawati Lubis selaku Ketua Komunitas Baca "
                   "Pesisir.")
    found = people(text)
    assert found["Melati Sari"].role == "moderator"
    assert found["Yosef Manurung"].role == "speaker"
    assert found["Yosef Manurung"].position == "Dosen Universitas Tanjung Uji"
    assert found["Rahmawati Lubis"].role == "speaker"
