"""Round-16 mechanisms read as classes, not as the wording that first showed them
(invented sentences; fictional people, places and bodies):

- a stand-in is the passive of "wakil" or of "ganti" ("yang digantikan oleh ...");
- the main clause's copula after the agent of "oleh" is any copula ("adalah" as "merupakan");
- the English talk verbs in all their forms, and the English of "menguraikan" (elaborate);
- the Indonesian counterparts of the English connectives that close a job ("di sisi lain");
- fronted adverbials stack whichever comes first ("Di samping itu, dalam webinar tersebut,").
"""

from __future__ import annotations

from extract_people import HELD, people

from index.extract.event import extract_event
from index.pipeline.records import article_from_text

_ENG = "The Faculty of Forestry held an online seminar on Monday, 4 May 2021.\n\n"


def test_one_replaced_by_another_is_absent() -> None:
    found = people(HELD + "Narasumber webinar yaitu Dr. Mirna Kusuma dan Tigor Napitu. "
                          "Sementara Dr. Yusran Hadi, Kepala Biro Umum, yang semula dijadwalkan "
                          "menjadi pembicara kunci digantikan oleh Kepala Bagian Tata Usaha.")
    assert "Mirna Kusuma" in found
    assert "Yusran Hadi" not in found


def test_the_stand_in_who_replaces_stays() -> None:
    found = people(HELD + "Narasumber webinar yaitu Dr. Mirna Kusuma, yang menggantikan Bupati "
                          "Uji, dan Tigor Napitu.")
    assert "Mirna Kusuma" in found


def test_adalah_after_the_agent_is_the_main_clauses() -> None:
    found = people(HELD + "Kegiatan yang dibuka oleh Ketua Jurusan Ilmu Tanah, Gilang Pramudya "
                          "ini adalah bagian dari kuliah lapangan.")
    assert found["Gilang Pramudya"].role == "opening"
    assert found["Gilang Pramudya"].position == "Ketua Jurusan Ilmu Tanah"


def test_elaborated_on_names_the_talk() -> None:
    event = extract_event(article_from_text(
        _ENG + "The first speaker, Dr. Kirsi Laine, lecturer at the faculty, elaborated on "
               "“Mapping Peat Fires From Space” in her session.", "https://uji.example/n"))
    assert event is not None
    found = {s.name: s.talk_title for s in event.speakers}
    assert found["Kirsi Laine"] == "Mapping Peat Fires From Space"


def test_di_sisi_lain_closes_a_job() -> None:
    found = people(HELD + "Gita Ramadhani, Direktur Eksekutif Yayasan Karang Lestari, di sisi "
                          "lain, memaparkan kerja timnya di pesisir.")
    assert found["Gita Ramadhani"].position == "Direktur Eksekutif Yayasan Karang Lestari"


def test_adverbials_stack_after_a_fronted_adverbial() -> None:
    found = people(HELD + "Di samping itu, dalam webinar tersebut, Kepala Dinas Perikanan Uji, "
                          "Robertus Manik, memaparkan program benih ikan.")
    assert found["Robertus Manik"].position == "Kepala Dinas Perikanan Uji"
