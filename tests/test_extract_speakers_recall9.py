"""Recall on speakers missed entirely in Indonesian prose (invented text): a list lead-in whose
verb stands inside a modifier of the role noun ("dua pembicara dari dua kota berbeda, yakni
A dan B", "tiga dosen sebagai narasumber dengan mengikuti acara secara daring yakni A, B")."""

from __future__ import annotations

from extract_people import HELD, people


def test_yakni_after_origin_modifier_with_stative_verb() -> None:
    """"dua pembicara dari dua kota berbeda, yakni A (X) dan B (Y)": "berbeda" is inside the
    "dari" phrase, not the predicate of the noun."""
    found = people(HELD + "Webinar ini menghadirkan dua pembicara dari dua kota berbeda, yakni "
                   "Prof. Damar Wicaksono (Semarang) dan Laras Pramesti (Pontianak).")
    assert found["Damar Wicaksono"].role == "speaker"
    assert found["Laras Pramesti"].role == "speaker"


def test_yakni_after_manner_modifier_with_verb() -> None:
    """"sebagai narasumber dengan mengikuti acara secara daring yakni A, B": a manner
    adverbial, opened by "dengan", between the noun and its list."""
    found = people(HELD + "Panitia menghadirkan dua dosen sebagai narasumber dengan mengikuti "
                   "acara secara daring yakni Dr. Sekar Ayuningtyas (Dosen Universitas Tanjung "
                   "Uji) dan Dr. Hendra Saputro (Dosen Politeknik Lembah Hijau).")
    assert found["Sekar Ayuningtyas"].role == "speaker"
    assert found["Hendra Saputro"].role == "speaker"


def test_predicate_verb_before_yakni_lists_no_people() -> None:
    """"Narasumber menjelaskan tiga hal, yakni ...": the verb right after the noun is its
    predicate, so the list after "yakni" is what was explained (guard)."""
    found = people(HELD + "Narasumber Dr. Sekar Ayuningtyas menjelaskan tiga hal dengan "
                   "contoh, yakni Literasi Data, Etika Digital dan Budaya Digital.")
    assert "Literasi Data" not in found and "Etika Digital" not in found


def test_talk_of_each_item_does_not_cut_the_list() -> None:
    """"yakni A (X) dengan materi P, B (Y) dengan materi Q, C (Z) dengan materi R": "dengan
    materi" gives an item's talk; every member is a speaker with their own position."""
    found = people(HELD + "Panitia menghadirkan tiga guru besar sebagai pembicara yakni Prof. "
                   "Dr. Wahyu Permadi (Dekan Fakultas Teknik Universitas Tanjung Uji) dengan "
                   "materi Pengelolaan Air Gambut berbasis Desa, Prof. Dr. Nirmala Sari (Wakil "
                   "Rektor II Institut Lembah Hijau) dengan materi Gizi Keluarga di Pesisir, "
                   "Prof. Dr. Hj. Rosmiati (Ketua Program Doktor Ilmu Pangan) dengan materi "
                   "Pangan Lokal dan Ketahanan Keluarga.")
    assert found["Rosmiati"].role == "speaker"
    assert found["Rosmiati"].position == "Ketua Program Doktor Ilmu Pangan"
    assert found["Nirmala Sari"].position == "Wakil Rektor II Institut Lembah Hijau"


def test_continued_item_with_its_talk_carries_the_list() -> None:
    """"Lalu, Jabatan, Dr. A, dengan materi “X”.": the talk noun of the item does not stop
    the sentence from carrying on the list before; the university named after a person
    ("Universitas Islam Raden Patah (Unirap) Palembang") is part of the position."""
    found = people(HELD + "Diskusi publik itu menghadirkan tiga narasumber di antaranya Guru "
                   "Besar Fakultas Syariah Institut Tanjung Uji, Prof. Dr. Bima Arya Pratama, "
                   "S.H., "
                   "yang menyampaikan materi “Hukum dan Kritik Publik”.\n\nLalu, Ketua "
                   "Program Studi Magister Hukum Universitas Islam Raden Patah (Unirap) "
                   "Palembang, Dr. Yusuf Hamdani, S.H., M.H., dengan materi “Etika Berpendapat "
                   "di Ruang Digital”.")
    assert found["Yusuf Hamdani"].role == "speaker"
    assert "Raden Patah" not in found and "Patah" not in found


def test_unquoted_talk_ends_where_a_person_from_a_body_opens() -> None:
    """"... dengan materi P, Q and R dan Rudi Santoso dari PT X dengan materi S": the name
    followed by "dari" and a body opens the next item, it is not more of the talk."""
    found = people(HELD + "Mengundang pemateri yang berpengalaman seperti Dimas Prakoso dari "
                   "Lembaga Riset Pantai dengan materi Coastal Erosion, Causes and Remedies dan "
                   "Rudi Santoso dari Balai Teknik Sungai dengan materi River Bank Protection "
                   "menjadikan webinar ini diminati.")
    assert found["Rudi Santoso"].role == "speaker"
    assert found["Dimas Prakoso"].role == "speaker"
