"""The round-13 shortcuts give what the slow paths they stand for give.

Each shortcut (a word test before a regex, a search near the end of a text) must never
reject what the slow path accepts; these invented sentences and word forms compare both.
"""

from __future__ import annotations

import re

from index.extract import meta, participants, sentences
from index.extract.sentences import Sentence
from index.lexicon import has_any, phrase_regex, phrases, search_fold

_CASES = ("", "\u0130", "\u0131", "\u017f", "\u212a")


def test_last_word_is_the_slow_search() -> None:
    """:func:`sentences._last_word` matches as ``_LAST_WORD.search`` does, whatever the
    length of the last word (shorter and longer than the first window)."""
    words = ["", "Dr.", "S.Kom.", "Sp.Ort.", "a" * 31 + ".", "b" * 32 + ".", "c" * 33 + ".",
             "Rudi’s-" * 9 + "M.Si.", "x\n", "Budi,", "(Uji)."]
    for before in ("", "Kata ", "Ketua panitia, " * 5, "x" * 40 + " "):
        for word in words:
            text = before + word
            slow = sentences._LAST_WORD.search(text)
            fast = sentences._last_word(text)
            assert (slow and (slow.span(), slow.group(1))) == (fast and (fast.span(),
                                                                          fast.group(1)))


def test_participant_words_are_the_noun_regex() -> None:
    """The substring test on the folded text agrees with the case-blind noun regex, odd
    letters (dotted/dotless i, long s, Kelvin sign) included."""
    forms = []
    for word in participants._PARTICIPANT_WORDS:
        forms += [word, word.upper(), word.title(), word[:-1]]
        forms += [word.replace(c, odd) for c in "iskIK" for odd in _CASES[1:]]
    for form in forms:
        text = f"Sebanyak 40 {form} hadir."
        assert (participants._PARTICIPANT_NOUN.search(text) is not None) == has_any(
            search_fold(text), participants._PARTICIPANT_WORDS), text
    assert set(participants._PARTICIPANT_WORDS) == set(
        participants._PARTICIPANTS.strip("(?:)").split("|"))


def test_participant_count_unchanged_on_invented_sentences() -> None:
    def count(text: str) -> int | None:
        return participants.participant_count([Sentence(text, 0, 0)])

    assert count("Webinar itu diikuti 120 PESERTA dari berbagai daerah.") == 120
    assert count("Diikuti seratus dua puluh peserta, lokakarya berjalan lancar.") == 120
    assert count("Jumlah pesertanya mencapai 75 orang.") == 75
    assert count("Sebanyak 40 guru hadir.") == 40
    assert count("Rapat digelar di 3 kota.") is None


def test_cue_stems_hold_every_theme_cue() -> None:
    """Each theme cue holds a stem, so a sentence without one has no cue; and the gates
    keep every cue and every generic theme a sentence holds."""
    stems = meta._cue_stems()
    assert stems is not None
    for phrase in phrases("theme_cue"):
        for text in (f"Webinar ini {phrase} “Uji Coba”.", f"WEBINAR {phrase.upper()} X."):
            assert phrase_regex("theme_cue").search(text)
            assert has_any(search_fold(text), stems), text
    for text in ("Temanya adalah “Uji Coba”.", "Adapun TOPIKNYA: “Uji”.",
                 "The theme of this forum was: Uji Coba.", "Tema kegiatan: Uji Coba."):
        assert meta._GENERIC_THEME.search(text)
        assert has_any(search_fold(text), meta._GENERIC_THEME_WORDS), text


def test_gated_theme_candidates_found() -> None:
    """Invented sentences: the cues behind the gates still give their titles."""
    def titles(text: str) -> list[str]:
        return [t.text for _, _, t, _ in meta._candidates(Sentence(text, 0, 0))]

    assert "Sehat Bersama Warga" in titles("Seminar itu bertajuk “Sehat Bersama Warga”.")
    assert any("Kopi" in t for t in titles("Temanya adalah “Kopi dan Desa”."))
    assert any("Pangan Lokal" in t for t in titles(
        "Narasumber membahas tentang Pangan Lokal Nusantara di sesi itu."))
    assert re.search("Literasi", " ".join(titles(
        "This webinar was themed “Literasi Data untuk Desa”.")))


def test_place_word_pattern_is_the_char_at_a_time_one() -> None:
    """The possessive word pattern of the gazetteer finds the words the old one found."""
    from index.extract import gazetteer

    old = re.compile(r"[^\W_](?:[\w'’]|-(?!-))*")
    texts = ["Kendari--Pekan ini", "se-Bantul dan Pangkal-Pinang", "Uji-", "a-b-", "a--b",
             "Jum’at, 5 Mei", "__x_y-_z", "Kota Uji - Kab. Coba-Coba--", "İstanbul-ı ſ"]
    for text in texts:
        assert [m.span() for m in gazetteer._WORD.finditer(text)] == [
            m.span() for m in old.finditer(text)], text
