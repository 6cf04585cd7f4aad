"""The cheap necessary conditions put before round 16's new readers answer as the readers do
without them (absent_people, english_names, place_abroad): each gate is forced open and the
answers compared, and the gate is shown to close on texts the reader finds nothing in.

Every sentence is invented for these tests (fictional people, places and bodies).
"""

from __future__ import annotations

import pytest

from extract_people import HELD, people
from index.extract import absent_people, english_names, place_abroad
from index.extract.sentences import split_sentences
from index.model import Speaker

_NAME_TEXTS = [
    "Para peserta mengikuti the Green Harbour Logistics Webinar Relay, yang digelar hari ini.",
    "Acara ini bagian dari the Coral Garden Webinar Series on Reef Care in Asia that runs.",
    "The Delta Water Forum webinar opened with a talk by the mayor.",
    "The Delta Water Forum webinar Opened late.",
    "Kegiatan ini diisi dalam webinar bertema air bersih, bukan Webinar Nasional.",
    "Mereka hadir di “Sunrise Farming” Webinar, lalu di Sunrise Farming, webinar kedua.",
    "Dalam rangka Hari Air, the Bright River Alliance for Clean Towns webinar dimulai.",
    "Webinar dan webinar lagi: for the Uji Valley (Research) webinar, of the Uji Valley webinar.",
    "x" * 200 + " Lake Uji Talks webinar",
    "x" * 157 + " Lake Uji Talks webinar",
    "Panitia menyiapkan #Uji2021 Summit webinar untuk the Kota Uji Youth webinar\tSeries.",
]


@pytest.mark.parametrize("text", _NAME_TEXTS)
def test_english_names_gate_answers_as_the_full_reading(text: str,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    gated = english_names.english_names(text)
    monkeypatch.setattr(english_names, "_may_end_name", lambda *_: True)
    assert gated == english_names.english_names(text)


def test_english_names_gate_closes_after_a_lower_case_word() -> None:
    text = "Kegiatan ini disiarkan dalam webinar"
    assert not english_names._may_end_name(text, 0, text.index("webinar"))
    text = "the Green Harbour Logistics Webinar"
    assert english_names._may_end_name(text, 0, text.index("Webinar"))
    assert not english_names._may_end_name("Webinar", 0, 0)


_MISSION_TEXTS = [
    (["KBRI Tanjung Uji menggelar webinar diaspora"], []),
    (["Webinar yang diselenggarakan oleh Konsulat Jenderal RI di Houston itu ramai"], []),
    (["the Indonesian Embassy in Seoul held a webinar on trade"], []),
    (["Kedutaan Besar RI di Belanda menggelar webinar"], []),
    (["Sambutan Konjen RI di Houston, Budi Harto, membuka acara"], []),
    (["Webinar pangan digelar Dinas Uji", "Dosen kbri uji hadir"], []),
    (["Webinar pangan digelar Dinas Uji"], ["Konsulat Jenderal RI di Houston"]),
    (["Webinar pangan digelar Dinas Uji"], ["Dinas Pangan Uji"]),
    (["webinar of the embassy in seoul held online"], []),
    ([""], []),
]


@pytest.mark.parametrize(("texts", "organisers"), _MISSION_TEXTS)
def test_mission_gate_answers_as_the_full_reading(texts: list[str], organisers: list[str],
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    gated = place_abroad.host_mission_city(texts, organisers)
    monkeypatch.setattr(place_abroad, "_may_name_mission", lambda _: True)
    assert gated == place_abroad.host_mission_city(iter(texts), iter(organisers))


def test_mission_gate_closes_on_texts_naming_no_mission() -> None:
    assert not place_abroad._may_name_mission(["Webinar pangan digelar Dinas Uji", ""])
    assert not place_abroad._may_name_mission(["KB", "RI di Houston"])  # never across texts
    assert place_abroad._may_name_mission(["Webinar", "the Embassy in Seoul"])


_ABSENT_TEXTS = [
    ("Narasumber webinar yaitu Dr. Lestari Wulan (Dosen Unuji) dan Bonar Sitepu, SH "
     "(Advokat). Drs. Hendra Kusnadi, M.Si yang semula dijadwalkan menjadi pembicara "
     "berhalangan hadir.", {"Hendra Kusnadi"}),
    ("Webinar dibuka oleh Bupati Tanjung Uji, Rahmad Suryana melalui Sekretaris Daerah, "
     "Teguh Wiranata. Materi disampaikan Dr. Marwan Effendi.", {"Rahmad Suryana"}),
    ("Narasumber webinar yaitu Dr. Marwan Effendi dan Dr. Sarah Pohan, M.Si. Materi "
     "dibagikan lewat grup peserta.", set()),
    ("Narasumber webinar yaitu Dr. Marwan Effendi dan Dr. Sarah Pohan, M.Si.", set()),
]
_PANEL = ["Lestari Wulan", "Bonar Sitepu", "Hendra Kusnadi", "Rahmad Suryana", "Teguh Wiranata",
          "Marwan Effendi", "Sarah Pohan"]


@pytest.mark.parametrize(("text", "absent"), _ABSENT_TEXTS)
def test_absent_gate_answers_as_the_full_reading(text: str, absent: set[str],
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    speakers = [Speaker(name) for name in _PANEL]
    sentences = split_sentences(text)
    gated = absent_people.without_absent(speakers, sentences)
    assert {s.name for s in speakers} - {s.name for s in gated} == absent
    monkeypatch.setattr(absent_people, "_may_hold_cue", lambda _: True)
    assert gated == absent_people.without_absent(speakers, sentences)


def test_absent_gate_answers_in_a_whole_article() -> None:
    found = people(HELD + _ABSENT_TEXTS[0][0])
    assert "Lestari Wulan" in found
    assert "Hendra Kusnadi" not in found


def test_absent_gate_closes_on_an_article_with_no_cue_word() -> None:
    sentences = split_sentences("Webinar digelar Dinas Uji.\nNarasumber Dr. Sarah Pohan.")
    assert not absent_people._may_hold_cue(sentences)
    sentences = split_sentences("Webinar digelar Dinas Uji.\nBupati diwakili Camat.")
    assert absent_people._may_hold_cue(sentences)
    assert absent_people._CUE.search("para wa\nkil") is None  # never across a break
