"""Event titles, round 11 (second pass): a copula after a theme noun, a series name before a
colon, a theme's noun phrase closed by the clause's verb, a misspelt naming cue (invented
sentences)."""

from __future__ import annotations

import pytest

from index.extract.meta import event_title
from index.extract.sentences import split_sentences


def _title(text: str) -> str | None:
    return event_title(split_sentences(text), set())


@pytest.mark.parametrize(("text", "title"), [
    # a theme noun and a copula inside the run: the copula's complement is the theme
    ("Webinar ini mengambil tema Kampung Kopi dengan topik pembahasannya adalah Penguatan "
     "Kopi Rakyat di Lereng Wilis. Webinar dilaksanakan melalui Zoom.",
     "Penguatan Kopi Rakyat di Lereng Wilis"),
    ("Diskusi daring itu dibuka dengan topik bahasannya yaitu Sungai Bersih Kota Sehat, lalu "
     "peserta bertanya.", "Sungai Bersih Kota Sehat"),
    # the name before the colon is the series', the phrase after it the event's theme
    ("Dinas Uji meluncurkan Seri Webinar Sahabat Petani : Menanam di Lahan Sempit. Peluncuran "
     "ini disiarkan langsung di kanal resmi.", "Menanam di Lahan Sempit"),
    ("Webinar Temu 'SEHAT JIWA' : Hidup Tenang di Masa Sulit\nYayasan Uji selenggarakan "
     "Webinar Sehat Jiwa yang dilaksanakan secara daring, Senin (3/5/2021).",
     "Hidup Tenang di Masa Sulit"),
    # a preposition of means inside the theme, whose noun phrase the demonstrative closes
    ("Seminar daring dengan tema Mengenal Tokoh Desa melalui Arsip Keluarga tersebut "
     "menghadirkan dua pembicara.", "Mengenal Tokoh Desa melalui Arsip Keluarga"),
    # an English copula inside an English title, closed by the Indonesian clause's verb
    ("Kegiatan yang berjudul Hope for Farmers: Change is Possible telah berlangsung secara "
     "virtual pada Rabu (12/3).", "Hope for Farmers: Change is Possible"),
    # a comma inside a sentence-case theme whose subject the demonstrative closes
    ("Webinar dengan tema Ketahanan pangan, Harapan dan Tantangan bagi Desa Pesisir tersebut, "
     "menghadirkan tiga narasumber.", "Ketahanan pangan, Harapan dan Tantangan bagi Desa Pesisir"),
])
def test_event_title(text: str, title: str) -> None:
    assert _title(text) == title


@pytest.mark.parametrize(("text", "title"), [
    # a platform after "melalui" with no demonstrative and verb closing it ends the theme
    ("Seminar dengan tema Mengenal Tokoh Desa melalui Zoom Meeting, Senin (3/5/2021).",
     "Mengenal Tokoh Desa"),
    # a comma before a date ends a sentence-case theme
    ("Webinar dengan tema ketahanan pangan, Senin (3/5/2021), menghadirkan tiga narasumber.",
     "ketahanan pangan"),
    # a title that holds a copula but no theme noun keeps it
    ("Diskusi daring bertajuk Uang adalah Raja Kami menghadirkan dua penulis.",
     "Uang adalah Raja Kami"),
])
def test_event_title_kept_short_or_whole(text: str, title: str) -> None:
    assert _title(text) == title
