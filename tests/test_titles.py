"""What a hit is called (search/titles.py): page title, event title, first sentence."""

from __future__ import annotations

from search import SearchIndex
from search.titles import display_title, first_sentence


def test_the_page_title_else_the_event_title_else_the_first_sentence() -> None:
    text = "Ende - Guru berbagi pengalaman. Kalimat kedua."
    assert display_title({"title": " Judul  Halaman ", "event": {"title": "Tema"},
                          "text": text}) == "Judul Halaman"
    assert display_title({"title": None, "event": {"title": "Tema Acara"},
                          "text": text}) == "Tema Acara"
    assert display_title({"title": "", "event": None, "text": text}) == (
        "Ende - Guru berbagi pengalaman.")
    assert display_title({"url": "https://x.example/a", "text": ""}) is None


def test_a_long_first_sentence_is_cut_at_a_word() -> None:
    sentence = first_sentence("kata " * 60 + "akhir.")
    assert sentence.endswith("…") and len(sentence) <= 141
    assert not sentence[:-1].endswith(" ")
    assert first_sentence("Baris pertama\nbaris kedua") == "Baris pertama"


def test_no_hit_is_named_by_its_url(seed_ix: SearchIndex) -> None:
    hits = seed_ix.search("", per_page=50).hits
    assert hits and all(hit.title and not hit.title.startswith("http") for hit in hits)
    titles = {hit.url: hit.title for hit in hits}
    assert titles["https://kabarujung.example/2021/07/desa-digital"] == (
        "Desa Digital untuk Pelayanan Publik")
    assert titles["https://suaratimur.example/2022/02/pembelajaran-daring"] == (
        "Ende - Guru berbagi pengalaman pembelajaran daring selama pandemi covid 19.")
