"""The quick tests before the reported-speech readings answer as the regexes they stand in
front of: a word test may only skip a regex that cannot match."""

from __future__ import annotations

import re

import pytest

from index.extract.people_6_slots import ANAPHOR_PASSIVE
from index.extract.reported_speech import (
    _MENURUT,
    _PASSIVE,
    _any_report,
    _cues_in,
    _report_words,
    _spoken,
    may_report,
)

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


CUE_SENTENCES = SENTENCES + [
    "Menurut Kepala Dinas Uji, Dr. Rina Sari, program ini berjalan.",
    "Hal senada diungkapkan oleh Kepala SMA Uji, Budi Harsono.",
    "Demikian disampaikan Ketua Panitia, Andi Wijaya, saat membuka webinar.",
    "The plan, according to Prof. Lee Wan, holds.",
    "“Kami siap,” ujar Wakil Ketua Uji, Nama Lengkap, secara virtual.",
    "MENURUT Rektor Uji, Prof. Ahmad Yani, kampus siap.",
    "Hal itu dİsampaikan Yanti Lubis.",  # dotted capital I inside the participle
    "acc\u0131rding to nobody, it holds",  # dotless i: not "according" to a reader
    "As ſtated by Sari Dewi, it holds.",  # long s: the regex reads it as "s"
]


@pytest.mark.parametrize("text", CUE_SENTENCES)
def test_cue_gates_drop_only_cues_that_find_nothing(text: str) -> None:
    """:func:`_cues_in` leaves out only a cue regex with no match in the text, and keeps
    the order of the cues it keeps (the readings are deduplicated by order)."""
    every = (_spoken(), _MENURUT, _PASSIVE, ANAPHOR_PASSIVE)
    kept = _cues_in(text)
    assert [c for c in every if c in kept] == kept
    assert all(cue.search(text) is None for cue in every if cue not in kept)
