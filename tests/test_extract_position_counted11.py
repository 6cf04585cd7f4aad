"""Positions before a name and event-title cues after a speaker's role, round 11 of the
fresh sets (invented sentences in the same style, other names, bodies and places)."""

from __future__ import annotations

import pytest

from index import article_from_text, extract_event
from index.extract.meta import event_title
from index.extract.people_2_positions import position_before
from index.extract.sentences import split_sentences


@pytest.mark.parametrize(("head", "expected"), [
    # a classifier counts the people; the lower-case job after it keeps its 'dari' body
    ("Panitia juga mengundang tiga orang peneliti dari UNSUJI, ", "peneliti dari UNSUJI"),
    ("Diskusi itu menampilkan seorang pegiat literasi sekaligus pendiri dari Rumah Baca "
     "Senja, ", "pegiat literasi sekaligus pendiri dari Rumah Baca Senja"),
    # a quantifier alone before the name is no position
    ("Forum ini mendatangkan lima pemateri salah satunya ", None),
    ("Talkshow itu mengundang pembicara sekelas ", None),
    # the conjunction 'sementara' opening a sentence is no word of the title
    ("Kata dia.\nSementara Ketua Umum Ikatan Perajin Rotan (IPR), ",
     "Ketua Umum Ikatan Perajin Rotan (IPR)"),
    # an interim office keeps its 'Sementara'
    ("Hadir pula Ketua Sementara DPRD Kabupaten Uji ", "Ketua Sementara DPRD Kabupaten Uji"),
])
def test_a_classifier_opens_the_phrase_before_a_job(head: str, expected: str | None) -> None:
    assert position_before(head, True) == expected


def test_the_list_test_still_reads_the_whole_head() -> None:
    # the stretch that places people in lists is read as before: only the kept position
    # leaves the classifier out
    assert position_before("Panitia juga mengundang tiga orang peneliti dari UNSUJI, ") \
        == "UNSUJI"


def test_a_quantifier_is_dropped_from_a_speakers_position() -> None:
    text = ("Kota Uji - Dinas Sosial menggelar webinar parenting, Sabtu (3/7/2021), dengan "
            "menghadirkan dua orang peneliti dari Universitas Lembah Uji, Rahmat Sunaryo dan "
            "Wulan Paramita.\nRahmat Sunaryo memaparkan bahwa anak perlu didampingi.")
    event = extract_event(article_from_text(text, "https://uji.example/a"))
    positions = {s.name: s.position for s in event.speakers}
    assert positions.get("Rahmat Sunaryo") == "peneliti dari Universitas Lembah Uji"


def _title(text: str) -> str | None:
    return event_title(split_sentences(text), set())


@pytest.mark.parametrize(("text", "title"), [
    # the host brings the speakers in: its "dengan mengusung tema" is the event's theme
    ("Sanggar Tari Uji menggelar Edisi Khusus Talkshow yang dilaksanakan pada 12 Mei 2022.\n\n"
     "Pada talkshow kali ini, Sanggar Tari Uji menghadirkan Rina Kartika dan Dimas Aji "
     "sebagai pemateri dengan mengusung tema Tari Tradisi di Layar Gawai.",
     "Tari Tradisi di Layar Gawai"),
    # a speaker who takes the role himself: the theme is his talk's, as before
    ("Universitas Uji menggelar Webinar Nasional “Menjaga Sungai Kota” yang diselenggarakan "
     "oleh Fakultas Teknik. Rudi Santoso bertindak sebagai pemateri Wawasan Lingkungan dengan "
     "mengambil Tema “Pemuda Penjaga Sungai”.", "Menjaga Sungai Kota"),
])
def test_a_role_after_a_verb_of_bringing_in_leaves_the_theme_to_the_host(
        text: str, title: str) -> None:
    assert _title(text) == title
