"""Name bounds, round fifteen: forms of address and degrees at a body's edge.

The Malay and Indonesian styles of address "Yang ..." abbreviated by their dotted initials
("Y.M." Yang Mulia, "Y.B." Yang Berhormat) stand before a name: they are no degree whose
full stop ends the sentence. A run of a body's last word and a one-word name after an
organisation's head ("Universitas Kelapa Gading Rina", "Institut Sukamaju Rina") with
degrees after it is a person: degrees follow a person's name only, never a body's words, so
the capital of the degree is not the body's name going on; the article naming the body on
its own elsewhere then cuts the body's word off the name.

Every sentence is invented for these tests (fictional people, places and bodies).
"""

from __future__ import annotations

from extract_people import HELD, people

from index.extract.people_3_phrase import parse_person
from index.extract.sentences import split_sentences
from index.names import is_honorific


def test_dotted_malay_styles_of_address_are_honorifics() -> None:
    for form in ("Y.M.", "Y.B.", "Y.A.B.", "Y.Bhg.", "Y.A.M."):
        assert is_honorific(form), form
    assert not is_honorific("S.T.")


def test_a_dotted_style_of_address_ends_no_sentence() -> None:
    text = ("Kajian ini diisi oleh dua pembicara, yaitu Y.M. Bhikkhu Santacitto dengan "
            "sub-topik “Hening di Tengah Riuh” dan Romo Adi Prasetya.")
    assert len(split_sentences(text)) == 1


def test_a_speaker_after_a_dotted_style_of_address_is_found() -> None:
    found = people(HELD + "Kajian daring ini dibawakan oleh dua narasumber, yaitu Y.M. "
                   "Bhikkhu Santacitto, S.Ag, M.Pd dengan materi “Hening di Tengah Riuh” dan "
                   "Romo Adi Prasetya, M.A. dengan materi “Syukur Setiap Hari”.")
    assert "Santacitto" in found
    assert "Adi Prasetya" in found


def test_degrees_after_a_body_word_mark_a_person() -> None:
    person = parse_person("peneliti Institut Sukamaju Rinaldi S.Pt M Sc Ph.D, menjelaskan "
                          "bahwa pakan")
    assert person is not None
    assert "Rinaldi" in person.name


def test_a_body_named_elsewhere_gives_its_word_back_before_a_degreed_name() -> None:
    found = people(HELD + "Webinar ini diadakan oleh program studi Peternakan Universitas "
                   "Gadingsari, Kamis (2/3).\n\nSelanjutnya, peneliti Universitas "
                   "Gadingsari Rinaldi S.Pt M Sc Ph.D, memaparkan materi tentang pakan ternak "
                   "mandiri.")
    assert "Rinaldi" in found
    assert "Gadingsari Rinaldi" not in found
    assert "Universitas Gadingsari" in (found["Rinaldi"].position or "")


def test_a_body_going_on_after_its_head_is_still_no_person() -> None:
    person = parse_person("Direktur PT Sinar Gading Makmur")
    assert person is None or person.name != "Sinar Gading"
