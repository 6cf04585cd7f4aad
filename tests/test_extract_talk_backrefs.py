"""Talk titles of round 12c: a talk given in a later sentence that names its speaker by part
of the name or owns the talk (index/extract/talk_backrefs.py), modified talk nouns and views,
the theme a speaker carries, and where an unquoted title ends (talks.py, titles.py).

Every sentence is invented for these tests (fictional people, places and bodies).
"""

from __future__ import annotations

import pytest
from extract_people import HELD, people

from index.extract.talks import talk_after


def test_a_given_name_alone_gives_the_talk_of_the_speaker_named_before() -> None:
    found = people(HELD + "Webinar menghadirkan narasumber Kepala Seksi Kurikulum, Bintang "
                   "Marpaung Siregar, S.Pd. dan Dosen Universitas Tanjung Uji, Larasati Wulandari. "
                   "Bintang membawakan materi berjudul Mengelola Kelas Daring Tanpa Lelah. "
                   "Sementara Larasati membahas soal cara menjaga semangat murid selama belajar "
                   "dari rumah.")
    assert found["Bintang Marpaung Siregar"].talk_title == \
        "Mengelola Kelas Daring Tanpa Lelah"
    assert found["Larasati Wulandari"].talk_title == \
        "cara menjaga semangat murid selama belajar dari rumah"


def test_a_short_fronted_phrase_may_stand_before_the_short_name() -> None:
    found = people(HELD + "Hadir sebagai narasumber Gilang Pradipta, Gilang Ramadhani, dan "
                   "Oktaviano Halim dari Museum Kota Uji. Diruang sama, Oktaviano menyampaikan "
                   "terkait peran museum bagi pelajar desa.")
    assert found["Oktaviano Halim"].talk_title == "peran museum bagi pelajar desa"


def test_a_part_shared_by_two_names_gives_nobody_the_talk() -> None:
    found = people(HELD + "Webinar menghadirkan narasumber Rudianto Sembiring dan Marlina "
                   "Sembiring dari Universitas Tanjung Uji. Sembiring membawakan materi berjudul "
                   "Arsip Keluarga Kita.")
    assert all(s.talk_title is None for s in found.values())


def test_a_talk_owned_by_a_speaker_named_before() -> None:
    found = people(HELD + "Sesi pertama diisi oleh Bapak Hendrawan Sasmito Aji, S.H., M.H., "
                   "mewakili Direktur Arsip Daerah. Paparan Bapak Hendrawan adalah seputar "
                   "perlindungan arsip keluarga di perpustakaan desa.")
    assert found["Hendrawan Sasmito Aji"].talk_title == \
        "perlindungan arsip keluarga di perpustakaan desa"
    english = people("The Heritage Society held an online forum on 3 May 2022 with two "
                     "speakers, Farid Osman Latiff and Clara Wee Hui Min. Farid’s presentation "
                     "touched on the oral histories of coastal villages.")
    assert english["Farid Osman Latiff"].talk_title == \
        "the oral histories of coastal villages"


@pytest.mark.parametrize(("after_name", "title"), [
    (", Ketua Forum Ibu Tangguh, memberikan pemaparan yang mendalam mengenai gizi anak di "
     "daerah pesisir.", "gizi anak di daerah pesisir"),
    (" gave an engaging talk about the care of old manuscripts.",
     "the care of old manuscripts"),
    (", Dean of the Arts Faculty, shared his personal view on the teaching of folk songs in "
     "primary schools that the ministry plans.",
     "the teaching of folk songs in primary schools"),
    (" shared her perspectives on rural libraries.", "rural libraries"),
    (" tampil sebagai pembicara pada lokakarya tersebut dengan mengusung tema “Koperasi "
     "Nelayan Mandiri”.", "Koperasi Nelayan Mandiri"),
    (" bertindak sebagai pemateri dengan mengambil tema “Pemuda Penjaga Hutan”.",
     "Pemuda Penjaga Hutan"),
    (" memberikan pandangan terhadap kebijakan pangan daerah di masa paceklik.",
     "kebijakan pangan daerah di masa paceklik"),
    (" membagikan materi terkait pemulihan trauma pada remaja.",
     "pemulihan trauma pada remaja"),
])
def test_talk_frames_of_round_12c(after_name: str, title: str) -> None:
    talk = talk_after(after_name)
    assert talk is not None and talk.text == title


@pytest.mark.parametrize("after_name", [
    " to share her view from the orchard.",
    # a deictic event noun as the clause's own subject names the event's theme
    ", webinar ini membahas topik mengenai tata kelola air desa.",
    " memaparkan materi yaitu :",
])
def test_no_talk_of_round_12c(after_name: str) -> None:
    assert talk_after(after_name) is None


@pytest.mark.parametrize(("after_name", "title"), [
    # "yakni" spells the title out; "dengan harapan" is a purpose; the event is the verb's
    (" memaparkan materi Pertanian Organik Skala Rumah yakni kompos, pestisida nabati.",
     "Pertanian Organik Skala Rumah"),
    (" membawakan materi Keamanan Digital dengan harapan bahwa warga lebih waspada.",
     "Keamanan Digital"),
    (" memaparkan materi mengenai abrasi pantai dalam acara Temu Warga Pesisir yang digelar "
     "Forum Bahari.", "abrasi pantai"),
    # a list of subjects keeps its last item
    (" menjelaskan mengenai pengolahan limbah, daur ulang plastik, serta pemasaran produk "
     "kompos warga.", "pengolahan limbah, daur ulang plastik, serta pemasaran produk kompos "
     "warga"),
    (" menjelaskan materi terkait banjir rob, abrasi, hingga bagaimana warga bersiap.",
     "banjir rob, abrasi, hingga bagaimana warga bersiap"),
])
def test_where_an_unquoted_title_ends(after_name: str, title: str) -> None:
    talk = talk_after(after_name)
    assert talk is not None and talk.text == title


def test_a_lone_subject_then_serta_ends_at_the_conjunction() -> None:
    talk = talk_after(" menjelaskan mengenai pengolahan limbah, serta mengajak warga memilah.")
    assert talk is not None and talk.text == "pengolahan limbah"


@pytest.mark.parametrize(("after_name", "title"), [
    # an event noun inside the bracketed affiliation names no event
    (", M.Si (Ketua Program Studi Kehutanan) dengan materi Hutan Adat dan Perubahan Iklim.",
     "Hutan Adat dan Perubahan Iklim"),
    # a comma after the cue sets a capitalised title off
    (" (Kepala Balai Uji Air) dengan judul materi, Sungai Bersih Kota Lestari.",
     "Sungai Bersih Kota Lestari"),
])
def test_brackets_and_a_comma_before_the_title(after_name: str, title: str) -> None:
    talk = talk_after(after_name)
    assert talk is not None and talk.text == title
