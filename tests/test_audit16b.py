"""Round-16 mechanisms read as their classes, second audit (invented sentences): the short
form "Kedubes" of a mission; adverbs of time before a verb of holding; a job in apposition
closed by its comma before "sebagai"; two capitals bracketed after degrees; a lower-case
surname after a titled name before a bracket or a conjunction; the relative "di mana" /
"yang mana" ending a title-case theme."""

from __future__ import annotations

import pytest
from extract_people import HELD, people

from index.extract.meta import event_title, organizers
from index.extract.place_abroad import host_mission_city
from index.extract.sentences import split_sentences


def test_the_short_form_of_an_embassy_holding_the_event() -> None:
    assert host_mission_city(["Kedubes RI di Seoul menggelar webinar batik."], ()) == "Seoul"
    assert host_mission_city(["Kedubes Indonesia di Seoul menggelar webinar."], ()) == "Seoul"
    assert host_mission_city(["Peserta mendengar Atase Kedubes RI di Seoul."], ()) is None


@pytest.mark.parametrize("when", ["baru-baru ini", "belum lama ini", "kemarin", "hari ini",
                                  "pada Sabtu (4/6/2022)", "pada hari Sabtu"])
def test_an_adverb_of_time_before_the_verb_of_holding(when: str) -> None:
    text = (f"Ikatan Mahasiswa Geografi Universitas Tanjung Uji {when} menyelenggarakan "
            f"webinar nasional tentang peta desa.")
    assert organizers(split_sentences(text)) == ["Ikatan Mahasiswa Geografi Universitas "
                                                 "Tanjung Uji"]


def test_has_just_held() -> None:
    text = "The Geography Students Union of Uji University has just held a national webinar."
    assert organizers(split_sentences(text)) == ["Geography Students Union of Uji University"]


def test_an_apposed_job_closed_by_its_comma_before_the_copula() -> None:
    found = people(HELD + "Panitia menunjuk Sekar Lintang Maharani, Kepala Dinas Perikanan "
                   "Uji, sebagai moderator diskusi.")
    assert found["Sekar Lintang Maharani"].role == "moderator"
    assert found["Sekar Lintang Maharani"].position == "Kepala Dinas Perikanan Uji"


def test_two_capitals_bracketed_after_degrees_are_a_body() -> None:
    found = people(HELD + "Narasumber webinar ini adalah Dr. Rudi Hartawan, M.Si. (UI) dan "
                   "Dr. Sinta Melatini, S.E. (BI).")
    assert found["Rudi Hartawan"].position == "UI"
    assert found["Sinta Melatini"].position == "BI"
    # a clinical master's field and the honorary mark are no body
    found = people(HELD + "Acara dipandu oleh dr Bayu Saputra MKed (OG) dari RSUD Uji.")
    assert found["Bayu Saputra"].position != "OG"


@pytest.mark.parametrize("after", [" dan Rina Kartika dari Universitas Uji.",
                                   " (Dinas PU Uji) dan Rina Kartika."])
def test_a_lower_case_surname_before_a_bracket_or_a_conjunction(after: str) -> None:
    found = people(HELD + "Webinar menghadirkan narasumber Ir. Bonar situmorang" + after)
    assert "Bonar situmorang" in found


@pytest.mark.parametrize("relative", ["di mana", "yang mana"])
def test_a_two_word_relative_ends_a_title_case_theme(relative: str) -> None:
    text = (f"Kamis (3/2) digelar webinar dengan tema Tabungan Pintar Bagi Nelayan Muda "
            f"{relative} Panitia Daerah yang ditunjuk adalah Koperasi Sejahtera.")
    assert event_title(split_sentences(text), set()) == "Tabungan Pintar Bagi Nelayan Muda"
