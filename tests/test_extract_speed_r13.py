"""Speed-only changes of the speaker readers (round 13): same answers as the slow forms.

The sentences are invented, in the style of the coverage the extractor reads.
"""

from __future__ import annotations

import random
import re

import pytest

from index.extract import speakers, talks
from index.extract.literal_trie import literal_trie
from index.extract.people_1_runs import looks_like_verb, tokenize
from index.extract.sentences import Sentence
from index.lexicon import phrase_set


def _flat(strings: set[str] | frozenset[str]) -> re.Pattern[str]:
    """The flat alternation the trie replaces (longest first, as it was written)."""
    return re.compile("|".join(re.escape(s) for s in sorted(strings, key=len, reverse=True)))


_TEXTS = [
    "Dr. Laras Pramesti menjelaskan bahwa sampah plastik masih menjadi soal utama.",
    "Kegiatan itu diikuti 120 peserta dari berbagai daerah.",
    "Ketua Yayasan Bumi Hijau, Tono Wirasena, memaparkan materi bertajuk “Kota Hijau”.",
    "Prof. Bagas Mulyono explained the findings and then shared a few examples.",
    "Acting Head of the Centre, Rina Sari, presented the report on rivers.",
    "Ia membahas kebijakan air bersih dengan paparan yang singkat.",
    "Sekretaris Dinas Pangan, Rudi Hartawan, membuka acara secara daring.",
    "",
]


def test_the_trie_matches_the_strings_the_flat_alternation_matches() -> None:
    generator = random.Random(13)
    for _ in range(300):
        strings = {"".join(generator.choice("abcd.(") for _ in range(generator.randint(1, 4)))
                   for _ in range(generator.randint(1, 8))}
        trie, flat = re.compile(literal_trie(strings)), _flat(strings)
        for _ in range(20):
            text = "".join(generator.choice("abcde.( ") for _ in range(generator.randint(0, 12)))
            assert (trie.search(text) is None) == (flat.search(text) is None), (strings, text)
            # every string alone is matched whole
        for string in strings:
            assert trie.fullmatch(string), (strings, string)


def test_the_trie_keeps_a_string_that_another_continues() -> None:
    pattern = re.compile(literal_trie({"act", "acting", "actor"}))
    assert pattern.fullmatch("act") and pattern.fullmatch("acting") and pattern.fullmatch("actor")
    assert not pattern.fullmatch("actin") and not pattern.search("ac tor")
    with pytest.raises(ValueError):
        literal_trie({"a", ""})
    with pytest.raises(ValueError):
        literal_trie(set())


def test_the_narrating_verbs_and_offices_answer_as_the_flat_regexes() -> None:
    verbs = phrase_set("present_verb") | phrase_set("material_verb")
    flat_verbs = _flat(verbs)
    flat_offices = re.compile(r"(?<![^\s,])(?:" + _flat(speakers._offices()).pattern + ")")
    for text in _TEXTS:
        folded = text.casefold()
        assert (speakers._narrating_verbs().search(folded) is None) == (
            flat_verbs.search(folded) is None)
        assert (speakers._office_start().search(folded) is None) == (
            flat_offices.search(folded) is None)
    assert speakers._narrating_verbs().search("dr. laras menjelaskannya")  # (found anywhere)


def test_the_talk_keys_answer_as_the_flat_regexes() -> None:
    for categories, leading in ((("talk_cue", "talk_verb"), False), (("talk_noun",), False),
                                (("talk_prep",), True)):
        keys, slow = talks._key_words(categories, leading), _slow_key(categories, leading)
        assert keys is not None
        for text in _TEXTS:
            folded = talks.search_fold(text)
            assert (keys.search(folded) is None) == (slow.search(folded) is None), text
    for text in _TEXTS:
        assert talks.may_find_talk_cue(text) == _slow_may_find_talk_cue(text), text


def _slow_key(categories: tuple[str, ...], leading: bool) -> re.Pattern[str]:
    """_key_words as a flat alternation, from the same phrases."""
    keys = set()
    for category in categories:
        for phrase in talks.phrases(category):
            if leading and phrase in {":", "yakni", "yaitu"}:
                continue
            body = phrase[:-1] if phrase.endswith("?") else phrase
            words = [w.lower() for w in body.split() if w.isascii()]
            keys.add(max(words, key=lambda w: (w not in talks._COMMON, len(w))))
    return _flat(keys)


