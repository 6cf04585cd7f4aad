"""Military and church titles before a name, in shapes the tuned rules had seen only once
("Brigjen TNI X", "Pater X SVD"): a rank followed by its corps ("Letkol Inf", "Kolonel Pnb"),
a commander's position ("Komandan Kodim ...", "Dandim ...", "Danramil ...") and a priest
addressed as "Pastor". Found by running the extractor of before the 2026-12-06 tuning on
articles it had not seen, then writing new sentences of the same shape.

Every sentence is invented for these tests (fictional people, places and bodies).
"""

from __future__ import annotations

from index.extract.event import extract_event
from index.model import Speaker
from index.pipeline.records import article_from_text

HELD = ("SEMBADA – Dinas Kominfo Kabupaten Lembah Sembada menggelar webinar bertajuk "
        "“Warga Melek Data” pada Selasa (7/3/2023).\n\n")


def people(text: str) -> dict[str, Speaker]:
    event = extract_event(article_from_text(HELD + text, "https://sembada.example/berita"))
    assert event is not None
    return {s.name: s for s in event.speakers}


def test_a_commander_with_a_rank_and_corps_before_the_name() -> None:
    found = people("Narasumber webinar adalah Komandan Kodim Sembada Letkol Inf Budi Santosa "
                   "dan Kapolres Sembada AKBP Dwi Handoko, S.I.K.")
    assert {n: s.position for n, s in found.items()} == {
        "Budi Santosa": "Komandan Kodim Sembada", "Dwi Handoko": "Kapolres Sembada"}


def test_short_commander_titles_and_air_force_corps() -> None:
    found = people("Kegiatan menghadirkan narasumber Komandan Pangkalan Udara Sembada Kolonel "
                   "Pnb Andri Wirawan dan Danramil Lembah Kapten Inf Joko Sutomo.")
    assert {n: s.position for n, s in found.items()} == {
        "Andri Wirawan": "Komandan Pangkalan Udara Sembada", "Joko Sutomo": "Danramil Lembah"}


def test_dandim_alone_heads_the_position() -> None:
    found = people("Narasumber webinar adalah Dandim Sembada Letkol Kav Budi Santosa.")
    assert {n: s.position for n, s in found.items()} == {"Budi Santosa": "Dandim Sembada"}


def test_a_priest_addressed_as_pastor() -> None:
    found = people("Narasumber pada diskusi daring kali ini adalah Kepala Dinas Pendidikan "
                   "Provinsi Sembada, Made Sudarsana, dan Rohaniwan dan Dosen Universitas Katolik "
                   "Sembada, Pastor Yosef Lamanepa OFM, Ph.D.")
    assert set(found) == {"Made Sudarsana", "Yosef Lamanepa"}
    assert found["Yosef Lamanepa"].position == "Rohaniwan dan Dosen Universitas Katolik Sembada"
