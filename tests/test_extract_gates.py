"""The word tests that stand before costly patterns skip no match.

Several extractors test, with ``in``, the words a pattern cannot match without before they
run it (``lexicon.search_fold``, ``lexicon.may_hold_phrase``, the word tuples of
participants.py, meta.py and dates.py). A word missing from such a tuple would silently drop
matches, so each tuple is checked against its regex on invented word forms, Indonesian
prefixes included ("meny-" drops the "s" of "selenggarakan").
"""

from __future__ import annotations

import re

import pytest

from index.extract import meta, participants
from index.extract.dates import find_dates
from index.extract.sentences import Sentence
from index.lexicon import may_hold_phrase, phrase_regex, phrases, search_fold
from index.resources import table

_PREFIXES = ("", "me", "mem", "men", "meng", "meny", "di", "ber", "ter", "se")


def _forms(words: list[str]) -> list[str]:
    """``words`` with every prefix, the first letter kept or dropped (as "meny-" drops
    "s" and "mem-" drops "p"), in lower, title and upper case."""
    out = []
    for word in words:
        for prefix in _PREFIXES:
            for body in (word, word[1:]):
                form = prefix + body
                out += [form, form.title(), form.upper()]
    return out


def _regex_words(pattern: str) -> list[str]:
    """The runs of letters written in a regex (its literal words and their parts)."""
    return re.findall(r"[a-z]{2,}", pattern.replace(r"\s", " ").replace(r"\b", " "))


def _check(regex: re.Pattern[str], words: tuple[str, ...], texts: list[str],
           fold: bool = True) -> None:
    for text in texts:
        if regex.search(text):
            seen = search_fold(text) if fold else text
            assert any(word in seen for word in words), text


def _bigrams(forms: list[str]) -> list[str]:
    return [f"{a} {b}" for a, b in zip(forms, forms[1:])] + [f"x {a} 12 y" for a in forms]


def test_search_fold_keeps_what_a_case_insensitive_regex_matches() -> None:
    for odd, letter in (("\u0130", "i"), ("\u0131", "i"), ("\u017f", "s"), ("\u212a", "k")):
        text = f"Uji{odd}an"
        assert re.search(f"uji{letter}an", text, re.IGNORECASE)
        assert f"uji{letter}an" in search_fold(text)
    assert search_fold("Webinar “Uji”") == "webinar “uji”"


@pytest.mark.parametrize("category", sorted({row[0] for row in table("phrases.tsv")}))
def test_phrase_words_cover_their_regex(category: str) -> None:
    regex = phrase_regex(category)
    for phrase in phrases(category):
        body = phrase.rstrip("?")
        for text in (body, body.upper(), body.title(), body.replace("i", "\u0130"),
                     f"Kata {body}, lalu"):
            if regex.search(text):
                assert may_hold_phrase(category, search_fold(text)), (category, text)


def test_a_sentence_without_its_words_holds_no_phrase() -> None:
    sentence = Sentence("Webinar itu berlangsung Senin lalu.", 0, 0)
    assert not may_hold_phrase("future", sentence.folded)
    assert not sentence.holds_phrase("future")
    assert Sentence("Sesi berikutnya digelar Rabu.", 1, 0).holds_phrase("future")


def test_participant_word_tuples_cover_their_classes() -> None:
    approx = re.compile(rf"\b{participants._APPROXIMATOR}", re.IGNORECASE)
    join = re.compile(participants._JOIN, re.IGNORECASE)
    events = re.compile(rf"\b{participants._EVENTS}\b", re.IGNORECASE)
    for regex, words in ((approx, participants._APPROXIMATOR_WORDS),
                         (join, participants._JOIN_WORDS), (events, participants._EVENT_WORDS)):
        forms = _forms(_regex_words(regex.pattern))
        _check(regex, words, forms + _bigrams(forms))


