"""Recall on speakers missed entirely in Indonesian prose (invented text): a list lead-in whose
verb stands inside a modifier of the role noun ("dua pembicara dari dua kota berbeda, yakni
A dan B", "tiga dosen sebagai narasumber dengan mengikuti acara secara daring yakni A, B")."""

from __future__ import annotations

from extract_people import HELD, people


def test_yakni_after_origin_modifier_with_stative_verb() -> None:
    """"dua pembicara dari dua kota berbeda, yakni A (X) dan B (Y)": "berbeda" is inside the
    "dari" phrase, not the predicate of the noun."""
    found = people(HELD + "Webinar ini menghadirkan dua pembicara dari dua kota berbeda, yakni "
                   "Prof. Damar Wicaksono (Semarang) dan Laras Pramesti (Pontianak).")
    assert found["Damar Wicaksono"].role == "speaker"
    assert found["Laras Pramesti"].role == "speaker"


def test_yakni_after_manner_modifier_with_verb() -> None:
    """"sebagai narasumber dengan mengikuti acara secara daring yakni A, B": a manner
    adverbial, opened by "dengan", between the noun and its list."""
    found = people(HELD + "Panitia menghadirkan dua dosen sebagai narasumber dengan mengikuti "
                   "acara secara daring yakni Dr. Sekar Ayuningtyas (Dosen Universitas Tanjung "
                   "Uji) dan Dr. Hendra Saputro (Dosen Politeknik Lembah Hijau).")
    assert found["Sekar Ayuningtyas"].role == "speaker"
    assert found["Hendra Saputro"].role == "speaker"


def test_predicate_verb_before_yakni_lists_no_people() -> None:
    """"Narasumber menjelaskan tiga hal, yakni ...": the verb right after the noun is its
    predicate, so the list after "yakni" is what was explained (guard)."""
    found = people(HELD + "Narasumber Dr. Sekar Ayuningtyas menjelaskan tiga hal dengan "
                   "contoh, yakni Literasi Data, Etika Digital dan Budaya Digital.")
    assert "Literasi Data" not in found and "Etika Digital" not in found
