"""A second office joined by "yang juga", and degrees known by their shape (invented
sentences; round 7 of the fresh sets)."""

from __future__ import annotations

import pytest

from index.extract.people_2_after import position_after
from index.extract.people_3_phrase import parse_person


@pytest.mark.parametrize(("tail", "expected"), [
    # "yang juga" before a capitalised job: a second office, kept as written
    (", Kepala SMP Negeri 4 Tanjung Uji yang juga Ketua Forum Guru Kota Uji, untuk "
     "menyampaikan materi", "Kepala SMP Negeri 4 Tanjung Uji yang juga Ketua Forum Guru Kota Uji"),
    # "yang juga menjadi" / "yang juga sebagai" before a noun
    (", seorang apoteker yang juga menjadi anggota panitia Pekan Sains Uji.",
     "apoteker yang juga menjadi anggota panitia Pekan Sains Uji"),
    (" dari Universitas Tanah Uji yang juga sebagai Ketua Komisi Perpustakaan Daerah",
     "Universitas Tanah Uji yang juga sebagai Ketua Komisi Perpustakaan Daerah"),
    # after a closing parenthesis
    (" dari Koperasi Maju (Kelompok Usaha Maju), yang juga merupakan tenaga ahli Dinas "
     "Koperasi Uji", "Koperasi Maju (Kelompok Usaha Maju), yang juga merupakan tenaga ahli "
     "Dinas Koperasi Uji"),
    # ... but not a role on the programme, nor a verb
    (" selaku Ketua Panitia yang juga hadir sebagai narasumber menyampaikan", "Ketua Panitia"),
    (", Ketua Panitia yang juga sebagai moderator menyampaikan", "Ketua Panitia"),
    (", Ketua Panitia yang juga menjadi salah satu pemateri", "Ketua Panitia"),
])
def test_a_second_office_after_yang_juga(tail: str, expected: str) -> None:
    assert position_after(tail) == expected


def test_a_purpose_clause_is_no_part_of_the_job() -> None:
    assert position_after(", Penyuluh Pertanian Kecamatan Uji, untuk membawakan materi") == \
        "Penyuluh Pertanian Kecamatan Uji"


@pytest.mark.parametrize(("text", "name", "position"), [
    # a degree without full stops: level letter, then its field
    ("Pendeta Muda Karin Wulan Tumbel STh, dan", "Karin Wulan Tumbel", "Pendeta Muda"),
    ("dosen UIN Tanah Uji Dr Ahmad Rosyid MMg. Acara", "Ahmad Rosyid", "dosen UIN Tanah Uji"),
    # a medical specialist's degree with its sub-specialty
    ("Ketua Panitia dr Nanda Lubis SpTHT-KL (K) yang juga hadir", "Nanda Lubis", "Ketua Panitia"),
    ("Direktur RS Uji dr Rudi Hasibuan SpPD-KKV SpJP (K) pada dialog", "Rudi Hasibuan",
     "Direktur RS Uji"),
    ("dr Bima Luther MKed (OG) SpOG(K). Acara", "Bima Luther", None),
])
def test_degrees_known_by_their_shape_are_no_position(text: str, name: str,
                                                      position: str | None) -> None:
    person = parse_person(text)
    assert person is not None
    assert (person.name, person.position) == (name, position)
