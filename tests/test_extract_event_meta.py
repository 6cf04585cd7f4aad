"""The event's title and organisers (invented sentences)."""

from __future__ import annotations

import pytest

from index.extract.event import extract_event
from index.extract.meta import event_title, organizers
from index.extract.sentences import split_sentences
from index.pipeline.records import article_from_text


def title_of(text: str) -> str | None:
    return event_title(split_sentences(text), set())


@pytest.mark.parametrize(("text", "expected"), [
    ("Webinar bertajuk “Rawat Data Keluarga” digelar Sabtu.", "Rawat Data Keluarga"),
    ("Kegiatan ini mengusung tema \"Transformasi Desa Digital\".", "Transformasi Desa Digital"),
    ("Tema yang diangkat dalam diskusi ini adalah “Sungai Kita”.", "Sungai Kita"),
    ("Dalam diskusi itu, tema yang diangkat adalah Bijak Memakai Gawai Di Rumah dan "
     "masing-masing pembicara memberi contoh.", "Bijak Memakai Gawai Di Rumah"),
    ("The university held a webinar themed “Water for All” on Monday.", "Water for All"),
    ("Webinar nasional “Hukum dan Etika Siber” dilaksanakan secara virtual.",
     "Hukum dan Etika Siber"),
    ("Webinar dengan tema “Pangan Lokal Kita | Uji Pos", "Pangan Lokal Kita"),
])
def test_title_cues(text: str, expected: str) -> None:
    assert title_of(text) == expected


def test_next_events_theme_is_not_this_events_title() -> None:
    text = ("Foto: peserta webinar “ Mengenal Pajak Digital, Rabu (9/3). Webinar seri berikutnya "
            "akan digelar Senin, 14 Maret 2022 dengan tema “Keamanan Siber”.")
    assert title_of(text) == "Mengenal Pajak Digital"


def test_a_talk_title_is_not_the_event_title() -> None:
    article = article_from_text(
        "Webinar literasi digital “Desa Cerdas” digelar Kamis. Narasumber pertama adalah "
        "Rina Wulandari, S.Kom dengan tema “Aplikasi Layanan Desa”.", "https://uji.example/a")
    event = extract_event(article)
    assert event is not None
    assert event.title == "Desa Cerdas"
    assert event.speakers[0].talk_title == "Aplikasi Layanan Desa"


def test_no_title_when_the_text_names_none() -> None:
    assert title_of("Webinar itu diikuti mahasiswa dari berbagai kampus.") is None


def test_organizers_canonical_names_and_partners() -> None:
    text = ("Pelatihan ini diselenggarakan oleh Kementerian Komunikasi dan Informatika RI dan "
            "Yayasan Cakap Warga bersama PT Ruang Acara.")
    assert organizers(split_sentences(text)) == [
        "Kementerian Komunikasi dan Informatika", "Yayasan Cakap Warga", "PT Ruang Acara"]
    text = "Politeknik Pertanian Uji (Poltan Uji) menggelar webinar pada Kamis (3/3)."
    assert organizers(split_sentences(text)) == ["Politeknik Pertanian Uji (Poltan Uji)"]
