"""The quick test before an adverbial clause of opening is read (``_CLAUSE_START``): every
sentence where the clause's own patterns find the clause passes it, so skipping the others
changes no answer. The sentences are invented (fictional people, bodies and events)."""

from __future__ import annotations

import itertools

from index.extract import opening_adverbial as oa

_SUBORDINATORS = ("saat", "ketika", "sewaktu", "tatkala", "dalam", "pada", "di")
_VERBS = ("membuka Seminar Tata Air", "mengawali kegiatan Lokakarya Guru",
          "membuka secara resmi acara Webinar Pangan", "memberikan sambutan",
          "memberi kata sambutannya", "menyampaikan sambutan", "pembukaan Forum Desa",
          "acara pembukaan webinar ini", "rangkaian acara pembukaan Seminar Kopi",
          "rangkaian pembukaan kegiatan Pelatihan Kader")


def _sentences() -> list[str]:
    out = []
    for sub, verb in itertools.product(_SUBORDINATORS, _VERBS):
        for clause in (f"{sub} {verb}", f"{sub.capitalize()} {verb}", f"{sub} {verb}".upper()):
            out.append(f"Kepala Dinas Air Kota Uji Rudi Hartanto {clause} mengatakan hal baru.")
            out.append(f"{clause}, Bupati Uji Sinta Maharani menyampaikan harapannya.")
            out.append(f"UJI - {clause}, Rektor Universitas Uji Budi Santoso berkata.")
    return out


def test_the_gate_passes_every_sentence_the_clause_patterns_find() -> None:
    found = 0
    for text in _sentences():
        clause = oa._adverbial().search(text) or any(
            oa._fronted().match(text, start) for start in range(len(text)))
        if clause:
            found += 1
            assert oa._CLAUSE_START.search(text) is not None, text
    assert found > 200  # (the clause patterns do find most of them)


def test_the_gate_stops_sentences_without_a_clause_of_opening() -> None:
    for text in ("Ketua Panitia Rina Kusuma memberikan sambutan kunci kepada peserta.",
                 "Acara dibuka oleh Wali Kota Uji, Budi Santoso, dengan sambutan singkat.",
                 "Pembukaan lahan baru di Desa Uji membuka peluang usaha."):
        assert oa._CLAUSE_START.search(text) is None
        assert oa._adverbial().search(text) is None
        assert not any(oa._fronted().match(text, s) for s in range(len(text)))
