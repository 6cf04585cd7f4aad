"""More name bounds: a campus short name after a job, "HM", Balinese "A.A", an initial or a
job word before the degrees, the field of a doctorate after "Dr", and topic nouns.

Every sentence is invented for these tests (fictional people, places and bodies).
"""

from __future__ import annotations

import pytest

from index.extract.event import extract_event
from index.extract.people_3_phrase import parse_person
from index.pipeline.records import article_from_text


@pytest.mark.parametrize(("phrase", "name", "position"), [
    # a university's one-word short name after a job is the body, not the name's first word
    ("Rektor Unhas Maria Lestari", "Maria Lestari", "Rektor Unhas"),
    ("Dekan FISIP Undip Yosef Harianja", "Yosef Harianja", "Dekan FISIP Undip"),
    ("Ketua Senat Guru Besar Unair Wulan Sekar Arum", "Wulan Sekar Arum",
     "Ketua Senat Guru Besar Unair"),
    ("Wakil Direktur II PEM Akamigas Tomi Hendrawan", "Tomi Hendrawan",
     "Wakil Direktur II PEM Akamigas"),
    # "HM" before a name is Haji (dropped) and the initial of Muhammad (kept)
    ("Bupati Sukamaju HM Rusdi Halim", "M Rusdi Halim", "Bupati Sukamaju"),
    # Balinese "A.A" (Anak Agung) written without its last full stop
    ("Dekan Fakultas Hukum Prof. A.A Gede Wiratama", "A.A Gede Wiratama",
     "Dekan Fakultas Hukum"),
    # an initial right before a whole degree is the name's last initial
    ("Dr. Yohanes Sutrisno B M.Hum selaku dosen Universitas Maju", "Yohanes Sutrisno B",
     "dosen Universitas Maju"),
    # a degree typed with a comma ("M,Si") is no trailing initial
    ("Prof. Dr. Hendra Kusuma M,Si selaku Guru Besar Universitas Maju", "Hendra Kusuma",
     "Guru Besar Universitas Maju"),
    # a word that is also a job, right before the degrees, is the surname
    ("Dr. Wayan Adi Sastrawan, S.Sos, M.AP, dosen Universitas Maju", "Wayan Adi Sastrawan",
     "dosen Universitas Maju"),
    ("dr. Fajar Muslim, Sp.B, Sp.U, dokter RS Harapan", "Fajar Muslim", "dokter RS Harapan"),
    # a place word before ", H." is no surname: "H." opens the next name, it is no degree
    ("Kepala Dinas Kabupaten Sukamaju Barat, H. Lalu Ahmad Rifai, S.STP.",
     "Lalu Ahmad Rifai", "Kepala Dinas Kabupaten Sukamaju Barat"),
    # the Latin field of a German-style doctorate is part of the title
    ("Wakil Dekan II Dr. Phil Nyoman Sukarta, MA", "Nyoman Sukarta", "Wakil Dekan II"),
    ("Dr. rer. nat. Lestari Handayani, dosen Universitas Maju", "Lestari Handayani",
     "dosen Universitas Maju"),
])
def test_name_bounds(phrase: str, name: str, position: str | None) -> None:
    person = parse_person(phrase)
    assert person is not None
    assert person.name == name
    assert person.position == position


def _names(text: str) -> list[str]:
    event = extract_event(article_from_text(text, "https://uji.example/berita"))
    assert event is not None
    return [s.name for s in event.speakers]


def test_topic_nouns_are_no_people() -> None:
    names = _names(
        "Webinar kesehatan keluarga digelar secara daring. Narasumber webinar ini adalah "
        "Rahmat Hidayat (dosen Universitas Maju) dengan materi Bonus Demografi dan "
        "Penyakit Metabolik, serta Lina Marlina (bidan Puskesmas Sukamaju) dengan materi "
        "Cegah Stunting.")
    assert "Bonus Demografi" not in names and "Penyakit Metabolik" not in names
    assert "Rahmat Hidayat" in names


def test_a_department_is_no_person() -> None:
    names = _names(
        "Webinar pesantren digelar secara daring. Narasumber yang dihadirkan adalah "
        "Rahmat Hidayat, Peneliti Pesantren, Dept. of Islamic Studies, Universitas Maju, "
        "serta Lina Marlina, Peneliti Pusat Kajian.")
    assert "Dept" not in names
