"""Round 16c speed trims on the title/talk/place side give the same answers as the slow
forms they replace (invented texts)."""

from __future__ import annotations

import re

import pytest

from index.extract import english_names

_SLOW_NOUN = re.compile(r"\b[Ww]ebinar\b")

_NOUN_TEXTS = [
    "Webinar", "webinar", "xWebinar", "webinars", "_webinar", "éWebinar x", "a webinar.",
    "WWebinar Webinar", "Webinar_", "1Webinar", "the Harbour Talks Webinar Relay, with",
    "(webinar) “Webinar” webinar-webinar Webinar2 2Webinar", "Wwebinar wWebinar",
    "Pada webinar Sabtu, the Coastal Minds Webinar on Reef Futures that ...",
]


@pytest.mark.parametrize("text", _NOUN_TEXTS)
def test_webinar_noun_matches_as_the_boundary_pattern(text: str) -> None:
    fast = [m.span() for m in english_names._NOUN.finditer(text)]
    assert fast == [m.span() for m in _SLOW_NOUN.finditer(text)]


def test_english_names_unchanged_with_slow_noun(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = ["Warga ikut the Harbour Talks Webinar Relay, with many guests.",
             "Kegiatan ini bagian dari The Green Coast webinar series yang digelar.",
             "Mereka hadir pada Lantern Forum Webinar dan Webinar Lantern."]
    fast = [english_names.english_names(t) for t in texts]
    monkeypatch.setattr(english_names, "_NOUN", _SLOW_NOUN)
    assert fast == [english_names.english_names(t) for t in texts]
    assert any(fast)


@pytest.mark.parametrize("name", ["Bern", "Kota Kinabalu", "Sipirok", "Baturaja", "Uji"])
@pytest.mark.parametrize("mentions", [0, 0.5, 1, 2])
def test_newsroom_abroad_needs_no_holder_where_the_gate_closes(name: str,
                                                              mentions: float) -> None:
    # place._abroad reads the holders (``seated``) only for a town mentioned nowhere else
    # that is a foreign city: elsewhere the answer is the same for either value
    from index.extract.place_abroad import foreign_city, newsroom_abroad
    answers = {newsroom_abroad(name, mentions, host, seated)
               for host in (None, "Bern") for seated in (False, True)}
    if mentions or not foreign_city(name):
        assert answers == {False}
