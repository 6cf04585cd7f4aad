"""Datelines ended by a colon ("KENDARI: ...", "Kabar Uji, Kendari: ...", "Kendari, KU: ...")
and the national body's event that also met in a room of its own. Invented sentences."""

from __future__ import annotations

from index.extract.datelines import dateline_head, strong_dateline
from index.extract.dates import best_date, find_dates
from index.extract.place import event_location
from index.extract.sentences import split_sentences


def place_of(text: str, organisers: tuple[str, ...] = ()) -> tuple[str | None, str | None]:
    sentences = split_sentences(text)
    best = best_date(find_dates(sentences))
    found = event_location(None, sentences, best.sentence if best else None, organisers)
    return found.location, found.province


def test_a_colon_ends_a_dateline_of_a_known_town() -> None:
    for text in ("KENDARI: Webinar literasi digalakkan.", "Kendari, KU: Webinar literasi.",
                 "Warta Uji, Kendari: Webinar literasi."):
        found = strong_dateline(text)
        assert found is not None and text[:found.end].rstrip().endswith(":")
        assert dateline_head(text) == found.end


def test_a_label_before_a_colon_is_no_dateline() -> None:
    for text in ("Editor: Rina Wulandari", "Webinar Nasional: Menata Kota Hijau",
                 "Lisboa, Portugal: The centre hosted a webinar", "Kendari: kota lama"):
        assert strong_dateline(text) is None


def test_a_national_association_online_with_a_colon_dateline_has_no_place() -> None:
    text = ("IPLI, Jakarta: Ikatan Perawat Lansia Indonesia (IPLI) menggelar webinar perawatan "
            "di rumah secara daring, Sabtu (4/6/2022). Acara diikuti 500 perawat.")
    assert place_of(text, ("Ikatan Perawat Lansia Indonesia (IPLI)",)) == (None, None)


def test_a_ministry_event_that_also_met_in_its_own_room_keeps_jakarta() -> None:
    text = ("JAKARTA: Kementerian Urusan Pangan menggelar diskusi pangan lokal secara daring "
            "dan luring, Selasa (9/11/2021), di Ruang Rapat Utama Gedung B kementerian itu. "
            "Acara dibuka Sekretaris Jenderal Kementerian Urusan Pangan, Rudi Hartanto.")
    assert place_of(text, ("Kementerian Urusan Pangan",)) == ("Jakarta", "DKI Jakarta")
    # online only, the dateline is the newsroom's
    online = ("JAKARTA: Kementerian Urusan Pangan menggelar diskusi pangan lokal secara daring, "
              "Selasa (9/11/2021). Acara dibuka Sekretaris Jenderal Kementerian Urusan "
              "Pangan, Rudi Hartanto.")
    assert place_of(online, ("Kementerian Urusan Pangan",)) == (None, None)


def test_a_central_board_of_a_student_movement_is_no_campus() -> None:
    text = ("JAKARTA - Dewan Pimpinan Pusat (DPP) Ikatan Mahasiswa Tani Indonesia (IMTI) "
            "menggelar diskusi daring tentang pupuk, Minggu (7/6/2020).")
    assert place_of(text) == (None, None)
    # a student body of one campus keeps the dateline
    campus = ("JAKARTA - Himpunan Mahasiswa Teknik Universitas Uji Indonesia menggelar diskusi "
              "daring tentang pupuk, Minggu (7/6/2020).")
    assert place_of(campus) == ("Jakarta", "DKI Jakarta")


def test_a_weak_dateline_opening_with_a_longer_town_name() -> None:
    text = ("Banjar Tegeh, Perpustakaan kampus kini harus hadir di media sosial. Hal itu "
            "dibahas dalam webinar Universitas Pendidikan Uji secara daring, Sabtu (4/6/2022).")
    assert place_of(text)[0] is None
    # the regency alone still heads the dateline
    text = ("Banjar, Perpustakaan kampus kini harus hadir di media sosial. Hal itu dibahas "
            "dalam webinar secara daring, Sabtu (4/6/2022).")
    assert place_of(text)[0] == "Kota Banjar"


def test_a_town_in_capitals_and_a_full_stop_is_a_dateline_of_its_own() -> None:
    # "KENDARI." on a line of its own, the report after it: the dateline, as "KENDARI -" is
    text = ("Diskusi Fakultas Teknik\n\nPALOPO. Persoalan jembatan gantung dibahas dalam "
            "webinar yang diselenggarakan oleh prodi Magister Teknik Sipil, Selasa (30/11/2021).")
    assert place_of(text) == ("Kota Palopo", "Sulawesi Selatan")
    assert strong_dateline("PALOPO.") is not None
    # a label in capitals with a stop, or a town written in lower case, is none
    for text in ("FOTO.", "BERITA TERKINI.", "Palopo.", "PALOPO. Webinar"):
        assert strong_dateline(text) is None
