"""Roles told by the grammar of the clause around a person: a conjunction joining a second
predicate ends an agent phrase (so a one-word name before it is read), a role noun after a
copula is the complement of the whole object list of a presenting verb, and standing in
for someone gives way to what the stand-in did there.

All sentences are invented for these tests (fictional people, bodies and places).
"""

from __future__ import annotations

import pytest

from index.extract.event import extract_event
from index.model import Speaker
from index.pipeline.records import article_from_text

_HEAD = (
    "Sekolah Tinggi Lembah Gelar Webinar Sungai Bersih\n\n"
    "LEMBAH - Sekolah Tinggi Lembah menyelenggarakan webinar nasional bertema \"Sungai "
    "Bersih untuk Semua\" secara daring, Sabtu (8/6/2024).\n\n"
    "Narasumber webinar adalah Dr. Ayu Lestari, dosen Institut Sukamaju.\n\n")


def people(text: str) -> dict[str, Speaker]:
    event = extract_event(article_from_text(text, "https://uji.example/berita"))
    assert event is not None
    return {s.name: s for s in event.speakers}


@pytest.mark.parametrize("sentence", [
    "Webinar dibuka langsung oleh Direktur Pendidikan Agama Kementerian Desa, Hartono dan "
    "dimeriahkan oleh penampilan Paduan Suara Lembah.",
    "Acara dibuka oleh Kepala Dinas Pariwisata Kabupaten Lembah, Hartono serta dihadiri oleh "
    "puluhan guru.",
])
def test_a_one_word_name_before_a_second_predicate(sentence: str) -> None:
    found = people(_HEAD + sentence)
    assert found["Hartono"].role == "opening"
    assert found["Hartono"].position is not None
    assert found["Hartono"].position.startswith(("Direktur Pendidikan", "Kepala Dinas"))
    assert "Paduan Suara Lembah" not in found


def test_a_conjunction_before_a_list_word_still_joins_names() -> None:
    found = people(_HEAD + "Narasumber kedua Dr. Bayu Saputra, dosen Universitas Lembah dan "
                   "terakhir Dr. Wulan Sari, peneliti Balai Sungai.")
    assert found["Wulan Sari"].role == "speaker"
    assert found["Bayu Saputra"].role == "speaker"


def test_a_stated_role_for_the_object_list_beats_the_officials_rule() -> None:
    found = people(_HEAD + "Kegiatan itu juga menghadirkan Bupati Lembah Bagas Pratama dan "
                   "Kepala Balai Wilayah III Rudi Santoso sebagai pembicara.")
    assert found["Bagas Pratama"].role == "speaker"
    assert found["Rudi Santoso"].role == "speaker"
    assert found["Rudi Santoso"].position == "Kepala Balai Wilayah III"


def test_an_official_presented_without_a_role_still_opens() -> None:
    found = people(_HEAD + "Kegiatan itu juga menghadirkan Bupati Lembah, Bagas Pratama dan "
                   "dua narasumber, yaitu Rudi Santoso dan Wati Lestari.")
    assert found["Bagas Pratama"].role == "opening"


def test_a_stand_in_who_gives_the_sambutan_is_the_opening() -> None:
    found = people(_HEAD + "Kepala Bagian Umum Institut Lembah, Rina Marlina yang hadir "
                   "mewakili Rektor Institut Lembah mengajak peserta untuk terus belajar.\n\n"
                   "“Kami sangat mendukung kegiatan seperti ini,” ujar Rina Marlina dalam "
                   "sambutannya.")
    assert found["Rina Marlina"].role == "opening"


def test_a_stand_in_with_no_other_role_stays_other() -> None:
    found = people(_HEAD + "Kepala Bagian Umum Institut Lembah, Rina Marlina yang hadir "
                   "mewakili Rektor Institut Lembah mengajak peserta untuk terus belajar.")
    assert found["Rina Marlina"].role == "other"
