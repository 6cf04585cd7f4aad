"""Event titles and dates, round 6 of the fresh sets (invented sentences in the same style)."""

from __future__ import annotations

import pytest

from index import article_from_text, extract_event
from index.extract.meta import event_title
from index.extract.sentences import split_sentences


@pytest.mark.parametrize(("text", "title", "date"), [
    # a gathering that no event word names, held in an online format
    ("BANDUNG - Halal bihalal virtual Ikatan Alumni Teknik Sipil digelar meriah, Minggu "
     "(9/5/21). Ikatan Alumni menggelar halal bihalal bertema Merajut Silaturahmi di Tengah "
     "Pandemi. Sambutan disampaikan Ketua Umum Rudi Hartanto.",
     "Merajut Silaturahmi di Tengah Pandemi", "2021-05-09"),
    ("The Southern Rivers Alliance welcomed members to the “Delta Summit 2021”, a virtual "
     "assembly organised by the Alliance secretariat. Under this year’s theme, “Water for "
     "Every Village”, delegates shared their field stories.",
     "Water for Every Village", None),
    ("SURABAYA - Lembaga Bahasa Nusantara mengadakan Kelas Persiapan Studi Virtual 2021 "
     "bagi calon mahasiswa, Sabtu (3/7/2021). Direktur Lembaga, Wulan Prameswari, "
     "mengatakan kegiatan itu diikuti 120 peserta.",
     "Kelas Persiapan Studi Virtual 2021", "2021-07-03"),
])
def test_a_gathering_held_online_is_an_event(text: str, title: str, date: str | None) -> None:
    event = extract_event(article_from_text(text, None))
    assert event is not None
    assert event.title == title
    assert event.date == date


@pytest.mark.parametrize("text", [
    "Toko daring itu kini melayani pesanan sampai ke luar pulau.",
    "Layanan online kantor pajak dibuka kembali setelah libur panjang.",
])
def test_online_without_a_holding_verb_is_no_event(text: str) -> None:
    assert extract_event(article_from_text(text, None)) is None


def title_of(text: str) -> str | None:
    return event_title(split_sentences(text), set())


@pytest.mark.parametrize(("text", "expected"), [
    ("Hal itu disampaikan Ketua Umum Relawan Siaga saat membuka Webinar tentang Kesiapsiagaan "
     "Gempa Bumi di Sekolah, Sabtu (4/3).", "Kesiapsiagaan Gempa Bumi di Sekolah"),
    ("Earlier today, the River Council organized a webinar on Inland Shipping and Trade: After "
     "the Flood.", "Inland Shipping and Trade: After the Flood"),
])
def test_an_event_noun_with_a_preposition_of_subject(text: str, expected: str) -> None:
    assert title_of(text) == expected


@pytest.mark.parametrize("text", [
    "Dinas Sosial menggelar webinar tentang pentingnya gizi seimbang bagi balita.",
    "The council held a seminar on Monday with three speakers.",
])
def test_no_title_after_a_lowercase_subject_or_a_weekday(text: str) -> None:
    assert title_of(text) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("Himpunan Mahasiswa menggelar talkshow Bincang Kampus dengan judul ‘Newton’s Apple : "
     "Small Ideas, Big Change’ pada 3 Mei 2022.", "Newton’s Apple : Small Ideas, Big Change"),
    ("Webinar itu bertajuk ‘Jejak Ma’ruf di Tanah Rantau’ dan diikuti 60 peserta.",
     "Jejak Ma’ruf di Tanah Rantau"),
])
def test_an_apostrophe_inside_single_quotes_does_not_close_them(text: str,
                                                                 expected: str) -> None:
    assert title_of(text) == expected
