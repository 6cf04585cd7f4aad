"""Where the event took place: one kabupaten/kota, and its province.

Every place the gazetteer finds in the headline, the text and the organisers' names votes,
with a weight for what the mention says about the event (README: "the stated venue, else
the organiser's city or the dateline when the organiser is a local body"):

- the audience the event was for ("webinar literasi digital untuk masyarakat Kabupaten
  Sigi", "bagi warga Kota Uji"): 5, since a series held online for one regency names it so;
- a venue stated for the event ("webinar ... digelar di Kabupaten X"): 3.5;
- the dateline ("JAMBI, KU -", "Tanah Datar, Uji -", "Kupang (Kabar Uji) -", also written
  outlet first, "UJI.COM, JAMBI -", or after a headline and a caption): 3;
- in an organiser's name ("Politeknik Uji Bogor menggelar ..."): 2.5, so that with the name's
  own mentions in the text it outweighs a newsroom's dateline, not a dateline of the venue;
- an explicit "Kota X" / "Kabupaten X": 2.5; "di X", "wilayah X", "Hotel ... X": 2;
- an official's or government's jurisdiction ("Walikota X", "Pemkab X"): 1.5;
- a bare mention: 1; inside an organisation name ("UIN ... Jambi"): 0.5;
- in the sentence that gives the event's date: +1.5; in the headline: +1.

Mentions do not vote in sentences about a later event, when glued to a longer proper name
("Batu Kuning"), inside brackets (a person's affiliation: "(Anggota Bawaslu Tabanan)"), or
when a government is the subject of attending someone else's event ("Pemkab X melalui
Asisten ... mengikuti webinar yang diadakan oleh ..."). The place with the most votes wins
if it has at least 1.5. A Jakarta that only the dateline names, for an event of a national
body (ministry, party, national association), is the newsroom's, not the venue: the next
place wins if one has 1.5, else there is no location. With no gazetteer winner, a dateline
town the gazetteer lacks ("MANTINGAN -") is the location, as written. The province is the
winner's; with no winner, a province named in the dateline ("Sumsel uji.example |") or after
"Provinsi" is kept on its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from index.lexicon import honorifics, phrase_regex
from index.model import Speaker

from .datelines import OUTLET, dateline_head, strong_dateline
from .dates import EVENT_CLAUSE
from .gazetteer import Place, PlaceMention, find_places, place_at, place_words, resolve
from .sentences import Sentence

_HELD_BY_OTHER = re.compile(r"\b(?:diadakan|diselenggarakan|digelar|dilaksanakan|held|organi[sz]ed|"
                            r"hosted)\s+(?:oleh|by)\b", re.IGNORECASE)
_ATTENDS = re.compile(r"\b(?:mengikuti|menghadiri|ikut\s+serta|turut\s+serta|berpartisipasi|"
                      r"attended|took\s+part|participated)\b", re.IGNORECASE)

AUDIENCE, STATED_VENUE, ORGANISER, DATELINE = 5.0, 3.5, 2.5, 3.0
LISTED = 3
VISITOR_ROLES = frozenset({"speaker", "moderator", "host", "kol"})
"""A sentence naming this many kabupaten/kota lists them (participants' origins, a series'
other venues): none of them is singled out as this event's place."""


@dataclass(frozen=True)
class Location:
    location: str | None
    province: str | None


@dataclass(frozen=True)
class Vote:
    """One mention's vote: how much it says the event was at ``place``, and why."""

    place: Place
    weight: float
    source: str
    """"audience", "organiser", "dateline", "headline" or "text"."""
    sentence: int | None = None
    """The sentence the mention is in (``None`` for the headline and the organisers)."""


def _weight(prefix: str, explicit: bool, inside: bool) -> float:
    cues = place_words()
    if explicit and prefix not in cues.heads:
        return 2.5
    if prefix in cues.venues:
        return 2.0
    if prefix in cues.heads:
        return 1.5
    return 0.5 if inside else 1.0


def _stated_venue(text: str, mention: PlaceMention) -> bool:
    """ "webinar ... digelar di Kabupaten X": the venue the text states for the event, which
    the README puts before the organiser's city and the dateline."""
    if mention.explicit_kind not in {"kota", "kabupaten"}:
        return False
    words = text[max(0, mention.start - 30):mention.start].split()
    if len(words) < 2 or words[-2].casefold() not in place_words().venues:
        return False
    # The event (its noun or verb) stands just before, with no topic in between: "webinar
    # literasi digital di Kabupaten X", not "membahas potensi wisata di Kabupaten X".
    window = text[max(0, mention.start - 70):mention.start]
    event = None
    for event in EVENT_CLAUSE.finditer(window):
        pass
    return event is not None and not any(
        w.casefold() in place_words().topic for w in re.findall(r"\w+", window[event.end():]))


