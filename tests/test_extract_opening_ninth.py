"""Opening remarks told through the whole class of their phrasing: the remarks noun with its
modifiers ("dalam kata sambutannya", "dalam sesi sambutan", "dalam sambutan pembukanya"),
welcoming the audience in English, greeting and opening joined as one predicate, the predicate
put first ("Membuka acara adalah A"), the abbreviated forms of address "Ny."/"Tn.", and a
country written alone after an address, which is nobody.

All sentences are invented for these tests (fictional people, bodies and places).
"""

from __future__ import annotations

import pytest

from index.extract.event import extract_event
from index.model import Speaker
from index.pipeline.records import article_from_text

_HEAD = (
    "Sekolah Tinggi Lembah Gelar Webinar Sungai Bersih\n\n"
    "LEMBAH - Sekolah Tinggi Lembah menyelenggarakan webinar nasional bertema \"Sungai "
    "Bersih untuk Semua\" secara daring, Sabtu (8/6/2024).\n\n"
    "Narasumber webinar adalah Dr. Ayu Lestari, dosen Institut Sukamaju.\n\n")

_HEAD_EN = (
    "Riverside College Hosts Webinar on Clean Rivers\n\n"
    "Riverside College held an online webinar on clean rivers on 8 June 2024. The speakers "
    "were Dr. Ayu Lestari of Sukamaju Institute and Dr. Rahmat Wibisono of Lembah "
    "University.\n\n")


def people(text: str) -> dict[str, Speaker]:
    event = extract_event(article_from_text(text, "https://uji.example/berita"))
    assert event is not None
    return {s.name: s for s in event.speakers}


@pytest.mark.parametrize("sentence", [
    "Ketua Yayasan Lembah, Dr. Bambang Sutrisno juga menyampaikan dalam sesi sambutan, bahwa "
    "webinar ini penting bagi guru.",
    "Dalam kata sambutannya, Ketua Yayasan Lembah Bambang Sutrisno mengatakan bahwa webinar "
    "ini penting bagi guru.",
    "Ketua Yayasan Lembah, Bambang Sutrisno dalam pidato pembukaannya mengatakan bahwa "
    "webinar ini penting bagi guru.",
])
def test_the_remarks_noun_with_its_modifiers_is_an_opening(sentence: str) -> None:
    found = people(_HEAD + sentence)
    assert found["Bambang Sutrisno"].role == "opening"


def test_the_abbreviated_form_of_address_ny_is_no_position() -> None:
    found = people(_HEAD + "Dalam sambutannya, Ny. Wulan Prameswari mengatakan bahwa webinar "
                   "ini sangat bermanfaat bagi keluarga.")
    assert found["Wulan Prameswari"].role == "opening"
    assert found["Wulan Prameswari"].position is None


def test_greeting_and_opening_joined_as_one_predicate() -> None:
    found = people(_HEAD + "“Kami bangga dengan kegiatan ini,” tegas Dr. Hendra Wijaya, M.Si "
                   "selaku Dekan Fakultas Perikanan yang hadir menyambut sekaligus membuka "
                   "diskusi daring tersebut.")
    assert found["Hendra Wijaya"].role == "opening"
    assert found["Hendra Wijaya"].position == "Dekan Fakultas Perikanan"


def test_the_opening_predicate_put_before_the_opener() -> None:
    found = people(_HEAD + "Membuka kegiatan adalah Kepala Bidang Pengawasan, Hendra Wijaya "
                   "yang mewakili Kepala Dinas Koperasi Provinsi Lembah.")
    assert found["Hendra Wijaya"].role == "opening"


def test_welcoming_the_participants_is_the_opening() -> None:
    found = people(_HEAD_EN + "Professor Hendra Wijaya, Chair of the Riverside Alumni Forum "
                   "warmly welcomed the participants during the first session of the webinar.")
    assert found["Hendra Wijaya"].role == "opening"
    assert found["Hendra Wijaya"].position == "Chair of the Riverside Alumni Forum"


def test_a_country_after_an_address_is_nobody() -> None:
    found = people(_HEAD_EN + "Through the welcome speeches, Professor Dr. Imtiaz Rahman, "
                   "Director, Centre for Peace Studies, University of Lagos, Nigeria welcomed "
                   "the delegates and the invited panellists.")
    assert found["Imtiaz Rahman"].role == "opening"
    assert "Nigeria" not in found
