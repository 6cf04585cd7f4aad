"""Talk titles, round 9 (index/extract/talks.py, titles.py, people_6_frames.py): an event's
theme after a cue that ends in the event noun, a long apposition between the name and the
cue, the bare object of a verb of discussing, a second predicate after "dan", "bahasan" as a
talk noun and a bracketed affiliation before a title's preposition.

Every sentence is invented for these tests (fictional people, places and bodies).
"""

from __future__ import annotations

import pytest
from extract_people import HELD, people

from index.extract.talks import talk_after


@pytest.mark.parametrize("text", [
    "Ucapan itu disampaikan Rektor Universitas Tanjung Uji, Prof. Darmawan Sulistyo, saat "
    "membuka Webinar Pangan Lestari secara daring dengan tema Menanam Padi di Lahan Sempit, "
    "Selasa (4/4/2023).",
    "Kepala Dinas Kominfo Tanjung Uji, Ratna Kemuning, membuka Seminar Literasi Pesisir dengan "
    "tema Nelayan Muda Melek Data pada Senin (6/3/2023).",
])
def test_the_theme_after_an_opened_event_is_the_events(text: str) -> None:
    found = people(HELD + text)
    assert found and all(s.talk_title is None for s in found.values())


def test_a_theme_after_an_event_pointed_back_to_is_the_persons() -> None:
    found = people(HELD + "Kepala Dinas Kominfo Tanjung Uji, Ratna Kemuning, membuka webinar "
                   "kali ini dengan tema “Belanja Daring yang Aman”. Ia mengajak warga bijak.")
    assert found["Ratna Kemuning"].talk_title == "Belanja Daring yang Aman"


def test_a_meeting_noun_makes_the_subject_the_events() -> None:
    assert talk_after(", M.H., Dalam pertemuan kali ini membahas tentang arah pembinaan "
                      "hakim muda di daerah.") is None


@pytest.mark.parametrize(("after_name", "title"), [
    (", Kepala SMPN 9 Tanjung Uji yang juga Ketua Forum Guru Bahasa Kabupaten Uji, untuk "
     "menyampaikan materi tentang Menulis Cerita Rakyat di Kelas.",
     "Menulis Cerita Rakyat di Kelas"),
    (", narasumber yang juga pengurus Lembaga Dakwah Kota Uji dan sedang menempuh studi "
     "magister di Universitas Pesisir, membahas tentang adab bertetangga dan menekankan "
     "pentingnya saling menolong.", "adab bertetangga"),
])
def test_a_long_apposition_set_off_by_commas(after_name: str, title: str) -> None:
    talk = talk_after(after_name)
    assert talk is not None and talk.text == title


def test_a_claim_inside_the_apposition_still_ends_the_persons_clause() -> None:
    assert talk_after(", Ketua Forum Guru yang dalam sambutannya menegaskan bahwa sekolah "
                      "harus terbuka bagi semua anak di desa, lalu membahas tentang "
                      "kurikulum lokal.") is None


@pytest.mark.parametrize(("after_name", "title"), [
    (" membahas cara merawat sumur resapan di permukiman padat.",
     "cara merawat sumur resapan di permukiman padat"),
    (", a researcher at the Coastal Institute, discussed methods for restoring mangrove "
     "belts after storms. “We must act,” she said.",
     "methods for restoring mangrove belts after storms"),
    (" dengan bahasan “Sekolah Ramah Anak (Tantangan dan Harapan)”. Ia lalu bercerita.",
     "Sekolah Ramah Anak (Tantangan dan Harapan)"),
    (" (Guru SDN 3 Lembah Uji) bertema “Kelas Tanpa Kertas”, narasumber menjelaskan bahwa "
     "kelas digital hemat biaya.", "Kelas Tanpa Kertas"),
])
def test_subjects_named_without_a_preposition(after_name: str, title: str) -> None:
    talk = talk_after(after_name)
    assert talk is not None and talk.text == title


@pytest.mark.parametrize(("after_name", "title"), [
    (" menjelaskan tentang pupuk organik cair dan mengajak petani mencobanya.",
     "pupuk organik cair"),
    (" membahas soal tata kelola koperasi dan peran menteri desa.",
     "tata kelola koperasi dan peran menteri desa"),
])
def test_a_lower_case_subject_ends_at_a_second_predicate(after_name: str, title: str) -> None:
    talk = talk_after(after_name)
    assert talk is not None and talk.text == title


@pytest.mark.parametrize("after_name", [
    " membahas hal ini bersama peserta.",
    " membahas berbagai hal yang dialami petani.",
    " secara garis besar membahas sejarah kampung nelayan.",
    " menyoroti kurangnya tenaga penyuluh di desa.",
])
def test_no_subject_in_a_pronoun_an_adverb_or_another_verb(after_name: str) -> None:
    assert talk_after(after_name) is None
