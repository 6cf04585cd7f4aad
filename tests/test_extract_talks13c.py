"""Talk titles of round 13c: the named session a speaker spoke in (session_talks), a speaker
named again by their job alone (job_talks), and a title whose own clause names its speaker
("Tema: X dengan Narasumber: Y"). All sentences are invented."""

from __future__ import annotations

import pytest
from extract_people import HELD, people

from index.extract.session_talks import session_talk


@pytest.mark.parametrize(("rest", "title"), [
    (", dosen Teknik Sipil, menjadi panelis dalam Sesi 3: Jembatan Desa dan Air Bersih.",
     "Jembatan Desa dan Air Bersih"),
    (", founder of Kebunku, was the speaker for the Farming and the Urban Youth session.",
     "Farming and the Urban Youth"),
    (" juga berpendapat serupa dalam talkshow berikutnya ‘Sungai yang Dirindukan’.",
     "Sungai yang Dirindukan"),
])
def test_the_named_session_is_the_talk(rest: str, title: str) -> None:
    talk = session_talk(rest)
    assert talk is not None and talk.text == title
    assert rest[talk.start:talk.end].strip("‘’“”") == title


@pytest.mark.parametrize("rest", [
    ", dosen Teknik Sipil, menjadi panelis dalam sesi tanya jawab.",
    " was the speaker for the Q&A session.",
    " menjadi pembicara dalam talkshow bertajuk “Sungai Kita”.",  # the event, no ordinal
    ". Dalam Sesi 2: Jembatan Desa, peserta bertanya.",  # another sentence
    " mengatakan bahwa dalam sesi: Jembatan Desa semua hadir.",  # inside a claim
])
def test_no_session_talk(rest: str) -> None:
    assert session_talk(rest) is None


def test_a_panelist_of_a_numbered_session_gets_its_name() -> None:
    found = people(HELD + "Kepala Bidang Irigasi, Dr. Wulan Pratiwi Sembiring, menjadi panelis "
                   "dalam Sesi 2: Saluran Tersier untuk Lahan Kering. Ia menekankan perawatan "
                   "pintu air.")
    assert found["Wulan Pratiwi Sembiring"].talk_title == "Saluran Tersier untuk Lahan Kering"


INTRO = ("Webinar itu menghadirkan narasumber Kepala Dinas Pangan Kabupaten Tanjung Uji, Bagas "
         "Prakoso Wibisono, S.P., M.Si. dan Kepala Dinas Perikanan Kabupaten Tanjung Uji, "
         "Wulan Pratiwi Sembiring.\n\n")


def test_a_speaker_named_again_by_the_job_as_subject() -> None:
    found = people(HELD + INTRO + "Selanjutnya, Kepala Dinas Pangan Kabupaten Tanjung Uji "
                   "dalam paparannya membawakan materi tentang cadangan beras desa.")
    assert found["Bagas Prakoso Wibisono"].talk_title == "cadangan beras desa"
    assert found["Wulan Pratiwi Sembiring"].talk_title is None


def test_a_speaker_named_again_by_a_job_head_and_the_body_as_agent() -> None:
    text = (HELD + "Sebagai pemateri dari Karang Taruna Kota Uji oleh Bapak Bagas Prakoso "
            "Wibisono, M.Si serta dari Dinas Perikanan oleh Ibu Wulan Pratiwi Sembiring.\n\n"
            "Materi kedua disampaikan oleh Ketua Karang Taruna Kota Uji dengan topik "
            "“Relawan Muda Menjaga Pantai” selama 20 menit.")
    found = people(text)
    assert found["Bagas Prakoso Wibisono"].talk_title == "Relawan Muda Menjaga Pantai"


def test_a_job_set_off_by_a_comma_before_the_name_is_no_back_reference() -> None:
    found = people(HELD + INTRO + "Kepala Dinas Pangan Kabupaten Tanjung Uji, Bapak Bagas, "
                   "saat menyampaikan materinya dalam webinar yang digelar Dinas Kominfo.")
    assert found["Bagas Prakoso Wibisono"].talk_title is None


def test_a_labelled_item_gives_its_title_to_its_own_speaker() -> None:
    found = people(HELD + "Pelatihan itu terbagi dalam dua bagian : Tema : Kebun Gizi Keluarga "
                   "dengan Narasumber : Penyuluh Pertanian Kecamatan Uji, Bagas Prakoso Wibisono "
                   "yang berlangsung pukul 09.00 WIB lalu disusul dengan Tema : Olahan Pangan "
                   "Lokal dengan Narasumber (Ahli Gizi), Dr. Wulan Pratiwi Sembiring, M.Si dari "
                   "Universitas Tanjung Uji yang berlangsung pukul 11.00 WIB.")
    assert found["Bagas Prakoso Wibisono"].talk_title == "Kebun Gizi Keluarga"
    assert found["Wulan Pratiwi Sembiring"].talk_title == "Olahan Pangan Lokal"


def test_an_event_theme_before_its_speakers_is_no_labelled_item() -> None:
    text = ("Webinar daring dengan tema : Olahan Pangan Lokal dengan narasumber : Ahli Gizi "
            "Universitas Tanjung Uji, Wulan")
    from index.extract.talks import title_before
    assert title_before(text, text.find("Wulan")) is None
