"""The article's language: the declaration checked against the function words of the text."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.clean.cleaner import clean_html
from index.clean.lang import detect_language, normalise_lang, text_language

CLEAN = Path(__file__).parent / "fixtures" / "clean"

INDONESIAN_WITH_QUOTE = (
    "Panitia mengatakan webinar itu diikuti oleh guru dari tiga kabupaten. Menurut ketua "
    "panitia, peserta juga bisa mengunduh materi setelah acara. Salah satu narasumber "
    'menutup paparannya dengan kalimat, "The future belongs to those who learn and share." '
    "Kegiatan serupa akan digelar lagi pada bulan depan untuk guru sekolah dasar."
)
ENGLISH_WITH_NAMES = (
    "The workshop was opened by Bupati Suryadi, who said that the district has been "
    "training village officials in digital services since the floods of last year. "
    "Participants from Desa Sukamaju and Desa Mekarsari said they would share the "
    "material with their neighbours."
)


def test_short_indonesian_page_under_an_english_template_is_indonesian() -> None:
    # <html lang="en"> and og:locale en_US from the theme; three short paragraphs, one
    # quoting an English motto.
    article = clean_html((CLEAN / "templat-en.html").read_bytes())
    assert len(article.paragraphs) == 3
    assert article.lang == "id"


@pytest.mark.parametrize(("text", "lang"), [
    (INDONESIAN_WITH_QUOTE, "id"),
    (ENGLISH_WITH_NAMES, "en"),
    ("Pendaftaran dibuka hari ini.", None),  # too few cue words to tell
    ("El taller para los vecinos del barrio se celebra cada dia de la semana en la plaza "
     "mayor, con talleres para jóvenes y para mayores, y con música para todos.", None),
])
def test_text_language(text: str, lang: str | None) -> None:
    assert text_language(text) == lang


def test_the_text_overrules_only_an_id_or_en_declaration() -> None:
    assert detect_language(INDONESIAN_WITH_QUOTE, "en") == "id"
    assert detect_language(ENGLISH_WITH_NAMES, "id") == "en"
    assert detect_language(INDONESIAN_WITH_QUOTE, None) == "id"
    assert detect_language(INDONESIAN_WITH_QUOTE, "ms") == "ms"  # Malay shares the cues
    assert detect_language("Pendaftaran dibuka hari ini.", "en") == "en"


@pytest.mark.parametrize(("raw", "lang"), [("ind", "id"), ("eng", "en"), ("en_US", "en")])
def test_three_letter_and_locale_codes(raw: str, lang: str) -> None:
    assert normalise_lang(raw) == lang
