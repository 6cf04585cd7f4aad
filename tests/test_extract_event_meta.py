"""The event's title and organisers (invented sentences)."""

from __future__ import annotations

import pytest

from index.extract import extract_event
from index.extract_event_meta import event_title, organizers
from index.pipeline import article_from_text
from index.sentences import split_sentences


def title_of(text: str) -> str | None:
    return event_title(split_sentences(text), set())


@pytest.mark.parametrize(("text", "expected"), [
    ("Webinar bertajuk “Jaga Data Pribadi” digelar Sabtu.", "Jaga Data Pribadi"),
    ("Kegiatan ini mengusung tema \"Transformasi Desa Digital\".", "Transformasi Desa Digital"),
    ("Tema yang diangkat pada hari ini adalah “Bijak Bermedia”.", "Bijak Bermedia"),
    ("Pada acara kali ini, tema yang diangkat adalah Cegah Kecanduan Gawai Di Rumah dan "
     "masing-masing narasumber berbicara.", "Cegah Kecanduan Gawai Di Rumah"),
    ("The university held a webinar themed “Water for All” on Monday.", "Water for All"),
    ("Webinar nasional “Hukum dan Etika Siber” dilaksanakan secara virtual.",
     "Hukum dan Etika Siber"),
    ("Webinar dengan tema “Pangan Lokal Kita | Uji Pos", "Pangan Lokal Kita"),
])
def test_title_cues(text: str, expected: str) -> None:
    assert title_of(text) == expected


def test_next_events_theme_is_not_this_events_title() -> None:
    text = ("Suasana webinar “ Mengenal Pajak Digital, Jumat (18/6). Selanjutnya untuk webinar "
            "kedua bakal diselenggarakan Senin, 21 Juni 2021 dengan tema “Keamanan Siber”.")
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
    text = ("Webinar ini diselenggarakan oleh Kementerian Komunikasi dan Informatika Republik "
            "Indonesia dan Siberkreasi bersama Dyandra Promosindo.")
    assert organizers(split_sentences(text)) == [
        "Kementerian Komunikasi dan Informatika", "Siberkreasi", "Dyandra Promosindo"]
    text = "Politeknik Pertanian Uji (Poltan Uji) menggelar webinar pada Sabtu (23/11)."
    assert organizers(split_sentences(text)) == ["Politeknik Pertanian Uji (Poltan Uji)"]
