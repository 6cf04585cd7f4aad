"""Two exact shortcuts of the role-cue reader (output unchanged, less work):

- a sentence without a role cue names no one (:func:`sentence_mentions` returns before the
  steps that only rewrite cues and the mentions they found);
- a list item that is one piece of the slot keeps the reading the piece already had
  (:func:`parse_list` does not ask the person reader again for the same item).

Every sentence is invented for these tests (fictional people, places and bodies).
"""

from __future__ import annotations

import pytest

import index.extract.people_5_assembly as assembly
import index.extract.people_6_frames as frames
from index.extract.fronted_roles import fronted_role
from index.extract.people_3_phrase import parse_person
from index.extract.people_5_assembly import parse_list
from index.extract.people_6_frames import _agent_of_noun, sentence_mentions
from index.extract.people_6_respective import respective_runs
from index.extract.people_6_slots import find_cues
from index.extract.sentences import Sentence

NO_CUE = [
    "Hujan turun sejak pagi di Kampung Sukamekar, Kabupaten Taruna.",
    "Rina Kusuma dan Bagas Wiratama berjalan ke pasar bersama anak-anak.",
    "Kegiatan itu berlangsung pada Senin, 3 Mei 2021, di Aula Harapan Bangsa.",
]

LISTS = [
    "Dr. Rina Kusuma, M.Pd., Bagas Wiratama, S.T. dan Prof. Hendra Lukito",
    "Ketua Yayasan Cahaya Timur, Dewi Anggraini, serta Kepala Dinas Pangan Taruna, Joko "
    "Saptono, S.P.",
    "Rina Kusuma (dosen Universitas Sukamekar) dan Bagas Wiratama (peneliti Lembaga "
    "Kajian Taruna)",
    "Hendra Lukito, penulis buku “Jejak Langkah di Tanah Taruna”, dan Dewi Anggraini, "
    "S.Sos.",
]


@pytest.mark.parametrize("text", NO_CUE)
def test_a_sentence_without_cues_names_no_one(text: str) -> None:
    assert find_cues(text) == ()
    assert sentence_mentions(Sentence(text, 0, 0)) == []
    # the steps the shortcut spares find nothing either without cues
    assert fronted_role(_agent_of_noun((), text), text) == ()
    assert respective_runs(text, ()) == {}


def test_the_cue_steps_are_not_run_without_a_cue(monkeypatch: pytest.MonkeyPatch) -> None:
    def never(*args: object) -> object:
        raise AssertionError("a step after the cues ran for a sentence without cues")

    monkeypatch.setattr(frames, "fronted_role", never)
    monkeypatch.setattr(frames, "respective_runs", never)
    assert sentence_mentions(Sentence(NO_CUE[0], 0, 0)) == []


@pytest.mark.parametrize("text", LISTS)
def test_each_item_reads_as_the_person_reader_reads_it(text: str) -> None:
    assembly._parse_list.cache_clear()
    listed = parse_list(text, whole_list=True)
    assert len(listed) >= 2
    for item in listed:
        # the slow path: the item read again by the person reader, from its masked text
        masked = assembly.slot_mask(text)[item.start:item.end]
        source = None if masked == item.item else item.item
        assert item.person == parse_person(masked, loose=True, source=source)


def test_an_item_of_one_piece_is_not_read_twice(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []

    def counting(text: str, *args: object, **kwargs: object) -> object:
        asked.append(text)
        return parse_person(text, *args, **kwargs)

    monkeypatch.setattr(assembly, "parse_person", counting)
    assembly._parse_list.cache_clear()
    listed = parse_list(LISTS[0], whole_list=True)
    assert [item.person.name for item in listed] == ["Rina Kusuma", "Bagas Wiratama",
                                                      "Hendra Lukito"]
    for item in listed:
        assert asked.count(item.item) <= 1
