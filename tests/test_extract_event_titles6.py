"""Event titles and dates, round 6 of the fresh sets (invented sentences in the same style)."""

from __future__ import annotations

import pytest

from index import article_from_text, extract_event


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
