"""The search library as an embedding tool uses it: ranking, filters, facets, people, stats."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest

from index.errors import QueryError
from index.model import Article
from index.names import speaker_key
from index.write.builder import IndexBuilder
from search import SearchIndex, SpeakerSummary

FIXTURE = Path(__file__).parent / "fixtures" / "webinars.jsonl"

BAGAS = speaker_key("Bagas Pranoto")
INDAH = speaker_key("Indah Purnamasari")
RATNA = speaker_key("Ratna Kemuning")
SEKAR = speaker_key("Sekar Langit")


def load_records() -> list[Article]:
    lines = FIXTURE.read_text(encoding="utf-8").splitlines()
    return [Article.from_dict(json.loads(line)) for line in lines]


@pytest.fixture(scope="module")
def ix(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("webinars")
    IndexBuilder(folder, procs=1).build(load_records())
    with SearchIndex.open(folder) as index:
        yield index


def urls(results) -> list[str]:
    return [hit.url for hit in results.hits]


def test_a_speakers_name_finds_their_articles_first(ix: SearchIndex) -> None:
    results = ix.search("Ratna Kemuning")
    assert set(urls(results)[:2]) == {"https://kabarlembah.example/2021/pelayanan-publik",
                                       "https://suarapesisir.example/2022/anak-aman"}
    hit = results.hits[0]
    assert [s.name for s in hit.speakers if s.matched] == ["Ratna Kemuning"]
    assert all(not s.matched for s in hit.speakers if s.name != "Ratna Kemuning")


def test_lowercase_and_another_derivation_find_the_event(ix: SearchIndex) -> None:
    lowercase = urls(ix.search("ratna kemuning"))
    assert lowercase == urls(ix.search("Ratna Kemuning"))
    assert set(lowercase[:2]) == {"https://kabarlembah.example/2021/pelayanan-publik",
                                  "https://suarapesisir.example/2022/anak-aman"}
    results = ix.search("layanan publik")
    assert urls(results)[0] == "https://kabarlembah.example/2021/pelayanan-publik"
    assert "<mark>" in results.hits[0].snippet


def test_a_misspelt_name_is_offered_never_replaced_and_still_found(ix: SearchIndex) -> None:
    results = ix.search("Sekar Langti")
    assert not results.corrected
    assert results.suggestion == "Sekar Langit"
    assert set(urls(results)[:2]) == {"https://wartatanjung.example/2021/data-pribadi",
                                      "https://kabarlembah.example/2021/hoaks-pemilu"}
    assert [s.name for s in results.hits[0].speakers if s.matched] == ["Sekar Langit"]


def test_a_typo_of_an_ordinary_word_is_corrected(ix: SearchIndex) -> None:
    results = ix.search("banjr")
    assert results.corrected and results.suggestion == "banjir"
    assert results.total == 1


def test_known_words_are_not_corrected(ix: SearchIndex) -> None:
    results = ix.search("banjir")
    assert results.suggestion is None and not results.corrected
    assert results.total == 1


def test_filters_facets_and_speaker_names(ix: SearchIndex) -> None:
    results = ix.search("", filters={"province": "sumatera tengah"})
    assert results.total == 3
    facets = results.facets
    assert ("Sumatera Tengah", 3) in facets["province"]
    assert ("Kota Lembah Hijau", 3) in facets["location"]
    assert (BAGAS, 2) in facets["speaker"]
    assert results.speaker_names[BAGAS] == "Bagas Pranoto"
    assert ("Komunitas Warga Cakap", 3) in facets["organizer"]
    assert dict(facets["year"]) == {"2021": 2, "2020": 1}
    as_moderator = ix.search("", filters={"speaker": "Bagas Pranoto", "role": "moderator"})
    assert urls(as_moderator) == ["https://kabarlembah.example/2021/pelayanan-publik"]
    assert [s.matched for s in as_moderator.hits[0].speakers] == [False, True]
    any_moderator = ix.search("", filters={"role": "moderator"})
    assert any_moderator.total == 2


def test_date_filters_and_date_sort(ix: SearchIndex) -> None:
    results = ix.search("", filters={"date_from": "2021-07-01", "date_to": "2022-02-28"},
                        sort="date")
    assert [h.date for h in results.hits] == ["2022-02-09", "2022-01-05", "2021-09-14",
                                              "2021-07-01"]
    newest_first = ix.search("webinar", sort="date")
    dates = [h.date for h in newest_first.hits]
    assert dates == sorted(dates, reverse=True)


def test_bad_arguments_are_query_errors(ix: SearchIndex) -> None:
    with pytest.raises(QueryError, match="unknown filter 'colour'"):
        ix.search("x", filters={"colour": "blue"})
    with pytest.raises(QueryError, match="date_from"):
        ix.search("x", filters={"date_from": "yesterday"})
    with pytest.raises(QueryError, match="unknown sort"):
        ix.search("x", sort="random")


def test_pagination(ix: SearchIndex) -> None:
    first = ix.search("", per_page=3)
    second = ix.search("", per_page=3, page=2)
    assert first.total == 7 and first.pages == 3
    assert not set(urls(first)) & set(urls(second))
    assert ix.search("", per_page=3, page=9).hits == []


def test_snippets_are_escaped_html(ix: SearchIndex) -> None:
    hit = ix.search("santun").hits[0]
    assert "<b>" not in hit.snippet and "&lt;b&gt;" in hit.snippet
    assert "<mark>santun</mark>" in hit.snippet
    assert "&amp;" in hit.snippet


def test_two_passages_are_joined_by_one_ellipsis() -> None:
    from search.snippets import make_snippet

    filler = " ".join(["kata"] * 120)
    text = f"Awal {filler} hoaks pertama {filler} hoaks kedua {filler} akhir"
    snippet = make_snippet(text, ["hoaks"], [])
    assert snippet.count("<mark>hoaks</mark>") == 2
    assert snippet.startswith("… ") and snippet.endswith(" …")
    assert "… …" not in snippet and snippet.count("…") == 3


def test_results_to_dict_is_json(ix: SearchIndex) -> None:
    data = json.loads(json.dumps(ix.search("hoaks").to_dict()))
    assert data["total"] == 1 and data["pages"] == 1
    assert data["hits"][0]["speakers"][0]["key"] == BAGAS


def test_speaker_directory_and_profile(ix: SearchIndex) -> None:
    assert ix.speakers("ratna") == [SpeakerSummary(RATNA, "Ratna Kemuning", 2)]
    assert ix.speakers("kemuning")[0].key == RATNA
    assert [s.key for s in ix.speakers(limit=3)][:1] in ([BAGAS], [INDAH],
                                                      [RATNA], [SEKAR])
    profile = ix.speaker(RATNA)
    assert profile is not None and profile.name == "Ratna Kemuning"
    assert [a.date for a in profile.appearances] == ["2021-06-18", "2022-03-20"]
    assert profile.appearances[0].co_speakers == ["Bagas Pranoto"]
    assert profile.appearances[0].position == "Kepala Dinas Komunikasi Lembah Hijau"
    assert ix.speaker("nobody-here") is None
    assert ix.speaker_names([SEKAR, "x"]) == {SEKAR: "Sekar Langit", "x": "x"}


def test_article_and_stats(ix: SearchIndex) -> None:
    article = ix.article("https://suarapesisir.example/2022/banjir")
    assert article is not None and article.event is None
    assert ix.article("https://nowhere.example/") is None
    stats = ix.stats()
    assert stats["documents"] == 7 and stats["speakers"] == 6
    assert stats["generation"] == ix.generation and stats["built_at"]


def test_month_counts_cover_every_dated_document(ix: SearchIndex) -> None:
    months = ix.month_counts()
    assert months == [("2020-11", 1), ("2021-06", 1), ("2021-07", 1), ("2021-09", 1),
                      ("2022-01", 1), ("2022-02", 1), ("2022-03", 1)]
    assert sum(count for _, count in months) == ix.stats()["documents"]
    # the flood report has no event: it counts in the month it was published
    in_january = ix.search("", filters={"date_from": "2022-01-01", "date_to": "2022-01-31"})
    assert in_january.total == dict(months)["2022-01"]


def test_one_index_serves_many_threads(ix: SearchIndex) -> None:
    expected = {q: urls(ix.search(q)) for q in ("hoaks", "data pribadi", "Ratna", "umkm")}
    failures: list[str] = []

    def worker() -> None:
        for _ in range(15):
            for q, want in expected.items():
                got = urls(ix.search(q))
                if got != want:
                    failures.append(f"{q}: {got} != {want}")

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert failures == []


def test_readers_keep_answering_while_a_new_generation_opens(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from search import searcher

    records = load_records()
    IndexBuilder(tmp_path, procs=1).build(records)
    with SearchIndex.open(tmp_path) as index:
        assert index.search("").total == 7
        IndexBuilder(tmp_path, procs=1).build(records[:3])
        opening, release = threading.Event(), threading.Event()
        real_table = searcher.FacetTable

        def slow_table(reader: object) -> object:
            opening.set()
            assert release.wait(10)
            return real_table(reader)

        monkeypatch.setattr(searcher, "FacetTable", slow_table)
        switched: list[int] = []
        switcher = threading.Thread(target=lambda: switched.append(index.search("").total))
        switcher.start()
        assert opening.wait(10)
        answered: list[int] = []
        reader = threading.Thread(target=lambda: answered.append(index.search("").total))
        reader.start()
        reader.join(5)
        release.set()
        switcher.join(10)
        assert answered == [7], "a reader waited for the new generation to open"
        assert switched == [3] and index.search("").total == 3


def test_own_bm25f_scores_equal_whooshs(ix: SearchIndex) -> None:
    from search.plain import plain_query
    from search.scoring import top_scores

    with ix._reading() as gen:
        for text in ("pelayanan publik", "Sekar Langit", "data", "webinar warga"):
            plan = plain_query(text, gen.reader)
            whoosh = gen.searcher.search(plan.scored(any_word=False), limit=None)
            docs = frozenset(docnum for _, docnum in whoosh.top_n)
            ours = top_scores(docs, plan.weighted_terms(), gen.docsets, gen.searcher,
                              gen.lengths, limit=len(docs))
            assert [(d, round(s, 6)) for d, s in ours] == \
                [(d, round(s, 6)) for s, d in whoosh.top_n]


def test_field_lengths_read_as_arrays_equal_whooshs_per_document(ix: SearchIndex) -> None:
    from search.query import SEARCH_FIELDS
    from search.scoring import FieldLengths, _column_lengths

    with ix._reading() as gen:
        reader = gen.reader
        lengths = FieldLengths(lambda: reader, SEARCH_FIELDS)
        for field in [*SEARCH_FIELDS, "no_such_field"]:
            expected = [reader.doc_field_length(d, field, 1) or 1
                        for d in range(reader.doc_count_all())]
            assert lengths.get(field).tolist() == expected, field
        leaf = reader.leaf_readers()[0][0]
        assert _column_lengths(leaf, "body") is not None     # the array way, not the loop
