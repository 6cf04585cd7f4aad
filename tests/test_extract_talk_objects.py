"""Talk subjects after a short object, English "highlighted", and where a lower-case subject
ends (index/extract/talk_objects.py, english_presenting.py, talks.py, titles.py).

Every sentence is invented for these tests (fictional people, places and bodies).
"""

from __future__ import annotations

import pytest

from index.extract.english_presenting import expounded_object
from index.extract.talks import talk_after


@pytest.mark.parametrize(("after_name", "title"), [
    (" selaku pembicara yang memaparkan sejumlah poin menyangkut tata kelola irigasi desa "
     "dan peran kelompok tani. Acara", "tata kelola irigasi desa dan peran kelompok tani"),
    (", M.Si., yang menguraikan gagasan baru mengenai pemetaan kebun kopi rakyat. Lalu",
     "pemetaan kebun kopi rakyat"),
    (" dari Dinas Perikanan mengulas tuntas tentang budidaya lele bioflok. Peserta",
     "budidaya lele bioflok"),
])
def test_short_object_before_about_names_the_subject(after_name: str, title: str) -> None:
    talk = talk_after(after_name)
    assert talk is not None and talk.text == title


@pytest.mark.parametrize("after_name", [
    # the speaker's own work, a point made first, an adverb of addition, a speech act
    " memaparkan hasil kajiannya tentang pasar ikan di pesisir Lembata. Acara",
    " menjelaskan terlebih dahulu ketentuan terkait pendaftaran lomba esai. Setelah itu",
    " juga secara rinci menjelaskan tentang jadwal tanam jagung di lahan kering. Lalu",
    " menyampaikan terima kasih terkait dukungan para mitra. Acara",
])
def test_no_subject_after_own_work_a_first_point_or_a_speech_act(after_name: str) -> None:
    assert talk_after(after_name) is None


def test_lower_case_subject_ends_at_a_pronoun_clause() -> None:
    talk = talk_after(" memaparkan tentang sanitasi pasar tradisional, beliau menyampaikan "
                      "bahwa pedagang perlu dilibatkan.")
    assert talk is not None and talk.text == "sanitasi pasar tradisional"


def test_lower_case_subject_goes_on_through_serta_and_a_noun() -> None:
    talk = talk_after(" membahas peran Komisi Etik Daerah (KED), serta tata cara pengaduan "
                      "warga atas layanan publik. Beliau")
    assert talk is not None and talk.text == ("peran Komisi Etik Daerah (KED), serta tata cara "
                                              "pengaduan warga atas layanan publik")


def test_highlighted_definite_object_is_the_talk() -> None:
    assert expounded_object("highlighted", "the Role of River Guilds in Flood Watch")
    assert not expounded_object("highlighted", "that river guilds matter")
    assert not expounded_object("explained", "the schemes for village wells")
    talk = talk_after(" in her talk highlighted the history of the Delta Weavers Guild and "
                      "its archives. She")
    assert talk is not None and talk.text == ("the history of the Delta Weavers Guild and its "
                                              "archives")


def test_told_about_names_the_subject() -> None:
    talk = talk_after(", M.Eng told about the rise of seaweed farming in Tanimbar. He")
    assert talk is not None and talk.text == "the rise of seaweed farming in Tanimbar"
