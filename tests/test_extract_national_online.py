"""A national online event with only a Jakarta dateline has no location (README: "the stated
venue, else the organiser's city or the dateline when the organiser is a local body; national
online events with only a Jakarta dateline have no location"), whether the body is a ministry
or a national association or NGO; a campus, a company or a local government holding the event,
a room of the event's own, or a hybrid event keeps the dateline. Invented sentences."""

from __future__ import annotations

from index.extract.dates import best_date, find_dates
from index.extract.place import event_location
from index.extract.sentences import split_sentences


def place_of(text: str, organisers: tuple[str, ...] = ()) -> tuple[str | None, str | None]:
    sentences = split_sentences(text)
    best = best_date(find_dates(sentences))
    found = event_location(None, sentences, best.sentence if best else None, organisers)
    return found.location, found.province


def test_a_national_association_online_has_no_place() -> None:
    text = ("JAKARTA, Kabar Uji - Ikatan Perawat Lansia Indonesia (IPLI) menggelar webinar "
            "perawatan di rumah secara daring, Sabtu (4/6/2022). Acara diikuti 500 perawat.")
    assert place_of(text) == (None, None)


def test_a_body_named_after_the_nation_without_a_head_word() -> None:
    text = ("Jakarta, Warta Uji – Cerdas Finansial Indonesia sukses menyelenggarakan webinar "
            "tentang tabungan pensiun pada Jumat (8/4) lewat Zoom Meeting.")
    assert place_of(text) == (None, None)
    # named as an organiser, the report opening with something else
    text = ("Jakarta, Warta Uji – Tabungan pensiun masih jarang disiapkan. Hal itu dibahas dalam "
            "webinar yang digelar secara daring, Jumat (8/4).")
    assert place_of(text, ("Cerdas Finansial Indonesia",)) == (None, None)


def test_an_association_without_the_nations_name() -> None:
    text = ("JAKARTA - Koalisi Pembaca Cermat menggelar diskusi daring bertajuk Membaca Berita "
            "dengan Tenang, Rabu (3/11/2021).")
    assert place_of(text) == (None, None)


def test_the_subject_is_the_first_name_and_not_the_event() -> None:
    # the event's own name opens the report; its holder follows
    text = ("KABARUJI.COM, JAKARTA - Webinar Nasional ketiga Kelompok Kajian Pangan Indonesia "
            "(KKPI) bertema Beras dan Sagu kembali diikuti ribuan orang lewat Zoom.")
    assert place_of(text) == (None, None)
    # a programme the subject runs is no body holding the event
    text = ("Warta Uji, Jakarta – Sejak 2019 Ikatan Apoteker Muda Indonesia (IAMI) mengembangkan "
            "Akademi Obat Aman dan menggelar diskusi daring, Kamis (9/12/2021).")
    assert place_of(text) == (None, None)


def test_a_statement_made_in_jakarta_repeats_the_dateline() -> None:
    text = ("JAKARTA (Warta Uji): Perhimpunan Pustakawan Indonesia menggelar webinar literasi "
            "secara daring pada 2 Agustus 2021.\n\n\u201cKami tetap melayani pembaca,\u201d "
            "kata Rina Wulandari di Jakarta, Senin (2/8/2021).")
    assert place_of(text) == (None, None)


def test_a_local_body_a_room_or_a_hybrid_event_keeps_jakarta() -> None:
    # a campus co-holding the event (its city may be the dateline's)
    text = ("Jakarta,- Institut Dharma Uji bekerja sama dengan Persatuan Umat Uji Indonesia "
            "menyelenggarakan webinar secara daring melalui Zoom pada 5 April 2025.")
    assert place_of(text)[0] == "Jakarta"
    # a campus joined to the association in the report's subject
    text = ("JAKARTA - Ikatan Relawan Siaga Indonesia bersama Universitas Cakra Uji menggelar "
            "webinar kebencanaan secara daring, Sabtu (25/2/2023).")
    assert place_of(text)[0] == "Jakarta"
    # the event had a room of its own
    text = ("Jakarta, Warta Uji - Bertempat di ruang rapat lantai 3, Ikatan Notaris Muda "
            "Indonesia membuka webinar internasional secara virtual, Kamis (17/3/2022).")
    assert place_of(text)[0] == "Jakarta"
    text = ("JAKARTA - Ikatan Relawan Siaga Indonesia menggelar webinar kebencanaan yang "
            "disiarkan dari studio utama sekretariat pusat, Sabtu (25/2/2023).")
    assert place_of(text)[0] == "Jakarta"
    # hybrid
    text = ("JAKARTA - Ikatan Relawan Siaga Indonesia menggelar webinar kebencanaan secara "
            "hybrid, Sabtu (25/2/2023).")
    assert place_of(text)[0] == "Jakarta"
    # the capital's own government
    text = ("JAKARTA - Pemprov DKI bersama Ikatan Relawan Siaga Indonesia menggelar webinar "
            "kebencanaan secara daring, Sabtu (25/2/2023).")
    assert place_of(text)[0] == "Jakarta"
