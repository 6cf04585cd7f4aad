"""Where the event was: the place the text votes for (invented articles)."""

from __future__ import annotations

from index.extract_place import event_location
from index.sentences import split_sentences


def place_of(text: str, title: str | None = None) -> tuple[str | None, str | None]:
    found = event_location(title, split_sentences(text), None)
    return found.location, found.province


def test_dateline_wins() -> None:
    text = ("PALEMBANG, Kabar Uji - Webinar literasi digital digelar hari ini. Narasumber "
            "berasal dari Universitas Negeri Padang.")
    assert place_of(text) == ("Kota Palembang", "Sumatera Selatan")


def test_explicit_kabupaten_wins_over_organisation_names() -> None:
    text = ("Rangkaian webinar kembali digelar di Kabupaten Kepahiang, Provinsi Bengkulu. "
            "Narasumber adalah dosen UIN Sulthan Thaha Saifuddin Jambi.")
    assert place_of(text) == ("Kabupaten Kepahiang", "Bengkulu")


def test_place_glued_to_another_proper_name_does_not_vote() -> None:
    text = "Webinar menghadirkan Kepala Desa Batu Ampar dan guru SMKN 1 Padang Gelugur."
    assert place_of(text) == (None, None)


def test_province_only_from_the_dateline() -> None:
    text = "Sumsel uji.example | Webinar digelar untuk 77 kabupaten dari Aceh hingga Lampung."
    assert place_of(text) == (None, "Sumatera Selatan")


def test_headline_counts() -> None:
    assert place_of("Webinar literasi digital kembali digelar.",
                    "Wibinar Literasi Digital di Landak") == ("Kabupaten Landak",
                                                             "Kalimantan Barat")
