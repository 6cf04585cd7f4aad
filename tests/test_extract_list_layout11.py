"""Speaker lists read by their layout: a lead-in line that names the role, then one person a
line until prose resumes. Shapes the list joiner (:func:`index.extract.sentences._join_lists`)
now takes as items: a lead-in closed by "sebagai berikut." instead of a colon, a line that is
only a name after academic titles, an item's degree closing with its own full stop, and a
position written on the line under its item (in brackets or bare). A lead-in that names the
audience lists no speakers.

Every sentence is invented for these tests (fictional people, places and bodies).
"""

from __future__ import annotations

from index.extract.event import extract_event
from index.extract.sentences import split_sentences
from index.pipeline.records import article_from_text

_OPENING = ("LEMBAH – Dinas Perikanan Kota Lembah menggelar webinar bertajuk “Laut Bersih "
            "Desa Sejahtera” pada Kamis (9/2/2023).\n\n")
_CLOSE = "\nKegiatan berlangsung tertib sampai siang hari."


def _speakers(body: str) -> dict[str, tuple[str, str | None]]:
    event = extract_event(article_from_text(_OPENING + body + _CLOSE,
                                            "https://uji.example/berita"))
    assert event is not None
    return {s.name: (s.role, s.position) for s in event.speakers}


def test_a_lead_in_closed_by_as_follows_and_a_full_stop() -> None:
    found = _speakers("Adapun pembicara pada kegiatan tersebut sebagai berikut.\n"
                      "1. Gilang Permadi, Dosen Politeknik Tanjung Karang\n"
                      "2. Ratna Puspitasari, Kepala Seksi Konservasi Kota Lembah")
    assert found == {"Gilang Permadi": ("speaker", "Dosen Politeknik Tanjung Karang"),
                     "Ratna Puspitasari": ("speaker", "Kepala Seksi Konservasi Kota Lembah")}


def test_a_sentence_ending_in_as_follows_leads_only_into_marked_items() -> None:
    texts = [s.text for s in split_sentences(
        "Hasilnya sebagai berikut.\nGilang Permadi, Dosen Politeknik Tanjung Karang")]
    assert texts == ["Hasilnya sebagai berikut.",
                     "Gilang Permadi, Dosen Politeknik Tanjung Karang"]


def test_lines_that_are_only_titled_names() -> None:
    found = _speakers("Pemateri yang dihadirkan yaitu:\nProf. Dr. Gilang Permadi\n"
                      "Dr. Ratna Puspitasari")
    assert set(found) == {"Gilang Permadi", "Ratna Puspitasari"}
    assert {role for role, _ in found.values()} == {"speaker"}


def test_a_position_on_the_line_under_its_item() -> None:
    found = _speakers("Pemateri:\n1. Dr. Gilang Permadi, M.T.\n(Dosen Politeknik Tanjung Karang)\n"
                      "2. Ratna Puspitasari, S.Pi., M.Si.\n"
                      "(Kepala Seksi Konservasi Kota Lembah)")
    assert found == {"Gilang Permadi": ("speaker", "Dosen Politeknik Tanjung Karang"),
                     "Ratna Puspitasari": ("speaker", "Kepala Seksi Konservasi Kota Lembah")}


def test_a_bare_job_line_under_an_unmarked_name_line() -> None:
    found = _speakers("Adapun pemateri antara lain\nDr. Gilang Permadi, M.T.\n"
                      "Dosen Politeknik Tanjung Karang\nRatna Puspitasari, S.Pi.\n"
                      "Kepala Seksi Konservasi Kota Lembah")
    assert found == {"Gilang Permadi": ("speaker", "Dosen Politeknik Tanjung Karang"),
                     "Ratna Puspitasari": ("speaker", "Kepala Seksi Konservasi Kota Lembah")}


def test_a_list_of_the_audience_gives_no_speakers() -> None:
    found = _speakers("Tampil sebagai pemateri Dr. Gilang Permadi dari Politeknik Tanjung "
                      "Karang.\n\nPeserta kegiatan antara lain:\n"
                      "1. Ir. Bayu Saputra, M.M. (Koperasi Nelayan Teluk Biru)\n"
                      "2. Wulan Anggraini, S.E. (Kelompok Tani Sumber Rejeki)")
    assert set(found) == {"Gilang Permadi"}
