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
     "Tantangan, yang diadakan lewat Zoom.",
     "Pangan Lokal di Era Digital; Peluang dan Tantangan"),
])
def test_title_cues_of_round_9(text: str, title: str) -> None:
    assert _title(text) == title


def test_counted_themes_are_no_title() -> None:
    # "tiga tema utama yakni A, B, dan C" lists what the talk ranged over
    text = ("Rina menjelaskan bahwa diskusi bukan cuma seputar tiga tema utama yakni "
            "ketahanan pangan, energi bersih, dan air minum.")
    assert _title(text) is None
    # a number before another cue ("Webinar 2021 bertajuk X") counts nothing
    text = "Dinas Uji menggelar Webinar Literasi 2021 bertajuk pangan sehat untuk keluarga, Jumat."
    assert _title(text) == "pangan sehat untuk keluarga"


@pytest.mark.parametrize(("text", "title"), [
    # "acara" with its quoted name straight after it
    ("Pada Rabu malam, Ikatan Penulis Muda kembali melanjutkan acara “Kelas Menulis Esai 2021” "
     "lewat Zoom mulai pukul 19.00 WIB. Kali ini menampilkan Sari Utami (Redaktur Harian Uji).",
     "Kelas Menulis Esai 2021"),
    # a cue after the role a speaker plays names that speaker's talk
    ("Universitas Uji menggelar Webinar Nasional “Menjaga Hutan Adat di Era Digital” yang "
     "diselenggarakan oleh Fakultas Hukum. Rudi Hartono bertindak sebagai pemateri Wawasan "
     "Lingkungan dengan mengambil Tema “Pemuda Penjaga Hutan”.",
     "Menjaga Hutan Adat di Era Digital"),
    # an ordinal session is a part of the event
    ("The lecturers joined the regional forum “Campus Exchange After the Pandemic” hosted by "
     "the Uji Network. In the first session entitled “Virtual Mobility in Practice”, there "
     "were three speakers.", "Campus Exchange After the Pandemic"),
])
def test_a_cue_of_a_part_or_a_generic_noun(text: str, title: str) -> None:
    assert _title(text) == title


def test_words_between_acara_and_a_quote_are_speech() -> None:
    text = ("Ketua Panitia Rina Wulandari saat membuka acara dengan mengatakan bahwa, “Kami "
            "tidak berpihak pada siapa pun, diskusi ini untuk edukasi saja”.")
    assert _title(text) is None


def test_a_theme_headed_by_the_event_noun_stays_the_events_when_read_as_a_talk() -> None:
    text = ("Hal itu diutarakan Dekan Fakultas Uji, Prof. Rudi Hartono, saat membuka Webinar "
            "Nasional secara daring dengan tema Menanam Padi Organik di Lahan Sempit, Rabu "
            "(20/10).")
    talk = {(0, text.index("Menanam"))}  # the speaker extractor took it as his talk
    assert event_title(split_sentences(text), talk) == "Menanam Padi Organik di Lahan Sempit"
    # a cue after the speaker, with no event noun heading it, stays his talk's
    text = ("Webinar ini diikuti 300 peserta. Rudi Hartono memaparkan materinya dengan tema "
            "Menanam Padi Organik di Lahan Sempit.")
    talk = {(1, text.index("Menanam") - text.index("Rudi"))}
    assert event_title(split_sentences(text), talk) is None
