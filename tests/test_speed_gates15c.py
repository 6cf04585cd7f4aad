"""Speed changes of round 15 (helper C): each quick path gives the slow path's answer.
All sentences are invented."""

from __future__ import annotations

import re

import pytest

from index.extract import gazetteer, people_3_phrase, people_6_slots, reported_speech

_SENTENCES = (
    "Acara ini dipandu oleh Moderator Sinta Dewi dan dibuka oleh Dekan FISIP, Rudi Hartono.",
    "NARASUMBER webinar yaitu Dr. Wulan Sari dari Kota Kendari dan Bayu Santosa, S.E.",
    "Pemateri pertama, Ayu Lestari, memaparkan hasil riset di Kabupaten Sleman.",
    "The speakers were Prof. Tono Wibowo and Dian Permata, moderated by Joko Pratama.",
    "Narasumber di sesi tersebut adalah Kepala Dinas Kab. Bogor, Andi Saputra.",
    "Sambutan di sampaikan oleh Gubernur Jawa Tengah, Yusuf Maulana, secara daring.",
    "Webinar “Tanam dan Panen” bersama Lina Marlina digelar di DI Yogyakarta.",
    "Kegiatan diikuti peserta se-Kota Semarang dan se-Bantul pada pekan lalu.",
    "Hadir sebagai pembİcara Rina Maharani dari Surabaya.",  # dotted capital I
    "Dıpandu oleh Host Asep Kurnia di Medan.",  # dotless i
    "ſpeakers: Rahmat Hidayat (Palembang) dan Sari Wulandari.",  # long s
    "Kelvin sign: \u212aetua panitia Dedi Firmansyah membuka acara di Makassar.",
    "Peserta datang dari daerah pesisir dan di desa-desa sekitarnya.",
    "Menurut Budi Santoso dalam keterangan tertulisnya, webinar berlangsung baik.",
    "“Kami siap tahun lalu,” ujar Hendra Gunawan setelah acara.",
    "Sebelumnya, Fajar Nugroho mengatakan hal serupa kepada wartawan.",
    "Pada edisi sebelumnya, Maya Sari menjadi narasumber.",
    "In a separate statement, the chair Nina Kusuma told reporters the plan holds.",
    "Usai webinar, Rian Hakim diwawancarai oleh media.",
    "Acara dibuka pukul 09.00 WIB di aula kampus.",
    "",
)


@pytest.mark.parametrize("text", _SENTENCES)
def test_cue_spans_as_the_case_blind_regex(text: str) -> None:
    lower, _ = people_6_slots._cue_table()
    regex = people_6_slots._blind_cue_regex()
    assert [m.span() for m in people_6_slots._cue_matches(text, lower)] == [
        m.span() for m in regex.finditer(text)]


def _slow_cues(text: str) -> tuple[people_6_slots.Cue, ...]:
    """:func:`find_cues` with the case-blind regex only (the slow path)."""
    people_6_slots.find_cues.cache_clear()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(people_6_slots, "_cue_matches",
                      lambda t, _lower: people_6_slots._blind_cue_regex().finditer(t))
        slow = people_6_slots.find_cues(text)
    people_6_slots.find_cues.cache_clear()
    return slow


@pytest.mark.parametrize("text", _SENTENCES)
def test_find_cues_as_the_slow_path(text: str) -> None:
    people_6_slots.find_cues.cache_clear()
    assert people_6_slots.find_cues(text) == _slow_cues(text)


_LETTERS = re.compile(r"[^\W\d_]+")


@pytest.mark.parametrize("text", _SENTENCES)
def test_evidence_in_as_the_slow_path(text: str) -> None:
    written = set(map(str.casefold, _LETTERS.findall(text)))
    lower = frozenset({"dipandu", "oleh", "dan", "di", "sekitarnya", "tahun", "the", "kota"})
    places = frozenset({"kendari", "sleman", "medan", "surabaya", "makassar"})
    found_lower, found_places = people_3_phrase._evidence_in.__wrapped__(text, lower, places)
    assert found_lower == lower & written
    assert found_places == places & written


