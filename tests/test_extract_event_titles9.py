"""Event titles, round 9 of the fresh sets (invented sentences in the same style)."""

from __future__ import annotations

import pytest

from index.extract.meta import event_title
from index.extract.sentences import split_sentences


def _title(text: str) -> str | None:
    return event_title(split_sentences(text), set())


@pytest.mark.parametrize(("text", "title"), [
    # the quoted title is the subject, the theme noun follows the copula
    ("“Sungai Bersih: Kampung Sehat di Hilir” adalah tema besar yang diangkat dalam seminar "
     "daring Forum Warga Tepian, Kamis, 3 Juni 2021.",
     "Sungai Bersih: Kampung Sehat di Hilir"),
    ("“Green Harbours for Small Island Towns” is the theme of the 4th Coastal Cities Forum "
     "hosted by the Marine Institute of Uji.", "Green Harbours for Small Island Towns"),
    # the English copula of "tema ... adalah"
    ("The speakers were two lecturers. The theme for this webinar is Saving Water at Home. "
     "The session ran for two hours.", "Saving Water at Home"),
    # the possessive form of the theme noun is the same cue
    ("Yayasan Uji menggelar Webinar Pendidikan. Adapun temanya “Belajar Tanpa Batas di Desa”, "
     "Minggu (4/3).", "Belajar Tanpa Batas di Desa"),
    ("Ditambahkannya, seminar kali ini temanya adalah Kota Ramah Pejalan Kaki sebagai "
     "program kampus.", "Kota Ramah Pejalan Kaki"),
    # a verb of naming with the event for its object
    ("Lembaga Uji menyelenggarakan kegiatan konferensi tingkat regional yang diberi nama "
     "Harbour Summit Asia 2021. Konferensi digelar secara daring.", "Harbour Summit Asia 2021"),
    # a dash between the cue and the title
    ("The dean organized a webinar titled–Safe Roads for Young Cyclists. The head of the "
     "clinic was the speaker.", "Safe Roads for Young Cyclists"),
    # a lowercase event noun after the cue is the kind of event, not a word of its title
    ("Prodi Uji menggelar diskusi bertajuk webinar Pangan Lokal di Era Digital; Peluang dan "
     "Tantangan, yang dilakukan secara daring.",
     "Pangan Lokal di Era Digital; Peluang dan Tantangan"),
])
def test_title_cues_of_round_9(text: str, title: str) -> None:
    assert _title(text) == title


def test_counted_themes_are_no_title() -> None:
    # "tiga tema utama yakni A, B, dan C" lists what the talk ranged over
    text = ("Rina menjelaskan bahwa diskusi tidak hanya seputar tiga tema utama yakni "
            "ketahanan pangan, energi bersih, dan air minum.")
    assert _title(text) is None
    # a number before another cue ("Webinar 2021 bertajuk X") counts nothing
    text = "Dinas Uji menggelar Webinar Literasi 2021 bertajuk pangan sehat untuk keluarga, Jumat."
    assert _title(text) == "pangan sehat untuk keluarga"
