"""Places abroad (index/extract/place_abroad.py), a completed act before the verb of holding
(meta's aspect class) and schooling's "tatap muka" (place._in_person). Invented sentences."""

from __future__ import annotations

from index.extract.datelines import strong_dateline
from index.extract.dates import best_date, find_dates
from index.extract.meta import organizers
from index.extract.place import _in_person, event_location
from index.extract.place_abroad import city_opening, host_mission_city, newsroom_abroad
from index.extract.sentences import split_sentences


def place_of(text: str, organisers: tuple[str, ...] = (),
             title: str | None = None) -> str | None:
    sentences = split_sentences(text)
    best = best_date(find_dates(sentences))
    return event_location(title, sentences, best.sentence if best else None,
                          organisers).location


def test_a_mission_holding_the_event_gives_its_city() -> None:
    text = ("Rayakan Hari Tenun, KBRI Oslo Gelar Webinar Tenun untuk Diaspora\n\n"
            "Norwegia, WARTAUJI - Kedutaan Besar Republik Indonesia di Oslo (KBRI Oslo) "
            "mengelar webinar bertajuk \"Tenun di Mata Dunia\" pada Sabtu (3/10/2020). "
            "Acara yang digelar secara virtual ini diikuti 150 peserta.")
    assert place_of(text) == "Oslo"


def test_a_mission_in_a_guests_position_holds_nothing() -> None:
    texts = ["Sambutan diberikan Rudi Hartanto selaku Konjen RI di Osaka dan Wina Lestari.",
             "Peserta menyimak paparan Atase Pendidikan KBRI Wina dalam webinar itu."]
    assert host_mission_city(texts, ()) is None
    assert host_mission_city(["the Embassy in Seoul held a webinar"], ()) == "Seoul"
    assert host_mission_city([], ("Konsulat Jenderal RI di Houston",)) == "Houston"
    # a country is no city: "Kedutaan Besar RI di Belanda" names none
    assert host_mission_city(["Kedutaan Besar RI di Belanda menggelar webinar"], ()) is None


def test_the_tables_cities() -> None:
    assert city_opening("Kuala Lumpur, Malaysia") == "Kuala Lumpur"
    assert city_opening("Oslo (KBRI Oslo)") == "Oslo"
    assert city_opening("Belanda dan Jerman") is None


def test_a_big_foreign_city_only_the_dateline_names_is_the_newsrooms() -> None:
    text = ("Madrid, Kabar Eropa - Perhimpunan Pelajar Eropa untuk Nusantara menggelar "
            "webinar kesehatan jiwa secara daring, Minggu (6/3/2022). Webinar diikuti 90 "
            "mahasiswa dari berbagai negara.")
    assert place_of(text) is None
    assert newsroom_abroad("Madrid", 0, None, False)
    assert not newsroom_abroad("Madrid", 1, None, False)   # named again in the text
    assert not newsroom_abroad("Madrid", 0, "Madrid", False)  # the holding mission's city
    assert not newsroom_abroad("Madrid", 0, None, True)    # a campus holds the event
    assert not newsroom_abroad("Sentul Raya", 0, None, False)  # no city of the table


def test_a_foreign_city_and_its_country_closed_by_a_full_stop_is_a_dateline() -> None:
    found = strong_dateline("Kuala Lumpur, Malaysia. The Rubber Growers Forum opened the "
                            "workshop in Kuala Lumpur, Malaysia, on 4 June 2024.")
    assert found is not None and found.town == "Kuala Lumpur"
    assert strong_dateline("Kabar Uji, Mesir. Mahasiswa menggelar webinar.") is None
    assert strong_dateline("Bangkok, Thailand: The centre held a webinar") is None


def test_the_city_of_a_city_country_dateline_named_again_is_the_place() -> None:
    text = ("12 June, 2024,\nKuala Lumpur, Malaysia. The Rubber Growers Forum (RGF) opened "
            "the Smallholder Clinic 2024 in Kuala Lumpur, Malaysia, from 4-5 June 2024. The "
            "hybrid clinic gathered growers from six countries.")
    assert place_of(text) == "Kuala Lumpur"


def test_a_completed_act_before_the_verb_of_holding_names_the_holder() -> None:
    for marker in ("usai", "selesai", "baru saja", "sudah", "sedang"):
        sentences = split_sentences(f"Di tengah pandemi, Himpunan Mahasiswa Akuntansi "
                                    f"Universitas Uji Kendari {marker} menyelenggarakan "
                                    f"webinar nasional bertajuk Pajak Digital.")
        assert organizers(sentences) == ["Himpunan Mahasiswa Akuntansi Universitas Uji "
                                         "Kendari"], marker
    text = ("Himpunan Mahasiswa Akuntansi Universitas Uji Kendari usai menyelenggarakan "
            "webinar nasional bertajuk Pajak Digital (Senin, 14/09/2020). Webinar berlangsung "
            "di Zoom Meeting dengan tiga pemateri.")
    assert place_of(text, ("Himpunan Mahasiswa Akuntansi Universitas Uji Kendari",)) \
        == "Kota Kendari"


def test_schoolings_face_to_face_is_no_in_person_meeting() -> None:
    assert not _in_person("Kebijakan pusat mulai menerapkan pembelajaran tatap muka di zona "
                          "hijau.")
    assert not _in_person("Madrasah itu belum memulai kegiatan belajar mengajar (KBM) secara tatap "
                          "muka.")
    assert not _in_person("Daerah itu boleh menerapkan pembelajaran secara tatap muka.")
    assert _in_person("Diskusi itu digelar secara tatap muka sekaligus lewat zoom.")
    assert _in_person("Diskusi digelar secara virtual dan tatap muka di aula.")
