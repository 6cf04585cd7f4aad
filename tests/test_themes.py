"""Themes (search/themes.py): key phrases shared by titles, as a facet, filter and list."""

from __future__ import annotations

from index.schema import title_runs
from search import SearchIndex, ThemeSummary
from search.themes import Themes, phrase_key

GURU = "https://suaratimur.example/2022/03/literasi-digital-guru"
PETANI = "https://kabarujung.example/2022/04/literasi-digital-petani"


def runs(*titles: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    found = [run for title in titles for run in title_runs(title)]
    return tuple(s for s, _ in found), tuple(w for _, w in found)


def test_title_runs_are_content_words_between_breaks() -> None:
    assert title_runs("Peran Pelayanan Publik di Era Digital") == [
        ("peran layan publik", "Peran Pelayanan Publik"), ("era digital", "Era Digital")]
    assert title_runs("Vaksinasi COVID-19: Aman dan Halal") == [
        ("vaksinasi covid19", "Vaksinasi COVID-19"), ("aman", "Aman"), ("halal", "Halal")]


def test_themes_are_shared_phrases_not_unique_titles() -> None:
    themes = Themes([
        runs("Literasi Digital untuk Guru"),
        runs("Literasi Digital untuk Petani"),
        runs("Literasi Digital Kalangan Remaja"),
        runs("Pelayanan Publik di Era Digital"),
        runs("Layanan Publik yang Cepat"),
        runs("Peran Remaja di Era Digital"),
        runs("Hoaks Kesehatan"),
        ((), ()),
    ])
    top = {t.label: t.count for t in themes.top()}
    assert top == {"Literasi Digital": 3, "Pelayanan Publik": 2, "Remaja": 2}
    assert themes.of_doc[2] == ("literasi digital", "remaja")
    assert themes.of_doc[6] == () and themes.of_doc[7] == ()
    assert themes.docs["layan publik"] == [3, 4]


def test_a_shouted_title_reads_in_title_case() -> None:
    themes = Themes([runs("LITERASI DIGITAL SEKOLAH"), runs("LITERASI DIGITAL"),
                     runs("UMKM Naik Kelas"), runs("UMKM Go Digital")])
    assert {t.label for t in themes.top()} == {"Literasi Digital", "UMKM"}


def test_themes_in_the_library(seed_ix: SearchIndex) -> None:
    assert seed_ix.themes() == [ThemeSummary("desa", "Desa", 2),
                                ThemeSummary("literasi digital", "Literasi Digital", 2)]
    assert seed_ix.themes(prefix="dig") == [
        ThemeSummary("literasi digital", "Literasi Digital", 2)]
    assert seed_ix.themes(limit=1) == [ThemeSummary("desa", "Desa", 2)]


def test_theme_facet_and_filter(seed_ix: SearchIndex) -> None:
    results = seed_ix.search("")
    assert ("literasi digital", 2) in results.facets["theme"]
    assert results.theme_labels["literasi digital"] == "Literasi Digital"
    for value in ("literasi digital", "Literasi Digital", "literasi  digital"):
        chosen = seed_ix.search("", filters={"theme": value})
        assert {h.url for h in chosen.hits} == {GURU, PETANI}
    assert phrase_key("Pelayanan Publik") == "layan publik"
    assert seed_ix.search("", filters={"theme": "no such theme"}).total == 0
