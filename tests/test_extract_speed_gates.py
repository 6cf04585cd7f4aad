"""Speed-only gates of the people steps: they skip work whose answer is known, never change it.

The sentences are invented, in the style of the coverage the extractor reads.
"""

from __future__ import annotations

import pytest

from index.extract import listings, marked_backstop, speakers
from index.extract.people_1_runs import find_runs, tokenize
from index.extract.people_3_phrase import _person_runs, parse_person
from index.extract.people_4_split import may_part, split_items
from index.extract.sentences import Sentence


def _sentence(text: str) -> Sentence:
    return Sentence(text, 0, 0)


def test_title_gate_rejects_a_verb_before_any_office(monkeypatch: pytest.MonkeyPatch) -> None:
    # the first verb comes before any office word and no bracket or quote follows it
    text = "Suasana diskusi berlangsung hangat ketika Ketua Yayasan Bumi Hijau Tono Wirasena tiba."
    assert not speakers._may_open_with_title(text)
    assert speakers._subject_title(_sentence(text)) == []
    # without the gate the full reading finds no title either
    monkeypatch.setattr(speakers, "_may_open_with_title", lambda text: True)
    assert speakers._subject_title(_sentence(text)) == []


def test_title_gate_keeps_an_office_before_the_verb() -> None:
    text = "Bupati Sukamekar, Hendra Wiratama juga hadir dalam kegiatan itu."
    assert speakers._may_open_with_title(text)
    mentions = speakers._subject_title(_sentence(text))
    assert [m.name for m in mentions] == ["Hendra Wiratama"]


def test_title_gate_keeps_a_verb_a_bracket_may_hold() -> None:
    text = "Sekretaris (yang dilantik kemarin) Dinas Pangan Rudi Hartawan membuka acara."
    assert speakers._may_open_with_title(text)


def test_title_gate_rejects_lower_case_openings() -> None:
    assert not speakers._may_open_with_title("kegiatan ini dibuka oleh Kepala Dinas Rudi.")


def test_runs_are_shared_by_both_readings_of_a_phrase() -> None:
    text = "Ir. Dodi Prasetyo, Kepala Balai Pelatihan Tani Sukamekar, memaparkan materi"
    first = parse_person(text, name_first_only=True)
    before = _person_runs.cache_info()
    second = parse_person(text)
    after = _person_runs.cache_info()
    assert first is not None and second is not None and first.name == second.name
    assert after.misses == before.misses  # the runs of the first reading serve the second


def test_a_job_title_opens_with_its_office_within_three_words() -> None:
    """The gate before the title-before-subject reading: an office among the first three
    words (also after a word of relation), none in a sentence that opens otherwise."""
    from index.extract.speakers import _opens_with_office
    assert _opens_with_office("Ketua Forum Warga Lestari Ani Wulan mengatakan hal itu.")
    assert _opens_with_office("Istri Wakil Bupati Sukamaju Ibu Rina memberi sambutan.")
    assert not _opens_with_office("Acara yang digelar daring itu diikuti warga.")


def _without(monkeypatch: pytest.MonkeyPatch, name: str, module: object = speakers) -> None:
    monkeypatch.setattr(module, name, lambda *args: True)


NARRATIVE = [
    # a presenting verb after the subject
    "Dr. Lestiani Purwoko, M.Si., menjelaskan bahwa lahan gambut perlu dijaga.",
    # a talk cue after the subject ("dengan materi")
    "Ir. Bonifasius Tarigan dengan materi “Irigasi Tetes untuk Petani Muda”.",
    # a preposition before a quoted title, right after the name
    "Rahmadi Sulistyo bertema “Pangan Lokal di Kota Kecil”.",
    # an English verb of taking one's turn
    "Ms. Kirana Wijatmoko then followed up with a short demonstration.",
    # a job title, a marked name, then material presented
    "Kasi Penyuluhan Dinas Tani Mekarsari Ir. Sutopo Rahardjo memaparkan materi pupuk.",
]
NO_NARRATIVE = [
    "Dr. Lestiani Purwoko, M.Si., hadir bersama rombongan dari Sukamekar.",
    "Kegiatan itu diikuti oleh ratusan warga dari tiga kecamatan.",
    "Ir. Bonifasius Tarigan, Ketua Kelompok Tani Subur, tiba pada pagi hari.",
]