def _audience(text: str, mention: PlaceMention) -> bool:
    """The place names the people the event was for: "untuk masyarakat Kabupaten X", "bagi
    warga Kota X", "webinar untuk Kabupaten X"."""
    words = re.findall(r"[\w-]+", text[max(0, mention.start - 40):mention.start])
    if mention.explicit_kind is not None:
        words = words[:-1]
        if words and words[-1] in place_words().for_words:
            return True  # "literasi digital untuk Kabupaten X": the regency it was for
    if not words or words[-1].casefold() not in place_words().audience:
        return False
    # "Forum Masyarakat Kota X" is an organisation; the audience is written in lower case,
    # or opens the sentence ("Warga Kabupaten X antusias ...").
    return words[-1][:1].islower() or len(words) == 1 and text[:mention.start].count(" ") <= 1


def _in_brackets(text: str, start: int) -> bool:
    before = text[max(0, start - 80):start]
    return before.rfind("(") > before.rfind(")")


def _attending_body(text: str, mention: PlaceMention, after: str) -> bool:
    """A government named as attending someone else's event: "Pemerintah Kabupaten X ...
    mengikuti seminar yang diadakan oleh Y". A bupati attending the event held for his own
    regency ("Wakil Bupati X menghadiri webinar literasi") is left alone."""
    attends = _ATTENDS.search(text, mention.end)
    if not attends or not (_HELD_BY_OTHER.search(text, attends.end())
                           or _HELD_BY_OTHER.match(after.lstrip()[:40].replace("yang ", "", 1))):
        return False
    before = text[max(0, mention.start - 25):mention.start].casefold().split()
    return mention.prefix in place_words().heads or "pemerintah" in before[-2:]


def _in_visitor_position(text: str, mention: PlaceMention, visitors: tuple[str, ...]) -> bool:
    """The mention is inside the position of a speaker or moderator ("Rina, Dosen Universitas
    Uji Kota Padang"): where a guest comes from, not where the event is. The positions of
    those who open the event (a bupati, a head of office) are left alone: hosts give the
    opening remarks where the event is held."""
    for position in visitors:
        at = text.find(position)
        while at != -1:
            if at <= mention.start and mention.end <= at + len(position):
                return True
            at = text.find(position, at + 1)
    return False


def _votes_in(text: str, bonus: float, head_end: int | None, source: str,
              index: int | None = None, visitors: tuple[str, ...] = (),
              after: str = "") -> Iterable[Vote]:
    """The votes of one sentence; ``after`` is the next one (a scrape may break a sentence
    at a line end, "... mengikuti seminar" / "yang diadakan oleh ...")."""
    mentions = find_places(text)
    listed = len({resolve(m) for m in mentions if resolve(m).kind != "provinsi"}) >= LISTED
    for mention in mentions:
        place = resolve(mention)
        in_dateline = head_end is not None and mention.end <= head_end
        if mention.inside_name and not in_dateline and mention.prefix not in place_words().heads \
                and _glued_after(text, mention.end):
            continue
        if in_dateline:
            yield Vote(place, DATELINE + bonus, "dateline", index)
            continue
        if place.kind != "provinsi" and (_in_brackets(text, mention.start)
                                         or _attending_body(text, mention, after)):
            continue
        if place.kind != "provinsi" and _audience(text, mention):
            yield Vote(place, AUDIENCE + bonus, "audience")
            continue
        weight = _weight(mention.prefix.rstrip("."), mention.explicit_kind is not None,
                         mention.inside_name)
        if _stated_venue(text, mention):
            weight = STATED_VENUE
        if place.kind != "provinsi" and (listed or _in_visitor_position(text, mention, visitors)):
            weight = 0.5
        yield Vote(place, weight + bonus, source if mention.explicit_kind != "provinsi"
                   else "provinsi")


