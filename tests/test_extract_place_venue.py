"""A stated venue's town that the gazetteer lacks (index/extract/place_venue.py): read from
the grammar of the venue phrase (invented sentences, invented or foreign towns)."""

from __future__ import annotations

from index.extract.case_evidence import article_words
from index.extract.dates import best_date, find_dates
from index.extract.place import event_location
from index.extract.place_venue import venue_towns
from index.extract.sentences import split_sentences


def location(text: str) -> tuple[str | None, str | None]:
    with article_words(text):
        sentences = split_sentences(text)
        best = best_date(find_dates(sentences))
        found = event_location(None, sentences, best.sentence if best else None)
    return found.location, found.province


def towns(text: str) -> list[str]:
    with article_words(text):
        return [v.name for v in venue_towns(split_sentences(text))]


def test_a_hotel_brand_with_the_town_unknown_to_the_gazetteer() -> None:
    text = ("Seminar daring itu digelar Dinas Koperasi Kabupaten Sigi di ballroom Hotel Mutiara "
            "Lorongsari, Selasa (3/5). Seminar juga disiarkan untuk warga Kabupaten Sigi.")
    assert location(text)[0] == "Lorongsari"


def test_an_address_apposition_names_a_foreign_city() -> None:
    text = ("Simposium pelajar itu digelar secara hibrida. Presentasi luring bertempat di aula "
            "Konsulat, Canberra. Peserta daring bergabung dari berbagai negara.")
    assert location(text) == ("Canberra", None)


def test_a_town_before_its_province() -> None:
    text = ("Kementerian Uji menggelar webinar bela negara di Grand Pelangi Hotel Sentani Papua "
            "Kamis 15 April 2021. Webinar diikuti 200 peserta.")
    assert location(text) == ("Sentani", "Papua")


def test_a_venue_after_a_verb_of_holding() -> None:
    text = ("Badan Uji kembali mengadakan webinar wisata bahari yang berlangsung secara hybrid "
            "di Pantai Tanjungsari dan online, pada Jumat (12/11).")
    assert location(text)[0] == "Pantai Tanjungsari"


def test_a_name_ending_several_bodies_is_their_seat() -> None:
    text = ("Ikatan Pelajar Uji dengan dukungan KBRI Canberra menyelenggarakan simposium ilmiah. "
            "Acara yang digelar di Wisma Nusantara Canberra serta di kampus Universitas Canberra "
            "ini diisi para akademisi.")
    assert towns(text) == ["Canberra"]


def test_no_town_from_a_body_a_room_or_an_acronym() -> None:
    # a body the clause goes on about, a job word before a province, a campus's short name
    assert towns("Diadakan webinar virtual Dewan Uji, di ruang Rapat Utama, Dewan Hakim "
                 "dibuka secara resmi oleh Ketua Dewan.") == []
    assert towns("Dinas Uji menggelar webinar di Ruang Pola Kantor Gubernur Sulawesi Barat, "
                 "Senin (26/9/2022).") == []
    assert towns("Universitas Lorong Uji (Unlor) menggelar talkshow secara hybrid di Ruang "
                 "Serbaguna Fakultas Hukum Unlor dan disiarkan di kanal Youtube Hukum Unlor.") == []
    assert towns("Seminar itu dilaksanakan di Pulau Sumatera bagian utara.") == []
    assert towns("Webinar digelar di Pendopo Ronggo Wiryo, Selasa (3/11/2020).") == []


def test_a_known_place_in_the_venue_is_left_to_the_gazetteer() -> None:
    assert towns("Webinar digelar di Aula Komputer Lorongsari, Kabupaten Labuhanbatu, serta "
                 "daring melalui Zoom.") == []
    assert location("Webinar digelar di Hotel Aston Uji Kendari, Jumat (12/11/2021).")[0] \
        == "Kota Kendari"
