"""Where the event was: the place the text votes for (invented articles)."""

from __future__ import annotations

from index.extract.place import event_location
from index.extract.sentences import split_sentences


def place_of(text: str, title: str | None = None) -> tuple[str | None, str | None]:
    found = event_location(title, split_sentences(text), None)
    return found.location, found.province


def test_dateline_wins() -> None:
    text = ("JAMBI, Kabar Uji - Webinar keamanan data digelar hari ini. Narasumber berasal dari "
            "Universitas Negeri Padang.")
    assert place_of(text) == ("Kota Jambi", "Jambi")


def test_explicit_kabupaten_wins_over_organisation_names() -> None:
    text = ("Rangkaian diskusi kembali digelar di Kabupaten Sikka, Provinsi Nusa Tenggara "
            "Timur. Narasumber adalah dosen UIN Raden Intan Lampung.")
    assert place_of(text) == ("Kabupaten Sikka", "Nusa Tenggara Timur")


def test_place_glued_to_another_proper_name_does_not_vote() -> None:
    text = "Webinar menghadirkan Kepala Desa Batu Kuning dan guru SMKN 2 Padang Rumput."
    assert place_of(text) == (None, None)


def test_province_only_from_the_dateline() -> None:
    text = "Kalbar uji.example | Webinar digelar untuk 14 kabupaten dari Sambas hingga Ketapang."
    assert place_of(text)[1] == "Kalimantan Barat"


def test_headline_counts() -> None:
    assert place_of("Webinar gizi anak kembali digelar.",
                    "Webinar Gizi Anak di Sigi") == ("Kabupaten Sigi", "Sulawesi Tengah")
