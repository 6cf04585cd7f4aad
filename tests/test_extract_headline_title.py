"""Event titles that only the headline states (index/extract/headline.py; invented texts)."""

from __future__ import annotations

import pytest

from index.extract.event import extract_event
from index.extract.headline import headline_event_title, headline_of, headline_title
from index.model import Article

_BODY = ("Kegiatan ini digelar secara daring melalui Zoom pada Sabtu (4/6/2022) dan diikuti "
         "sekitar 200 peserta.\n\nNarasumber Rina Wulandari, dosen Universitas Uji, "
         "memaparkan pengalamannya.")


@pytest.mark.parametrize(("headline", "title"), [
    # the object of a verb of holding: the event noun and its qualifiers are the name's
    ("Karang Taruna Uji Selenggarakan Seminar Nasional Kebaharian", "Seminar Nasional Kebaharian"),
    # a name of two words or more without an event noun
    ("Dinas Uji Gelar Temu Karya Pemuda Desa", "Temu Karya Pemuda Desa"),
    # an event noun opening the headline labels the report; the name runs to "di" + unit
    ("Webinar Dialog Kebudayaan di Kawasan Timur", "Dialog Kebudayaan di Kawasan Timur"),
    ("Dinas Uji Gelar Webinar Pangan Lestari di Kabupaten Sukamaju", "Webinar Pangan Lestari"),
    # "Di Buka Oleh" (a passive written apart) ends the name
    ("Webinar Forum Petani Muda Di Buka Oleh Bupati Uji", "Forum Petani Muda"),
    # quoted names: after a programme noun, after a cue with a number, a whole quoted headline
    ('Sapa Warga, KBRI Uji Adakan Program "Halo Diaspora"', "Halo Diaspora"),
    ("Anggota Komisi Uji jadi Pembicara Kelas Daring Sukamaju Topik 3 “Tata Kelola Air Bersih”",
     "Tata Kelola Air Bersih"),
    ("“Webinar Pengelolaan Homestay dan Kuliner Lokal di Masa Pemulihan”",
     "Webinar Pengelolaan Homestay dan Kuliner Lokal di Masa Pemulihan"),
    # an English name headed at its end by an event noun
    ("Recap: Campus Nutrition Speaker Series", "Campus Nutrition Speaker Series"),
    ("Peneliti Dua Negara Berbagi Ilmu di Borneo First Annual Meeting",
     "Borneo First Annual Meeting"),
    # a naming cue after the event noun: the name after it, without the noun
    ("Prodi Uji Gelar Talkshow Bertajuk Kota Hijau Masa Depan", "Kota Hijau Masa Depan"),
])
def test_headline_names_the_event(headline: str, title: str) -> None:
    assert headline_title(headline) == title


@pytest.mark.parametrize("headline", [
    # a body after the event noun holds the event; it does not name it
    "Webinar Mahkamah Konstitusi Se-Asia Di Buka Oleh Ketua Hakim",
    "Webinar Universitas Sukamaju, Kupas Hukum Laut",
    # a regulation's citation is the subject matter
    "Bawaslu Uji Gelar Webinar Perbawaslu 3 Tahun 2021",
    "KPU Uji Gelar Sosialisasi UU Nomor 7 Tahun 2017",
    # an event noun with qualifiers only, or a clause ended by a comma
    "Komite Uji Melaksanakan Dialog Virtual dengan Asosiasi Guru",
    "Gelar FGD, Polda Uji Ajak Warga Jaga Lingkungan",
    "Peringatan Hari Guru Sekolah Uji Mengadakan Webinar",
    # without an event noun: one word besides qualifiers names nothing
    "Gugus Uji Laksanakan Virtual KKG",
    # no verb of holding, no event noun
    "Warga Diajak Menanam Pohon di Halaman Rumah",
])
def test_headline_names_no_event(headline: str) -> None:
    assert headline_title(headline) is None


def test_body_in_lower_case_makes_the_name_a_subject() -> None:
    """The body writes the headline's words in lower case: a subject, not a name."""
    body = "Dinas Uji menggelar webinar pertanian organik bagi petani muda, Senin (3/5)."
    assert headline_title("Webinar Pertanian Organik untuk Petani Muda", body) is None
    capitalised = "Dinas Uji menggelar Webinar Pertanian Organik bagi petani muda."
    assert headline_title("Webinar Pertanian Organik untuk Petani Muda", capitalised) == \
        "Pertanian Organik"
    # a name headed by a noun of gathering stands in any case
    gathering = "Dinas Uji menggelar kegiatan temu karya pemuda desa secara daring."
    assert headline_title("Dinas Uji Gelar Temu Karya Pemuda Desa", gathering) == \
        "Temu Karya Pemuda Desa"


def test_headline_is_the_page_title_without_its_site_or_a_short_first_line() -> None:
    text = "Dinas Uji Gelar Temu Karya Pemuda Desa\n\n" + _BODY
    assert headline_of(None, text) == "Dinas Uji Gelar Temu Karya Pemuda Desa"
    # a page title wins; a site's name after a bar is left out
    assert headline_of("Dinas Uji Gelar Temu Karya Pemuda Desa | Warta Uji", "x") == \
        "Dinas Uji Gelar Temu Karya Pemuda Desa"
    # a first paragraph ending in a full stop is a sentence, not a headline
    assert headline_of(None, "Dinas Uji menggelar temu karya.\n\n" + _BODY) is None
    assert headline_event_title(None, text) == "Temu Karya Pemuda Desa"


def test_extract_event_falls_back_to_the_headline() -> None:
    text = "Dinas Uji Gelar Webinar Temu Karya Pemuda Desa\n\n" + _BODY
    event = extract_event(Article(url="https://uji.example/a", text=text))
    assert event is not None and event.title == "Webinar Temu Karya Pemuda Desa"


def test_body_theme_wins_over_the_headline() -> None:
    text = ("Dinas Uji Gelar Webinar Temu Karya Pemuda Desa\n\nDinas Uji menggelar webinar "
            "bertajuk “Desa Kuat, Pemuda Hebat” secara daring, Sabtu (4/6/2022).\n\n"
            "Narasumber Rina Wulandari, dosen Universitas Uji, memaparkan pengalamannya.")
    event = extract_event(Article(url="https://uji.example/b", text=text))
    assert event is not None and event.title == "Desa Kuat, Pemuda Hebat"
