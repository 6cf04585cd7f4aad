"""Where the event took place: one kabupaten/kota, and its province.

Every place the gazetteer finds in the headline and the text votes, with a weight for how it
is written:

- the dateline ("JAMBI, KU -", "Tanah Datar, Uji -", "Kupang (Kabar Uji) -"): 3;
- an explicit "Kota X" / "Kabupaten X": 2.5; "di X", "wilayah X", "Hotel ... X": 2;
- an official's or government's jurisdiction ("Walikota X", "Pemkab X"): 1.5;
- a bare mention: 1; inside an organisation name ("Politeknik Uji Semarang", "UIN ... Jambi"): 0.5;
- in the sentence that gives the event's date: +1.5; in the headline: +1.

Mentions in sentences about a later event, and place words glued to a longer proper name
("Batu Kuning", "Padang Rumput"), do not vote. The place with the most votes wins if it has
at least 1.5. The province is the winner's; with no winner, a province named in the
dateline ("Sumsel uji.example |") or after "Provinsi" is kept on its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from index.lexicon import phrase_regex

from .gazetteer import Place, find_places, place_at, place_words, resolve
from .sentences import Sentence

_DATELINE = re.compile(r"^[^!?\n]{0,60}?(?:\s[–—-]{1,2}\s?|[–—]|\s?\|\s|-(?=[A-Z])|\s\()|"
                       r"^[^!?,\n]{0,40}?,\s")
@dataclass(frozen=True)
class Location:
    location: str | None
    province: str | None


def _weight(prefix: str, explicit: bool, inside: bool, dateline: bool) -> float:
    if dateline:
        return 3.0
    cues = place_words()
    if explicit and prefix not in cues.heads:
        return 2.5
    if prefix in cues.venues:
        return 2.0
    if prefix in cues.heads:
        return 1.5
    return 0.5 if inside else 1.0


def event_location(title: str | None, sentences: list[Sentence],
                   date_sentence: int | None) -> Location:
    """The event's kabupaten/kota and province, as far as the text tells."""
    votes: dict[Place, float] = {}
    province_votes: dict[Place, float] = {}
    texts: list[tuple[str, float, int | None, bool]] = []
    if title:
        texts.append((title, 1.0, None, True))
    first_paragraphs = {s.paragraph for s in sentences[:6]}
    seen_dateline: set[int] = set()
    for sentence in sentences:
        if phrase_regex("future").search(sentence.text):
            continue
        dateline = (sentence.paragraph in first_paragraphs and sentence.paragraph
                    not in seen_dateline and len(seen_dateline) < 3)
        if dateline:
            seen_dateline.add(sentence.paragraph)
        bonus = 1.5 if sentence.index == date_sentence else 0.0
        texts.append((sentence.text, bonus, sentence.index, dateline))
    for text, bonus, _index, dateline in texts:
        head = _DATELINE.match(text) if dateline else None
        for mention in find_places(text):
            place = resolve(mention)
            in_dateline = head is not None and mention.end <= head.end()
            if mention.inside_name and not in_dateline and _glued_after(text, mention.end):
                continue
            weight = _weight(mention.prefix.rstrip("."), mention.explicit_kind is not None,
                             mention.inside_name, in_dateline) + bonus
            if place.kind == "provinsi":
                if in_dateline or mention.explicit_kind == "provinsi":
                    province_votes[place] = province_votes.get(place, 0.0) + weight
                continue
            votes[place] = votes.get(place, 0.0) + weight
    if votes:
        best = max(votes.items(), key=lambda kv: kv[1])
        if best[1] >= 1.5:
            return Location(best[0].label, best[0].province)
    if province_votes:
        best = max(province_votes.items(), key=lambda kv: kv[1])
        return Location(None, best[0].name)
    return Location(None, None)


def _glued_after(text: str, end: int) -> bool:
    """A capitalised word follows directly: "Batu Kuning", not a place on its own.

    A following "Provinsi", "Kota" or another place name does not count ("Kabupaten Sumba
    Timur Provinsi Nusa Tenggara Timur").
    """
    match = re.match(r" ([A-Z][\w'’-]*)(?: ([A-Z][\w'’-]*))?", text[end:])
    if not match:
        return False
    if match.group(1).casefold() in place_words().units:
        return False
    return place_at([w for w in match.groups() if w]) == 0
