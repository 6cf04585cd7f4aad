"""Speed changes of round 14 (helper E): each gives the slow path's answer. All sentences
are invented."""

from __future__ import annotations

import pytest

from index.extract import people_4_split

_LISTS = (
    "Dr. Rina Maharani (Dosen FK Uji); Bayu Santosa, S.E. (Kepala Dinas X), dan Wulan Sari.",
    "Andi Saputra, Ketua Himpunan Mahasiswa Teknik, serta Joko Pratama, M.Si., dosen tamu.",
    "Prof. Lestari Wibowo (guru besar di College of Marine and Coastal Studies) and Tono.",
    "Sinta Dewi, “Tanam, Panen, Jual”, dan Rudi Hartono; Ayu Lestari, jurnalis senior.",
    "Kegiatan berlangsung di aula kampus dan diikuti 120 peserta.",
)


def _inside_slow(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < pos < end for start, end in spans)


@pytest.mark.parametrize("spans", [[], [(0, 5)], [(2, 9), (12, 20)], [(3, 4), (3, 10)]])
def test_inside_matches_any(spans: list[tuple[int, int]]) -> None:
    for pos in range(-1, 25):
        assert people_4_split._inside(pos, spans) == _inside_slow(pos, spans)


@pytest.mark.parametrize("text", _LISTS)
def test_split_points_same_without_the_span_test(text: str,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """The skipped test (no protected span) changes no split: the same points as when
    :func:`_inside` is always asked with the slow form."""
    fast = people_4_split.split_items(text)
    people_4_split.split_items.__dict__.get("cache_clear", lambda: None)()
    monkeypatch.setattr(people_4_split, "_inside", _inside_slow)
    assert people_4_split.split_items(text) == fast