def _slow_places(text: str) -> tuple[gazetteer.PlaceMention, ...]:
    """The place reading as it was: every word folded one by one, every word that some
    place name starts with looked at."""
    index = gazetteer._index()
    words = gazetteer._WORD.findall(text)
    folded = list(map(str.casefold, words))
    shift: dict[int, int] = {}
    if "e-" in text:
        for k, word in enumerate(words):
            if gazetteer._SE.match(word):
                words[k], folded[k], shift[k] = word[3:], word[3:].casefold(), 3
    matches = list(gazetteer._WORD.finditer(text))

    def start(k: int) -> int:
        return matches[k].start() + shift.get(k, 0)

    mentions = []
    cues = gazetteer.place_words()
    after = 0
    for i in [k for k, key in enumerate(folded) if key in index]:
        if i < after:
            continue
        prefix = folded[i - 1] if i > 0 else ""
        gap = text[matches[i - 1].end():start(i)] if i > 0 else ""
        explicit = prefix.rstrip(".") in cues.kind_of and gap.strip(" .") == ""
        if not (words[i][:1].isupper() or explicit):
            continue
        length, places = gazetteer._match(words[i:i + 6], folded[i:i + 6])
        if not length or (not explicit and not all(w[:1].isupper()
                                                    for w in words[i:i + length])):
            continue
        end = i + length - 1
        kind = cues.kind_of.get(prefix.rstrip(".")) if explicit else None
        before = (i > 0 and not explicit and words[i - 1][:1].isupper()
                  and gap.strip() == "" and prefix not in cues.openers)
        after_capital = (end + 1 < len(words) and words[end + 1][:1].isupper()
                         and text[matches[end].end():start(end + 1)].strip() == "")
        mentions.append(gazetteer.PlaceMention(places, start(i), matches[end].end(), prefix,
                                               kind, before or after_capital))
        after = end + 1
    return tuple(mentions)


@pytest.mark.parametrize("text", _SENTENCES + (
    "kota kendari dan kab. sleman", "di kota Medan", "DI Yogyakarta", "Jawa  Tengah",
    "dari kabupaten bogor, jawa barat"))
def test_find_places_as_the_slow_path(text: str) -> None:
    assert gazetteer._find_places.__wrapped__(text) == _slow_places(text)


@pytest.mark.parametrize("text", _SENTENCES + (
    "Ia dikonfirmasi awak media.", "Rilisnya menyebut Eko Prasetyo.", "Last week, Andi spoke.",
    "Setelah seminar, Putri Ayu dihubungi.", "Dia ditemui selepas diskusi.",
    "Sudah 20 tahun lalu program itu berjalan.", "Ia membaca SİARAN PERS itu.",
    "He spoke earlier after the session."))
def test_said_elsewhere_as_the_regex(text: str) -> None:
    assert reported_speech.said_elsewhere.__wrapped__(text) == _slow_elsewhere(text)


def _slow_elsewhere(text: str) -> bool:
    """:func:`said_elsewhere` by the regexes alone."""
    if "”" in text:
        text = reported_speech._QUOTED.sub(" ", text)
    found = reported_speech._ELSEWHERE.search(text)
    if found is not None and found.group().casefold() == "sebelumnya":
        return reported_speech._ELSEWHERE.search(
            reported_speech._PREVIOUS_ONE.sub(" ", text)) is not None
    return found is not None


def test_every_elsewhere_branch_writes_a_gate_word() -> None:
    """Each branch of the regex, matched alone, leaves one of the gate's words in its
    match: the gate never turns away a sentence the regex finds something in."""
    samples = ["keterangan pers", "keterangannya", "siaran pers", "rilisan", "press release",
               "kepada awak media", "ketika dihubungi", "dikonfirmasi", "sebelumnya",
               "beberapa waktu lalu", "bulan lalu", "told the press", "earlier",
               "a separate written statement", "written statement", "last month",
               "dibincangi", "ditemui", "diwawancarai", "seusai kegiatan",
               "selepas diskusi", "setelah acara", "usai seminar", "after the event"]
    for sample in samples:
        match = reported_speech._ELSEWHERE.fullmatch(sample)
        assert match is not None, sample
        assert any(w in sample for w in reported_speech._ELSEWHERE_WORDS), sample
