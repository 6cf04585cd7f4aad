"""People in free text (search/people.py, search/spelling.py): every spelling of a name finds
the person, hits mark them, and a name is never swapped for another one."""

from __future__ import annotations

import pytest

from index.names import name_code, speaker_key
from search import SearchIndex

SEED = "https://kabarujung.example/2021/07/desa-digital"


def urls(results) -> list[str]:
    return [hit.url for hit in results.hits]


def matched(results) -> list[list[str]]:
    return [[s.name for s in hit.speakers if s.matched] for hit in results.hits]


# The seed's people (and a few more of the fixture), each asked the way another spelling
# rule writes them: old and new orthography, doubled letters, a final y/i, vowels.
@pytest.mark.parametrize(("rule", "typed", "person"), [
    ("oe/u", "Joko Soesanto", "Joko Susanto"),
    ("dj/j", "Djoko Susanto", "Joko Susanto"),
    ("oe/u and dj/j", "Djoko Soesanto", "Joko Susanto"),
    ("tj/c", "Tjahya Kusuma", "Cahya Kusuma"),
    ("ch/kh", "Chairul Umam", "Khairul Umam"),
    ("sj/sy", "Sjamsul Rizal", "Syamsul Rizal"),
    ("nj/ny", "Njoman Ardika", "Nyoman Ardika"),
    ("dh/d", "Hendharto Prasetya", "Hendarto A. Prasetya"),
    ("doubled letters", "Annisa Rahmawati", "Anisa Rahmawati"),
    ("doubled letters", "Fitri Handayanni", "Fitri Handayani"),
    ("final y/i", "Wulan Sari Dewy", "Wulan Sari Dewi"),
    ("vowels", "Rengga Saputra", "Rangga Saputra"),
    ("vowels", "Semuel Tanoe", "Samuel Tanoe"),
    ("lower case", "joko susanto", "Joko Susanto"),
])
def test_the_seeds_people_are_found_by_every_spelling(seed_ix: SearchIndex, rule: str,
                                                      typed: str, person: str) -> None:
    key = speaker_key(person)
    assert speaker_key(typed) == key, rule
    results = seed_ix.search(typed)
    theirs = {hit.url for hit in seed_ix.search("", filters={"speaker": key},
                                                per_page=50).hits}
    assert theirs and set(urls(results)[:len(theirs)]) == theirs, rule
    assert all(person in names for names in matched(results)[:len(theirs)]), rule
    assert not results.corrected


def test_a_single_word_in_an_old_spelling_finds_the_person(seed_ix: SearchIndex) -> None:
    results = seed_ix.search("Soesanto")
    assert name_code("Soesanto") == name_code("Susanto")
    assert results.total == 3 and not results.corrected
    assert all("Joko Susanto" in names for names in matched(results))


def test_the_speaker_filter_and_free_text_agree(seed_ix: SearchIndex) -> None:
    by_filter = seed_ix.search("", filters={"speaker": "Djoko Soesanto"})
    by_text = seed_ix.search("Djoko Soesanto")
    assert by_filter.total == 3
    assert set(urls(by_text)[:3]) == set(urls(by_filter))


def test_a_one_letter_typo_in_a_name_is_found_and_offered_not_replaced(
        seed_ix: SearchIndex) -> None:
    results = seed_ix.search("Cahya Kusmua")
    assert not results.corrected and results.suggestion == "Cahya Kusuma"
    assert results.query == "Cahya Kusmua"
    assert results.total == 2 and all("Cahya Kusuma" in n for n in matched(results))


def test_a_name_is_never_replaced_by_another_name(seed_ix: SearchIndex) -> None:
    results = seed_ix.search("ika meilani")
    assert not results.corrected
    assert results.suggestion == "Ika Jailani"
    assert results.total == 0   # not Ika Jailani's article under another name


def test_an_ordinary_typo_is_still_corrected(seed_ix: SearchIndex) -> None:
    results = seed_ix.search("pelayann")
    assert results.corrected and results.suggestion == "pelayanan"
    assert urls(results) == [SEED]


def test_a_topic_is_not_read_as_a_name(seed_ix: SearchIndex) -> None:
    # "data" shares its spelling code with no one here, but titles use it: never a name.
    from search.people import reads_as_name

    with seed_ix._reading() as gen:
        reader = gen.reader
        assert not reads_as_name("data", reader)
        assert reads_as_name("susanto", reader)
        assert reads_as_name("soesanto", reader)
