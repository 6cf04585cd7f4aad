"""Bytes to text: lying charset declarations, mixed encodings and mojibake."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.clean.cleaner import clean_html
from index.clean.decode import decode_html, repair_mojibake

CLEAN = Path(__file__).parent / "fixtures" / "clean"
FIRST = ("Peserta webinar “Aman Bertransaksi” dari Kafé Baca Lestari menilai materi tentang "
         "kata sandi yang kuat sangat berguna bagi pelaku usaha kecil di kampung mereka.")
SECOND = ("Narasumber webinar, René Hartono, mengingatkan agar kode sekali pakai tidak pernah "
          "diberikan kepada siapa pun, termasuk orang yang mengaku petugas bank.")


@pytest.mark.parametrize("name", [
    "cp1252-declared-utf8.html",  # windows-1252 bytes, <meta charset="utf-8">
    "mixed-encoding.html",  # UTF-8 page, one paragraph in windows-1252
    "mojibake.html",  # UTF-8 page whose first paragraph was double-decoded upstream
])
def test_broken_encodings_come_out_as_the_intended_text(name: str) -> None:
    article = clean_html((CLEAN / name).read_bytes())
    assert article.paragraphs == [FIRST, SECOND]
    assert "\ufffd" not in article.text


def test_the_fixtures_really_are_broken() -> None:
    with pytest.raises(UnicodeDecodeError):
        (CLEAN / "cp1252-declared-utf8.html").read_bytes().decode("utf-8")
    with pytest.raises(UnicodeDecodeError):
        (CLEAN / "mixed-encoding.html").read_bytes().decode("utf-8")
    assert "â€œ" in (CLEAN / "mojibake.html").read_bytes().decode("utf-8")


def test_declared_charset_is_used_when_the_bytes_are_not_utf8() -> None:
    html = '<meta charset="iso-8859-1"><p>Caf\u00e9 “kopi”</p>'.encode("cp1252")
    assert decode_html(html) == '<meta charset="iso-8859-1"><p>Caf\u00e9 “kopi”</p>'


def test_http_charset_outranks_the_meta_declaration() -> None:
    html = '<meta charset="utf-8"><p>\u0421\u0435\u043c\u0438\u043d\u0430\u0440</p>'
    data = html.encode("koi8_r")
    assert decode_html(data, "koi8-r") == html


def test_utf8_wins_over_a_wrong_single_byte_declaration() -> None:
    html = '<meta charset="windows-1252"><p>“Webinar” café</p>'
    assert decode_html(html.encode("utf-8")) == html


def test_byte_order_mark() -> None:
    assert decode_html("<p>halo</p>".encode("utf-16")) == "<p>halo</p>"


def test_repair_leaves_real_accents_alone() -> None:
    assert repair_mojibake("René dan Ã rata-rata") == "René dan Ã rata-rata"
    assert repair_mojibake("Kafâ€™e dan KafÃ©") == "Kaf’e dan Kafé"
