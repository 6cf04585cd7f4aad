"""Positions, round 7: what stands between a name and its job is no part of the job.

Degrees written after a name close it, whole classes of them: British-style diplomas of
tropical medicine ("DTM&H"), fellowships ("FISR"), doctorates in capitals ("DBA"), an
Indonesian consultant's sub-specialty mark ("Onk", "KIC") and the old "SU"; titles alone
after a name are no job; an indefinite article after an apposition ("yang merupakan
seorang ...") counts the person; an academic title ending a position opens the next name.

Every sentence is invented for these tests (fictional people, places and bodies).
"""

from __future__ import annotations

import pytest
from extract_people import HELD, people

from index.extract.people_2_positions import position_after
from index.names import is_degree


@pytest.mark.parametrize("degree", ["DTM&H", "DTM&H.", "DTCE", "FISR", "FRCS", "FACS", "DBA",
                                    "DrPH", "MHA", "SU.", "Onk.", "KIC.", "KGEH", "CIQnR.",
                                    "CSBA."])
def test_degree_classes_are_degrees(degree: str) -> None:
    assert is_degree(degree)


def test_medical_diplomas_and_fellowships_close_the_name() -> None:
    found = people(HELD + "Kegiatan ini menghadirkan dua pembicara yakni Prof. dr. Rinaldi "
                   "Kusumo, SpP(K), DTM&H, MARS, FISR, DTCE (Guru Besar FK Unmaju), serta "
                   "Dr. dr. Bambang Sutejo, SH., SpB(K), Onk. (Direktur RS Harapan Uji).")
    assert found["Rinaldi Kusumo"].position == "Guru Besar FK Unmaju"
    assert found["Bambang Sutejo"].position == "Direktur RS Harapan Uji"


def test_a_doctorate_in_capitals_closes_the_name() -> None:
    found = people(HELD + "Webinar menghadirkan pembicara yaitu Kak Drs. Agus Salimun, S.E., "
                   "M.Si., DBA, Sekretaris Komisi Hubungan Luar Kwartir Daerah Uji.")
    assert found["Agus Salimun"].position == "Sekretaris Komisi Hubungan Luar Kwartir Daerah Uji"


def test_a_diploma_before_selaku_is_no_job() -> None:
    found = people(HELD + "Webinar menghadirkan pembicara Dr. dr. Joko Santiko, M.A.R.S., "
                   "DTM&H selaku Ketua Dewan Pembina Asosiasi Klinik Daerah.")
    assert found["Joko Santiko"].position == "Ketua Dewan Pembina Asosiasi Klinik Daerah"


def test_titles_alone_after_a_name_are_no_position() -> None:
    assert position_after(", Ir., M.Eng., Ph.D. dengan topik banjir rob") is None


@pytest.mark.parametrize(("tail", "expected"), [
    (" yang merupakan seorang dosen muda dan", "dosen muda"),
    (" yang merupakan salah seorang apoteker klinik di RSUD Cempaka Uji.",
     "apoteker klinik di RSUD Cempaka Uji"),
    (" yang juga merupakan seorang peneliti Balai Arsip Uji.", "peneliti Balai Arsip Uji"),
])
def test_an_indefinite_article_after_an_apposition_is_no_job_word(tail: str,
                                                                  expected: str) -> None:
    assert position_after(tail) == expected


def test_an_academic_title_ending_a_position_opens_the_next_name() -> None:
    assert position_after(" Ketua Program Studi S3 Manajemen Universitas Uji dan Dr") == \
        "Ketua Program Studi S3 Manajemen Universitas Uji"
    # a rank that closes an office stays ("Sekretaris Jenderal")
    assert position_after(", Sekretaris Jenderal") == "Sekretaris Jenderal"


@pytest.mark.parametrize(("tail", "expected"), [
    # a title of a name after a function word opens someone else's name
    (" selaku Pengawas Sekolah Kabupaten Uji yakni Ibu Sinta W. Lestari, M.Pd.I., untuk mengisi "
     "acara", "Pengawas Sekolah Kabupaten Uji"),
    (", Direktur Kapal Perikanan DJPT yaitu Bapak Mardani, hadir.",
     "Direktur Kapal Perikanan DJPT"),
    # an institution named after a person keeps the title inside its name
    (", perawat di RSUP Dr. Karyadi Uji, Semarang.",
     "perawat di RSUP Dr. Karyadi Uji, Semarang"),
])
def test_another_persons_title_ends_the_position(tail: str, expected: str) -> None:
    assert position_after(tail) == expected


@pytest.mark.parametrize("tail", [", narsum ketiga yang tampil.", ", Narsumber kedua, menjelaskan"])
def test_the_clipped_role_noun_is_a_role_not_a_job(tail: str) -> None:
    assert position_after(tail) is None


def test_a_weekday_after_a_name_is_the_events_day_not_a_job() -> None:
    assert position_after(", Kamis (14/9), dengan menghadirkan narasumber") is None
