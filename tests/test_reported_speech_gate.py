"""The quick tests before the reported-speech readings answer as the regexes they stand in
front of: a word test may only skip a regex that cannot match."""

from __future__ import annotations

import re

import pytest

from index.extract.reported_speech import _any_report, _report_words, may_report

SENTENCES = [
    "Budi Santoso mengatakan bahwa program itu berjalan baik.",
    "Menurut Rini Astuti, kegiatan ini perlu diteruskan.",
    "According to Dr. Wahyu Prasetyo, the method is new.",
    "Hal itu disampaikan oleh Ketua Panitia Rahmat Hidayat.",
    "Demikian diungkapkan Kepala Dinas Uji, Sari Wulandari.",
    "Pernyataan tersebut ditegaskan juga oleh Asep Kurnia.",
    "As explained by the chair, Dewi Lestari, the plan holds.",
    "The plan was conveyed by Andi Saputra in the morning.",
    "“Kami siap,” ujar Yusuf Maulana.",
    'He said "ready" to the crowd.',
    "Peserta menyampaikan materi tentang pertanian kota.",
    "Acara dibuka pukul 09.00 WIB di aula kampus.",
    "Webinar ini diikuti oleh 200 peserta dari berbagai daerah.",
    "The session ran for two hours online.",
    "ketua @mengatakan akun resmi",
    "DIKATAKAN OLEH Joko Widodo",
    "Hal itu dıkatakan oleh Joko Purnomo.",  # dotless i: the regex reads it as "i"
    "Demikian dİsampaikan oleh Yanti Lubis.",  # dotted capital I
    "Dia ſaid by nobody",  # long s
]


@pytest.mark.parametrize("text", SENTENCES)
def test_may_report_answers_as_the_regex(text: str) -> None:
    assert may_report(text) == (_any_report().search(text) is not None)


def test_every_report_word_is_one_whole_word() -> None:
    """The word test compares whole words: a verb phrase opening with a word the regex
    could match inside a longer run of letters ("speakers?", "co-host") would break it."""
    assert all(re.fullmatch(r"[a-z]+", word) for word in _report_words())
