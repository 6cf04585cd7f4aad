"""The organiser's city of a campus unit, a population that is no audience, a place ending a
name spelled out before its acronym, and an opening that names the audience (invented
articles; index.extract.place_campus, place_content, place_acronym, place)."""

from __future__ import annotations

from index.extract.dates import best_date, find_dates
from index.extract.place import event_location, place_votes
from index.extract.place_acronym import ends_spelled_name
from index.extract.place_campus import campus_city
from index.extract.place_content import speaks_of_event
from index.extract.sentences import split_sentences


def _place(text: str, organisers: list[str] | None = None) -> str | None:
    sentences = split_sentences(text)
    best = best_date(find_dates(sentences))
    return event_location(None, sentences, best.sentence if best else None,
                          organisers or []).location


def test_the_campus_beside_its_unit_in_the_subject_gives_the_town() -> None:
    text = ("Mahasiswa Universitas Nusa Bakti Kendari (UNBK), Program Studi Ilmu Hukum Kelas "
            "2B menggelar Webinar Nasional Hukum Laut pada Sabtu (3/7/2021). Acara ini "
            "membahas hukum laut dan diikuti ratusan peserta dari berbagai kampus.")
    # the organiser found is the class alone, whose name holds no town
    assert _place(text, ["Kelas 2B"]) == "Kota Kendari"
    sentences = split_sentences(text)
    found = campus_city(sentences)
    assert found is not None and found.name == "Kendari"


def test_a_campus_outside_the_subject_gives_no_town() -> None:
    # a guest's campus after the verb, and a campus behind a lower-case word
    text = ("Program Studi Ilmu Hukum Kelas 2B menggelar webinar bersama dosen Universitas "
            "Nusa Bakti Kendari (UNBK) pada Sabtu (3/7/2021).")
    assert campus_city(split_sentences(text)) is None
    text = ("Dosen yang pernah kuliah di Universitas Nusa Bakti Kendari lalu mengajar, Kelas "
            "2B menggelar webinar pada Sabtu (3/7/2021).")
    assert campus_city(split_sentences(text)) is None


def test_a_population_in_a_sentence_about_no_event_is_no_audience() -> None:
    text = ("Tanggal 17 Mei 1917 adalah hari ketika rakyat Blitar bersama para nelayan "
            "menolak pajak kapal. Himpunan Mahasiswa Sejarah Universitas Bumi Raya Malang "
            "menggelar webinar refleksi sejarah pada Senin (17/5/2021).")
    # a history's people, not the audience the event was for
    votes, _ = place_votes(None, split_sentences(text), 1, ["Universitas Bumi Raya Malang"])
    assert [v.cue for v in votes if v.place.name == "Blitar"] == ["bare"]
    assert not speaks_of_event("Angka stunting di kalangan penduduk Sigi naik dua persen.")
    assert speaks_of_event("Warga Sigi antusias ikuti pelatihan budidaya lebah.")
    # the audience of the event keeps its weight
    text = ("Sebuah webinar budidaya lebah untuk warga Kabupaten Sigi digelar pada Senin "
            "(17/5/2021).")
    assert _place(text) == "Kabupaten Sigi"


def test_a_place_ending_a_name_before_its_acronym_is_inside_the_name() -> None:
    text = "Peserta datang dari Yayasan Kasih Bersama untuk Sigi (YKBS) dan SMA Tunas."
    at = text.index("Sigi")
    assert ends_spelled_name(text, at, at + len("Sigi"))
    text = "Peserta dari Kabupaten Penajam Paser Utara (PPU) hadir."
    at = text.index("Penajam")
    assert not ends_spelled_name(text, at, text.index(" (PPU)"))
    text = ("Webinar tanah longsor diadakan pada 4 Mei 2021 dan diikuti 60 siswa dari "
            "Yayasan Kasih Bersama untuk Sigi (YKBS) dan SMA Tunas.")
    assert _place(text) is None


def test_an_opening_naming_the_audience_is_no_regional_seat() -> None:
    text = ("Palu, Kabar Uji - Sebanyak 200 guru di tujuh kabupaten di Sulawesi Tengah mengikuti "
            "webinar keamanan siber, Kamis (18/11/2021). Kegiatan yang diadakan Kementerian "
            "Komunikasi dan Informatika itu mengundang dua narasumber dan berlangsung "
            "lewat Zoom.")
    assert _place(text, ["Kementerian Komunikasi dan Informatika"]) is None


def test_a_venue_address_with_a_kilometre_post_and_street_names_its_town() -> None:
    # "Jln." does not end the sentence, and "KM 3,5" is one number of the address
    text = ("Kabar Uji - Himpunan Mahasiswa Olahraga telah melaksanakan kuliah umum secara "
            "hybrid, peserta luring dilaksanakan di Aula Kampus KM 3,5 Jln. Merdeka Tondo "
            "Palu, Senin 4 April 2022. Peserta daring berasal dari Kabupaten Sigi, Kabupaten "
            "Poso, Kabupaten Donggala dan Kota Palu.")
    assert _place(text) == "Kota Palu"
    sentences = split_sentences(text)
    assert "Jln. Merdeka" in sentences[0].text


def test_a_campus_joined_to_a_co_holder_by_a_collaboration_word_is_in_the_subject() -> None:
    text = ("HUMAS-Program Studi Gizi Universitas Nusa Bakti Kendari (UNBK) berkolaborasi "
            "dengan Faculty of Food Sciences Universiti Teknologi Selatan (UTS) menggelar "
            "webinar internasional pada Rabu (27/10/2021).")
    found = campus_city(split_sentences(text))
    assert found is not None and found.name == "Kendari"
    text = ("Program Studi Gizi Universitas Nusa Bakti Kendari bekerja sama dengan Dinas "
            "Pangan Uji menggelar webinar pada Rabu (27/10/2021).")
    found = campus_city(split_sentences(text))
    assert found is not None and found.name == "Kendari"


def test_a_seat_dateline_named_by_a_holder_is_the_town_as_written() -> None:
    # the kabupaten's office and a campus named after its seat hold the event together: the
    # organiser's city and the dateline agree on the seat
    text = ("SENGKANG - Dinas Pertanian Kabupaten Wajo bersama Sekolah Tinggi Sengkang "
            "menyelenggarakan webinar tentang irigasi sawah pada Kamis (4/3/2021). Kegiatan "
            "ini diikuti para penyuluh dan mahasiswa Sekolah Tinggi Sengkang.")
    organisers = ["Dinas Pertanian Kabupaten Wajo", "Sekolah Tinggi Sengkang"]
    assert _place(text, organisers) == "Sengkang"
    # the office alone holds it: its kabupaten
    assert _place(text, organisers[:1]) == "Kabupaten Wajo"
