"""Event titles by what their cue is attached to (invented sentences): a cue in a clause
headed by an event noun outranks one whose subject is a campaign; a theme cue after a quoted
series name and the number of its part gives this event's theme; a relative adverb ends a
title-case theme."""

from __future__ import annotations

import pytest

from index.extract.cue_attachment import attached_to_event, without_series_part
from index.extract.meta import event_title
from index.extract.sentences import split_sentences


def _title(text: str) -> str | None:
    return event_title(split_sentences(text), set())


@pytest.mark.parametrize(("text", "title"), [
    # the campaign's theme comes first, the webinar's own cue later
    ("Gerakan bersama ini mempunyai tema besar Rumah Aman, Keluarga Tangguh yang dimulai pada "
     "tanggal 2 Maret 2022.\n"
     "Selasa (8/3) dilaksanakan webinar dengan tema Menjaga Gizi Balita Di Pedesaan bagi para "
     "kader posyandu.", "Menjaga Gizi Balita Di Pedesaan"),
    # the event noun opens the sentence, the cue comes much later in the same clause
    ("Lomba menulis ini mengusung tema Kota Hijau Kita untuk pelajar.\n"
     "Webinar yang diadakan kali ini merupakan seri ke 5 serta diikuti sebanyak 180 guru dari "
     "sekolah dasar (SD) se-kabupaten mengangkat tema Pembelajaran Sains Berbasis Proyek.",
     "Pembelajaran Sains Berbasis Proyek"),
    # the quoted series name with its part, then the theme of this part, in sentence case
    ("Webinar Koperasi “Obrolan Senja” Seri 2 dengan tema Penguatan usaha kecil dan "
     "pembukuan sederhana bagi pedagang pasar yang berlangsung lancar pada pukul 15.00 "
     "WIB.", "Penguatan usaha kecil dan pembukuan sederhana bagi pedagang pasar"),
    # a relative adverb opens a clause: the theme ends before it
    ("Kamis (3/2) digelar webinar dengan tema Literasi Keuangan Bagi Pelaku Usaha Mikro "
     "dimana Panitia Daerah yang ditunjuk adalah Koperasi Maju.",
     "Literasi Keuangan Bagi Pelaku Usaha Mikro"),
])
def test_event_title(text: str, title: str) -> None:
    assert _title(text) == title


def test_attached_to_event() -> None:
    text = "Kegiatan kampanye ini mempunyai tema besar X; webinar pada hari Senin dengan tema Y"
    assert not attached_to_event(text, text.index("tema besar"))
    assert attached_to_event(text, text.index("dengan tema"))


@pytest.mark.parametrize(("before", "bare"), [
    ("Webinar “Obrolan Senja” Seri 2", "Webinar “Obrolan Senja”"),
    ("talkshow “Sapa Warga” edisi ke-7", "talkshow “Sapa Warga”"),
    ("Kelas “Bincang Data” Episode IV,", "Kelas “Bincang Data”"),
    ("Webinar “Obrolan Senja”", "Webinar “Obrolan Senja”"),
])
def test_without_series_part(before: str, bare: str) -> None:
    assert without_series_part(before).rstrip() == bare
