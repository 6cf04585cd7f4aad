""""pembicara utama" said of several people is the panel's speakers, of one person a keynote
(index/extract/main_speakers.py).

Every sentence is invented for these tests (fictional people, places and bodies).
"""

from __future__ import annotations

from index.extract.event import extract_event
from index.extract.main_speakers import main_speaker_noun, panel_of_main_speakers
from index.pipeline.records import article_from_text


def _roles(text: str) -> dict[str, str]:
    event = extract_event(article_from_text("Judul Berita\n\n" + text,
                                            "https://uji.example/berita"))
    assert event is not None
    return {s.name: s.role for s in event.speakers}


def test_main_speakers_listed_together_are_speakers() -> None:
    found = _roles(
        "Komunitas Literasi Sehat menggelar webinar secara daring, Sabtu (4/6/2022). "
        "Rina Safitri memandu diskusi sebagai moderator, adapun pembicara utama adalah Joko "
        "Lelono (Peneliti Senior Lembaga Kajian Pesisir) dan Maya Kartika (Dosen Universitas "
        "Bintang Timur).")
    assert found == {"Rina Safitri": "moderator", "Joko Lelono": "speaker",
                     "Maya Kartika": "speaker"}


def test_counted_main_speakers_and_the_list_that_goes_on_are_speakers() -> None:
    found = _roles(
        "Universitas Delta menggelar seminar internasional melalui aplikasi zoom meeting. "
        "Acara yang mengusung tema “Laut Lestari” ini berjalan dua hari dengan "
        "menghadirkan 5 pembicara utama diantaranya adalah Kenji Sato, Ph.D dari Tokyo "
        "University (Jepang), Prof. Dr. Omar Faruq dari King Saud University, dan Dr. Ir. "
        "Joko Lelono, M. Phil dari Universitas Delta pada hari pertama, Jumat "
        "(3/7). Berikutnya, di hari kedua (4/7) hadir pula Dr. Ir. Maya "
        "Kartika, M.Sc dari Institut Bintang, Dr. Budi Prakoso, S.Pi, M.Si dari Kementerian "
        "Kelautan.")
    assert found == {name: "speaker" for name in (
        "Kenji Sato", "Omar Faruq", "Joko Lelono", "Maya Kartika", "Budi Prakoso")}


def test_one_main_speaker_is_the_keynote() -> None:
    found = _roles(
        "Komunitas Literasi Sehat menggelar webinar secara daring, Sabtu (4/6/2022). "
        "Maya Kartika, Ketua Yayasan Cahaya, bertindak sebagai pembicara utama. Narasumber "
        "lain adalah Joko Lelono.")
    assert found["Maya Kartika"] == "keynote"


def test_only_a_speaker_noun_with_utama_reads_as_a_panel() -> None:
    assert main_speaker_noun("Pembicara Utama")
    assert not main_speaker_noun("pembicara kunci")
    assert not main_speaker_noun("pidato utama")
    text = "Webinar menghadirkan dua pembicara utama"
    assert panel_of_main_speakers("pembicara utama", text, text.index("pembicara"), 0)
    text = "Webinar menghadirkan pembicara utama"
    assert not panel_of_main_speakers("pembicara utama", text, text.index("pembicara"), 1)
    text = "Pada 2021 pembicara utama"
    assert not panel_of_main_speakers("pembicara utama", text, text.index("pembicara"), 1)