@pytest.mark.parametrize("text", NARRATIVE + NO_NARRATIVE)
def test_narrative_gate_never_drops_a_mention(text: str, monkeypatch: pytest.MonkeyPatch,
                                               ) -> None:
    """The words a narrative mention needs (:func:`speakers._may_narrate`) are in every
    sentence that gives one: with the gate the mention is the one read without it."""
    gated = speakers._narrative_mention(_sentence(text))
    assert (gated is not None) == (text in NARRATIVE)
    _without(monkeypatch, "_may_narrate")
    assert speakers._narrative_mention(_sentence(text)) == gated


def test_narrative_gate_rejects_a_sentence_without_verb_or_cue() -> None:
    assert not speakers._may_narrate("Dr. Lestiani Purwoko, M.Si., hadir bersama rombongan.")
    assert speakers._may_narrate("Dr. Lestiani Purwoko MENJELASKAN tentang lahan.")


def test_talk_cue_gate_holds_wherever_a_cue_is_found() -> None:
    from index.extract.talks import find_talk_cue, may_find_talk_cue
    cued = ["Ia membawakan materi berjudul “Tanah Sehat”.", " (Guru SD Mekar) bertema “Literasi”",
            "dengan paparan tentang hutan kota", "He delivered a presentation on river care."]
    for text in cued:
        assert find_talk_cue(text) is not None and may_find_talk_cue(text)
    # bare "dengan", or a quote with no preposition before it: no cue, and the gate says so
    for text in ["Ia datang dengan rombongan.", "Ia berkata “kita harus mulai”."]:
        assert find_talk_cue(text) is None and not may_find_talk_cue(text)


APPOSITION = "Prof. Wening Astuti, Kepala Pusat Studi Pangan, hadir dalam rapat itu."


def test_apposition_gate_keeps_a_closed_apposition(monkeypatch: pytest.MonkeyPatch) -> None:
    mentions = speakers._subject_apposition(_sentence(APPOSITION))
    assert [m.position for m in mentions] == ["Kepala Pusat Studi Pangan"]
    for text in [APPOSITION, "Prof. Wening Astuti hadir dalam rapat, kata panitia."]:
        gated = speakers._subject_apposition(_sentence(text))
        with monkeypatch.context() as patch:
            patch.setattr(speakers, "_APPOSITION_CLOSED", _AlwaysSearch(
                speakers._APPOSITION_CLOSED))
            assert speakers._subject_apposition(_sentence(text)) == gated


class _AlwaysSearch:
    """The apposition pattern with its whole-text test (the gate) always passing."""

    def __init__(self, pattern: object) -> None:
        self._pattern = pattern

    def search(self, *args: object) -> bool:
        return True

    def match(self, *args: object) -> object:
        return self._pattern.match(*args)  # type: ignore[attr-defined]


def test_opening_lead_is_the_same_with_the_length_test_first() -> None:
    assert speakers._opening_lead("Dalam kesempatan tersebut, Rina Sari menjelaskan hal itu.") \
        == len("Dalam kesempatan tersebut, ")
    # a long clause before the comma is no adverbial, whoever it names
    text = "Warga dari tujuh desa yang datang sejak pagi sekali, Rina menyambut mereka."
    assert speakers._opening_lead(text) == 0


def test_list_gate_needs_a_separator_for_two_people() -> None:
    # no comma, semicolon or connector: one item at most, so never a list of two people
    text = "Prof. Wulan Ardiningsih Kepala Pusat Kajian Pesisir"
    assert not may_part(text)
    assert len(split_items(text)) <= 1
    assert listings._bare_list(text, single=False) == []
    # two people joined by a connector are still read past the gate
    joined = "Dr. Wulan Ardiningsih (Pusat Kajian Pesisir) dan Ir. Bagas Mulyono (Dinas Kelautan)"
    assert may_part(joined)
    assert listings._bare_list(joined, single=False)


def test_list_gate_keeps_every_connector() -> None:
    for joined in ("A dan B", "A serta B", "A and B", "A & B", "A as well as B", "A juga ada B",
                   "A ada pula B", "A adapula B", "A, B", "A; B", "A DAN B"):
        assert may_part(joined), joined


