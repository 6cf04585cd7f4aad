"""Talk titles of speakers already placed on the programme (round 16): where a lower-case
English title ends (a coordinated wh-clause or second predicate), a title never running into
the next item of a joined list, English "presented on X", the other inflections of the
English talk verbs, and a talk noun right before a quoted title. All sentences are invented."""

from __future__ import annotations

from extract_people import HELD, people

from index.extract.talks import talk_after


def test_a_coordinated_wh_clause_ends_an_english_title() -> None:
    talk = talk_after(" briefly presented the irrigation rules set by the ministry during the "
                      "drought, and what the province has been doing to keep farms running.")
    assert talk is not None and talk.text == (
        "the irrigation rules set by the ministry during the drought")
    talk = talk_after(" shared his views on bird counting in Borneo’s lowland forests and how")
    assert talk is not None and talk.text == "bird counting in Borneo’s lowland forests"


def test_presented_on_names_its_subject_in_lower_case() -> None:
    talk = talk_after(" (MSc 2019) presented on how sensors are reshaping cricket coaching and "
                      "provided some wider remarks on the data now used by clubs.")
    assert talk is not None and talk.text == "how sensors are reshaping cricket coaching"


def test_presented_on_a_day_or_behalf_names_no_subject() -> None:
    assert talk_after(" presented on the first day of the forum with her team.") is None
    assert talk_after(" presented on behalf of the regional office of the agency.") is None


def test_a_title_stops_at_the_next_item_of_a_joined_list() -> None:
    text = (HELD + "Pembicara pada seminar ini antara lain :\n\n  1. Prof. Dr. Budi Santoso "
            "(Guru Besar Ilmu Tanah Universitas Uji) dengan judul Irigasi Tetes dan Hasil Panen "
            "di Kabupaten Lebak.\n  2. Dr. Sari Wulandari (Dosen Politeknik Uji) dengan judul "
            "Pupuk Hayati untuk Lahan Kering.")
    found = people(text)
    assert found["Budi Santoso"].talk_title == (
        "Irigasi Tetes dan Hasil Panen di Kabupaten Lebak")
    talk = talk_after(" dengan judul Irigasi Tetes dan Hasil Panen di Kabupaten Lebak; Sari Wul")
    assert talk is not None and talk.text == "Irigasi Tetes dan Hasil Panen di Kabupaten Lebak"


def test_other_inflections_of_the_english_talk_verbs() -> None:
    talk = talk_after(" provides knowledge related to “Reading Soil Maps in the Field” which is "
                      "part of her course.")
    assert talk is not None and talk.text == "Reading Soil Maps in the Field"
    talk = talk_after(", M.Sc while addressing his view on “Carbon Accounting for Smallholder "
                      "Coffee Farms.”")
    assert talk is not None and talk.text.startswith("Carbon Accounting for Smallholder")


def test_an_ing_form_used_as_a_noun_is_no_talk_verb() -> None:
    assert talk_after(" juga mengungkapkan efek berbahaya dari over sharing terkait kesehatan "
                      "jiwa remaja.") is None


def test_a_talk_noun_before_a_quoted_title_names_the_talk() -> None:
    talk = talk_after(" sebagai narasumber di dalam materi “Menjaga Pasar Rakyat di Era Daring”."
                      " Ia menyampaikan bahwa pasar tetap ramai.")
    assert talk is not None and talk.text == "Menjaga Pasar Rakyat di Era Daring"
    talk = talk_after(" dalam pemaparannya fokus pada pembahasan “Pola Asuh Anak di Masa Sulit”.")
    assert talk is not None and talk.text == "Pola Asuh Anak di Masa Sulit"


def test_a_theme_noun_before_a_quote_is_no_talk_of_its_own() -> None:
    assert talk_after(" hadir pada tema “Desa Hijau Lestari”.") is None
