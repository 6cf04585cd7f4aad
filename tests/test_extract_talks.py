"""Talk titles (index/extract/talks.py, titles.py): the talk frame, and titles that reach
their speaker from a pronoun, from before the name, or in a pair.

Every sentence is invented for these tests (fictional people, places and bodies).
"""

from __future__ import annotations

import pytest
from extract_people import people

from index.extract.event import extract_event
from index.extract.talks import talk_after
from index.extract.titles import title_after
from index.pipeline.records import article_from_text


@pytest.mark.parametrize(("after_name", "title"), [
    (" menyampaikan topik ‘Upaya Mencegah Perundungan’.", "Upaya Mencegah Perundungan"),
    (", sebagai salah satu narasumber membahas materi terkait “Strategi Keluar Pandemi”.",
     "Strategi Keluar Pandemi"),
    (" menyampaikan pendapatnya mengenai “Bijak Bermedia Sosial”.", "Bijak Bermedia Sosial"),
    (" akan menyampaikan materi tentang “Etika Digital”", "Etika Digital"),
    (" menyampaikan tentang Tahapan dan Jadwal Pemilihan Serentak.",
     "Tahapan dan Jadwal Pemilihan Serentak"),
    (" yang merupakan Plt. Kadis Pendidikan Maju yang akan menyampaikan pendapatnya mengenai "
     "“Jejak Digital Pelajar”.", "Jejak Digital Pelajar"),
    (" terkait “Hukum di Masa Pandemi”", "Hukum di Masa Pandemi"),
])
def test_talk_frame(after_name: str, title: str) -> None:
    talk = talk_after(after_name)
    assert talk is not None and talk.text == title


@pytest.mark.parametrize("after_name", [
    " menjelaskan bahwa literasi digital penting bagi pelajar.",
    " juga membahas terkait pemberitaan media selama pandemi.",
    " memaparkan ruang maya kini sudah menjadi rumah kedua bagi remaja.",
    " menyampaikan “Kita harus bijak bermedia sosial,” ujarnya.",
    " menyampaikan terima kasih kepada panitia.",
])
def test_claims_and_quoted_speech_are_not_titles(after_name: str) -> None:
    assert talk_after(after_name) is None


def test_a_quote_that_opens_the_next_quotation_does_not_close_the_title() -> None:
    text = ("dengan topik \"Peran Media dalam Pemilu. Beliau mengutarakan bahwa \"pers dapat "
            "menjadi pilar\".")
    title = title_after(text, len("dengan topik"))
    assert title is not None and title.text == "Peran Media dalam Pemilu"


def test_pronoun_in_the_next_sentence_gives_the_title() -> None:
    found = people("Webinar ini menghadirkan narasumber Rina Sari, dosen Universitas Maju. Dia "
                   "menyampaikan materi berjudul “Bijak Bermedia Sosial”.")
    assert found["Rina Sari"].talk_title == "Bijak Bermedia Sosial"


def test_title_before_the_speaker() -> None:
    found = people("Webinar ini dipandu moderator Rina Sari. Materi “Etika Digital” yang "
                   "dibawakan oleh Dr. Agus Salim menjadi pembuka diskusi.")
    assert found["Agus Salim"].talk_title == "Etika Digital"
    assert found["Rina Sari"].talk_title is None


def test_event_title_before_a_speaker_is_not_a_talk() -> None:
    found = people("Webinar bertajuk “Aman di Dunia Maya” yang dibawakan oleh Dr. Agus Salim "
                   "diikuti 200 peserta.")
    assert found["Agus Salim"].talk_title is None


def test_two_speakers_two_titles() -> None:
    found = people("Webinar hukum itu terbagi dua sesi. Sesi pertama disampaikan oleh Julia "
                   "Kusuma dan Gita Durani terkait “Hukum di Masa Pandemi” dan “Lanskap Hukum "
                   "Baru”.")
    assert found["Julia Kusuma"].talk_title == "Hukum di Masa Pandemi"
    assert found["Gita Durani"].talk_title == "Lanskap Hukum Baru"


