"""Where a position written after a name ends (invented sentences; round 4 of the fresh sets)."""

from __future__ import annotations

import pytest

from index.extract.people_2_positions import position_after


@pytest.mark.parametrize(("tail", "expected"), [
    # a personal pronoun after a comma is the next clause's subject
    (", Ketua Kelompok Sadar Wisata Desa Wonorejo, beliau menjelaskan arah wisata desa.",
     "Ketua Kelompok Sadar Wisata Desa Wonorejo"),
    (", Spesialis Energi Terbarukan, ia memaparkan peluang surya atap.",
     "Spesialis Energi Terbarukan"),
    # the event after a comma, lower case, opens a new clause too
    (" selaku Ketua Kwartir Cabang Sleman, acara ini resmi dibuka.",
     "Ketua Kwartir Cabang Sleman"),
    (", Sekretaris II Asosiasi Guru Bahasa Daerah Jawa Tengah, webinar berlangsung hangat.",
     "Sekretaris II Asosiasi Guru Bahasa Daerah Jawa Tengah"),
    # the event the person spoke at is where they spoke, not their job
    (", peneliti Fakultas Teknik Universitas Uji pada seminar internasional menyebut ...",
     "peneliti Fakultas Teknik Universitas Uji"),
    (", Dosen Fakultas Hukum Universitas Uji dalam sesi kedua menyoroti ...",
     "Dosen Fakultas Hukum Universitas Uji"),
    # "dan" before an aspect word is a predicate, not a second job
    (", Ketua Forum Pemuda Kabupaten Uji dan sedang menempuh studi doktoral.",
     "Ketua Forum Pemuda Kabupaten Uji"),
])
def test_a_position_ends_where_a_new_clause_or_the_event_begins(tail: str,
                                                                 expected: str) -> None:
    assert position_after(tail) == expected


def test_a_second_job_after_dan_is_kept() -> None:
    assert position_after(", Dosen Universitas Uji dan Ketua Forum Dosen Muda.") == \
        "Dosen Universitas Uji dan Ketua Forum Dosen Muda"
