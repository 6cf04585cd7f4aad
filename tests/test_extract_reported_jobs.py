"""Speakers seen through reported speech whose subject the readers missed: a fronted
adjunct written without its comma ("Pada bagian lain Kepala X A mengatakan ..."), and a
job whose field is in lower case, set off from its body by commas ("Koordinator ekonomi
kreatif, Kementerian X, A, menyampaikan ..."); and the negatives: a possessive noun of
speaking keeps its own readers, a lower-case run with a verb is a clause.

All sentences are invented for these tests (fictional people, outlets and places).
"""

from __future__ import annotations

from extract_people import HELD, people

from index.extract.bare_adjunct import bare_adjunct_end
from index.extract.people_2_positions import head_is_position
from index.extract.people_3_phrase import parse_person

PROGRAMME = (HELD + "Webinar ini menghadirkan narasumber Dosen Universitas Tanjung Uji, "
             "Laras Wicaksono.\n\n")


def test_bare_adjunct_before_job_and_name() -> None:
    found = {name: s.position for name, s in people(
        PROGRAMME + "Pada bagian lain Kepala Seksi Penyuluhan Balai Pajak Uji Hendra "
        "Kusumawijaya mengatakan bahwa pelaporan daring makin diminati warga.").items()}
    assert found.get("Hendra Kusumawijaya") == "Kepala Seksi Penyuluhan Balai Pajak Uji"


def test_bare_adjunct_end_reads_only_an_adjunct() -> None:
    text = "Pada bagian lain Kepala Seksi Penyuluhan Balai Pajak Uji Hendra Kusumawijaya menyebut"
    assert bare_adjunct_end(text, parse_person) == len("Pada bagian lain ")
    # a possessive noun of speaking is a cue its own readers read from the start
    assert bare_adjunct_end("Dalam sambutannya Bupati Uji Hendra Kusumawijaya menyebut",
                            parse_person) == 0
    # a verb makes the lower-case run a clause, not an adjunct
    assert bare_adjunct_end("Di sana bertemu Kepala Seksi Uji Hendra Kusumawijaya",
                            parse_person) == 0
    # no job before the name: nothing to start at
    assert bare_adjunct_end("Pada bagian lain Hendra Kusumawijaya menyebut", parse_person) == 0


def test_job_with_lower_case_field_then_body_then_name() -> None:
    found = {name: s.position for name, s in people(
        PROGRAMME + "Sementara itu, Koordinator ekonomi kreatif, Kementerian Pariwisata Uji, "
        "Yosef Rangkuti Harahap, menyampaikan, desa wisata kini tumbuh di tiga kecamatan."
    ).items()}
    assert found.get("Yosef Rangkuti Harahap") == (
        "Koordinator ekonomi kreatif, Kementerian Pariwisata Uji")


def test_body_opened_by_its_head_word_after_a_job() -> None:
    assert head_is_position("Kepala Bidang Arsip, Direktorat Layanan Uji, ")
    # a lower-case field must follow the job's noun itself
    assert not head_is_position("Kepala Bidang Arsip untuk umum, Direktorat Layanan Uji, ")
