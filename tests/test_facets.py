"""Facets (search/facets.py, search/searcher.py): disjunctive counts, several values as OR,
no value without documents, ties by display name."""

from __future__ import annotations

from search import SearchIndex


def facet(results, name: str) -> dict[str, int]:
    return dict(results.facets[name])


def test_several_values_of_one_filter_match_any_of_them(seed_ix: SearchIndex) -> None:
    east = seed_ix.search("", filters={"province": "Jawa Timur"}).total
    south = seed_ix.search("", filters={"province": "Sulawesi Selatan"}).total
    both = seed_ix.search("", filters={"province": ["Jawa Timur", "Sulsel"]})
    assert both.total == east + south == 5


def test_a_facet_is_counted_under_every_filter_but_its_own(seed_ix: SearchIndex) -> None:
    everything = seed_ix.search("")
    chosen = seed_ix.search("", filters={"province": "Jawa Timur"})
    # the province facet still shows the other provinces, with what choosing them adds
    assert facet(chosen, "province") == facet(everything, "province")
    # other facets count only Jawa Timur's documents
    assert facet(chosen, "year") == {"2021": 2, "2022": 1}
    # two filters: each facet is counted under the other one
    both = seed_ix.search("", filters={"province": "Jawa Timur", "year": "2022"})
    assert both.total == 1
    assert facet(both, "year") == facet(chosen, "year")
    assert facet(both, "province") == dict(
        seed_ix.search("", filters={"year": "2022"}).facets["province"])


def test_speaker_and_role_facets_under_the_other(seed_ix: SearchIndex) -> None:
    results = seed_ix.search("", filters={"speaker": "Anisa Rahmawati", "role": "moderator"})
    assert results.total == 2
    assert facet(results, "role")["moderator"] == 2
    moderators = seed_ix.search("", filters={"role": "moderator"})
    assert facet(results, "speaker") == facet(moderators, "speaker")


def test_no_value_without_documents_and_ties_by_name(seed_ix: SearchIndex) -> None:
    results = seed_ix.search("literasi")
    for name, pairs in results.facets.items():
        assert all(count > 0 for _, count in pairs), name
        counts = [count for _, count in pairs]
        assert counts == sorted(counts, reverse=True), name
    speakers = results.facets["speaker"]
    names = [results.speaker_names[key] for key, _ in speakers]
    for (key_a, count_a), (key_b, count_b), a, b in zip(speakers, speakers[1:], names,
                                                          names[1:]):
        if count_a == count_b:
            assert a.casefold() <= b.casefold(), (a, b)


def test_a_query_with_a_filter_counts_the_query_too(seed_ix: SearchIndex) -> None:
    results = seed_ix.search("literasi digital", filters={"province": "NTT"})
    assert results.total == 1
    assert facet(results, "province") == {"Jawa Timur": 2, "Nusa Tenggara Timur": 1}
