"""Speed-only gates of the people steps: they skip work whose answer is known, never change it.

The sentences are invented, in the style of the coverage the extractor reads.
"""

from __future__ import annotations

import pytest

from index.extract import speakers
from index.extract.people_3_phrase import _person_runs, parse_person
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
