"""Terms as people type them (search/expand.py, index/schema.py): compounds joined, spaced or
hyphened, reduplication and clitics, synonyms and abbreviations, provinces, stopwords."""

from __future__ import annotations

import pytest

from index.lexicon import province_names, synonym_groups
from index.schema import compound_forms, exact_analyzer, indonesian_analyzer, stem_indonesian
from search import SearchIndex

SEED = "https://kabarujung.example/2021/07/desa-digital"
DATA = "https://kabarujung.example/2021/08/keamanan-data"
UMKM = "https://warta-selatan.example/2021/09/umkm-go-digital"
HOAX = "https://warta-selatan.example/2021/10/hoax-vaksin"
MEDSOS = "https://suaratimur.example/2022/01/medsos-remaja"
DARING = "https://suaratimur.example/2022/02/pembelajaran-daring"
GURU = "https://suaratimur.example/2022/03/literasi-digital-guru"
PETANI = "https://kabarujung.example/2022/04/literasi-digital-petani"


def found(ix: SearchIndex, q: str) -> set[str]:
    return {hit.url for hit in ix.search(q, per_page=50, facets=False).hits}


def test_compound_forms() -> None:
    assert compound_forms("covid-19") == ("covid19", ("covid", "19"))
    assert compound_forms("covid19") == (None, ("covid", "19"))
    assert compound_forms("e-commerce") == ("ecommerce", ("e", "commerce"))
    assert compound_forms("anak-anak") == (None, ("anak",))
    assert compound_forms("kognitif-nya") == (None, ("kognitif",))
    assert compound_forms("2019-2025") == (None, ("2019", "2025"))
    assert compound_forms("literasi") is None


def test_the_analyzers_index_a_compound_as_written_joined_and_split() -> None:
    exact = [(t.text, t.pos) for t in exact_analyzer()("COVID-19 vaksin", positions=True)]
    assert exact == [("covid-19", 0), ("covid19", 0), ("covid", 0), ("19", 1), ("vaksin", 2)]
    stemmed = [t.text for t in indonesian_analyzer()("anak-anak bermain e-commerce")]
    assert stemmed == ["anak-anak", "anak", "main", "e-commerce", "ecommerce", "e", "commerce"]


@pytest.mark.parametrize("typed", ["COVID-19", "covid-19", "Covid19", "covid19", "covid 19",
                                   "Covid"])
def test_covid_is_found_however_it_is_written(seed_ix: SearchIndex, typed: str) -> None:
    # written "COVID-19" (UMKM), "Covid19" (HOAX) and "covid 19" (DARING) in the texts
    assert found(seed_ix, typed) == {UMKM, HOAX, DARING}


@pytest.mark.parametrize("typed", ["e-commerce", "ecommerce", "e commerce", "E-Commerce"])
def test_e_commerce_is_found_joined_spaced_and_hyphened(seed_ix: SearchIndex,
                                                        typed: str) -> None:
    # "E-Commerce" in UMKM's title and text, "e commerce" in PETANI's text
    assert found(seed_ix, typed) == {UMKM, PETANI}


@pytest.mark.parametrize("typed", ["co-founder", "cofounder", "co founder"])
def test_co_founder(seed_ix: SearchIndex, typed: str) -> None:
    assert found(seed_ix, typed) == {UMKM}


def test_reduplication_and_clitics_match_the_base_word(seed_ix: SearchIndex) -> None:
    assert found(seed_ix, "anak") == {SEED, DARING}           # "anak-anak" in both
    assert stem_indonesian("literasinya") == "literasi"       # a word Sastrawi does not know
    assert stem_indonesian("tanya") == "tanya"                # "-nya" of a root stays
    assert DARING in found(seed_ix, "literasi")               # "literasinya" in DARING
    assert found(seed_ix, "literasinya") == found(seed_ix, "literasi")


def test_a_query_of_stopwords_only_is_answered(seed_ix: SearchIndex) -> None:
    assert found(seed_ix, "sangat") == {MEDSOS}
    results = seed_ix.search("yang")
    assert results.total >= 1 and not results.corrected
    assert {hit.url for hit in seed_ix.search("untuk", per_page=50).hits} >= {SEED, UMKM}


def test_hoax_and_hoaks_find_the_same_articles(seed_ix: SearchIndex) -> None:
    assert ("hoaks", "hoax", "hoaxes", "berita bohong") in synonym_groups()
    assert found(seed_ix, "hoax") == found(seed_ix, "hoaks") == {DATA, HOAX}


def test_an_abbreviation_finds_its_words_and_the_reverse(seed_ix: SearchIndex) -> None:
    # "medsos" in MEDSOS and PETANI, "media sosial" in UMKM, HOAX and GURU
    assert found(seed_ix, "medsos") == found(seed_ix, "media sosial") == {
        MEDSOS, PETANI, UMKM, HOAX, GURU}
    assert found(seed_ix, "pinjol") == {DATA}                # "pinjaman online"
    assert found(seed_ix, "kominfo") >= {SEED, PETANI}       # the ministry, by its name


def test_a_synonym_scores_less_than_the_word_typed(seed_ix: SearchIndex) -> None:
    def score(q: str, url: str) -> float:
        return next(h.score for h in seed_ix.search(q).hits if h.url == url)

    assert score("hoax", HOAX) > score("hoaks", HOAX)       # "Hoax" written there
    assert score("hoaks", DATA) > score("hoax", DATA)       # "hoaks" written there


@pytest.mark.parametrize("typed", ["Sulsel", "sulsel", "Sulawesi Selatan", "South Sulawesi"])
def test_a_province_short_form_finds_the_province(seed_ix: SearchIndex, typed: str) -> None:
    assert province_names()[typed.casefold()] == "Sulawesi Selatan"
    assert found(seed_ix, typed) == {UMKM, HOAX}
    by_filter = seed_ix.search("", filters={"province": typed})
    assert {hit.url for hit in by_filter.hits} == {UMKM, HOAX}


def test_a_province_in_a_query_boosts_its_events(seed_ix: SearchIndex) -> None:
    results = seed_ix.search("literasi digital Jatim")
    assert results.hits[0].province == "Jawa Timur"
    assert {h.url for h in results.hits[:2]} == {SEED, PETANI}


def test_province_facet_counts_every_spelling_under_the_official_name(
        seed_ix: SearchIndex) -> None:
    facets = dict(seed_ix.search("").facets["province"])
    assert facets == {"Jawa Timur": 3, "Sulawesi Selatan": 2, "Nusa Tenggara Timur": 3}
    assert seed_ix.search("", filters={"province": "NTT"}).total == 3
