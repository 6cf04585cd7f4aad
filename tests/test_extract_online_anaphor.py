"""An online format followed by a demonstrative refers back to the reported occasion itself
("Pertemuan virtual ini", "Temu daring tersebut"): with someone on its programme, the article
reports an event even though no event word names it (invented sentences)."""

from __future__ import annotations

import pytest

from index import article_from_text, extract_event


@pytest.mark.parametrize("text", [
    # a meeting the article never calls a webinar, opened by an official
    ("MEDAN - Konsulat Kehormatan Negeri Seberang menghadirkan program Sapa Warga bagi para "
     "perantau di wilayahnya. “Kami terus hadir bagi warga di masa sulit ini,” tutur Kepala "
     "Bagian Umum Konsulat, Rahmat Siregar, saat membuka acara. Pertemuan virtual ini "
     "dipakai guna menerangkan layanan kekonsuleran terbaru."),
    # a students' discussion, written with the programme's own words only
    ("Himpunan Mahasiswa Teknik Kimia menggelar obrolan santai bertema Energi Hijau untuk "
     "Desa. Ketua himpunan mengawali laporan dalam pelaksanaan obrolan daring tersebut. "
     "Obrolan pertama ini menghadirkan Wahyu Pradana Putra sebagai Analis Energi."),
])
def test_an_occasion_referred_back_to_as_online_is_an_event(text: str) -> None:
    event = extract_event(article_from_text(text, None))
    assert event is not None
    assert event.speakers


@pytest.mark.parametrize("text", [
    # the same demonstrative with nobody on a programme: no event
    "Layanan online ini kini dipakai oleh lebih dari sepuluh ribu warga setiap bulan.",
    # a person with no programme role, a shop referred back to as online
    ("Pemilik usaha, Sari Wulandari, mengatakan penjualan naik. Toko daring tersebut kini "
     "melayani pesanan sampai ke luar pulau."),
])
def test_no_programme_no_event(text: str) -> None:
    assert extract_event(article_from_text(text, None)) is None
