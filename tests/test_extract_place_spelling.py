"""The event's place as the article writes it (an everyday name or a spelling run together
is kept, a short form gives way to the official name), and the city of the body holding
the event when no organiser names one (invented articles)."""

from __future__ import annotations

from index.extract.dates import best_date, find_dates
from index.extract.event import extract_event
from index.extract.place import event_location
from index.extract.place_spelling import written_name
from index.extract.gazetteer import Place
from index.extract.sentences import split_sentences
from index.pipeline.records import article_from_text


def place_of(text: str) -> tuple[str | None, str | None]:
    sentences = split_sentences(text)
    best = best_date(find_dates(sentences))
    found = event_location(None, sentences, best.sentence if best else None)
    return found.location, found.province


def test_everyday_name_of_the_dateline_is_kept() -> None:
    text = ("SOLO - Himpunan Mahasiswa Geografi menggelar webinar tentang banjir kota, Senin "
            "(4/3). Diskusi daring itu diikuti dua ratus peserta dari Solo dan sekitarnya.")
    assert place_of(text) == ("Solo", "Jawa Tengah")


def test_spelling_run_together_is_kept() -> None:
    text = ("Kabar Uji, Palangkaraya -- Komunitas Petani Muda menggelar seminar daring "
            "tentang pupuk organik, Kamis (7/9), diikuti peserta dari Palangkaraya.")
    assert place_of(text) == ("Palangkaraya", "Kalimantan Tengah")


def test_official_spelling_stays_when_written_so() -> None:
    text = ("YOGYAKARTA - Komunitas Pecinta Batik menggelar webinar tentang pewarna alam, "
            "Rabu (2/8), dengan peserta dari Yogyakarta dan Jogja.")
    assert place_of(text) == ("Kota Yogyakarta", "DI Yogyakarta")


def test_short_form_gives_the_official_name() -> None:
    place = Place("kabupaten", "Bangka Selatan", "Kepulauan Bangka Belitung")
    assert written_name(place, ["Webinar literasi digital untuk warga Basel digelar."]) is None
    solo = Place("kota", "Surakarta", "Jawa Tengah")
    assert written_name(solo, ["Rapat di SOLO, lalu di Solo, lalu di Surakarta."]) == "Solo"


def event_place(text: str) -> str | None:
    event = extract_event(article_from_text(text))
    return event.location if event else None


def test_city_ending_the_holders_name_when_no_organiser_is_kept() -> None:
    # "Duta ..." opens like a job, so no organiser is listed; its town is the holder's seat
    text = ("Duta Lingkungan Kendari telah melaksanakan webinar pengelolaan sampah pada Sabtu, "
            "12 Maret 2022 melalui Zoom. Narasumber Rina Wulandari memaparkan pemilahan "
            "sampah rumah tangga kepada tiga ratus peserta.")
    assert event_place(text) == "Kota Kendari"


def test_holders_name_with_its_acronym() -> None:
    text = ("Program studi Teknik Lingkungan dan Kelautan (TLK) Universitas Bahari Ambon (UBA) "
            "gelar webinar, Jumat (4/6/2021). Hadir sebagai narasumber Dodi Saputra, dosen "
            "TLK UBA, yang membahas sampah plastik di laut.")
    assert event_place(text) == "Kota Ambon"
