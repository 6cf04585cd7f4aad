"""Positions cut or joined wrongly inside lists (invented sentences; round 11 of the fresh
sets): a title whose own commas cut it into list pieces after "dan", a title ending in its
acronym in parentheses before the body's name, a body alone beside the job at that body,
and an event noun heading the words before a name."""

from __future__ import annotations

from index import article_from_text, extract_event
from index.extract.people_2_after import best_position
from index.extract.people_2_positions import position_before
from index.extract.people_5_assembly import parse_list
from index.extract.people_6_frames import Mention


def _positions(text: str) -> dict[str, str | None]:
    event = extract_event(article_from_text(text, "https://uji.example/berita/11b"))
    assert event is not None
    return {s.name: s.position for s in event.speakers}


def test_a_title_cut_by_its_own_commas_after_dan_heads_the_next_name() -> None:
    text = ("Ketua Pusat Kajian Unmaju Sentosa, Rahmat Hidayatullah dan Kasubag Umum, "
            "Keuangan dan Hukum KPU Kota Lembah, Sumarni Wulandari.")
    people = {p.person.name: p.person.position for p in parse_list(text, True)}
    assert people["Rahmat Hidayatullah"] == "Ketua Pusat Kajian Unmaju Sentosa"
    assert people["Sumarni Wulandari"] == "Kasubag Umum, Keuangan dan Hukum KPU Kota Lembah"


def test_a_title_ending_in_its_acronym_runs_on_to_the_body_after_the_comma() -> None:
    head = ("Peneliti Pusat Kajian Tata Kelola Desa (Puskades), Departemen Ilmu Pemerintahan "
            "Universitas Sentosa Raya, ")
    assert position_before(head) == head.rstrip(", ")


def _mention(name: str, position: str | None, strength: int, order: int) -> Mention:
    return Mention(name, name, "speaker", strength, position, None, None, (order, 0))


def test_the_job_at_a_body_beats_the_body_alone_from_a_stronger_mention() -> None:
    mentions = [_mention("Lestari Wahyuni", "Konselor Senior dari Rumah Pulih", 2, 1),
                _mention("Lestari Wahyuni", "Rumah Pulih", 3, 2)]
    assert best_position(mentions) == "Konselor Senior dari Rumah Pulih"
    # a clause that ends in the job is no job at that body
    mentions = [_mention("Lestari Wahyuni", "Dibuka sambutan dari Wakil Dekan Uji", 2, 1),
                _mention("Lestari Wahyuni", "Wakil Dekan Uji", 3, 2)]
    assert best_position(mentions) == "Wakil Dekan Uji"


def test_an_event_noun_heading_the_words_before_a_name_is_no_job() -> None:
    assert position_before("Webinar Politeknik Negeri Sentosa, ") is None
    assert position_before("Seminar Nasional Unmaju, ") is None
    # a job word in it keeps it ("Ketua Panitia Seminar X")
    assert position_before("Webinar Coordinator, ") == "Webinar Coordinator"