def test_a_theme_named_elsewhere_is_not_a_title() -> None:
    assert talk_after(" dengan tema yang sama, melalui zoom hadir bersama kami") is None


def test_title_in_an_opening_phrase_before_the_name() -> None:
    found = people("Webinar ini menghadirkan narasumber Rina Sari. Dalam paparannya yang berjudul "
                   "“Aman Bertransaksi Daring”, Rina Sari menjelaskan pentingnya kata sandi.")
    assert found["Rina Sari"].talk_title == "Aman Bertransaksi Daring"


def test_role_noun_as_subject_and_a_second_cue() -> None:
    found = people("Webinar ini menghadirkan narasumber Rina Sari. Narasumber menyampaikan materi "
                   "dengan judul Strategi Pemasaran Digital bagi UMKM.")
    assert found["Rina Sari"].talk_title == "Strategi Pemasaran Digital bagi UMKM"


def test_role_noun_after_several_people_gives_no_title() -> None:
    found = people("Webinar ini dipandu moderator Rina Sari dengan narasumber Budi Santoso dan "
                   "Agus Salim. Narasumber banyak membahas mengenai Tahapan Pilkada dan protokol "
                   "kesehatan.")
    assert all(s.talk_title is None for s in found.values())


def test_title_before_with_a_talk_noun_and_theme_word() -> None:
    found = people("Webinar literasi. Materi pertama bertajuk “Ekonomi Kreatif Desa” disampaikan "
                   "oleh Kepala Desa Sukamaju, Budi Santoso.")
    assert found["Budi Santoso"].talk_title == "Ekonomi Kreatif Desa"


def test_talk_noun_with_preposition_is_not_part_of_the_title() -> None:
    talk = talk_after(" memaparkan materi tentang keamanan data pribadi, sedangkan Budi ...")
    assert talk is not None and talk.text == "keamanan data pribadi"


def test_a_job_title_then_a_marked_name_presenting_material_is_a_speaker() -> None:
    event = extract_event(article_from_text(
        "Webinar digelar Senin (4/10/2021) dengan narasumber Rina Kartika. Kasat Reskrim "
        "Polres Sukamaju AKP Dwi Hartanto, S.H. kemudian memaparkan materi berjudul “Kenali "
        "Modus, Hindari Jerat”. Ketua Panitia Budi Santoso mengatakan acara lancar.",
        "https://uji.example/berita"))
    assert event is not None
    found = {s.name: s for s in event.speakers}
    assert set(found) == {"Rina Kartika", "Dwi Hartanto"}
    assert found["Dwi Hartanto"].talk_title == "Kenali Modus, Hindari Jerat"
    assert found["Dwi Hartanto"].position == "Kasat Reskrim Polres Sukamaju"


def test_a_name_then_the_talk_frame_is_a_speaker_and_a_conjunction_opens_no_title() -> None:
    event = extract_event(article_from_text(
        "The Faculty of Agriculture held a webinar on 29 May 2021 with three resource persons. "
        "Dr. Suganda provided material related to the value of seed banks in food security. "
        "Rina Kartika sangat bersemangat memberikan paparannya dan tanya jawab pun berjalan "
        "hidup.",
        "https://uji.example/berita"))
    assert event is not None
    found = {s.name: s for s in event.speakers}
    assert found["Suganda"].talk_title == "the value of seed banks in food security"
    assert "Rina Kartika" not in found or found["Rina Kartika"].talk_title is None


def test_memaparkan_tentang_names_a_subject_in_lower_case_too() -> None:
    found = talk_after(", memaparkan tentang perawatan jaring apung di musim hujan. Lalu ...")
    assert found is not None and found.text == "perawatan jaring apung di musim hujan"
    assert talk_after(", juga membahas terkait pemberitaan media yang simpang siur.") is None


def test_two_talk_nouns_stand_together() -> None:
    """"materi presentasi mengenai X": both nouns name the talk; the subject follows the
    preposition."""
    talk = talk_after(" membawakan materi presentasi mengenai pelestarian tenun di Kota Uji.")
    assert talk is not None and talk.text == "pelestarian tenun di Kota Uji"
