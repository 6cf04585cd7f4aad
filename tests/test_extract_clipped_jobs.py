"""A clipped job glued before part of a name ("Kadis Wirawan", "Wamenpar Sulistyo Hadi") is
the job of the speaker the article names in full, not a second person.

Every sentence is invented for these tests (fictional people, places and bodies).
"""

from __future__ import annotations

from extract_people import HELD, people

from index.extract.clipped_jobs import without_clipped_jobs
from index.model import Speaker


def test_a_clip_of_the_job_before_a_part_of_the_full_name_is_no_person() -> None:
    found = people(HELD + "Diskusi itu menghadirkan Sekretaris Dinas Arsip Kabupaten Tanjung "
                          "Uji, Ketut Warsana Yasa, sebagai pembicara.\n\nLanjut ke sesi tanya "
                          "jawab, Sekdis Warsana sebagai pembicara memaparkan cara menata arsip.")
    assert list(found) == ["Ketut Warsana Yasa"]


def test_a_clip_before_the_first_names_of_a_minister() -> None:
    found = people(HELD + "Webinar itu dibuka Wakil Menteri Pariwisata Sulistyo Hadi Pranoto."
                          "\n\n\u201cDesa harus bangkit,\u201d ungkap Wamenpar Sulistyo Hadi "
                          "sebagai pembicara kunci.")
    assert list(found) == ["Sulistyo Hadi Pranoto"]


def test_a_clip_of_three_words_before_the_first_names() -> None:
    speakers = [Speaker("Sulistyo Hadi Pranoto", position="Wakil Menteri Pariwisata"),
                Speaker("Wamenpar Sulistyo Hadi", talk_title="ekspor produk desa")]
    kept = without_clipped_jobs(speakers)
    assert [s.name for s in kept] == ["Sulistyo Hadi Pranoto"]
    assert kept[0].talk_title == "ekspor produk desa"


def test_a_namesake_whose_first_name_spells_no_job_stays() -> None:
    speakers = [Speaker("Dedi Hidayat Saputra", position="Kepala Dinas Sosial"),
                Speaker("Rahmat Hidayat", position="Dosen Universitas Uji")]
    assert len(without_clipped_jobs(speakers)) == 2
