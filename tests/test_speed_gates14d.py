"""Speed gates of round 14 (wave 2, helper D): each gate gives the slow path's answer, and
the slow path is not run where the gate says it finds nothing. All sentences are invented."""

from __future__ import annotations

import re

import pytest

from index.extract import talks

_SENTENCES = (
    "Rina Maharani, dosen Universitas Bukit Asri, menyampaikan materi tentang budidaya lele "
    "di lahan sempit.",
    "Bayu Santosa memaparkan strategi pemasaran digital bagi pelaku usaha desa.",
    "Dr. Wulan Pratiwi (Dosen FK Uji) bertema “Gizi Anak Sekolah di Pesisir”.",
    "Acara dibuka dengan sambutan Kepala Dinas Perikanan Kabupaten Uji.",
    "Hadir pula Ketua Himpunan Mahasiswa Teknik, Andi Saputra, serta para alumni.",
    "dengan pendapat bahwa kebijakan itu perlu ditinjau kembali.",
    "dengan materi “Menakar Risiko Banjir Rob”, kemudian sesi tanya jawab.",
    "Kegiatan berlangsung di aula kampus dan diikuti 120 peserta.",
    "Sementara itu, Joko Widodo Saputra selaku moderator memandu jalannya diskusi.",
    "terkait “Peran Koperasi Nelayan”",
    "He then discussed the outlook for rural broadband in the eastern islands.",
)


def _slow(text: str) -> talks.TalkCue | re.Match[str] | None:
    """find_talk_cue without its gate."""
    lead = talks._leading_prep().match(text)
    if lead:
        return lead
    fixed = talks.phrase_regex("talk_cue").search(text)
    frame = talks._frame_cue(text)
    if fixed is None and frame is None and any(q in text for q in "“\"‘"):
        found = talks.noun_before_quote(text)
        return None if found is None else talks.TalkCue(*found)
    if fixed is None or (frame is not None and (frame.start(), -frame.end()) < (
            fixed.start(), -fixed.end())):
        return frame
    return fixed


def _span(cue: talks.TalkCue | re.Match[str] | None) -> tuple[int, int] | None:
    return None if cue is None else (cue.start(), cue.end())


@pytest.mark.parametrize("sentence", _SENTENCES)
def test_gated_talk_cue_is_the_slow_one(sentence: str) -> None:
    for at in range(0, len(sentence), 3):  # every suffix, as the mentions of a sentence ask
        piece = sentence[at:]
        assert _span(talks.find_talk_cue(piece)) == _span(_slow(piece))
        if not talks.may_find_talk_cue(piece):
            assert _slow(piece) is None


def test_no_cue_words_runs_no_cue_regex(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(text: str) -> None:
        raise AssertionError("the frame was read where no cue word is")

    monkeypatch.setattr(talks, "_frame_cue", fail)
    assert talks.find_talk_cue("Kegiatan berlangsung di aula kampus dan diikuti 120 "
                               "peserta.") is None
    assert talks.talk_after(", Kepala Dinas Perikanan Kabupaten Uji, membuka acara.") is None