def _slow_may_find_talk_cue(text: str) -> bool:
    folded = talks.search_fold(text)
    if _slow_key(("talk_cue", "talk_verb"), False).search(folded):
        return True
    if "dengan" in folded and _slow_key(("talk_noun",), False).search(folded):
        return True
    return any(q in text for q in "“\"‘") and _slow_key(("talk_prep",), True).search(
        folded) is not None


def _slow_may_open_with_title(text: str) -> bool:
    """The title test as it was written before its tests were reordered."""
    if not text[:1].isupper():
        return False
    tokens = tokenize(text)
    offices = speakers._offices()
    inner = phrase_set("title_inner")
    for i, token in enumerate(tokens):
        word = token.text
        if not ((token.start == 0 or text[token.start - 1].isspace())
                and text[token.end:token.end + 1].isspace() and looks_like_verb(word)
                and word.casefold() not in inner and word.casefold() != "serta"):
            continue
        if any(t.text in {"(", ")", "“", "”", "\""} for t in tokens[i + 1:]):
            return True
        before = text[:token.start]
        return any(w.casefold() in offices for w in before.replace(",", " ").split()) or any(
            t.text.casefold() in offices for t in tokens[:i])
    return True


def test_the_title_test_answers_as_before() -> None:
    texts = _TEXTS + [
        "Suasana diskusi berlangsung hangat ketika Ketua Yayasan Tono Wirasena tiba.",
        "Sekretaris (yang dilantik kemarin) Dinas Pangan Rudi Hartawan membuka acara.",
        "Wali Kota Sukamekar, Hendra Wiratama,menjelaskan rencana itu.",
        "Kepala Dinas X dan Y Budi Santoso mengatakan",
        "menjelaskan Ketua Rina",
    ]
    for text in texts:
        assert speakers._may_open_with_title(text) == _slow_may_open_with_title(text), text


_ARTICLE = [
    "JAKARTA – Yayasan Bumi Hijau menggelar webinar bertajuk “Kota Hijau” pada Sabtu.",
    "Webinar itu menghadirkan dua narasumber, yakni Tono Wirasena dan Dr. Laras Pramesti.",
    "Sementara itu, Ketua Yayasan Bumi Hijau, Bagas Mulyono, menambahkan bahwa hutan kota "
    "perlu dijaga.",
    "Tono membawakan materi berjudul “Taman di Atap Rumah”.",
    "Dalam kesempatan tersebut, Laras mengatakan sampah plastik masih menjadi soal utama.",
]


def _sentences() -> list[Sentence]:
    return [Sentence(t, k, k) for k, t in enumerate(_ARTICLE)]


def test_the_leads_are_read_once_per_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    read: list[str] = []
    slow = speakers._opening_lead

    def counted(text: str) -> int:
        read.append(text)
        return slow(text)

    monkeypatch.setattr(speakers, "_opening_lead", counted)
    speakers.extract_speakers(_sentences())
    asked = [t for t in read if t in _ARTICLE]
    assert asked and len(asked) == len(set(asked))


def test_the_memo_of_leads_gives_what_reading_again_gives(
        monkeypatch: pytest.MonkeyPatch) -> None:
    memo = speakers.extract_speakers(_sentences())

    class Unmemoised(dict[str, int]):
        def __getitem__(self, text: str) -> int:
            return speakers._opening_lead(text)

    monkeypatch.setattr(speakers, "_Leads", Unmemoised)
    again = speakers.extract_speakers(_sentences())
    assert memo == again
    assert [s.name for s in memo.speakers]  # (the article has a programme)


def test_the_report_word_test_answers_as_the_set_of_words() -> None:
    from index.extract import reported_speech as rs

    texts = _TEXTS + ["Ketua panitia menambahkannya kemarin.", "Hal itu disampaikan oleh Rina.",
                      "Rina said-so", "According to Rina, rivers matter.", "menurut_nya x",
                      "Pak Tono mengatakan, air itu penting."]
    for text in texts:
        lowered = text.lower()
        assert (rs._report_word().search(lowered) is None) == rs._report_words().isdisjoint(
            rs._TOKEN.findall(lowered)), text
