"""Dictionary evidence: an unanchored capitalised run every word of which is an ordinary
English word ("Quality Assurance", "Division") is no person; a name keeps at least one word
the dictionary does not hold in lower case only, and an honorific outweighs the dictionary.

Every sentence is invented for these tests (fictional people, places and bodies).
"""

from __future__ import annotations

from extract_people import people

from index.extract.english_words import english_words, ordinary_english
from index.extract.people_3_phrase import parse_person

_HELD = ("KAMPUS UJI – The Faculty of Marine Studies of Universitas Tanjung Uji held an "
         "international webinar titled “Oceans After the Pandemic” on 4 March 2022 via Zoom.\n\n")


def test_the_list_holds_common_words_but_no_names_or_short_words() -> None:
    words = english_words()
    assert {"division", "assurance", "quality", "fisheries", "concrete"} <= words
    assert not {"grace", "rose", "mark", "martin"} & words  # also written as names
    assert not {"tan", "lee"} & words  # under four letters
    assert all(w.islower() and w.isalpha() for w in words)


def test_ordinary_english_needs_every_word_in_the_list() -> None:
    assert ordinary_english(["Quality", "Assurance"])
    assert ordinary_english(["Division"])
    assert not ordinary_english(["Rina", "Quality"])  # "Rina" is no English word
    assert not ordinary_english(["A.", "Quality"])  # an initial keeps the run a name
    assert not ordinary_english([])


def test_a_unit_name_in_a_job_title_is_no_person() -> None:
    assert parse_person("Head of Planning Division") is None
    person = parse_person("Head of Planning Division, Dr. Arnel Quimbo")
    assert person is not None and person.name == "Arnel Quimbo"


def test_a_job_title_in_a_list_of_speakers_is_no_person() -> None:
    found = people(_HELD + "The forum had three guest speakers, namely Dean of Graduate "
                   "Studies, Universiti Uji Jaya, Dr. Halimah Sopian from Malaysia; Programme "
                   "Coordinator, Kampong Uji College, Arnel Quimbo from the Philippines, "
                   "Director of Directorate of Student Welfare and Career Services, Lembah Uji "
                   "University, Dr. Kofi Mensah from Ghana.")
    assert "Programme" not in found
    assert found["Kofi Mensah"].position is not None
    assert found["Kofi Mensah"].position.startswith("Director of Directorate of Student Welfare")


def test_a_field_in_the_name_of_an_agency_is_no_person() -> None:
    found = people(_HELD + "The keynote speakers included Arnel Quimbo, Ph.D from the National "
                   "Institute of Coastal Science, Coastal Research and Training Agency (Japan), "
                   "and Dr. Halimah Sopian from Universiti Uji Jaya (Malaysia).")
    assert set(found) == {"Arnel Quimbo", "Halimah Sopian"}
    assert found["Arnel Quimbo"].position == ("National Institute of Coastal Science, Coastal "
                                              "Research and Training Agency (Japan)")


def test_a_capitalised_programme_item_is_no_person() -> None:
    found = people(_HELD + "Kegiatan meliputi sambutan oleh Rina Sopian selaku Ketua Panitia, "
                   "penyampaian materi oleh Bapak Dedi Santoso, S.T. selaku Kepala Seksi BPBD "
                   "Kota Uji, diskusi kelompok, dan pengisian Exit Ticket.")
    assert set(found) == {"Rina Sopian", "Dedi Santoso"}


def test_an_honorific_outweighs_the_dictionary() -> None:
    found = people(_HELD + "The keynote speech was delivered by Dr. Sterling Hope.")
    assert set(found) == {"Sterling Hope"}
