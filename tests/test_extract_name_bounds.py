"""Where a name starts and ends when a title, a place, initials or degrees stand next to it.

Every sentence is invented for these tests (fictional people, places and bodies).
"""

from __future__ import annotations

import pytest

from index.extract.event import extract_event
from index.extract.people_3_phrase import parse_person
from index.extract.sentences import split_sentences
from index.pipeline.records import article_from_text


@pytest.mark.parametrize(("phrase", "name", "position"), [
    # an honorific or rank marks where the name starts; the unmarked words before it are
    # the title and body, even when they look like a name of two words
    ("Karo Binops Divisi Propam Polri Brigjen Pol Dr Rudi Hartawan, S.H., M.H.",
     "Rudi Hartawan", "Karo Binops Divisi Propam Polri"),
    ("Mitra Kerja DPRD Komisi 2 Bapak Adi Saputra, S.E.", "Adi Saputra",
     "Mitra Kerja DPRD Komisi 2"),
    ("Rais Aam PWNU KH. Ahmad Fauzan Hakim", "Ahmad Fauzan Hakim", "Rais Aam PWNU"),
    # Lombok titles of religious teachers and the address "Gus" are no part of the name
    ("Dr TGH Lalu Ahmad Zaini, Rektor Universitas Maju", "Lalu Ahmad Zaini",
     "Rektor Universitas Maju"),
    ("TGKH Lalu Rahman Hadi", "Lalu Rahman Hadi", None),
    ("Gus Fikri Amrullah (pengasuh Pondok Pesantren Nurul Huda)", "Fikri Amrullah",
     "pengasuh Pondok Pesantren Nurul Huda"),
    # "Katib" and "Cendekiawan" head positions
    ("Prof Dr Hasan Basri Cendekiawan dan Ketua PW Muhammadiyah", "Hasan Basri",
     "Cendekiawan dan Ketua PW Muhammadiyah"),
    # a place closes the body; capitals after it are the name's initials
    ("Ketua DPC Peradi Sukabumi Anton JS Purba", "Anton JS Purba",
     "Ketua DPC Peradi Sukabumi"),
    # a gloss in parentheses does not end the title: the place after it is still the body's
    ("Kepala Kejari (Kajari) Sukabumi Budi Raharjo Santoso", "Budi Raharjo Santoso",
     "Kepala Kejari (Kajari) Sukabumi"),
    # degrees with a space after each full stop
    ("Dewi Larasati, S. I. Kom M. I. Kom, dosen Universitas Maju", "Dewi Larasati",
     "dosen Universitas Maju"),
])
def test_name_bounds(phrase: str, name: str, position: str | None) -> None:
    person = parse_person(phrase)
    assert person is not None
    assert person.name == name
    assert person.position == position


def test_an_unmarked_name_first_keeps_its_position() -> None:
    person = parse_person("Rina Kartika Ketua Yayasan Cahaya Bangsa")
    assert person is not None and person.name == "Rina Kartika"


@pytest.mark.parametrize("text", [
    "Acara dibuka oleh Direktur Politeknik Maju R.Y. Hendra Wijaya. Ia berharap banyak.",
    "Materi dibawakan Tengku A.R. Fadli, S.Pd. dari Universitas Maju. Ia berharap banyak.",
])
def test_initials_inside_a_name_end_no_sentence(text: str) -> None:
    assert len(split_sentences(text)) == 2


def test_a_degree_still_ends_a_sentence() -> None:
    assert len(split_sentences("Acara dipandu oleh Budi Santoso S.H. Peserta antusias.")) == 2


def _names(text: str) -> list[str]:
    event = extract_event(article_from_text(text, "https://uji.example/berita"))
    assert event is not None
    return [s.name for s in event.speakers]


@pytest.mark.parametrize("phrase", [
    "Ketua Bidang Organisasi IDI Cabang Ambon.",
    "Ketua Jurusan Gizi FK Universitas Bangka Belitung.",
])
def test_a_place_before_the_full_stop_is_no_person(phrase: str) -> None:
    assert parse_person(phrase) is None


def test_spaced_degrees_are_no_person() -> None:
    names = _names(
        "Webinar jurnalistik digelar secara daring. Pelatihan tersebut dibuka oleh ketua Prodi "
        "Ilmu Komunikasi, Dewi Larasati, S. I. Kom M. I. Kom, lewat pidato pembuka singkat.")
    assert names == ["Dewi Larasati"]
