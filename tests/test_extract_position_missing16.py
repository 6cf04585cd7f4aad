"""Positions the programme readers left out (invented sentences; round 16, third pass):
the body a stand-in speaks for ("A mewakili KNPI"), a job with a demonstrative pointing
back to the one person named before ("Dosen X ini menilai"), and a job fronted before a
nickname stated after a one-word name ("Rudi, S.Pd., yang dikenal dengan sapaan Gus R.
Sebagai Ketua X, Gus R ...")."""

from __future__ import annotations

from extract_people import HELD, people
from index.extract.represented import represented_body


def test_the_body_a_speaker_stands_in_for_is_their_position() -> None:
    found = people(HELD + "Sesi kedua diisi oleh pemateri Bayu Setiadi Nugroho mewakili "
                   "LPKJ dengan membawakan materi keamanan siber.")
    assert found["Bayu Setiadi Nugroho"].position == "LPKJ"


def test_the_body_after_an_office_stood_in_for_is_the_position() -> None:
    found = people(HELD + "Sesi pertama dibuka oleh Bapak Rudi Hartono Wijaya, S.T., M.T., "
                   "mewakili Plt. Kepala Pusat Data Niaga, Kementerian Maritim dan Niaga "
                   "Republik Uji. Ia menjadi narasumber pembuka.")
    assert found["Rudi Hartono Wijaya"].position == "Kementerian Maritim dan Niaga Republik Uji"


def test_an_office_or_a_person_stood_in_for_gives_no_position() -> None:
    assert represented_body(" yang mewakili Dirjen Perikanan Uji menjelaskan") is None
    assert represented_body(" mewakili Rektor UNUJI dan") is None
    assert represented_body(" mewakili Drs. Bima Santosa, S.H., M.Si. selaku Kepala") is None
    assert represented_body(" mewakili Kabupaten Uji Raya") is None  # a place, a government
    assert represented_body(" mewakili Yayasan Pelita Uji dalam") == "Yayasan Pelita Uji"


def test_a_job_with_a_demonstrative_is_the_person_named_before() -> None:
    found = people(HELD + "Narasumber pertama, Dr. Wulan Paramitha Sari, memaparkan materi "
                   "tentang tata kelola desa wisata.\n\nNamun, Dosen Senior Unuji ini "
                   "menilai promosi desa masih lemah.")
    assert found["Wulan Paramitha Sari"].position == "Dosen Senior Unuji"


def test_a_demonstrative_job_after_two_people_is_nobodys() -> None:
    found = people(HELD + "Narasumber webinar adalah Dr. Wulan Paramitha Sari dan Dr. Hendra "
                   "Kusuma Jaya.\n\nNamun, Dosen Senior Unuji ini menilai promosi desa "
                   "masih lemah.")
    assert found["Wulan Paramitha Sari"].position is None
    assert found["Hendra Kusuma Jaya"].position is None


def test_a_nickname_stated_after_a_one_word_name_is_that_person() -> None:
    found = people(HELD + "Materi kedua dibawakan oleh Sutrisno, S.Pd., M.Si., yang dikenal "
                   "dengan sapaan Gus Tris. Sebagai Ketua Forum Literasi Desa Uji, Gus Tris "
                   "menyoroti pentingnya membaca.")
    assert found["Sutrisno"].position == "Ketua Forum Literasi Desa Uji"
