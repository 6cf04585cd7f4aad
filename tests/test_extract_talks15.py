"""Talk titles of speakers already placed on the programme (round 15): where an unquoted
title ends (a relative clause after a comma, "yaitu," spelling it out, and "yang" inside a
title written in title case), a semicolon between a name and the next list item's talk
cue, and the plain form of "discuss". All sentences are invented."""

from __future__ import annotations

from extract_people import HELD, people

from index.extract.talks import talk_after


def test_a_relative_clause_after_a_comma_ends_a_lower_case_title() -> None:
    for relative in ("dimana", "di mana"):
        talk = talk_after(f" memaparkan materi dengan tema perawatan gigi anak usia dini, "
                          f"{relative} orang tua diminta rajin memeriksa gusi balita.")
        assert talk is not None and talk.text == "perawatan gigi anak usia dini"


def test_yaitu_with_a_comma_spells_the_title_out() -> None:
    talk = talk_after(" menjelaskan tentang dua jenis pupuk yang paling banyak dipakai petani "
                      "yaitu, pupuk kandang dan kompos daun.")
    assert talk is not None and talk.text == "dua jenis pupuk yang paling banyak dipakai petani"


def test_yang_before_a_capitalised_word_belongs_to_a_title_case_title() -> None:
    talk = talk_after(" membawakan materi tentang Tata Kelola Pasar Ikan yang Higienis. Pasar "
                      "ikan kini ramai.")
    assert talk is not None and talk.text == "Tata Kelola Pasar Ikan yang Higienis"
    talk = talk_after(" membawakan materi tentang Tata Kelola Pasar Ikan yang kini ramai.")
    assert talk is not None and talk.text == "Tata Kelola Pasar Ikan"


def test_a_semicolon_after_a_bracket_parts_the_next_items_talk() -> None:
    assert talk_after(" (Direktur Balai Sungai Uji); lalu pembicara kedua, yang membawakan "
                      "materi dengan judul Pengeringan Gabah Tenaga Surya.") is None


def test_the_plain_form_of_discuss_takes_its_object_as_the_subject() -> None:
    found = people("The Faculty of Law of Uji University held an online webinar on Monday "
                   "(6/3/2023) via Zoom with two speakers, Dr. Marisol Quenta Apaza and Prof. "
                   "Tomasz Wierzbicki.\n\nDr. Marisol Quenta Apaza discuss the water rights of "
                   "highland farmers in the Andes.")
    assert found["Marisol Quenta Apaza"].talk_title == (
        "the water rights of highland farmers in the Andes")


def test_a_fronted_talk_phrase_with_an_unquoted_subject() -> None:
    found = people(HELD + "Dalam pemaparan materinya mengenai pengelolaan sampah plastik di "
                   "pasar tradisional, Dr. Wulan Pratiwi Sembiring dari Universitas Tanjung Uji "
                   "juga menyinggung peran pedagang.")
    assert found["Wulan Pratiwi Sembiring"].talk_title == (
        "pengelolaan sampah plastik di pasar tradisional")


def test_an_unquoted_title_between_a_talk_noun_and_its_agent() -> None:
    text = (HELD + "Webinar itu menghadirkan narasumber Ir. Bagas Prakoso Wibisono dari Dinas "
            "Perikanan.\n\nAcara berlanjut dengan pemaparan materi mengenai budidaya rumput "
            "laut oleh Ir. Bagas Prakoso Wibisono dari Dinas Perikanan.")
    assert people(text)["Bagas Prakoso Wibisono"].talk_title == "budidaya rumput laut"


def test_a_title_case_title_before_the_passive_agent() -> None:
    text = (HELD + "Sesi pertama dibuka dengan materi Pengolahan Limbah Tahu Skala Rumah Tangga "
            "yang disampaikan oleh narasumber Rina Kartikasari (Kepala UPT Lingkungan).")
    assert people(text)["Rina Kartikasari"].talk_title == (
        "Pengolahan Limbah Tahu Skala Rumah Tangga")


def test_no_title_without_a_preposition_in_lower_case() -> None:
    text = (HELD + "Sesi pertama dibuka dengan materi pengolahan limbah tahu yang disampaikan "
            "oleh narasumber Rina Kartikasari (Kepala UPT Lingkungan).")
    assert people(text)["Rina Kartikasari"].talk_title is None


def test_an_openings_remarks_about_something_are_no_talk() -> None:
    text = (HELD + "Acara dibuka dengan sambutan dari Drs. Hendra Wijayakusuma selaku Ketua "
            "Yayasan Uji, yang menyampaikan tentang sejarah berdirinya yayasan di desa itu.\n\n"
            "Narasumber webinar adalah Dr. Wulan Pratiwi Sembiring dari Universitas Tanjung "
            "Uji.")
    found = people(text)
    assert found["Hendra Wijayakusuma"].role == "opening"
    assert found["Hendra Wijayakusuma"].talk_title is None


def test_an_opening_speech_with_a_quoted_title_keeps_it() -> None:
    text = (HELD + "Ketua Yayasan Uji, Drs. Hendra Wijayakusuma, memberikan opening speech "
            "tentang “Desa Tangguh Menghadapi Banjir Rob”.")
    found = people(text)
    assert found["Hendra Wijayakusuma"].talk_title == "Desa Tangguh Menghadapi Banjir Rob"


def test_what_the_panel_discussed_is_no_talk_of_its_moderator() -> None:
    text = (HELD + "Narasumber webinar adalah Dr. Wulan Pratiwi Sembiring dari Universitas "
            "Tanjung Uji dan Ir. Bagas Prakoso Wibisono dari Dinas Perikanan. Keduanya "
            "dimoderatori Prof. Sutrisno Hadiwijoyo membahas bagaimana nelayan kecil bertahan.")
    found = people(text)
    assert found["Sutrisno Hadiwijoyo"].role == "moderator"
    assert found["Sutrisno Hadiwijoyo"].talk_title is None