def place_votes(title: str | None, sentences: list[Sentence], date_sentence: int | None,
                organisers: Iterable[str] = (), visitors: tuple[str, ...] = (),
                ) -> tuple[list[Vote], str | None]:
    """Every vote of the headline, the text and the organisers' names, and the dateline's
    place as written when the gazetteer does not know it."""
    votes: list[Vote] = []
    if title:
        votes += _votes_in(title, 1.0, None, "headline")
    first_paragraphs = {s.paragraph for s in sentences[:6]}
    seen_dateline: set[int] = set()
    strong: str | None = None
    found_strong = False
    for sentence in sentences:
        if phrase_regex("future").search(sentence.text):
            continue
        head_end = None
        if sentence.index < 8 and not found_strong:
            dateline = strong_dateline(sentence.text)
            if dateline is not None:
                found_strong = True
                head_end, strong = dateline
        if head_end is None and (sentence.paragraph in first_paragraphs and sentence.paragraph
                                 not in seen_dateline and len(seen_dateline) < 3):
            seen_dateline.add(sentence.paragraph)
            head_end = dateline_head(sentence.text)
        bonus = 1.5 if sentence.index == date_sentence else 0.0
        after = sentences[sentence.index + 1].text if sentence.index + 1 < len(sentences) else ""
        votes += _votes_in(sentence.text, bonus, head_end, "text", sentence.index, visitors,
                           after)
    for organiser in organisers:
        for mention in find_places(organiser):
            place = resolve(mention)
            if place.kind != "provinsi" and place not in {v.place for v in votes
                                                          if v.source == "organiser"}:
                votes.append(Vote(place, ORGANISER, "organiser"))
    unknown = None
    if strong is not None and not find_places(strong) and not OUTLET.match(strong):
        unknown = strong.title() if strong.isupper() else strong
    return votes, unknown


def _national(sentences: list[Sentence], organisers: Iterable[str], dateline: int | None) -> bool:
    """The event is a national body's: an organiser, or the subject that opens the report
    right after the dateline (in sentence ``dateline``, or the next one when the dateline
    stands alone: "JAKARTA, Uji" / "Partai X menggelar"), names one ("Partai X", "Direktur
    Jenderal X mendampingi Menteri"). A speaker's "Kementerian" further on does not count."""
    words = place_words().national
    texts = list(organisers)
    if dateline is not None and dateline < len(sentences):
        text = sentences[dateline].text
        opening = text[dateline_head(text) or 0:].split()
        if len(opening) < 4 and dateline + 1 < len(sentences):
            opening += sentences[dateline + 1].text.split()
        texts.append(" ".join(opening[:10]))
    prefixes = tuple(w[:-1] for w in words if w.endswith("*"))
    found = (w.casefold().strip("().,") for t in texts for w in t.split())
    return any(w in words or w.startswith(prefixes) for w in found)


def event_location(title: str | None, sentences: list[Sentence], date_sentence: int | None,
                   organisers: Iterable[str] = (),
                   speakers: Iterable[Speaker] = ()) -> Location:
    """The event's kabupaten/kota and province, as far as the text tells."""
    organisers = list(organisers)
    visitors = tuple(s.position for s in speakers
                     if s.position and s.role in VISITOR_ROLES and len(s.position) > 5)
    votes, unknown = place_votes(title, sentences, date_sentence, organisers, visitors)
    totals: dict[Place, float] = {}
    provinces: dict[Place, float] = {}
    for vote in votes:
        if vote.place.kind == "provinsi":
            if vote.source in {"dateline", "provinsi"}:
                provinces[vote.place] = provinces.get(vote.place, 0.0) + vote.weight
            continue
        totals[vote.place] = totals.get(vote.place, 0.0) + vote.weight
    if totals:
        best, weight = max(totals.items(), key=lambda kv: kv[1])
        mine = [v for v in votes if v.place == best]
        if (best.province == "DKI Jakarta" and all(v.source == "dateline" for v in mine)
                and _national(sentences, organisers, mine[0].sentence)):
            # The newsroom's Jakarta: another place the text names may still be the venue.
            del totals[best]
            best, weight = max(totals.items(), key=lambda kv: kv[1], default=(best, 0.0))
            if weight < 1.5:
                return Location(None, None)
        if weight >= 1.5:
            return Location(best.label, best.province)
    if unknown is not None:
        province = max(provinces.items(), key=lambda kv: kv[1])[0].name if provinces else None
        return Location(unknown, province)
    if provinces:
        best = max(provinces.items(), key=lambda kv: kv[1])[0]
        return Location(None, best.name)
    return Location(None, None)


def _glued_after(text: str, end: int) -> bool:
    """A capitalised word follows directly: "Batu Kuning", not a place on its own.

    A following "Provinsi", "Kota" or another place name does not count ("Kabupaten Sumba
    Timur Provinsi Nusa Tenggara Timur"), nor an honorific or initial that opens a person's
    name ("Bupati Uji H. Ahmad").
    """
    match = re.match(r" ([A-Z][\w'’-]*)(\.)?(?: ([A-Z][\w'’-]*))?", text[end:])
    if not match:
        return False
    first = match.group(1)
    if first.casefold() in place_words().units:
        return False
    if match.group(2) and (first.casefold() in honorifics() or len(first) == 1):
        return False
    return place_at([w for w in (first, match.group(3)) if w]) == 0
