"""A one-word dictionary "name" written only as the tail of a capitalised pair is the end of
a body's or a job's name (index/extract/compound_tails.py).

Every sentence is invented for these tests (fictional people, places and bodies).
"""

from __future__ import annotations

from index.extract.compound_tails import without_compound_tails
from index.extract.event import extract_event
from index.model import Speaker
from index.pipeline.records import article_from_text


def test_the_tail_of_a_body_name_is_no_person() -> None:
    text = ("Pemateri berasal dari dosen tiga Perguruan Tinggi yang berbeda. Ketua Mahkamah "
            "Agung membuka acara.")
    speakers = [Speaker("Tinggi", "Tinggi"), Speaker("Agung", "Agung"),
                Speaker("Rina Wulan", "Rina Wulan")]
    assert [s.name for s in without_compound_tails(speakers, text)] == ["Rina Wulan"]


def test_a_one_word_name_introduced_as_a_name_stays() -> None:
    text = ("Narasumber kedua, Prof. Dana yang memaparkan kota pintar, dan Santo yang "
            "merupakan guru. Ketua Pengkab, Pati Supar menutup acara.")
    speakers = [Speaker("Dana", "Prof. Dana"), Speaker("Santo", "Santo"),
                Speaker("Supar", "Supar")]
    assert [s.name for s in without_compound_tails(speakers, text)] == [
        "Dana", "Santo", "Supar"]


def test_a_job_cut_before_its_last_word_leaves_no_person() -> None:
    event = extract_event(article_from_text(
        "Webinar pola asuh diadakan Sabtu (5/6/2021) secara daring. Para pemateri acara "
        "ini datang dari pengajar tiga Perguruan Tinggi yang bermitra. Pemateri pertama "
        "yaitu Dr. Rina Wulan, M.Pd. dari Universitas Sukamaju.",
        "https://uji.example/berita/parenting"))
    assert event is not None
    assert "Tinggi" not in [s.name for s in event.speakers]
