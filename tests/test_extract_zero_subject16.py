"""A presenting verb with no subject of its own ("Selain itu juga mengundang A selaku X"): the
subject the clause drops goes on from the sentence before, which is about the event, so the
guest it names is on the programme as much as the guest of "Kegiatan ini mengundang B"."""

from __future__ import annotations

from extract_people import HELD, people


def test_subjectless_invitation_after_a_connective_names_a_guest() -> None:
    found = people(HELD + "Kegiatan ini mengundang narasumber yaitu Ir. Bayu Santika, M.T. "
                   "selaku Dosen Politeknik Uji. Selain itu juga mengundang Rendra Halimun "
                   "selaku Direktur Biro Hijau Nusantara. Tujuannya menambah wawasan peserta.")
    assert found["Rendra Halimun"].role == "speaker"
    assert found["Rendra Halimun"].position == "Direktur Biro Hijau Nusantara"


def test_subjectless_invitation_of_an_audience_names_no_one() -> None:
    found = people(HELD + "Kegiatan ini mengundang narasumber yaitu Ir. Bayu Santika, M.T. "
                   "selaku Dosen Politeknik Uji. Selain itu juga mengundang masyarakat umum "
                   "dari Kota Lereng untuk hadir.")
    assert list(found) == ["Bayu Santika"]
