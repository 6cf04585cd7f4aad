"""The cheap necessary conditions put before round 16's new readers answer as the readers do
without them (english_names, place_abroad): each gate is forced open and the
answers compared, and the gate is shown to close on texts the reader finds nothing in.

Every sentence is invented for these tests (fictional people, places and bodies).
"""

from __future__ import annotations

import pytest

from index.extract import english_names, place_abroad

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
