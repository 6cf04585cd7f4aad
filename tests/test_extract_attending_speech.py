"""An attendee whom a relative clause shows speaking ("Turut hadir Ketua X, A, yang
menegaskan ...") gave remarks at the event (index/extract/attending_speech.py); an acting
office ("Pelaksana Tugas Ketua X") is no committee (index/extract/speakers.py).

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


_OPENING = ("Fakultas Hukum Universitas Sriwangi menggelar webinar nasional bertema \"Hukum "
            "Laut dan Nelayan\" secara daring, Senin (4/3/2024). Acara dibuka oleh Dekan "
            "Fakultas Hukum, Dr. Rudi Pranata, S.H., M.H. ")
_SPEAKER = " Narasumber webinar ini adalah Prof. Dr. Lina Marlina, S.H. dari Universitas Tirta."


def test_an_attendee_who_stressed_something_spoke() -> None:
    found = _speakers(_OPENING + "Turut hadir Ketua Asosiasi Nelayan Kecil, Budi Santosa, "
                      "S.Pi., M.Si, yang menegaskan perlunya perlindungan hukum bagi nelayan."
                      + _SPEAKER)
    assert found["Budi Santosa"] == ("other", "Ketua Asosiasi Nelayan Kecil")
    assert found["Lina Marlina"][0] == "speaker"


def test_an_attendee_who_only_attended_is_not_listed() -> None:
    found = _speakers(_OPENING + "Turut hadir Ketua Asosiasi Nelayan Kecil, Budi Santosa, "
                      "S.Pi., M.Si, yang datang bersama rombongan pengurus." + _SPEAKER)
    assert "Budi Santosa" not in found


def test_an_acting_chair_is_no_committee_member() -> None:
    found = _speakers(
        "Ikatan Istri Pegawai Dinas Kelautan menggelar webinar bertema \"Keuangan Keluarga "
        "Sehat\" secara daring, Selasa (12/3/2024). Narasumber webinar ini adalah Dewi "
        "Kartika, perencana keuangan dari Lembaga Literasi Dana.\n"
        "Pelaksana Tugas Ketua Ikatan Istri Pegawai, Marlina Wijayanti, mengapresiasi "
        "para narasumber dan peserta webinar tersebut.")
    assert found["Marlina Wijayanti"] == ("other", "Pelaksana Tugas Ketua Ikatan Istri Pegawai")
