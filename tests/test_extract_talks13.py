"""Talk titles of speakers already placed on the programme, told in shapes the readers missed
(round 13): a misspelt talk verb, a Mac Roman no-break space before the title, a comma set
inside the closing quote of an opening talk phrase, a fronted clock time or own-talk phrase
before the speaker named again, and a relative clause on the speaker named inside the
sentence. All sentences are invented."""

from __future__ import annotations

import pytest
from extract_people import HELD, people

from index.extract.sentences import normalize_text
from index.extract.talk_backrefs import _relative_talk
from index.extract.talks import opening_talk, talk_after

LIST = ("Webinar itu menghadirkan dua narasumber, yaitu Dr. Wulan Pratiwi Sembiring dari "
        "Universitas Tanjung Uji dan Ir. Bagas Prakoso Wibisono dari Dinas Perikanan.\n\n")


@pytest.mark.parametrize("verb", ["meyampaikan", "menyampaiakn", "memamparkan"])
def test_a_misspelt_talk_verb_still_opens_the_frame(verb: str) -> None:
    talk = talk_after(f" (BPBD), yang {verb} materi tentang pemetaan jalur evakuasi warga pesisir.")
    assert talk is not None and talk.text == "pemetaan jalur evakuasi warga pesisir"


def test_a_mac_roman_no_break_space_is_a_space() -> None:
    assert normalize_text("membahas tema terkait\u00ac\u2020“Kebun Sekolah”") == (
        "membahas tema terkait “Kebun Sekolah”")


def test_a_comma_inside_the_closing_quote_of_an_opening_talk_phrase() -> None:
    found = opening_talk("Dalam presentasinya berjudul “Menata Ulang Pasar Ikan Desa,” "
                         "Dr. Wulan membahas rantai dingin nelayan.")
    assert found is not None and found[0].text == "Menata Ulang Pasar Ikan Desa"


def test_the_speaker_named_again_after_a_fronted_clock_time() -> None:
    found = people(HELD + LIST + "Pada pukul 10.15, Dr. Wulan Pratiwi Sembiring dari Universitas "
                   "Tanjung Uji memberikan presentasi tentang “Rantai Dingin Hasil Tangkapan.”")
    assert found["Wulan Pratiwi Sembiring"].talk_title == "Rantai Dingin Hasil Tangkapan"


def test_the_speaker_named_again_after_a_fronted_phrase_of_the_own_talk() -> None:
    found = people(HELD + LIST + "Dalam paparan materinya Ir. Bagas Prakoso Wibisono menyampaikan "
                   "mengenai tata kelola tambak udang rakyat.")
    assert found["Bagas Prakoso Wibisono"].talk_title == "tata kelola tambak udang rakyat"


def test_a_relative_clause_on_a_speaker_named_inside_the_sentence() -> None:
    found = people(HELD + LIST + "Sesi pertama diisi oleh Dr. Wulan Pratiwi Sembiring, M.Sc., "
                   "yang membahas tentang pengolahan limbah cangkang rajungan.")
    assert found["Wulan Pratiwi Sembiring"].talk_title == "pengolahan limbah cangkang rajungan"


def test_an_english_relative_clause_on_the_agent_of_a_passive() -> None:
    found = people("The Faculty of Law of Uji University held an international webinar on Monday "
                   "(6/3/2023) via Zoom. The webinar featured two speakers: Dr. Marisol Quenta "
                   "Apaza, a lecturer from Andes University, Peru; and Prof. Tomasz Wierzbicki, a "
                   "lecturer from Vistula University.\n\nThe first presentation was delivered by "
                   "Marisol Quenta Apaza, Ph.D., who discussed water rights of highland farmers. "
                   "Peru has many lakes.")
    assert found["Marisol Quenta Apaza"].talk_title == "water rights of highland farmers"
    assert found["Tomasz Wierzbicki"].talk_title is None


def test_no_relative_talk_after_two_people_joined_in_the_gap() -> None:
    owners = {"wulan": {"Wulan Sembiring"}, "sembiring": {"Wulan Sembiring"}}
    text = ("Sesi pertama diisi oleh Wulan Sembiring dan rekannya, yang membahas tentang "
            "pengolahan limbah cangkang rajungan.")
    assert _relative_talk(text, owners, set()) is None
    found = _relative_talk(text.replace(" dan rekannya", ""), owners, set())
    assert found is not None and found[0] == "Wulan Sembiring"


def test_an_opinion_without_its_preposition_names_no_talk() -> None:
    assert talk_after(", yang turut menyampaikan pandangannya dalam rapat, menyebut koperasi "
                      "membuka kelas baru.") is None
    talk = talk_after(" menyampaikan pandangannya mengenai koperasi nelayan muda.")
    assert talk is not None and talk.text == "koperasi nelayan muda"
