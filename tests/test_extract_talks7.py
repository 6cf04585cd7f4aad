"""Talk titles, round 7 (index/extract/talks.py, titles.py, theme.py): a subject in lower
case after a verb of presenting and a preposition of "about", where titles end, titles
introduced by "dengan" and a talk noun or by a preposition a few words after the verb, the
verb of a relative clause, and event themes that open with an adjective.

Every sentence is invented for these tests (fictional people, places and bodies).
"""

from __future__ import annotations

import pytest
from extract_people import HELD, people

from index.extract.meta import event_title
from index.extract.sentences import split_sentences
from index.extract.talks import talk_after


@pytest.mark.parametrize(("after_name", "title"), [
    (" menjelaskan tentang pengelolaan hutan kota bagi pemuda.",
     "pengelolaan hutan kota bagi pemuda"),
    (" (Kepala Balai Sungai Lestari) menyampaikan terkait mitigasi banjir rob di pesisir utara.",
     "mitigasi banjir rob di pesisir utara"),
    (" membahas soal pola asuh anak usia dini, terutama di keluarga muda.",
     "pola asuh anak usia dini"),
    (" menyoroti mengenai peran koperasi desa dalam menjual hasil kebun.",
     "peran koperasi desa dalam menjual hasil kebun"),
    (" menjelaskan tentang pemilahan sampah rumah tangga kepada para peserta.",
     "pemilahan sampah rumah tangga"),
    (" memberikan materi tentang gizi seimbang dengan sangat menarik sehingga mudah dipahami.",
     "gizi seimbang"),
])
def test_a_lower_case_subject_after_a_preposition_of_about(after_name: str, title: str) -> None:
    talk = talk_after(after_name)
    assert talk is not None and talk.text == title


@pytest.mark.parametrize("after_name", [
    " juga menjelaskan tentang jadwal lomba berikutnya.",
    " sedikit membahas tentang sejarah berdirinya desa.",
    " banyak membahas tentang pengalamannya merantau.",
    " bercerita tentang usahanya menjual kopi hingga ke luar negeri.",
    " menjelaskan bahwa pengelolaan hutan kota penting bagi pemuda.",
])
def test_one_point_among_others_or_a_claim_is_no_subject(after_name: str) -> None:
    assert talk_after(after_name) is None


@pytest.mark.parametrize(("after_name", "title"), [
    (" sebagai narasumber kedua dengan paparan Kesehatan Mental Remaja.",
     "Kesehatan Mental Remaja"),
    (" memberikan kuliah tamu dengan presentasinya “Pangan Lokal untuk Semua”.",
     "Pangan Lokal untuk Semua"),
    (" dengan topik Aspek Hukum ; “Bolehkah guru, murid dan orang tua merekam kelas ?”, disusul "
     "kemudian pemateri berikutnya.",
     "Aspek Hukum ; “Bolehkah guru, murid dan orang tua merekam kelas ?”"),
    (" dengan materi The Future of Urban Farming menjadikan diskusi semakin hidup.",
     "The Future of Urban Farming"),
    (" menyampaikan ulasan singkat terkait “Tata Kelola Air Bersih di Desa”.",
     "Tata Kelola Air Bersih di Desa"),
    (" shared his speech with the title “Water Stewardship in Small Islands – the Lessons of "
     "Three Coastal Villages in the East”.",
     "Water Stewardship in Small Islands – the Lessons of Three Coastal Villages in the East"),
])
def test_titles_introduced_after_the_name(after_name: str, title: str) -> None:
    talk = talk_after(after_name)
    assert talk is not None and talk.text == title


@pytest.mark.parametrize("after_name", [
    " sependapat dengan pandangan Rektor soal kurikulum baru.",
    " menyampaikan sambutan dalam webinar bertajuk “Desa Tangguh Bencana”.",
])
def test_no_title_of_ones_own(after_name: str) -> None:
    assert talk_after(after_name) is None


def test_the_verb_of_a_relative_clause_is_not_the_sentences() -> None:
    found = people(HELD + "Acara ini menghadirkan dua narasumber. Prof. Arjuna Wibisono, who had "
                   "the honour of representing Tirta University, shared his speech with the "
                   "title “Water Stewardship in Small Islands”.")
    assert found["Arjuna Wibisono"].talk_title == "Water Stewardship in Small Islands"


def test_a_title_ends_before_the_next_person_of_its_sentence() -> None:
    found = people(HELD + "Webinar menghadirkan pemateri Ir. Bima Saputra dari Koperasi Tani "
                   "Makmur dengan materi Pupuk Organik Cair dan Dr. Sari Wulandari dari Balai "
                   "Benih Padi.")
    assert found["Bima Saputra"].talk_title == "Pupuk Organik Cair"


@pytest.mark.parametrize("text", [
    "Lokakarya kader pada hari ketiga dibawakan sejumlah pemateri dengan topik menarik, seperti "
    "menulis puisi, koperasi desa, dan pemetaan banjir.",
    "Diskusi daring tersebut berlangsung tiga hari dengan mengangkat topik utama tentang "
    "perikanan, kebudayaan, dan energi surya.",
])
def test_a_theme_never_opens_with_an_adjective_of_its_noun(text: str) -> None:
    assert event_title(split_sentences(text), set()) is None


@pytest.mark.parametrize(("text", "title"), [
    ("Para guru di Kota Uji mendapat bekal dari dua narasumber dalam Webinar Kelas Menulis "
     "Kreatif. Kedua pembicara adalah penulis buku anak.", "Kelas Menulis Kreatif"),
    ("Wali Kota Jadi Pembicara Webinar Nasional Gerakan Koperasi Muda Ke 5\n\nWali Kota Uji, Andi "
     "Saputra, hadir secara daring.", "Gerakan Koperasi Muda Ke 5"),
])
def test_the_event_someone_speaks_at_is_named(text: str, title: str) -> None:
    assert event_title(split_sentences(text), set()) == title
