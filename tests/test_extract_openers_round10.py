"""Openers and moderators lost by how their names are written (round 10).

- A certification in capitals at the end of the degrees ("S.E., M.M., CKP., membuka acara")
  belongs to the name before it for the item reader as it does for the run reader, so
  nothing of the person's stands between them and the cue after them.
- "dituntun oleh" (guided by) is the passive of the same verb class as "dipandu oleh".
- A degree's full stop before a capitalised "Selaku" does not end the sentence: "selaku"
  takes the position of the name right before it.
- "A melalui B memberikan apresiasi ...": B stands in for the official A and is reported
  as speaking (A is not); a body "melalui" its unit is nobody.

All sentences are invented for these tests (fictional people, bodies and places).
"""

from __future__ import annotations

import pytest

from index.extract.event import extract_event
from index.model import Speaker
from index.pipeline.records import article_from_text

_HEAD = (
    "Fakultas Kelautan Gelar Webinar Pesisir\n\n"
    "TANJUNG ARUM - Fakultas Kelautan Universitas Tanjung Arum menggelar webinar bertema "
    "\"Pesisir Lestari\" secara daring, Rabu (5/6/2024).\n\n")


def people(text: str) -> dict[str, Speaker]:
    event = extract_event(article_from_text(text, "https://uji.example/berita"))
    assert event is not None
    return {s.name: s for s in event.speakers}


@pytest.mark.parametrize("chain", ["S.E., M.M., CKP.,", "S.Pi., M.Si., CHRP,"])
def test_a_certification_closing_the_degrees_before_an_opening_verb(chain: str) -> None:
    found = people(_HEAD + f"Dekan Fakultas Kelautan, Dr. Gilang Permadi, {chain} membuka "
                   "acara dengan salam hangat kepada peserta.")
    assert found["Gilang Permadi"].role == "opening"
    assert found["Gilang Permadi"].position == "Dekan Fakultas Kelautan"


@pytest.mark.parametrize("verb", ["dituntun oleh", "di tuntun oleh"])
def test_dituntun_oleh_names_the_moderator(verb: str) -> None:
    found = people(_HEAD + f"Diskusi ini {verb} Wulan Anggraeni dan menghadirkan dua "
                   "narasumber yaitu Bapak Taufik Rahman dan Ibu Sekar Melati.")
    assert found["Wulan Anggraeni"].role == "moderator"
    assert found["Taufik Rahman"].role == "speaker"


def test_capitalised_selaku_after_degrees_keeps_the_list() -> None:
    found = people(_HEAD + "Kegiatan menghadirkan tiga narasumber yaitu Ir. Bayu Saputra, S.T "
                   "selaku Kepala Balai Pesisir, Drs. Lukman, M.Si selaku Kepala Dinas "
                   "Kelautan dan Kompol Yudi Prasetyo, S.H., M.H. Selaku Kasat Polairud "
                   "Polres Tanjung Arum serta diikuti 90 peserta.")
    assert found["Yudi Prasetyo"].role == "speaker"
    assert found["Yudi Prasetyo"].position == "Kasat Polairud Polres Tanjung Arum"


def test_the_one_an_official_speaks_through_is_reported() -> None:
    found = people(_HEAD + "Narasumber webinar adalah Dr. Ratna Sari, dosen Universitas "
                   "Tanjung Arum.\n\nBupati Tanjung Arum, Dr Herman Sitompul, melalui Sekda "
                   "Tanjung Arum, Drs H Rusdi Hamzah, memberikan apresiasi kepada panitia yang "
                   "menggagas webinar ini.")
    assert "Rusdi Hamzah" in found
    assert found["Rusdi Hamzah"].position == "Sekda Tanjung Arum"
    assert "Herman Sitompul" not in found


def test_a_body_through_its_unit_is_nobody() -> None:
    found = people(_HEAD + "Narasumber webinar adalah Dr. Ratna Sari, dosen Universitas "
                   "Tanjung Arum.\n\nUniversitas Tanjung Arum melalui Fakultas Kelautan "
                   "menyampaikan apresiasi kepada peserta.")
    assert set(found) == {"Ratna Sari"}
