"""Speaker shapes an older extractor got wrong on unseen writing, re-written as invented
sentences: long official positions with "di"/"untuk" and a place, numbered topic lists,
English "presented A (...) and B (...)", and "Mereka adalah A, B, dan C" after a sentence
that announces the speakers.

Every sentence is invented for these tests (fictional people, places and bodies).
"""

from __future__ import annotations

import pytest
from extract_people import HELD, people

from index.extract.sentences import split_sentences


@pytest.mark.parametrize(("sentence", "positions"), [
    ("Webinar ini menghadirkan narasumber Konsul Jenderal RI di Osaka Bagus Hartawan dan "
     "Dosen Universitas Uji Rina Kartika.",
     {"Bagus Hartawan": "Konsul Jenderal RI di Osaka", "Rina Kartika": "Dosen Universitas Uji"}),
    ("Webinar dibuka oleh Konsul Jenderal RI di Osaka, Bagus Hartawan, dan diisi oleh Dosen "
     "Universitas Uji Rina Kartika.",
     {"Bagus Hartawan": "Konsul Jenderal RI di Osaka", "Rina Kartika": "Dosen Universitas Uji"}),
    ("Narasumber webinar adalah Konsul Jenderal Republik Indonesia di Hamburg Teguh Pranoto, "
     "serta Atase Pendidikan KBRI di Tokyo Yuliana Sari.",
     {"Teguh Pranoto": "Konsul Jenderal Republik Indonesia di Hamburg",
      "Yuliana Sari": "Atase Pendidikan KBRI di Tokyo"}),
    ("Hadir sebagai pembicara Kepala Perwakilan BKKBN untuk Provinsi Uji Raya Dwi Anggoro dan "
     "Konjen RI di Sydney Maya Puspita.",
     {"Dwi Anggoro": "Kepala Perwakilan BKKBN untuk Provinsi Uji Raya",
      "Maya Puspita": "Konjen RI di Sydney"}),
    ("Pembicara kunci adalah Kapolri Jenderal Pol Sutomo Hadi serta Direktur Jenderal Pajak "
     "Hendra Wijaya.",
     {"Sutomo Hadi": "Kapolri", "Hendra Wijaya": "Direktur Jenderal Pajak"}),
])
def test_an_office_at_a_place_abroad(sentence: str, positions: dict[str, str]) -> None:
    """"Jenderal" completing an office is no rank before a name, a country written short
    ("RI") is no name, and "di"/"untuk" in an office takes the place before the name."""
    found = people(HELD + sentence)
    assert {n: s.position for n, s in found.items()} == positions


@pytest.mark.parametrize("sentence", [
    "Webinar ini menghadirkan tiga narasumber, yaitu 1) Dr. Bayu Santoso, M.Si; 2) Citra "
    "Dewi; 3) Hendra Wijaya.",
    "Narasumber webinar yaitu (1) Dr. Bayu Santoso, M.Si; (2) Citra Dewi; (3) Hendra Wijaya.",
    "Narasumber webinar yaitu 1. Dr. Bayu Santoso, M.Si, 2. Citra Dewi, 3. Hendra Wijaya.",
])
def test_a_numbered_list_of_speakers_written_inline(sentence: str) -> None:
    """The number of an item ("1)", "(2)", "3.") leads into its person like a list word,
    and "yaitu 1." / ", 2." is no sentence end when the numbers run on."""
    assert set(people(HELD + sentence)) == {"Bayu Santoso", "Citra Dewi", "Hendra Wijaya"}


def test_a_sentence_may_still_end_with_a_small_number() -> None:
    texts = [s.text for s in split_sentences("Jumlah kelompok ada 2. Kelompok pertama dipandu "
                                             "Rina. Peserta, 1. Lalu Budi datang.")]
    assert texts == ["Jumlah kelompok ada 2.", "Kelompok pertama dipandu Rina.",
                     "Peserta, 1.", "Lalu Budi datang."]


@pytest.mark.parametrize("sentence", [
    "Webinar ini menghadirkan narasumber Dosen Universitas Uji Rina Kartika. Materi yang "
    "dibahas meliputi 1) Literasi Digital; 2) Keamanan Data Pribadi; 3) Sekolah VS Gawai.",
    "Webinar ini menghadirkan narasumber Rina Kartika. Materi webinar meliputi: 1) Literasi "
    "Digital; 2) Keamanan Data Pribadi; 3) Sekolah VS Gawai.",
    "Webinar ini menghadirkan narasumber Rina Kartika. Materi yang dibahas dalam webinar "
    "antara lain: 1. Pola Asuh Digital; 2. Orang Tua Teladan; 3. Anak vs Gawai.",
    "Webinar ini menghadirkan narasumber Rina Kartika dengan materi 1) Literasi Keuangan; "
    "2) Investasi Bodong; 3) Menabung VS Belanja.",
    "Dalam webinar tersebut, Rina Kartika menyampaikan materi: 1. Mengenal Internet Sehat, "
    "2. Bahaya Judi Online, 3. Orang Tua dan Gawai.",
    "Webinar ini menghadirkan narasumber Rina Kartika. Dalam webinar ini, narasumber membahas "
    "1) Literasi Digital; 2) Keamanan Data Pribadi; 3) Sekolah VS Gawai.",
    "Narasumber pertama, Rina Kartika, membawakan materi Guru Versus Algoritma.",
])
def test_a_numbered_list_of_topics_names_no_one(sentence: str) -> None:
    """A noun of the talk ("materi") leads into the material, not people, unless a passive
    verb gives its agent; a numbered list whose items name no one surely lists topics; the
    word after "vs"/"versus" is the other side of a title."""
    assert set(people(HELD + sentence)) == {"Rina Kartika"}


