"""A headline line in title case is a title, never a bare listing of people
(:mod:`index.extract.headline_lines`).

Every sentence is invented for these tests (fictional people, places and bodies).
"""

from __future__ import annotations

from index.extract.event import extract_event
from index.extract.headline_lines import headline_line, is_headline
from index.extract.sentences import split_sentences
from index.pipeline.records import article_from_text

_BODY = (
    "Kota Tirta – Dalam rangka ulang tahun ke-12 Brigade Rimba Tirta, Dinas Kehutanan "
    "Tirta menggelar webinar bertema “Menjaga Hutan Kita” secara daring, Rabu (7/9). "
    "Hadir sebagai narasumber Kepala Seksi Rehabilitasi Hutan, Lintang Maharesi; dan "
    "Koordinator Brigade Rimba Wilayah Timur, Gading Suryaatmaja.")


def _names(text: str) -> list[str]:
    event = extract_event(article_from_text(text, "https://uji.example/berita"))
    assert event is not None
    return [s.name for s in event.speakers]


def test_an_occasion_headline_with_the_site_after_a_dash_lists_no_one() -> None:
    names = _names("Ulang Tahun ke-12 Bhakti Rimba, Sang Penjaga Hutan Lestari - Kabar "
                   "Tirta Raya\n\n" + _BODY)
    assert names == ["Lintang Maharesi", "Gading Suryaatmaja"]


def test_a_repeated_headline_lists_no_one() -> None:
    headline = ("Rayakan Hari Dongeng Nusantara, Rumah Baca Tirta Gelar Temu Pustaka "
                "dan Luncurkan Seri Cerita Pelangi Senja")
    names = _names(f"{headline}\n\n{headline}\n\n" + _BODY)
    assert names == ["Lintang Maharesi", "Gading Suryaatmaja"]


def test_the_headline_line_is_a_first_paragraph_with_no_closing_stop() -> None:
    sentences = split_sentences("Judul Satu Dua Tiga - Situs\n\nIsi berita. Kalimat kedua.")
    headline = headline_line(sentences)
    assert headline == "Judul Satu Dua Tiga - Situs"
    assert is_headline(sentences[0], headline)
    assert not is_headline(sentences[1], headline)
    # a first paragraph of prose, closed by a full stop, is no headline
    assert headline_line(split_sentences("Isi berita pertama.\n\nIsi kedua.")) is None
