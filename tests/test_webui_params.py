"""Query-string validation and the links built from it."""

from __future__ import annotations

import pytest
from werkzeug.datastructures import MultiDict

from webui.params import BadParameter, Limits, SearchParams, parse_search


def parse(**args: str) -> SearchParams:
    return parse_search(MultiDict(args), Limits())


def round_trip(params: SearchParams) -> SearchParams:
    pairs = [(k, str(v)) for k, vs in params.to_args().items()
             for v in (vs if isinstance(vs, list) else [vs])]
    return parse_search(MultiDict(pairs), Limits())


def test_defaults_and_round_trip() -> None:
    params = parse(q="  literasi   digital ", province="Bali", page="2")
    assert params.q == "literasi digital" and params.sort == "relevance"
    assert params.library_filters() == {"province": ["Bali"]}
    assert params.to_args() == {"q": "literasi digital", "province": ["Bali"], "page": 2}
    assert round_trip(params) == params


def test_browsing_without_query_defaults_to_newest_first() -> None:
    params = parse(speaker="ika-meilani")
    assert params.sort == "date" and params.active and "sort" not in params.to_args()
    assert not parse().active


def test_a_speaker_name_becomes_its_key() -> None:
    from search import speaker_key

    key = speaker_key("Ika Meilani")
    assert parse(speaker="Dr. Ika Meilani, S.Si").filters == {"speaker": (key,)}
    assert parse(speaker=key).filters == {"speaker": (key,)}


def test_dates_become_library_filters() -> None:
    params = parse(**{"from": "2021-06-01", "to": "2021-06-30"})
    assert params.library_filters() == {"date_from": "2021-06-01", "date_to": "2021-06-30"}
    assert params.to_args() == {"from": "2021-06-01", "to": "2021-06-30"}


def test_empty_values_are_ignored() -> None:
    assert parse(q="", province="", page="", year="").filters == {}


@pytest.mark.parametrize(("args", "message"), [
    ({"page": "0"}, "between 1 and 1,000"),
    ({"page": "1001"}, "between 1 and 1,000"),
    ({"page": "1.5"}, "whole number"),
    ({"per_page": "0"}, "per_page"),
    ({"page": "101", "per_page": "100"}, "too deep"),
    ({"q": "x" * 501}, "query too long (501 characters; the limit is 500)"),
    ({"nonsense": "1"}, "unknown parameter “nonsense”"),
    ({"year": "twenty"}, "four digits"),
    ({"speaker": "«» !"}, "a name or a speaker key"),
    ({"province": "x" * 201}, "too long"),
    ({"to": "18/06/2021"}, "date like 2021-06-18"),
    ({"sort": "popular"}, "sort must be one of relevance, date"),
])
def test_bad_values_are_refused_with_a_message(args: dict[str, str], message: str) -> None:
    with pytest.raises(BadParameter, match=message.replace("(", r"\(").replace(")", r"\)")):
        parse(**args)


def test_repeated_parameter_is_refused_but_a_filter_takes_several_values() -> None:
    with pytest.raises(BadParameter, match="more than once"):
        parse_search(MultiDict([("sort", "date"), ("sort", "relevance")]), Limits())
    params = parse_search(MultiDict([("role", "speaker"), ("role", "moderator"),
                                     ("role", "speaker"), ("province", "Bali"),
                                     ("speaker", "Ika Meilani"), ("speaker", "ika-malana")]),
                          Limits())
    assert params.filters == {"speaker": ("ika-malana",), "role": ("speaker", "moderator"),
                              "province": ("Bali",)}
    assert params.library_filters()["role"] == ["speaker", "moderator"]
    assert round_trip(params) == params
    with pytest.raises(BadParameter, match="the limit is 20"):
        parse_search(MultiDict([("site", f"s{i}.example") for i in range(21)]), Limits())
    with pytest.raises(BadParameter, match="four digits"):
        parse_search(MultiDict([("year", "2021"), ("year", "21")]), Limits())


def test_limits_come_from_config() -> None:
    with pytest.raises(BadParameter, match="limit is 5"):
        parse_search(MultiDict({"q": "literasi"}), Limits(max_query_chars=5))


def test_shown_speakers_always_include_the_matched_ones() -> None:
    from search import MatchedSpeaker
    from webui.search_page import shown_speakers

    people = [MatchedSpeaker(f"Orang {i}", f"orang-{i}", "speaker", matched=i == 8)
              for i in range(10)]
    shown = shown_speakers(people, limit=6)
    assert [p.key for p in shown] == ["orang-0", "orang-1", "orang-2", "orang-3", "orang-4",
                                      "orang-8"]
    assert shown_speakers(people[:3]) == people[:3]


def test_pages_ignore_unknown_names_but_not_bad_values() -> None:
    args = MultiDict([("q", "literasi"), ("fbclid", "x"), ("utm_source", "wa")])
    params = parse_search(args, Limits(), strict=False)
    assert params.q == "literasi" and params.ignored == ("fbclid", "utm_source")
    with pytest.raises(BadParameter, match="unknown parameter"):
        parse_search(args, Limits())
    with pytest.raises(BadParameter, match="more than once"):
        parse_search(MultiDict([("q", "a"), ("q", "b")]), Limits(), strict=False)


def test_control_characters_never_reach_a_value() -> None:
    params = parse(q="lite\x00rasi\x1b digital\u202e", province="Ba\x00li", speaker="Ika\x00")
    assert params.q == "literasi digital" and params.filters["province"] == ("Bali",)
    assert all("\x00" not in written for written in params.speaker_written.values())
    assert parse(q="\x00").q == "" and not parse(q="\x00").active
    with pytest.raises(BadParameter) as refused:
        parse(sort="\x00date\x00x")
    assert "\x00" not in str(refused.value) and "datex" in str(refused.value)


def test_error_messages_are_rendered_per_language() -> None:
    from webui.i18n import Translator

    with pytest.raises(BadParameter) as refused:
        parse(page="0")
    assert refused.value.message(Translator("id")) == "page harus antara 1 dan 1.000, bukan 0"
    assert refused.value.message(Translator("en")) == "page must be between 1 and 1,000, not 0"
