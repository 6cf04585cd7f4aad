"""Positions the programme readers left out (invented sentences; round 16, third pass):
the body a stand-in speaks for, ..."""

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
