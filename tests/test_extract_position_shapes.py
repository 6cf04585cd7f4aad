"""Positions of matched speakers: degree chains by shape (index.extract.degree_runs) and
administrative addresses after a job (index.extract.unit_address).

A run of short abbreviations right after a name ("MSCE., MSEM., Ph.D", "SPi, Mi",
"IPM MEngSc") is a degree chain when it holds a listed degree or continues a name written
with one; it is part of the name as written, never the person's job. Capitals alone after a
degree ("M.Si, BRIN") and a capitalised word after the run ("PMI Pusat") are a body.

Every sentence is invented for these tests (fictional people, places and bodies).
"""

from __future__ import annotations

from extract_people import HELD, people

from index.extract.degree_runs import skip_degree_run


def test_unlisted_degrees_before_a_listed_one_are_no_position() -> None:
    found = people(HELD + "Sesi pertama dipandu oleh moderator Ir. Bonar Tua Simanjuntak, "
                   "MSCE., MSEM., Ph.D. Sesi kedua diisi pemateri Rina Wulandari.\n")
    assert found["Bonar Tua Simanjuntak"].position is None


def test_misspelt_degree_after_a_listed_one_is_no_position() -> None:
    found = people(HELD + "Acara dibuka oleh Kepala Dinas Kominfo, lalu dipandu oleh "
                   "Gilang Ramadhan Saputra SPi, Mi dan menghadirkan pemateri Dewi Lestari "
                   "SE, Ketua Koperasi Maju Bersama.\n")
    assert found["Gilang Ramadhan Saputra"].position is None


def test_run_together_degree_after_listed_one_is_no_second_job() -> None:
    found = people(HELD + "Narasumber yang dihadirkan yakni Ketua Ikatan Ahli Geologi "
                   "Nusantara, Ir Hendra Siregar IPM MGeoSc, dan Kepala Bidang Energi "
                   "Tanjung Uji, Sari Utami.\n")
    assert found["Hendra Siregar"].position == "Ketua Ikatan Ahli Geologi Nusantara"


def test_shape_rules() -> None:
    assert skip_degree_run(", MKn, BRIN", True) == ", BRIN"  # capitals alone: a body
    assert skip_degree_run(", BRIN.", True) == ", BRIN."  # the full stop ends the sentence
    assert skip_degree_run(", PMI Pusat", True) == ", PMI Pusat"
    assert skip_degree_run(", SHI, CEO kedaiku.id", True) == ", CEO kedaiku.id"
    assert skip_degree_run(", MSc in Rural Health", True) == ", MSc in Rural Health"
    assert skip_degree_run(", KataKita", True) == ", KataKita"  # a brand, no degree
    assert skip_degree_run(" AIT RRC.AP menyampaikan", False) == " AIT RRC.AP menyampaikan"


def test_administrative_address_after_a_job_belongs_to_it() -> None:
    found = people(HELD + "Narasumber yang dihadirkan antara lain Kepala Desa Sukorejo, "
                   "Kecamatan Wates Jaya, Kabupaten Tanjung Uji, Bambang Sulistyo. Desa itu "
                   "meraih juara pertama lomba desa digital.\n")
    assert found["Bambang Sulistyo"].position == (
        "Kepala Desa Sukorejo, Kecamatan Wates Jaya, Kabupaten Tanjung Uji")


def test_program_abbreviated_with_a_full_stop_ends_no_sentence() -> None:
    found = people(HELD + "Koordinator Prodi. Tata Boga Dr. Wulan Sari, M.Pd. dalam sambutannya "
                   "menyampaikan perkembangan prodi kepada para peserta.\n")
    assert found["Wulan Sari"].position == "Koordinator Prodi. Tata Boga"
