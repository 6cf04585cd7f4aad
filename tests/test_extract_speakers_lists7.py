"""Members of a programme list that the list's own structure shows to be speakers:
a one-word name whose role an apposition gives ("A selaku Dirjen X", "dan B yang merupakan
Tim Y"), and a second list after the cue that introduced the first one ("dihadiri oleh N
pembicara, di antaranya ... . Selanjutnya ... dihadiri oleh A dari X, B dari Y").

Every sentence is invented for these tests (fictional people, places and bodies).
"""

from __future__ import annotations

from index.extract.event import extract_event
from index.extract.people_3_phrase import parse_person
from index.pipeline.records import article_from_text


def _speakers(text: str) -> dict[str, tuple[str, str | None]]:
    event = extract_event(article_from_text("Judul Berita\n\n" + text,
                                            "https://uji.example/berita"))
    assert event is not None
    return {s.name: (s.role, s.position) for s in event.speakers}


def test_a_one_word_name_before_selaku_is_the_person_not_the_body_after_it() -> None:
    person = parse_person("Suharyono selaku Dirjen Konservasi Rimba dan Ekosistem Kementerian "
                          "Kehutanan")
    assert person is not None
    assert person.name == "Suharyono"
    assert person.position == "Dirjen Konservasi Rimba dan Ekosistem Kementerian Kehutanan"


def test_a_marked_name_after_selaku_is_still_its_own_person() -> None:
    person = parse_person("Sinarmas selaku penyelenggara, Dr. Rina Kartika")
    assert person is not None
    assert person.name == "Rina Kartika"


def test_a_list_opening_with_a_one_word_name_and_selaku() -> None:
    found = _speakers(
        "Webinar Hutan Lestari digelar secara daring pada Senin (5/4/2021).\n"
        "Pembicara yang hadir dalam webinar tersebut di antaranya Suharyono selaku Dirjen "
        "Pengelolaan Hutan Lestari dan Lahan Kementerian Kehutanan, Maya Kurniasih selaku "
        "Ketua Umum Asosiasi Pengusaha Kayu Indonesia (APKI), serta Bonifasius Tanau selaku "
        "CEO Rimba Hijau Nusantara.")
    assert found["Suharyono"][0] == "speaker"
    assert found["Suharyono"][1].startswith("Dirjen Pengelolaan Hutan")
    assert "Pengelolaan Hutan" not in found
    assert found["Maya Kurniasih"][0] == "speaker"


def test_a_one_word_name_after_dan_with_its_role_given_by_an_apposition() -> None:
    found = _speakers(
        "Pelatihan pengelolaan desa wisata digelar secara daring oleh Pusat Studi Desa.\n"
        "Pemateri yang mengisi pelatihan tersebut yaitu Rahmat Hidayat, S.Pd dan Sutrisno "
        "yang merupakan Tim Pengelola Kampung Wisata Melati Sari.")
    assert found["Rahmat Hidayat"][0] == "speaker"
    assert found["Sutrisno"] == ("speaker", "Tim Pengelola Kampung Wisata Melati Sari")
    assert "Melati Sari" not in found


_TWO_DAYS = (
    "SUKAMAJU - Seminar internasional perikanan digelar Universitas Sukamaju secara daring.\n"
    "Acara yang berlangsung dua hari itu {verb} 6 pembicara utama diantaranya adalah "
    "Dr. Haruto Sakamoto dari Pusat Riset Kelautan Osaka (Jepang), Prof. Dr. Layla Hamdan "
    "dari Universitas Teluk Merah (Yordania), dan Dr. Ir. Bagus Wirawan, M.Si dari Fakultas "
    "Perikanan Universitas Sukamaju (Indonesia) pada hari pertama, Selasa (14/10).\n"
    "Kemudian, pada sesi regional (15/10) dihadiri oleh Dr. Ir. Teguh Raharjo, M.Sc "
    "dari Institut Maritim Bahari, Dr. Sekar Anindita, S.Pi, M.Si dari Dinas Kelautan "
    "Provinsi Sukamaju dan Prof. Dr. Yusran Malik, M.Sc dari Universitas Tanjung Jaya.")


def test_a_second_list_after_the_cue_that_introduced_the_speakers() -> None:
    # (six "main speakers" are the panel, speakers each: main_speakers)
    found = _speakers(_TWO_DAYS.format(verb="dihadiri oleh"))
    assert found["Haruto Sakamoto"][0] == "speaker"
    assert found["Teguh Raharjo"] == ("speaker", "Institut Maritim Bahari")
    assert found["Sekar Anindita"][0] == "speaker"
    assert found["Yusran Malik"][0] == "speaker"


def test_an_audience_list_after_another_cue_stays_off_the_programme() -> None:
    found = _speakers(_TWO_DAYS.format(verb="menghadirkan"))
    assert found["Haruto Sakamoto"][0] == "speaker"
    assert "Teguh Raharjo" not in found
    assert "Sekar Anindita" not in found
