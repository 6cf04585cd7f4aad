"""The seats of the kabupaten (index/data/regency_seats.tsv) and what the place reader
does with a dateline that names one."""

from __future__ import annotations

from index import article_from_text, extract_event
from index.extract.gazetteer import Place, find_places, resolve
from index.extract.regency_seats import seat_of
from index.extract.dates import best_date, find_dates
from index.extract.place import event_location
from index.extract.sentences import split_sentences
from index.resources import table


def place_of(text: str) -> tuple[str | None, str | None]:
    sentences = split_sentences(text)
    best = best_date(find_dates(sentences))
    found = event_location(None, sentences, best.sentence if best else None)
    return found.location, found.province


def test_every_kabupaten_outside_jakarta_has_one_seat_the_gazetteer_agrees_with() -> None:
    kabupaten = {(r[1], r[2]) for r in table("gazetteer.tsv") if r[0] == "kabupaten"}
    seats = [(r[1], r[2]) for r in table("regency_seats.tsv")]
    assert len(seats) == len(set(seats)) == len(kabupaten) - 1  # Kepulauan Seribu: none
    assert set(seats) <= kabupaten


def test_a_seat_is_found_however_it_is_spaced_or_cased() -> None:
    bangka = (Place("kabupaten", "Bangka", "Kepulauan Bangka Belitung"),)
    assert seat_of("Sungai Liat") == seat_of("SUNGAILIAT") == seat_of("sungai-liat") == bangka
    assert len(seat_of("Tanjung")) == 2  # the seat of two kabupaten: both are returned
    assert seat_of("Jakarta") == ()
    # a seat that is no kabupaten's name is unknown to the gazetteer
    assert not [resolve(m) for m in find_places("NGABANG")]


def test_an_undated_dateline_naming_a_seat_is_the_place_with_its_province() -> None:
    assert place_of("SUNGAILIAT – Karang taruna menggelar webinar kewirausahaan pemuda secara "
                    "daring bagi anggotanya.") == ("Sungailiat", "Kepulauan Bangka Belitung")
    # a brand of the same shape is no place (no seat, no date, never named again)
    assert place_of("GEMAKAMPUS – Himpunan mahasiswa menggelar webinar kepemimpinan secara "
                    "daring bagi anggotanya.") == (None, None)


def test_a_seat_dateline_over_a_national_body_online_event_is_the_newsroom() -> None:
    # as for a kabupaten's own name: the seat is the newsroom's town, reporting a ministry's
    # online event; a local body's event there is held in the seat
    national = extract_event(article_from_text(
        "NGABANG – Kepala Dinas Pendidikan mengikuti webinar yang diselenggarakan oleh "
        "Kementerian Pendidikan secara virtual, Sabtu (17/7/2021). Webinar diikuti peserta dari "
        "seluruh Indonesia. Narasumber Budi Santoso, Direktur Sekolah Dasar, memaparkan materi "
        "kurikulum.", "https://uji.example/a"))
    assert national is not None and national.location is None
    local = extract_event(article_from_text(
        "NGABANG – Karang Taruna Ngabang menggelar webinar kewirausahaan pemuda secara daring, "
        "Sabtu (17/7/2021). Narasumber Budi Santoso, pengusaha muda, memaparkan materi "
        "pemasaran digital.", "https://uji.example/b"))
    assert local is not None and (local.location, local.province) == (
        "Ngabang", "Kalimantan Barat")
