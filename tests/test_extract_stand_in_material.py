"""A stand-in who brings material of their own is a speaker, not "other" (the role left for
remarks with no stated role): index/extract/people_7_merge.py.

Every sentence is invented for these tests (fictional people, places and bodies).
"""

from __future__ import annotations

from index.extract.event import extract_event
from index.pipeline.records import article_from_text


def _speakers(text: str) -> dict[str, tuple[str, str | None]]:
    event = extract_event(article_from_text("Judul Berita\n\n" + text,
                                            "https://uji.example/berita"))
    assert event is not None
    return {s.name: (s.role, s.talk_title) for s in event.speakers}


def test_a_stand_in_with_a_talk_is_a_speaker() -> None:
    found = _speakers(
        "Politeknik Maju menggelar webinar energi secara daring, Kamis (4/6). Selaku "
        "moderator webinar adalah Wakil Direktur Politeknik Maju Rudi Hartono. Mewakili "
        "Kepala Badan Energi Daerah adalah Yosef Santoso, Deputi Operasi Badan Energi Daerah "
        "yang menyampaikan materinya dengan tema “Cadangan Energi Daerah Sukamaju”.")
    assert found["Yosef Santoso"] == ("speaker", "Cadangan Energi Daerah Sukamaju")
    assert found["Rudi Hartono"][0] == "moderator"


def test_an_institution_represented_by_someone_who_delivered_insights() -> None:
    found = _speakers(
        "Maju University and Sukamaju College held a joint webinar on campus life via "
        "Zoom.\nSukamaju College was represented by Dr. Lina Hartono, who delivered "
        "insights on the role of student clubs in campus life. Her presentation was "
        "followed by questions.")
    assert found["Lina Hartono"] == ("speaker", "the role of student clubs in campus life")


def test_a_stand_in_who_only_gives_remarks_stays_other() -> None:
    found = _speakers(
        "Webinar kebangsaan digelar Badan Kesbangpol Sukamaju, Rabu (2/3), menghadirkan "
        "narasumber dosen Universitas Maju Hendra Wijaya. Gubernur Sukamaju yang diwakili "
        "oleh Asisten I Sekda Sukamaju, Yosef Lado, berharap kegiatan ini bermanfaat.")
    assert found["Hendra Wijaya"][0] == "speaker"
    assert found.get("Yosef Lado", ("other", None))[0] == "other"
