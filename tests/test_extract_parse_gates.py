"""Speed-only shortcuts of the first reading of a phrase: each skips work whose answer is
known from the word alone (or keeps an answer that reads only the word or the text), and
never changes what is read. Each test takes a shortcut out and compares.

The phrases are invented, in the style of the coverage the extractor reads.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from index import names
from index.extract import gazetteer, people_0_tokens, people_1_runs, people_2_after, people_3_phrase
from index.extract.case_evidence import article_words
from index.extract.people_0_tokens import is_title, tokenize
from index.extract.people_1_runs import find_runs

PHRASES = [
    "Rina Wulandari, S.Pd memaparkan materi tentang Kebun Raya Sukamekar bersama Dodi Prasetyo.",
    "Ketua Yayasan Bumi Hijau Dr. H. Tono Wirasena, M.Si (Kepala Balai) hadir pada 12 Mei 2023.",
    "moderator @rinakusuma dan “Ucok” Dedi arkana wiratma selaku pemateri, serta Budi bin Salim.",
    "Ni kadek sari selaku narasumber; Arif Wira P (Instruktur) dan Drs HAM Rudi Hartawan",
    "1. Prof.Dr.H.rusdi Saputra, Ph.D. - dosen di Universitas Sukamekar, Sekolah VS Gawai",
    "2) Dr.Sinta Maharani dan UstadzHasan Basri serta HM Yusuf Arifin, Natasa.MH",
    "( 3 ) dr.H.L Gede Wirawan, Sp.OG dan yang kedua Husin Ja'far al-Habsyi, M. Sc",
    "Kepala Dinas Pertanian Kota Ambon Yohana Latupeirissa bersama Kepala Poltekes Medan "
    "Ratna Sitompul",
    "Direktur Jenderal Pajak Hendra Wijaya, Dipl. Ing. Bima Rubiandini dan Arief S. Ag.",
    "Dan Adams presented the Annual Report with Budi Santoso of Jakarta Coastal Council",
    "serta Anak Agung Gede Ngurah, Brigen TNI Marzuki Hasan, Kolonel Inf. Rudi Salim",
]

ENGLISH = "the speaker and the host spoke with the panel about the report"


def _runs(loose: bool) -> list[list[people_1_runs.Run]]:
    return [find_runs(tokenize.__wrapped__(text), loose) for text in PHRASES]


def test_the_split_gate_tokenises_as_the_full_tests() -> None:
    fast = [tokenize.__wrapped__(text) for text in PHRASES]
    assert ["Dr.", "Sinta"] == [t.text for t in fast[5][2:4]]
    assert ["Ustadz", "Hasan"] == [t.text for t in fast[5][6:8]]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(people_0_tokens, "_plain_word", lambda word: False)
        assert [tokenize.__wrapped__(text) for text in PHRASES] == fast
    for word in ("Rina", ",", "S.Pd", "2023", "memaparkan"):
        assert people_0_tokens._plain_word(word)
    for word in ("Dr.Sinta", "Prof.Dr.H.rusdi", "UstadzHasan", "HM", "HAM", "dr.H.L",
                 "Natasa.MH"):
        assert not people_0_tokens._plain_word(word)


def test_the_text_gates_find_what_the_plain_patterns_find() -> None:
    plain = (re.compile(r"[A-Za-z]\.[A-Z]"), re.compile(r"\bH[A-Z]{1,2} "),
             re.compile(r"[a-z][A-Z][a-z]"))
    gates = (people_0_tokens._GLUED_DOT, people_0_tokens._GLUED_HAJI, people_0_tokens._CAMEL)
    texts = PHRASES + ["a.B", ".B", "1.B", "a.b", "HM Yusuf", "xHM Yusuf", "HAM", "aBc", "ABc",
                       "aBC", "H.Abdul", "Komnas HAM Rudi", "M.Si.", ""]
    for text in texts:
        for gate, pattern in zip(gates, plain):
            assert bool(gate.search(text)) == bool(pattern.search(text)), (text, gate.pattern)


def _is_title_in_full(tok: str) -> bool:
    """:func:`is_title` without its shortcut for a word with no capital after its first."""
    if not people_0_tokens._TITLE.match(tok) or not tok[0].isupper():
        return False
    body = tok.rstrip(".")
    return len(body) > 1 and any(c.islower() for c in body) and not any(
        c.isupper() and body[k - 1] not in "-'’" and not people_0_tokens._patronymic_cap(body, k)
        for k, c in enumerate(body) if k)


def test_a_title_case_word_is_known_at_once() -> None:
    words = ["Rina", "Rina.", "R", "Ri", "RINA", "McAllister", "MacLeod", "O'Neil", "DeWi",
             "Jean-Luc", "Ja'far", "Östen", "Ǆemal", "Aǅ", "rina", "Rina2", "A.", "Dr.", "Ñu"]
    for word in words:
        assert is_title(word) == _is_title_in_full(word), word


def test_the_lead_gate_steps_past_what_the_full_tests_step_past() -> None:
    tokens = [tokenize.__wrapped__(text) for text in PHRASES + ["dan juga Rina", "serta : Rina"]]
    fast = [people_3_phrase._lead(t) for t in tokens]
    assert fast[4] == 1 and fast[5] == 2 and fast[6] == 3
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(people_3_phrase, "_may_lead_past", lambda word: True)
        assert [people_3_phrase._lead(t) for t in tokens] == fast


@pytest.mark.parametrize("loose", [False, True])
@pytest.mark.parametrize("gate", ["_plain_inner", "may_start_place", "_word_kind"])
def test_the_run_gates_find_the_runs_of_the_full_reading(loose: bool, gate: str) -> None:
    fast = _runs(loose)
    with article_words(ENGLISH):
        fast_english = _runs(loose)
    full_kind = people_1_runs._word_kind
    slow = {
        "_plain_inner": lambda tok: False,
        "may_start_place": lambda word: True,
        # a word of prose asked through every reading (as before it had a kind of its own)
        "_word_kind": lambda tok: people_1_runs._SLOW if full_kind(tok) == people_1_runs._PROSE
        else full_kind(tok),
    }[gate]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(people_1_runs, gate, slow)
        assert _runs(loose) == fast
        with article_words(ENGLISH):
            assert _runs(loose) == fast_english
    assert fast_english != fast  # "Dan Adams": a given name in an English article


def test_a_word_of_prose_has_a_kind_of_its_own() -> None:
    for word in ("Ketua", "Universitas", "Dinas", "Dan"):
        assert people_1_runs._word_kind(word) == people_1_runs._PROSE
    for word in ("Rina", "Anak", "Muh.", "Mei", "Bimbingan"):
        assert people_1_runs._word_kind(word) != people_1_runs._PROSE


def test_a_place_is_looked_for_only_where_one_may_start() -> None:
    for words in (["Kota", "Ambon", "Yohana"], ["Medan."], ["Rina", "Ambon"], ["ambon"],
                  ["Kab.", "Sukamaju"], ["Kep.", "Seribu"], []):
        folded = [w.casefold() for w in words]
        assert gazetteer._match(words) == gazetteer._match(words, folded)
        if words and not gazetteer.may_start_place(words[0]):
            assert gazetteer.place_at(words) == 0
            assert gazetteer.place_at([words[0].rstrip("."), *words[1:]]) == 0
    assert gazetteer.may_start_place("Medan.") and not gazetteer.may_start_place("Rina")


def test_cached_word_and_tail_tests_answer_as_uncached() -> None:
    for word in ("A", "A.", "É", "a.", "AB", ".", "S.Pd", "M.Si.", "Rina", "S.Pd,", "Dipl.-Ing"):
        assert names.is_initial(word) == names.is_initial.__wrapped__(word)
        assert names.is_listed_degree(word) == names.is_listed_degree.__wrapped__(word)
    for tail in ("", ", dosen Universitas Sukamekar", " selaku Kepala Dinas X, hadir",
                 " (Ketua Yayasan Y) yang juga dosen Z", " dari Brasil, seorang aktivis"):
        assert people_2_after.position_after(tail) == people_2_after.position_after.__wrapped__(
            tail)


@pytest.fixture
def fresh_phrases() -> Iterator[None]:
    caches = (people_3_phrase._parse_person, people_3_phrase._person_runs,
              people_3_phrase._evidence_in, people_2_after.position_after, tokenize)
    for cache in caches:
        cache.cache_clear()
    yield
    for cache in caches:
        cache.cache_clear()


@pytest.mark.usefixtures("fresh_phrases")
def test_a_phrase_reads_the_same_with_every_shortcut_taken_out() -> None:
    def read() -> list[object]:
        people_3_phrase._parse_person.cache_clear()
        people_3_phrase._person_runs.cache_clear()
        return [people_3_phrase.parse_person(text, loose=loose, name_first_only=first)
                for text in PHRASES for loose in (False, True) for first in (False, True)]

    fast = read()
    assert any(p is not None for p in fast)
    full_kind = people_1_runs._word_kind
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(people_0_tokens, "_plain_word", lambda word: False)
        patch.setattr(people_3_phrase, "_may_lead_past", lambda word: True)
        patch.setattr(people_1_runs, "_plain_inner", lambda tok: False)
        patch.setattr(people_1_runs, "may_start_place", lambda word: True)
        patch.setattr(people_1_runs, "_word_kind", lambda tok: people_1_runs._SLOW if full_kind(
            tok) == people_1_runs._PROSE else full_kind(tok))
        patch.setattr(people_3_phrase, "position_after", people_2_after.position_after.__wrapped__)
        tokenize.cache_clear()
        assert read() == fast


def test_token_pattern_finds_the_tokens_of_its_backtracking_form() -> None:
    """Invented phrases: ``_TOKEN`` (opening with one class, read without backtracking)
    finds the same tokens as the plain form it replaced."""
    plain = re.compile(r"@[\w.]*\w|[^\W_](?:[\w'’.&/®\ufe0f-]*[\w.®\ufe0f])?|[^\s\w]")
    texts = ["Dr.Rudi Hartono, M.Kom (@rudi.h) dan Prof. Ani-Wati S.Pd.,",
             "Rina--  Sari'  Dewi’s R&D a/b/ x- y.  @ @@a @_x @. @rina. @rina.x_",
             "PT Uji® Coba\ufe0f ‘Aisyiyah’ _a_b a_b_ ’’a é-ü ١٢٣ 08.30-10.00 WIB:",
             "“Judul”—kata, (HC) Ir.H.M Ali; 50% +62 #tagar ... - —", ""]
    for text in texts:
        assert [m.span() for m in people_0_tokens._TOKEN.finditer(text)] == [
            m.span() for m in plain.finditer(text)], text
