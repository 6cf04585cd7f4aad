""""Selain A, ..." ("besides A"): A and the people the sentence adds share its one role
(index/extract/besides.py).

Every sentence is invented for these tests (fictional people, places and bodies).
"""

from __future__ import annotations

from index.extract.event import extract_event
from index.pipeline.records import article_from_text


def _speakers(text: str) -> dict[str, tuple[str, str | None]]:
    event = extract_event(article_from_text("Judul Berita\n\n" + text,
                                            "https://uji.example/berita"))
    assert event is not None
    return {s.name: (s.role, s.position) for s in event.speakers}


def test_the_one_besides_a_list_of_speakers_spoke_too() -> None:
    found = _speakers(
        "SURABAYA - Kepala Dinas Pertanian Provinsi Jawa Timur Bambang Sulistyo menjelaskan "
        "kebijakan tersebut dalam webinar yang berlangsung kemarin, 4 Mei 2021.\n"
        "Selain Bambang, webinar yang digagas Himpunan Petani Muda ini menghadirkan "
        "narasumber Ketua Koperasi Tani Makmur Jawa Timur Dewi Anggraini dan peneliti BRIN "
        "Rudi Santoso.\nWebinar dihadiri 200 peserta.")
    assert found["Bambang Sulistyo"] == ("speaker", "Kepala Dinas Pertanian Provinsi Jawa Timur")
    assert found["Dewi Anggraini"][0] == "speaker"


def test_the_people_added_after_a_speaker_spoke_too() -> None:
    found = _speakers(
        "Webinar nasional itu diselenggarakan secara virtual oleh Partai Maju.\n"
        "Selain Wali Kota Sukamaju Hendra Wijaya yang menjadi pembicara, ada juga dari "
        "Bupati Kampar Hulu, Sinta Maharani dan Bupati Tanah Merah, Yosef Lado.\n"
        "Ketua panitia Rudi Hartono mengatakan, webinar ini digelar untuk memperingati hari "
        "jadi partai.")
    assert found["Hendra Wijaya"] == ("speaker", "Wali Kota Sukamaju")
    assert found["Sinta Maharani"] == ("speaker", "Bupati Kampar Hulu")
    assert found["Yosef Lado"] == ("speaker", "Bupati Tanah Merah")


def test_besides_without_a_stated_role_adds_no_one() -> None:
    found = _speakers(
        "Kepala Dinas Pertanian Bambang Sulistyo menjelaskan kebijakan itu kemarin.\n"
        "Selain Bambang, ada juga petani muda Dewi Anggraini yang bercerita.\n"
        "Selain itu, webinar ini menghadirkan narasumber peneliti BRIN Rudi Santoso.")
    assert "Bambang Sulistyo" not in found and "Dewi Anggraini" not in found
    assert found["Rudi Santoso"][0] == "speaker"


def test_a_one_word_reference_nobody_introduced_adds_no_one() -> None:
    found = _speakers(
        "Webinar literasi digelar Dinas Kominfo Sukamaju secara daring, Senin (3/5).\n"
        "Selain Hendra, webinar ini menghadirkan narasumber peneliti BRIN Rudi Santoso.")
    assert "Hendra" not in found
    assert found["Rudi Santoso"][0] == "speaker"
