"""Roles of people who open a part of the programme with a talk (invented sentences): a
session opened by someone is one of the talk slots, in English as in Indonesian ("the
second session was opened by A"), and a sambutan joined to a talk as one item ("sambutan
dan pemaparan dari A") makes A a speaker; a plain opening stays an opening."""

from __future__ import annotations

import pytest

from tests.extract_people import people

_HELD_EN = ("The Faculty of Marine Science held an online seminar via Zoom on 4 May 2022. "
            "The host was Rina Kartika (faculty staff).\n\n")
_HELD_ID = ("UJI – Himpunan Mahasiswa Sejarah menggelar webinar secara daring pada Sabtu "
            "(9/4/2022).\n\n")


_TWO_SESSIONS = ("On Saturday morning both sessions were opened by Dr. Bayu Prasetyo (Lecturer "
                 "at Tanjung University) and Dr. Sari Wulandari (Researcher at the Coastal "
                 "Institute), who each spoke on port design.")


@pytest.mark.parametrize(("text", "name", "role"), [
    # English sessions as the passive's subject: their openers give the talks
    (_HELD_EN + _TWO_SESSIONS, "Bayu Prasetyo", "speaker"),
    (_HELD_EN + _TWO_SESSIONS, "Sari Wulandari", "speaker"),
    (_HELD_EN + "The third session was opened by Dr. Hendra Gunawan (Senior Engineer at "
     "the Port Authority), who explained dredging.", "Hendra Gunawan", "speaker"),
    # a sambutan joined to a talk as one item of the programme
    (_HELD_ID + "Acara ini menghadirkan dua pembicara, yaitu Dr. Joko Santoso (Kepala Museum "
     "Bahari Uji) dan Maya Anggraini (Ketua Komunitas Cagar Budaya). Pembukaan berisi "
     "sambutan dan paparan dari Joko Santoso mengenai kapal kuno di pesisir.",
     "Joko Santoso", "speaker"),
    (_HELD_ID + "Kegiatan diawali dengan sambutan sekaligus presentasi dari Dr. Wahyu "
     "Nugroho selaku Kepala Balai Arsip Daerah.", "Wahyu Nugroho", "speaker"),
])
def test_session_opener_speaks(text: str, name: str, role: str) -> None:
    assert people(text)[name].role == role


@pytest.mark.parametrize(("text", "name"), [
    # the event itself opened by someone, and a plain sambutan: openings
    (_HELD_EN + "The seminar was opened by Dr. Lestari Handayani (Dean of the Faculty).",
     "Lestari Handayani"),
    (_HELD_ID + "Diskusi dibuka dengan sambutan dari Dr. Joko Santoso selaku Ketua "
     "Himpunan Mahasiswa Sejarah.", "Joko Santoso"),
])
def test_plain_opening_stays(text: str, name: str) -> None:
    assert people(text)[name].role == "opening"