def test_organiser_and_title_word_tuples_cover_their_regexes() -> None:
    hint_forms = _forms(_regex_words(meta._ORGANIZER_HINT.pattern))
    _check(meta._ORGANIZER_HINT, meta._HINT_WORDS, hint_forms + _bigrams(hint_forms))
    hold = re.compile(rf"{meta._HOLD_ACTIVE}\b")
    hold_forms = _forms(_regex_words(meta._HOLD_ACTIVE))
    _check(hold, meta._HOLD_ENDS, hold_forms + _bigrams(hold_forms), fold=False)
    for text in hold_forms + _bigrams(hold_forms):
        for match in hold.finditer(text):
            # the cut of _hold_reach: every form ends with one of the words
            assert text[:match.end()].endswith(meta._HOLD_ENDS), text
    for regex, words, fold in ((meta._EVENT_WORD, meta._EVENT_WORDS, True),
                               (meta._ABOUT_EVENT, meta._ABOUT_EVENT_WORDS, True),
                               (meta._NAMED_EVENT, meta._NAMED_EVENT_WORDS, False),
                               (meta._HELD_OBJECT, meta._HELD_OBJECT_WORDS, False)):
        forms = _forms(_regex_words(regex.pattern))
        texts = [f"{a} {b} “Uji Coba”" for a, b in zip(forms, forms[1:])]
        texts += [f"{a} tentang Uji Coba" for a in forms] + [f"{a} Uji Coba" for a in forms]
        _check(regex, words, texts, fold)


def test_gated_patterns_still_find_their_matches() -> None:
    """Invented sentences, one per gated pattern."""
    def count(text: str) -> int | None:
        return participants.participant_count([Sentence(text, 0, 0)])

    assert count("Tidak kurang dari 90 jurnalis dari 12 kota turut serta.") == 90
    assert count("Pelatihan bagi 60 petani itu berlangsung di balai desa.") == 60
    assert count("Mereka yang telah hadir berjumlah 212 orang.") == 212
    assert count("Acara itu diikuti oleh sekitar 150 orang.") == 150
    assert count("Diikuti seratus lima puluh siswa, diskusi berjalan lancar.") == 150
    sentence = Sentence("Himpunan Uji Coba menyelenggarakan webinar pada Sabtu.", 0, 0)
    assert meta.organizers([sentence]) == ["Himpunan Uji Coba"]
    dates = find_dates([Sentence("Webinar digelar pada Senin, 7 Maret 2022.", 0, 0)])
    assert [(d.year, d.month, d.day) for d in dates] == [(2022, 3, 7)]


def test_organiser_pattern_cut_after_the_last_verb_finds_the_same() -> None:
    """Invented sentences: the third organiser pattern read up to the last verb of holding
    (``meta._hold_reach``) finds what it finds in the whole text."""
    pattern = meta._ORGANIZER_PATTERNS[2]
    texts = [
        "Fakultas Teknik Universitas Uji Coba menyelenggarakan webinar Sabtu lalu.",
        "Himpunan Mahasiswa Kimia kembali menggelar Diskusi Publik Bersama Dinas Sosial Kota",
        "Dinas Uji Coba melalui Bidang Data telah mengadakan webinar",
        "Pusat Studi Uji has successfully organized a webinar with Forum Coba Dunia",
        "The Uji Coba Association is hosting Webinar Series",
        "Forum Uji gelar",
        "Forum Uji gelar,",
        "Forum Uji gelaran Seni Rupa Nusantara Dan Budaya",
        "Komunitas Uji Coba Ikatan Alumni Kampus Raya Baru Lama",
        "Lembaga Uji Coba menyelenggarakan, lalu Badan Uji melaksanakan webinar Nasional",
        "Unit Uji upheld Dewan Coba",
    ]
    for text in texts:
        whole = [m.span() for m in pattern.finditer(text)]
        end = meta._hold_reach(text)
        cut = [m.span() for m in pattern.finditer(text, 0, end)] if end >= 0 else []
        assert cut == whole, text
    assert meta._hold_reach("Komunitas Uji Coba Ikatan Alumni") == -1
    assert meta._hold_reach("Forum Uji gelar webinar") == len("Forum Uji gelar ")