@pytest.mark.parametrize("sentence", [
    "Webinar ini menghadirkan narasumber Rina Kartika. Materi ketiga disampaikan Bayu Santoso.",
    "Webinar ini menghadirkan narasumber Rina Kartika. Kedua ada materi yg disampaikan "
    "H. Bayu Santoso, S.Ag yang merupakan Camat Uji.",
    "Webinar ini menghadirkan narasumber Rina Kartika. Materi kedua oleh penyuluh pertanian, "
    "Bayu Santoso.",
])
def test_the_agent_of_a_talk_noun_is_a_speaker(sentence: str) -> None:
    assert set(people(HELD + sentence)) == {"Rina Kartika", "Bayu Santoso"}


HELD_EN = ("UJI – The Uji Institute held a webinar titled “Digital Villages” on Monday "
           "(6/3/2023).\n\n")


@pytest.mark.parametrize("sentence", [
    "The forum presented Maya Lindqvist (University of Uji) and Tomas Hale (Uji Institute of "
    "Technology).",
    "The forum presented Dr. Maya Lindqvist (University of Uji) and Prof. Tomas Hale (Uji "
    "Institute of Technology).",
    "The forum presented Maya Lindqvist of the University of Uji and Tomas Hale of the Uji "
    "Institute of Technology.",
])
def test_an_event_that_presented_two_people(sentence: str) -> None:
    """With the event as its subject, "presented" presents people like "featured"."""
    found = people(HELD_EN + sentence)
    assert {n: s.position for n, s in found.items()} == {
        "Maya Lindqvist": "University of Uji", "Tomas Hale": "Uji Institute of Technology"}


@pytest.mark.parametrize("sentence", [
    "The forum presented findings of the Uji Demographic and Health Survey (UDHS) and the "
    "National Nutrition Survey.",
    "The seminar presented the results of the Uji Household Survey and the Coastal Fisheries "
    "Census.",
    "The seminar featured the results of the Uji Household Survey and the Coastal Fisheries "
    "Census.",
    "The webinar presented a documentary by Uji Film Collective.",
])
def test_an_event_that_presented_things(sentence: str) -> None:
    """A survey is no person; a determiner and a noun that is no job open a thing."""
    assert people(HELD_EN + "Maya Lindqvist was the speaker. " + sentence).keys() == {
        "Maya Lindqvist"}


@pytest.mark.parametrize(("announced", "pronoun"), [
    ("Webinar ini menghadirkan tiga narasumber.", "Mereka adalah"),
    ("Webinar ini menghadirkan tiga narasumber yang ahli di bidangnya.", "Mereka adalah"),
    ("Tiga narasumber hadir dalam webinar ini.", "Mereka adalah"),
    ("Webinar ini menghadirkan tiga narasumber.", "Ketiganya adalah"),
    ("Webinar ini menghadirkan tiga narasumber.", "Mereka antara lain"),
    ("Kegiatan ini menghadirkan tiga orang pemateri.", "Mereka yakni"),
])
def test_a_pronoun_lists_the_speakers_announced_before(announced: str, pronoun: str) -> None:
    found = people(HELD + f"{announced} {pronoun} Dr. Rina Kartika, M.Si, Bayu Santoso, dan "
                   "Citra Dewi.")
    assert {n: s.role for n, s in found.items()} == {
        "Rina Kartika": "speaker", "Bayu Santoso": "speaker", "Citra Dewi": "speaker"}


def test_a_pronoun_list_keeps_each_position() -> None:
    found = people(HELD + "Ada tiga narasumber dalam webinar ini. Mereka ialah Rina Kartika, "
                   "dosen Universitas Uji; Bayu Santoso, Kepala Dinas Kominfo Uji; serta Citra "
                   "Dewi, praktisi media sosial.")
    assert {n: s.position for n, s in found.items()} == {
        "Rina Kartika": "dosen Universitas Uji", "Bayu Santoso": "Kepala Dinas Kominfo Uji",
        "Citra Dewi": "praktisi media sosial"}


def test_a_pronoun_after_the_audience_names_no_speakers() -> None:
    assert people(HELD + "Webinar ini diikuti 200 peserta. Mereka adalah Rina Kartika, Bayu "
                  "Santoso, dan Citra Dewi dari SMA Negeri 1 Uji.") == {}
