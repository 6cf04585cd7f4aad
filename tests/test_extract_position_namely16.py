"""A job or a body written before "yaitu"/"yakni" (namely) with more between them and the
name (invented sentences; round 16): the capacity the holder takes part in ("Kepala X
sebagai pembicara ..., yaitu A") and the origin of a role noun ("pembicara kedua dari
Universitas X yakni B") are adjuncts of the noun phrase the name spells out."""

from __future__ import annotations

from extract_people import HELD, people


def test_a_job_before_its_capacity_and_namely() -> None:
    found = people(HELD + "Ikut hadir, Kepala Dinas Perikanan Kabupaten Lumbung Raya sebagai "
                   "pembicara dalam forum malam itu yaitu Teguh Wira Pratama, S.Pi. "
                   "Materi dibawakan oleh Teguh dengan lugas.")
    assert found["Teguh Wira Pratama"].position == (
        "Kepala Dinas Perikanan Kabupaten Lumbung Raya")


def test_the_body_a_role_comes_from_before_namely() -> None:
    found = people(HELD + "Pembicara pertama yaitu Bapak Hendra Gunawan, M.Si dari Politeknik "
                   "Tirta Lestari. Adapun pembicara kedua dari tuan rumah Akademi Bahari "
                   "Sentosa Yakni ibu Wulan Sekar Arum, M.Pd.")
    assert found["Wulan Sekar Arum"].position == "Akademi Bahari Sentosa"


def test_a_town_a_role_comes_from_is_no_body() -> None:
    found = people(HELD + "Pembicara pertama yaitu Bapak Hendra Gunawan, M.Si dari Politeknik "
                   "Tirta Lestari. Adapun pembicara kedua dari Surabaya yakni ibu Wulan Sekar "
                   "Arum, M.Pd.")
    assert found["Wulan Sekar Arum"].position is None