def test_mark_gate_skips_sentences_without_degree_or_title() -> None:
    plain = "Webinar itu diikuti Bagas Mulyono dari Kab. Sukamaju."
    assert not marked_backstop._holds_mark(tokenize(plain))
    assert marked_backstop._holds_mark(tokenize("Webinar itu menghadirkan Bagas Mulyono, M.Si."))
    assert marked_backstop._holds_mark(tokenize("Webinar itu menghadirkan Prof Bagas Mulyono."))


def test_runs_read_to_the_end_let_their_tokens_go() -> None:
    # the cache keeps the runs of a phrase, not its tokens once nothing reads them again
    from index.extract import people_3_phrase

    text = "Materi dibawakan oleh Ir. Wulan Prameswari, M.Sc selaku pemateri utama"
    read = _person_runs(text, False, frozenset(), frozenset(), 0)
    runs = read.every()
    assert [(r.first, r.last) for r in runs] == [(4, 5)]
    assert read._tokens is people_3_phrase._READ and not people_3_phrase._READ
    assert read.every() == runs and read.opening(0) is None


def test_phrases_that_write_no_evidence_share_one_pair() -> None:
    from index.extract.people_3_phrase import _evidence_in

    lower, places = frozenset({"seminar", "dosen"}), frozenset({"sukamekar"})
    none = _evidence_in("Rudi Hartawan membuka acara", lower, places)
    assert none == (frozenset(), frozenset())
    assert _evidence_in("Tono Wirasena menutup acara", lower, places) is none
    assert _evidence_in("Dosen Sukamekar Tono", lower, places) == (
        frozenset({"dosen"}), frozenset({"sukamekar"}))
    assert _evidence_in("Seminar oleh Tono", lower, places) == (
        frozenset({"seminar"}), frozenset())


def test_reported_reads_the_leads_it_is_given(monkeypatch: pytest.MonkeyPatch) -> None:
    # the leads the programme loop read are the ones _reported would read again
    texts = ["Webinar itu menghadirkan dua narasumber.",
             "Sementara itu, Ketua Yayasan Bumi Hijau, Tono Wirasena, menambahkan bahwa hutan "
             "kota perlu dijaga bersama.",
             "Dalam kesempatan tersebut, Dr. Laras Pramesti, M.Si., mengatakan sampah plastik "
             "masih menjadi soal utama.",
             "“Kita mulai dari rumah,” ujar Kepala Dinas Lingkungan Hidup, Bagas Mulyono, "
             "secara virtual."]
    sentences = [Sentence(t, k, k) for k, t in enumerate(texts)]
    leads = [speakers._opening_lead(t) for t in texts]
    slow = speakers._reported(sentences, 0, [])
    assert slow  # (the sentences report someone)

    def unread(text: str) -> int:
        raise AssertionError("the lead is read again")

    monkeypatch.setattr(speakers, "_opening_lead", unread)
    assert speakers._reported(sentences, 0, [], None, dict(zip(texts, leads)).__getitem__) == slow


def test_marked_people_reads_runs_up_to_the_last_mark(monkeypatch: pytest.MonkeyPatch) -> None:
    text = ("Webinar itu menghadirkan Dr. Laras Pramesti sebagai narasumber, bersama Bagas "
            "Mulyono dan Tono Wirasena dari Yayasan Bumi Hijau Lestari.")
    sentences = [Sentence(text, 0, 0)]
    read: list[object] = []
    real = marked_backstop.iter_runs

    def counting(tokens: list[object], loose: bool = False) -> object:
        for run in real(tokens, loose):  # type: ignore[arg-type]
            read.append(run)
            yield run

    monkeypatch.setattr(marked_backstop, "iter_runs", counting)
    fast = marked_backstop.marked_people(sentences, [], frozenset())
    assert [m.name for m in fast] == ["Laras Pramesti"]
    # the runs after the last mark (the unmarked names) were never read
    assert len(read) < len(find_runs(tokenize(text)))
    # reading every run (the slow path) finds the same people
    monkeypatch.setattr(marked_backstop, "_last_mark", lambda tokens: len(tokens))
    assert marked_backstop.marked_people(sentences, [], frozenset()) == fast
