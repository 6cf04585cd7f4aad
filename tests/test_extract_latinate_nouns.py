"""Latinate nouns of an act or a state (Indonesian -asi, English -tion/-sion) are no name
words: a title ending in two of them ("... dan Transformasi Birokrasi", "of Social Integration")
neither reads as a person nor takes the name that follows it.

Every sentence is invented for these tests (fictional people, places and bodies).
"""

from __future__ import annotations

from extract_people import HELD, people

from index.extract.latinate_nouns import latinate_noun


def test_the_class_is_told_by_suffix_and_dictionary() -> None:
    assert latinate_noun("Birokrasi") and latinate_noun("Komunikasi")
    assert latinate_noun("Integration") and latinate_noun("Commission.")
    # short words and words no dictionary holds may be name parts
    assert not latinate_noun("Wasi") and not latinate_noun("Marion")
    assert not latinate_noun("Sulastriasi") and not latinate_noun("Nation")


def test_an_office_title_ending_in_two_such_nouns_keeps_its_holder() -> None:
    found = people(HELD + "Kegiatan itu dibuka Asisten Deputi Bidang Tata Kelola Kementerian "
                          "Pembangunan Daerah dan Transformasi Birokrasi, Lestari Handayani, Senin "
                          "(6/3/2023) di aula kantor bupati.")
    assert "Lestari Handayani" in found and "Transformasi Birokrasi" not in found
    assert found["Lestari Handayani"].role == "opening"


def test_an_english_field_noun_is_not_glued_to_the_name() -> None:
    found = people("BANDAR UJI - The ministry held a webinar for young farmers on Monday "
                   "(6/3/2023).\n\nDirector General of Social Integration Toni Kusuma said the "
                   "webinar was meant to help farmers sell online.")
    assert "Toni Kusuma" in found and "Integration Toni Kusuma" not in found


def test_english_ment_nouns_and_indonesian_is_adjectives_join_the_class() -> None:
    assert latinate_noun("Agreement") and latinate_noun("Government.")
    assert latinate_noun("Strategis") and latinate_noun("Ekonomis")
    # short or dictionary-less words, and the given name "-lis", stay possible name parts
    assert not latinate_noun("Clement") and not latinate_noun("Idris")
    assert not latinate_noun("Mukhlis") and not latinate_noun("Yohanis")


def test_a_treaty_or_a_government_is_no_speaker() -> None:
    found = people("KOTA UJI - The embassy held a webinar on school meals on Monday (6/3/2023). "
                   "The speakers were Rosa Quispe from Nutri Andes, a Chilean Government "
                   "programme, and Dewi Laras of the ministry.\n\nThe Kyoto Agreement, she said, "
                   "asks every city to act.")
    assert "Rosa Quispe" in found and "Dewi Laras" in found
    assert "Chilean Government" not in found and "Kyoto Agreement" not in found


def test_an_is_adjective_closing_a_field_is_not_glued_to_the_holder() -> None:
    found = people(HELD + "Narasumbernya yaitu Staf Ahli Menteri Bidang Kajian Strategis Bonar "
                          "Simanjuntak dan Kepala Biro Umum Rina Wulandari.")
    assert "Bonar Simanjuntak" in found and "Strategis Bonar Simanjuntak" not in found
