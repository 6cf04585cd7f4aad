"""A theme quoted later in a clipped form is the full theme stated earlier (invented
sentences)."""

from __future__ import annotations

from index.extract.meta import event_title
from index.extract.sentences import split_sentences
from index.extract.theme_extension import fuller_theme


def _title(text: str) -> str | None:
    return event_title(split_sentences(text), set())


def test_quoted_head_takes_its_subtitle() -> None:
    text = ("Kamis lalu berlangsung Webinar Hemat Energi secara daring dari Aula Dinas Kota "
            "Tegalrejo dengan tema Listrik Rumah Tangga, Boros Atau Hemat? Ayo Cek Meteran. "
            "Ketua panitia berharap warga makin bijak lewat acara Webinar Hemat Energi: "
            "“Listrik Rumah Tangga, Boros Atau Hemat? Ayo Cek Meteran,” ujarnya. "
            "Tema yang dipilih panitia adalah “Listrik Rumah Tangga” yakni cara warga menakar "
            "pemakaian listrik harian.")
    assert _title(text) == "Listrik Rumah Tangga, Boros Atau Hemat? Ayo Cek Meteran"


def test_other_title_without_subtitle_mark_is_kept_apart() -> None:
    assert fuller_theme("Kebun Sekolah", ["Kebun Sekolah Kita Bersama"]) == "Kebun Sekolah"


def test_tail_running_into_a_speech_tag_is_no_subtitle() -> None:
    assert fuller_theme("Tanam atau Tebang Hutan Kota",
                        ["Tanam atau tebang hutan kota,” kata Dodi"]) \
        == "Tanam atau Tebang Hutan Kota"
