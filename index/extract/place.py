"""Where the event took place: one kabupaten/kota, and its province.

Every place the gazetteer finds in the headline, the text and the organisers' names votes,
tagged with a cue class for what the mention says about the event (README: "the stated
venue, else the organiser's city or the dateline when the organiser is a local body").

A place the text states as the venue, when only one is, wins (the convention's first rule;
:func:`index.extract.place_model.stated_venue`). The first organiser's own city (named in
its name) comes next when the place otherwise chosen lies in another province: the README
puts the organiser's city before the dateline, and a newsroom in another province only
reports the event. Otherwise the place is decided by weights
learned from labelled articles: :mod:`index.extract.place_candidates` turns each place (and
"no location") into counts of its cues, and :mod:`index.extract.place_model` adds up the
weights of ``index/data/place_weights.tsv`` (``tests/benchmarks/train_place.py`` fits them
and chooses the features and the penalty by leave-one-site-out cross-validation). Hand-set
weights fitted to the articles they were tuned on did not carry over to unseen sites (blind
location .731 -> .846 with the learned ones). The mentions that say little or nothing of the
event are still told apart here, by the cues below.

The hand-set weights, kept as the baseline the training script compares with
(:func:`location_candidates` gives their answer beside the candidates) and as the
description of each cue:

- the audience the event was for ("webinar literasi digital untuk masyarakat Kabupaten
  Sigi", "bagi warga Kota Uji", "guru se-Kabupaten Uji"): 5, since a series held online for
  one regency names it so ("rakyat X", "penduduk X" in a sentence naming no event and no
  attendance is a population the text is about, a plain mention:
  :func:`index.extract.place_content.speaks_of_event`);
- a venue stated for the event ("webinar ... digelar di Kabupaten X", "digelar di Hotel Uji
  Kendari", "bertempat di Aula Kantor Bupati Konawe"): 3.5;
- the dateline ("JAMBI, KU -", "Tanah Datar, Uji -", "Kupang (Kabar Uji) -", also written
  outlet first, "UJI.COM, JAMBI -", or after a headline and a caption): 3, with no bonus
  for the date's sentence (it says where the report was filed, not where the event was);
  a place inside the outlet's name after the town ("SANGATTA, Suara Uji -") or at the
  start of a longer town's name ("SUMBAWA BESAR -", "Banjar Uji,") does not vote, and after a full
  dateline a later line's head is a dateline only if it is a full one too;
- in an organiser's name ("Politeknik Uji Bogor menggelar ..."): 2.5, so that with the name's
  own mentions in the text it outweighs a newsroom's dateline, not a dateline of the venue
  (with no organiser's town, the town ending the holder's name in the opening, else the
  town ending the name of the campus its unit is named with in the subject:
  :mod:`index.extract.place_campus`);
- an explicit "Kota X" / "Kabupaten X": 2.5; "di X", "wilayah X", "Hotel ... X": 2;
- an official's or government's jurisdiction ("Walikota X", "Pemkab X"): 1.5;
- a bare mention: 1; inside an organisation name ("UIN ... Jambi", also one spelled out
  before its acronym, "Yayasan Uji untuk Sigi (YUS)": :mod:`index.extract.place_acronym`):
  0.5; after a topic
  ("webinar membahas potensi wisata di Kabupaten X"): the plain mention's weight;
- 0.5 for a place that says where someone else was: one of several listed places, also the
  places an audience came from ("peserta berasal dari X, Y dan Z"; a single one is the
  audience's and votes as such), a place inside a guest's position, where a speaker spoke
  or joined from ("menyampaikan materi secara daring dari Kota X"), and a place inside
  quoted speech (what was said, not where);
- in the sentence that gives the event's date: +1.5; in the headline: +1.

A place followed by ", Kabupaten Y" / ", Y" is a locality in Y ("kawasan Kuningan, Jakarta
Selatan"): its vote goes to Y.

Mentions do not vote in the part of a sentence about a later event (:mod:`.later_event`),
when glued to a longer proper name ("Batu Kuning"; a day or month name after it opens the
date instead), as an island's name
("perairan Pulau Uji": an island may hold several kabupaten/kota), inside brackets (a
person's affiliation: "(Anggota Bawaslu Tabanan)"), or
when a government is the subject of attending someone else's event ("Pemkab X melalui
Asisten ... mengikuti webinar yang diadakan oleh ..."). The place with the most votes wins
if it has at least 1.5. A Jakarta that only the dateline names, for an event of a national
body (ministry, national agency, party), is the newsroom's, not the venue: the next
place wins if one has 1.5, else there is no location. The learned scorer drops such a
Jakarta for an online event of a national body, an association or an NGO (no campus,
company or local government beside it, no room of the event's own, not hybrid:
:func:`_newsroom_capital`); a statement's "kata X di Jakarta" repeats the dateline there.
The learned scorer takes a dateline anywhere for the newsroom's when such a body names no
regional seat ("Kementerian X", not "Perwakilan X Jawa Barat" or "DPW Partai X") and the
event did not also meet in person (:func:`index.extract.place_candidates.candidates`); a
national body's event that also met in a room of its own ("secara daring dan luring ... di
Ruang X") is not marked national for the learned scorer either: its dateline may be the venue. A
line opening with a quotation mark is speech, never a dateline. A dateline town the
gazetteer lacks ("MANTINGAN -", "SUMBAWA BESAR -", "Uji City, Malaysia."; not a page label
with no report after it; a big foreign city only the dateline names, for an event no body of
one seat holds, is the newsroom's: :mod:`.place_abroad`, which also gives the city of a
diplomatic mission holding the event) weighs 3 plus 1 for each further mention (0.5
inside a longer name) and is the location, as written,
unless a gazetteer place has at least as much (a country in the dateline, "MESIR -", is no
kabupaten/kota and is not taken); a regency written as where it lies ("di
Sipirok, Kabupaten Tapanuli Selatan") takes its weight instead, since a record's place is a
kabupaten/kota. The province is the winner's; with no winner, a province named in the
dateline ("Sumsel uji.example |") or after "Provinsi" is kept on its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from index.lexicon import day_names, honorifics, months
from index.model import Speaker

from .datelines import OUTLET, Dateline, dateline_head, strong_dateline
from .dates import EVENT_CLAUSE
from .gazetteer import Place, PlaceMention, find_places, place_at, place_words, resolve
from .later_event import later_part_start
from .link_inserts import LINK_INSERT, link_inserts
from .meta import holder_names
from .place_abroad import foreign_city, host_mission_city, newsroom_abroad
from .place_acronym import ends_spelled_name
from .place_campus import campus_city
from .place_candidates import CAPITAL, Candidate, candidates
from .place_content import described_guest, reported_content, speaks_of_event
from .place_model import choose, stated_venue
from .place_spelling import written_name
from .place_stamp import stamped
from .place_venue import venue_towns
from .regency_seats import seat_of
from .sentences import Sentence

_HELD_BY_OTHER = re.compile(r"\b(?:diadakan|diselenggarakan|digelar|dilaksanakan|held|organi[sz]ed|"
                            r"hosted)\s+(?:oleh|by)\b", re.IGNORECASE)
_ATTENDS = re.compile(r"\b(?:mengikuti|menghadiri|ikut\s+serta|turut\s+serta|berpartisipasi|"
                      r"attended|took\s+part|participated)\b", re.IGNORECASE)

# "TABANAN - Ny. Rina mengikuti webinar ... yang digelar Tim Penggerak PKK Provinsi X", "BANDUNG
# - Fakultas Y mengikuti webinar nasional yang diselenggarakan Forum Z": the report's subject
# attended an event someone else held; the dateline is the attendee's newsroom, not the venue
# (an audience attending, "Sebanyak 975 peserta mengikuti ... yang diselenggarakan oleh
# Kementerian", is the regency the event was for, and keeps its dateline)
_ATTENDED_OTHER = re.compile(r"^(?P<subject>[^\n]{0,160}?)\b(?:mengikuti|menghadiri|attended|"
                             r"took\s+part\s+in|participated\s+in)\b[^.]{0,200}?\byang\s+"
                             r"(?:diselenggarakan|digelar|diadakan|dilaksanakan|organi[sz]ed|held|"
                             r"hosted)(?:\s+(?:oleh|by))?\s+(?=[A-Z])")
# "PADANG - Bagian Hukum Kanwil X turut serta dalam Seri Webinar Y bertajuk ...": "turut/ikut
# serta", "berpartisipasi dalam" say by themselves that the subject took part in an event of
# someone else's (a body holding its own event "menggelar" it), named or not
_TOOK_PART = re.compile(r"^(?P<subject>[^\n]{0,160}?)\b(?:(?:turut|ikut)\s+(?:serta\s+)?"
                        r"(?:berpartisipasi\s+)?(?:serta|berpartisipasi)|berpartisipasi)\s+"
                        r"(?:dalam|pada)\s+(?:\w+\s+){0,3}?(?:seri\s+|acara\s+|kegiatan\s+)?"
                        r"(?:webinar|seminar|diskusi|talk\s?show|lokakarya|workshop|kuliah|"
                        r"sarasehan|forum|konferensi|international|internasional)\b", re.IGNORECASE)
_AUDIENCE_SUBJECT = re.compile(r"\b(?:peserta|participants|sebanyak|ratusan|puluhan|ribuan|"
                               r"\d+)\b", re.IGNORECASE)


# "Sebanyak 202 peserta di delapan kabupaten di X mengikuti webinar ...", "Ratusan guru ...":
# a report opening with the audience names the event's participants, not the body holding it,
# so the places there are no seat of the holder (:func:`_regional_seat`)
_AUDIENCE_OPENING = re.compile(r"^\W*(?:sebanyak|ratusan|puluhan|ribuan|\d[\d.,]*\s+peserta|"
                               r"para\s+peserta|peserta)\b", re.IGNORECASE)


def _attends_other(text: str) -> bool:
    """The report after the dateline opens with its subject attending another's event."""
    found = _ATTENDED_OTHER.match(text) or _TOOK_PART.match(text)
    return found is not None and not _AUDIENCE_SUBJECT.search(found.group("subject"))


_EVENT_NOUN = re.compile(r"\b(?:webinar|seminar|diskusi|talk\s?show|lokakarya|workshop|"
                         r"pelatihan|kuliah\s+umum|sarasehan)\b", re.IGNORECASE)

AUDIENCE, STATED_VENUE, ORGANISER, DATELINE = 5.0, 3.5, 2.5, 3.0
LISTED = 3
SKIPPED = "skipped"
"""The source of a mention the rules do not count (in brackets, glued to a longer name, an
attending government, a later event): the learned scorer still sees its cue."""
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
    cue: str = ""
    """The class of what the mention says (:data:`CUES`): the learned scorer
    (:mod:`index.extract.place_model`) counts votes by it, the rules add up ``weight``."""
    dated: bool = False
    """The mention is in the sentence that gives the event's date."""
    said: bool = False
    """The mention says where someone made a statement ("kata Rina di Jakarta, Senin",
    "ujar Rina dalam keterangan tertulis di Jakarta") or where the release was issued, the
    dateline written inline with its day ("... secara daring di Jakarta (14/9)":
    :mod:`index.extract.place_stamp`): the newsroom's frame, which repeats or stands for
    the dateline's town, not the event's place (:func:`_said_at`)."""


def _weight(prefix: str, explicit: bool, inside: bool) -> tuple[float, str]:
    """The weight of a plain mention by the word before it, and its cue class."""
    cues = place_words()
    if explicit and prefix not in cues.heads:
        return 2.5, "unit"
    if prefix in cues.venues:
        return 2.0, "at"
    if prefix in cues.heads:
        return 1.5, "head"
    return (0.5, "inside") if inside else (1.0, "bare")


_IN_BUILDING = re.compile(r"\b(?:di|at|in)\s+(?:the\s+)?(?P<b>[A-Z][\w'’-]*)"
                          r"(?:\s+(?:[A-Z0-9][\w.'’&-]*(?:,\d+)?|dan|of|de))*\s*,?\s*$")
"""A building's name and address up to the town: capitalised words, numbers (a decimal
comma too: "Kampus KM 3,5 Jln. Uji Palu")."""


def _stated_venue(text: str, mention: PlaceMention) -> str | None:
    """ "webinar ... digelar di Kabupaten X", "digelar di Hotel Uji Kendari": the venue the
    text states for the event, which the README puts before the organiser's city and the
    dateline: "venue". "topic" when a topic word stands between the event and the place
    ("webinar membahas potensi wisata di Kabupaten X": what the event was about); else
    ``None``."""
    if mention.explicit_kind in {"kota", "kabupaten"} and mention.prefix not in \
            place_words().heads:
        words = text[max(0, mention.start - 30):mention.start].split()
        if len(words) < 2 or words[-2].casefold() not in place_words().venues:
            return None
        opens = mention.start
    else:
        # "digelar di Hotel Uji Kendari", "bertempat di Aula Kantor Bupati Konawe": the
        # town that ends the name of the building the event was held in.
        building = _IN_BUILDING.search(text, max(0, mention.start - 70), mention.start)
        if building is None or building.group("b").casefold() not in place_words().buildings:
            return None
        opens = building.start()
    # The event (its noun or verb) stands just before, with no topic in between: "webinar
    # literasi digital di Kabupaten X", not "membahas potensi wisata di Kabupaten X".
    window = text[max(0, opens - 70):opens]
    event = None
    for event in EVENT_CLAUSE.finditer(window):
        pass
    if event is None:
        return None
    if any(w.casefold() in place_words().topic for w in re.findall(r"\w+", window[event.end():])):
        return "topic"
    return "venue"


_HYPHENATED_WORD = re.compile(r"[\w-]+")


def _audience(text: str, mention: PlaceMention) -> bool:
    """The place names the people the event was for: "untuk masyarakat Kabupaten X", "bagi
    warga Kota X", "webinar untuk Kabupaten X", "Webinar Air Bersih untuk X" (the event
    noun shortly before), "guru se-Kabupaten X"."""
    words = _HYPHENATED_WORD.findall(text[max(0, mention.start - 40):mention.start])
    if words and words[-1].casefold().startswith("se-"):
        return True  # "guru se-Kabupaten X", "pelajar se-X": all of X took part
    if mention.explicit_kind is not None:
        words = words[:-1]
        if words and words[-1] in place_words().for_words:
            return True  # "literasi digital untuk Kabupaten X": the regency it was for
    elif words and words[-1] in place_words().for_words and _EVENT_NOUN.search(
            text, max(0, mention.start - 60), mention.start):
        return True  # "Webinar Air Bersih untuk Sumba Timur": the event named just before
    if not words or words[-1].casefold() not in place_words().audience \
            or not speaks_of_event(text):
        return False  # "momentum rakyat X ...": a population the text is about
    # "Forum Masyarakat Kota X" is an organisation; the audience is written in lower case,
    # or opens the sentence ("Warga Kabupaten X antusias ...").
    return words[-1][:1].islower() or len(words) == 1 and text[:mention.start].count(" ") <= 1


# "peserta yang berasal dari Belanda, Sumatera Utara, Yogyakarta dan Papua", "peserta dari
# berbagai daerah, yakni: Papua, Palu, ...": where the audience came from, a list of origins
# that singles out no place as the event's; only names, commas and "dan" follow the cue
_ORIGIN = re.compile(r"\b(?:berasal\s+dari|asal|datang\s+dari|dari\s+berbagai\s+(?:daerah|"
                     r"wilayah|kota|provinsi|negara)(?:\s+di\s+[A-Z]\w+)?,?\s*(?:yakni|yaitu|"
                     r"antara\s+lain|seperti)?\s*:?|came\s+from|coming\s+from)\s+"
                     r"(?P<list>(?:(?:[A-Z][\w'’-]*|dan|serta|and|\([^()]{1,40}\))[\s,]+)*)$")
_LIST_GOES_ON = re.compile(r"\s*(?:,|dan\b|serta\b|and\b)\s*[A-Z(]")


def _origin(text: str, mention: PlaceMention) -> bool:
    """The mention is one of several places an audience came from (see ``_ORIGIN``). A
    single one ("peserta berasal dari Kabupaten Sigi") is the audience's place and votes."""
    found = _ORIGIN.search(text, max(0, mention.start - 200), mention.start)
    if found is None:
        return False
    units = place_words().units
    before = [w for w in re.findall(r"[A-Z][\w'’-]*", found.group("list"))
              if w.casefold() not in units]
    return bool(before) or bool(_LIST_GOES_ON.match(text, mention.end))


_QUOTE_MARK = re.compile(r'[“«”»"]')


def _speech_opens(text: str, at: int) -> bool:
    """The quotation mark at ``at`` opens speech: it starts the sentence or follows a colon
    or a comma ("katanya, “..."). After a word it opens a title ("bertajuk “Literasi Digital
    di Kabupaten X”"), whose place may well be the event's."""
    k = at - 1
    while k >= 0 and text[k].isspace():
        k -= 1
    return k < 0 or text[k] in ":,"


def quote_open(text: str, open_at_start: bool = False) -> bool:
    """A quotation of speech is open at the end of ``text`` (curly or straight marks), given
    whether one was open at its start (speech goes on over sentences of a paragraph)."""
    open_now = speech = open_at_start
    for mark in _QUOTE_MARK.finditer(text):  # only the marks: called once per mention
        ch, at = mark.group(), mark.start()
        if ch in "“«" or ch == '"' and not open_now:
            open_now, speech = True, _speech_opens(text, at)
        else:
            open_now = speech = False
    return open_now and speech


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


# "menyampaikan materi secara daring langsung dari Kota X", "bergabung secara virtual dari
# X", "joined from X": where a speaker (or a guest) was while the event ran online, not where
# the event was. A verb of speaking or joining opens the clause; "dari" (perhaps after
# "langsung") and only names and commas stand before the place ("dari Aula Uji, Kota X").
# A verb of holding the event in between ("dilaksanakan ... langsung dari Gedung X") makes
# it the event's own place again.
_SPOKE = re.compile(r"\b(?:menyampaikan|memaparkan|menjelaskan|berbicara|bergabung|tampil|"
                    r"mengisi|hadir|joined|joins|spoke|speaking|presented|delivered|"
                    r"participated)\b", re.IGNORECASE)
_FROM = re.compile(r"\b(?:dari|from)\s+(?:(?:[A-Z][\w.'’-]*|di|the|of|,)\s*){0,8}$")
_HOLD = re.compile(r"\b(?:dilaksanakan|diselenggarakan|digelar|diadakan|disiarkan|"
                   r"berlangsung|held|hosted|broadcast)\b", re.IGNORECASE)


def _spoke_from(text: str, mention: PlaceMention) -> bool:
    """The place is where someone spoke or joined from (see ``_SPOKE``)."""
    found = _FROM.search(text, max(0, mention.start - 80), mention.start)
    if found is None:
        return False
    verbs = list(_SPOKE.finditer(text, max(0, found.start() - 120), found.start()))
    return bool(verbs) and not _HOLD.search(text, verbs[-1].end(), found.start())


# "kata Rina di Jakarta, Senin", "ujar Rina dalam keterangan tertulis di Jakarta": a verb of
# saying, a few words (the speaker, "dalam keterangan tertulis"), then "di" and the place. A
# news agency's standing frame for where a statement was given, i.e. the newsroom's town.
_SAID = re.compile(r"\b(?:kata|ujar|ucap|tutur|ungkap|jelas|tegas|papar|terang|imbuh|tambah|"
                   r"sebut)(?:nya)?\b[^.!?\n“”\"]{0,60}\bdi\s+$|\bsaid\b[^.!?\n“”\"]{0,60}\bin\s+$",
                   re.IGNORECASE)


def _said_at(text: str, mention: PlaceMention) -> bool:
    """The place is where someone said what the report quotes (see ``_SAID``)."""
    return _SAID.search(text, max(0, mention.start - 80), mention.start) is not None


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


def _glued_within(text: str, end: int, head_end: int) -> bool:
    """A capitalised word that makes the place a longer name follows it inside the
    dateline's head (:func:`_glued_after`): "Banjar Uji," is no Banjar."""
    if end >= head_end or not text[end:end + 1].isspace():
        return False
    return _glued_after(text, end) and text[end:head_end].split()[0].strip(",.:-–—|(")[:1] \
        .isupper()


_ISLAND = frozenset({"pulau", "pulo", "island", "isle"})
"""Words before a place's name that make it an island's, no kabupaten/kota."""


def _votes_in(text: str, bonus: float, head_end: int | None, source: str,
              index: int | None = None, visitors: tuple[str, ...] = (),
              after: str = "", town_end: int | None = None,
              town: Town | None = None, quoted: bool = False,
              guests: tuple[str, ...] = (), guest_before: bool = False) -> Iterable[Vote]:
    """The votes of one sentence; ``after`` is the next one (a scrape may break a sentence
    at a line end, "... mengikuti seminar" / "yang diadakan oleh ..."). ``town_end`` is
    where the town of a full dateline ends (an outlet's name may follow it); ``quoted`` says a
    quotation opened in an earlier sentence of the paragraph is still open; ``guests`` are
    the names of the speakers and moderators, ``guest_before`` says the sentence before
    named one (:mod:`index.extract.place_content`)."""
    # "perairan Pulau Uji": an island, which may hold more kabupaten/kota than the one named
    # like it (and a regency named "Pulau X" is matched whole, with the word before it)
    mentions = [m for m in find_places(text) if m.prefix.casefold() not in _ISLAND]
    places = [_container(text, mentions, at) or resolve(m) for at, m in enumerate(mentions)]
    # A list names several kabupaten/kota besides the dateline's and the localities' cities.
    listed = len({p for p, m in zip(places, mentions) if p.kind != "provinsi"
                  and (head_end is None or m.end > head_end)}) >= LISTED
    dated = source == "text" and bonus > 0
    for place, mention in zip(places, mentions):
        in_dateline = head_end is not None and mention.end <= head_end
        if mention.inside_name and not in_dateline and mention.prefix not in place_words().heads \
                and _glued_after(text, mention.end):
            yield Vote(place, 0.0, SKIPPED, index, "glued", dated)
            continue
        if in_dateline:
            report = text[head_end:].lstrip(" -–—|:,")
            if len(report) < 40:
                report += " " + after  # "Tabanan - Ny." / "Rina mengikuti ...": split at "Ny."
            if place.kind != "provinsi" and _attends_other(report):
                yield Vote(place, 0.0, SKIPPED, index, "attending")
                continue
            if town_end is not None and place.kind != "provinsi" and (
                    mention.start >= town_end and mention.inside_name
                    or mention.end < town_end and _glued_after(text, mention.end)):
                # "SANGATTA, Suara Uji -": the outlet's brand; "SUMBAWA BESAR -": the start
                # of a longer town's name.
                yield Vote(place, 0.0, SKIPPED, index, "outlet")
                continue
            if town_end is None and place.kind != "provinsi" and _glued_within(
                    text, mention.end, head_end):
                # "Banjar Uji, Kabar -": a weak dateline's head, too, may open with a
                # longer town's name (a village named after a regency elsewhere)
                yield Vote(place, 0.0, SKIPPED, index, "outlet")
                continue
            # The dateline says where the report was filed, whichever sentence carries the
            # event's date: no date bonus, or a newsroom's city would outweigh the venue.
            yield Vote(place, DATELINE, "dateline", index, "dateline")
            continue
        if town is not None and place.kind != "provinsi" and town.locates(text, mention):
            # "di Labuan Uji, Kabupaten X": the town lies in X, and a record's place is a
            # kabupaten/kota: X takes the town's votes.
            yield Vote(place, town.weight, "town", index, "town")
        if place.kind != "provinsi" and _in_brackets(text, mention.start):
            yield Vote(place, 0.0, SKIPPED, index, "bracket", dated)
            continue
        if place.kind != "provinsi" and _attending_body(text, mention, after):
            yield Vote(place, 0.0, SKIPPED, index, "attending", dated)
            continue
        if place.kind != "provinsi" and quote_open(text[:mention.start], quoted):
            # what a speaker said ("... menyambut Muktamar di Kota X,” tutupnya"): the
            # speech's places, not where the event was
            yield Vote(place, 0.5, "text", index, "quoted", dated)
            continue
        if place.kind != "provinsi" and reported_content(text, mention.start):
            # what a talk was about or a statement said, in indirect speech ("memaparkan
            # materi tentang ... masyarakat X"): the rules keep a plain mention's weight
            weight, _ = _weight(mention.prefix.rstrip("."), mention.explicit_kind is not None,
                                mention.inside_name)
            yield Vote(place, weight + bonus, source, index, "topic", dated)
            continue
        if place.kind != "provinsi" and _audience(text, mention):
            yield Vote(place, AUDIENCE + bonus, "audience", index, "audience", dated)
            continue
        weight, cue = _weight(mention.prefix.rstrip("."), mention.explicit_kind is not None,
                              mention.inside_name or ends_spelled_name(text, mention.start,
                                                                       mention.end))
        stated = _stated_venue(text, mention)
        if stated == "venue":
            weight, cue = STATED_VENUE, "venue"
        elif stated == "topic":
            cue = "topic"  # the rules keep the plain mention's weight
        if place.kind != "provinsi" and (listed or _origin(text, mention)):
            weight, cue = 0.5, "listed"
        elif place.kind != "provinsi" and (_in_visitor_position(text, mention, visitors)
                                           or _spoke_from(text, mention)
                                           or described_guest(text, mention.start, guests,
                                                              guest_before)):
            weight, cue = 0.5, "visitor"
        said = cue in {"at", "bare"} and place.kind != "provinsi" and (
            _said_at(text, mention) or stamped(text, mention.start, mention.end))
        yield Vote(place, weight + bonus, source if mention.explicit_kind != "provinsi"
                   else "provinsi", index, cue, dated, said)


@dataclass(frozen=True)
class Town:
    """A dateline's town the gazetteer lacks ("MANTINGAN -", "SUMBAWA BESAR -"), as written."""

    name: str
    bare: int = 0
    """Further mentions in the text, written in title case, on their own."""
    inside: int = 0
    """Further mentions inside a longer name ("Puskesmas Uji Utara")."""
    dated: bool = True
    """The dateline stamps the town with a date (:class:`Dateline`)."""
    seat: tuple[Place, ...] = ()
    """The kabupaten whose seat (ibu kota) the town is (:mod:`index.extract.regency_seats`)."""

    @property
    def evidenced(self) -> bool:
        """Whether anything besides the dateline's shape says this is a place: a date
        stamped on it or a further mention. A capitalised word before a dash is as often the
        outlet's brand or rubric ("UJIVOICE -", "KABAR -", "KM-UJI, Mesir -"), and a town
        the text never names again and nobody dated is only the newsroom's header: without
        either it is no candidate for the event's place. A head of two words or more
        ("SUMBAWA BESAR -") reads as a town's name, not a brand, and is kept, and so is the
        seat of a kabupaten ("KISARAN -"): the newsroom of that kabupaten."""
        return (self.dated or self.bare > 0 or self.inside > 0 or " " in self.name
                or bool(self.seat))

    @property
    def province(self) -> str | None:
        """The province of the kabupaten the town is the seat of, when the seat's name is
        one kabupaten's only."""
        return self.seat[0].province if len(self.seat) == 1 else None

    @property
    def weight(self) -> float:
        """The rules' weight: the dateline's, plus one for each further mention on its own
        and half for each inside a longer name."""
        return DATELINE + self.bare + 0.5 * self.inside

    def locates(self, text: str, mention: PlaceMention) -> bool:
        """``mention`` is written as where the town lies: "di Sipirok, Kabupaten Tapanuli
        Selatan" (an apposition), so the town's weight is that kabupaten's."""
        before = text[max(0, mention.start - len(self.name) - 16):mention.start].rstrip()
        if mention.explicit_kind is not None:
            before = before[:before.rfind(" ") + 1].rstrip() if " " in before else ""
        before = before.rstrip(",").rstrip()
        return before.casefold().endswith(self.name.casefold()) and (
            len(before) == len(self.name) or not before[-len(self.name) - 1].isalnum())


_OPENING_QUOTES = frozenset("“\"‘'«”")
"""Marks that open a quotation: a line opening with one is speech, not a report's dateline."""


def _weak_dateline(text: str) -> int | None:
    """Where a first line's head ends when it reads as a dateline: no capitalised word but a
    unit word comes before the place ("Tanah Datar, Uji -", "Kota Uji -", "Sumsel uji.example
    |", "date 2020-05 UJI.COM, MAKASSAR -", "LITERASI DIGITAL KOTA UJI -"). "Dosen
    Universitas Negeri Padang, Rina, menjelaskan" opens with a position: a speaker's
    affiliation, no dateline."""
    if text.lstrip()[:1] in _OPENING_QUOTES:
        return None  # "“Ada juga dari Kota Uji, dan ...”": a quotation, never a dateline
    end = dateline_head(text)
    if end is None:
        return None
    mentions = find_places(text[:end])
    if not mentions:
        return end
    units = place_words().kind_of
    if any(w[:1].isupper() and not w.isupper() and w.casefold().rstrip(".") not in units
           for w in text[:mentions[0].start].split()):
        return None
    return end


def _first_strong_dateline(sentences: list[Sentence]) -> tuple[int, Dateline] | None:
    """The first full dateline among the first eight sentences, with its sentence's index.
    A line of one or two words is no sentence but a scraped menu or label ("Berita",
    "Network", "Partner" above the headline) and does not count towards the eight."""
    counted = 0
    for sentence in sentences:
        if len(sentence.text.split()) > 2:
            counted += 1
        if counted > 8:
            break
        if sentence.holds_phrase("future") and later_part_start(sentence) == 0:
            continue
        dateline = strong_dateline(sentence.text)
        if dateline is not None:
            return sentence.index, dateline
    return None


def _unknown_town(sentences: list[Sentence], at: int, dateline: Dateline) -> Town | None:
    """The dateline's town when the gazetteer does not know it whole, with its weight."""
    town = dateline.town
    if town is None or OUTLET.match(town):
        return None
    if " ".join(town.casefold().split()) in place_words().country:
        return None  # "KAIRO" may be a venue; "MESIR -" names no kabupaten/kota
    if any(m.end >= len(town.rstrip()) for m in find_places(town)):
        return None
    text = sentences[at].text
    if any(not m.inside_name for m in find_places(text[dateline.town_end:dateline.end])):
        return None  # "BALANGAUJI, PALANGKARAYA -": the outlet came first, then the town
    if len(text[dateline.end:].split("\n", 1)[0].split()) < 4 and not (
            not text[dateline.end:].strip() and at + 1 < len(sentences)
            and sentences[at + 1].paragraph == sentences[at].paragraph
            and len(sentences[at + 1].text.split()) >= 4):
        # "HIMAPSI UJI - Kabar Kegiatan": a page's label, no report follows; a dateline
        # closed by its full stop ("Uji City, Malaysia.") is a sentence of its own, and the
        # report follows on its line
        return None
    name = town.title() if town.isupper() else town
    if any(f"({name})" in s.text for s in sentences):
        return None  # "Universitas Uji (Unuji)" / "Unuji -": a body's short name, no town
    bare = inside = 0
    pattern = re.compile(rf"\b{re.escape(name)}\b(?: (?P<next>(?-i:[A-Z])))?", re.IGNORECASE)
    for sentence in sentences:
        start = dateline.end if sentence.index == at else 0
        for match in pattern.finditer(sentence.text, start):
            written = match.group()[:len(name)]
            # Running text writes a town in title case; in capitals it is an acronym
            # ("ISEAS - Uji Institute ... ISEAS researchers"), no town.
            if written[:1].isupper() and not written.isupper():
                if match.group("next"):
                    inside += 1
                else:
                    bare += 1
    return Town(name, bare, inside, dateline.dated, seat_of(town))


def place_votes(title: str | None, sentences: list[Sentence], date_sentence: int | None,
                organisers: Iterable[str] = (), visitors: tuple[str, ...] = (),
                guests: tuple[str, ...] = ()) -> tuple[list[Vote], Town | None]:
    """Every vote of the headline, the text and the organisers' names, and the dateline's
    town as written when the gazetteer does not know it. ``visitors`` are the guests'
    positions, ``guests`` their names."""
    votes: list[Vote] = []
    if title:
        votes += _votes_in(title, 1.0, None, "headline")
    first_paragraphs = {s.paragraph for s in sentences[:6]}
    seen_dateline: set[int] = set()
    strong = _first_strong_dateline(sentences)
    town = _unknown_town(sentences, *strong) if strong is not None else None
    quote_paragraph, quote_state = -1, False
    report_at = -1  # the sentence a dateline standing alone leaves the report to
    guest_seen = False  # the sentence before named a guest
    # "Baca juga: ... Kota X": another report's headline, whose towns are not this event's
    links = link_inserts(sentences) if any(LINK_INSERT.match(s.text) for s in sentences) \
        else frozenset()
    for sentence in sentences:
        if sentence.index in links:
            continue
        guest_before, guest_seen = guest_seen, any(map(sentence.text.__contains__, guests))
        if sentence.paragraph != quote_paragraph:
            quote_paragraph, quote_state = sentence.paragraph, False
        quoted, quote_state = quote_state, quote_open(sentence.text, quote_state)
        text = sentence.text
        if sentence.holds_phrase("future"):
            # A later event's place: not this one's. Only the part about it is skipped
            # (:func:`later_part_start`): "Uji - Sabtu (3/6), Himpunan X menggelar webinar
            # ... yang bertujuan ... kegiatan yang akan dilaksanakan" reports this event,
            # dateline included, before the clause of the later one.
            cut = later_part_start(sentence)
            if cut is not None:
                votes += [Vote(resolve(m), 0.0, SKIPPED, sentence.index, "later")
                          for m in find_places(text[cut:])]
                if cut == 0:
                    continue
                text = text[:cut]
        head_end = town_end = None
        if strong is not None and sentence.index == strong[0]:
            head_end, town_end = strong[1].end, strong[1].town_end
        elif (sentence.paragraph in first_paragraphs and sentence.paragraph
              not in seen_dateline and len(seen_dateline) < 3):
            seen_dateline.add(sentence.paragraph)
            if strong is None or sentence.index < strong[0]:
                head_end = _weak_dateline(sentence.text)
            elif (later := strong_dateline(sentence.text)) is not None:
                # After a full dateline only another full one counts ("HIMAPSI UJI - Kabar
                # Kegiatan" / "Banjarbaru - Himpunan ..."): "Ketua Uji Barat, Rina, membuka
                # ..." is a person, not a second dateline.
                head_end, town_end = later.end, later.town_end
        bonus = 1.5 if sentence.index == date_sentence else 0.0
        after = sentences[sentence.index + 1].text if sentence.index + 1 < len(sentences) else ""
        if sentence.index == report_at and _attends_other(sentence.text):
            # "Surabaya, Uji.com" / "Rektor X mengikuti webinar yang digelar Badan Y secara
            # virtual di ruang rapat Z, Surabaya": where the subject sat to follow another
            # body's event, as the dateline is (:func:`_attends_other`), not the venue
            votes += [Vote(resolve(m), 0.0, SKIPPED, sentence.index, "attending")
                      for m in find_places(sentence.text)]
            continue
        report_at = sentence.index + 1 if head_end is not None and len(
            sentence.text[head_end:].split()) < 4 else -1
        votes += _votes_in(text, bonus, head_end, "text", sentence.index, visitors,
                           after, town_end, town, quoted, guests, guest_before)
    organisers = list(organisers)
    for organiser in organisers:
        for mention in find_places(organiser):
            place = resolve(mention)
            if place.kind != "provinsi" and place not in {v.place for v in votes
                                                          if v.source == "organiser"}:
                votes.append(Vote(place, ORGANISER, "organiser", None, "organiser"))
    if not any(v.source == "organiser" for v in votes):
        # the opening's clauses of holding, read once for both
        holding = [s for s in sentences[:HOLDER_SENTENCES] if holder_names(s)]
        home = _holder_city(holding) or campus_city(holding)
        if home is not None:
            votes.append(Vote(home, ORGANISER, "organiser", None, "organiser"))
    return votes, town


HOLDER_SENTENCES = 6
"""The report names who held the event in its opening: only so many sentences are read."""


def _holder_city(sentences: list[Sentence]) -> Place | None:
    """The kabupaten/kota that ends the name of the body holding the event, when the
    organisers found name none: "Duta Uji Ambon melaksanakan webinar", "Program studi ...
    Universitas Uji Kendari (UUK) gelar webinar", "diselenggarakan oleh Forum Warga Sigi".
    The README's "organiser's city": the organiser list keeps only names that open like a
    body, so a holder whose name opens with a job word ("Duta", "Kesehatan") or whose run
    starts mid-name gives no organiser, while its town still says where it sits. Only a
    town at the end of the name, or before its bracketed acronym, counts ("Universitas Uji
    Kendari (UUK)"); a town inside it ("Bank Jambi Syariah") may be part of a brand."""
    for sentence in sentences:
        for name in holder_names(sentence):
            name = _ACRONYM_TAIL.sub("", name)
            mentions = [m for m in find_places(name) if resolve(m).kind != "provinsi"]
            if mentions and mentions[-1].end == len(name):
                return resolve(mentions[-1])
    return None


_ACRONYM_TAIL = re.compile(r"\s*\([^()]*\)\s*$")


def _subject_texts(sentences: list[Sentence], organisers: Iterable[str],
                   dateline: int | None) -> list[str]:
    """The organisers' names and the words that open the report right after the dateline
    (in sentence ``dateline``, or the next one when the dateline stands alone: "JAKARTA,
    Uji" / "Partai X menggelar"): where the body holding the event is named."""
    opening = _opening(sentences, dateline)
    return list(organisers) + ([opening] if opening is not None else [])


def _opening(sentences: list[Sentence], dateline: int | None) -> str | None:
    """The first ten words of the report after the dateline (see :func:`_subject_texts`)."""
    if dateline is None or dateline >= len(sentences):
        return None
    text = sentences[dateline].text
    opening = text[dateline_head(text) or 0:].split()
    if len(opening) < 4 and dateline + 1 < len(sentences):
        opening += sentences[dateline + 1].text.split()
    return " ".join(_after_purpose(opening)[:10])


_PURPOSE = frozenset({"dalam rangka", "dalam upaya", "sebagai upaya", "sebagai bentuk",
                      "dalam memperingati", "in order", "as part"})
"""The words of an adjunct of purpose that may open a report before its subject ("Dalam
rangka memperingati HUT X, Partai Uji menggelar ..."): the subject follows the adjunct."""
_HOLDING = re.compile(r"^(?:menggelar|mengadakan|menyelenggarakan|melaksanakan|held|hosted|"
                      r"organi[sz]ed)$", re.IGNORECASE)


def _after_purpose(words: list[str]) -> list[str]:
    """The opening's words from its subject on: after an adjunct of purpose (``_PURPOSE``),
    the ten words before the verb of holding the event (the subject stands right before its
    verb: "Dalam rangka X, Y dan Z, Pengurus Pusat Uji mengadakan"), else all of them."""
    folded = [w.casefold().strip(_PUNCT) for w in words[:6]]
    opens = next((k for k in range(5) if " ".join(folded[k:k + 2]) in _PURPOSE), None)
    if opens is None:
        return words  # (the rest of an outlet's name may come first: "News – Dalam rangka")
    verb = next((k for k, w in enumerate(words[:40]) if _HOLDING.match(w.strip(_PUNCT))), None)
    return words if verb is None else words[max(opens + 2, verb - 10):verb + 1]


def _national(sentences: list[Sentence], organisers: Iterable[str], dateline: int | None) -> bool:
    """The event is a national body's: an organiser, or the subject that opens the report
    right after the dateline (:func:`_subject_texts`), names one ("Partai X", "Direktur
    Jenderal X mendampingi Menteri"). A speaker's "Kementerian" further on does not count."""
    return _national_in(_subject_texts(sentences, organisers, dateline))


def _national_in(texts: list[str]) -> bool:
    """One of ``texts`` (an organiser's name, the report's opening words) holds a word of a
    national body ("Kementerian", "BRIN"; ``kemen*`` matches by its prefix) or names a
    national state body (:func:`_state_body`): the body's scope is in its name."""
    words = place_words().national
    prefixes = tuple(w[:-1] for w in words if w.endswith("*"))
    found = (w.casefold().strip("().,") for t in texts for w in t.split())
    return any(w in words or w.startswith(prefixes) for w in found) or any(
        _state_body(t) for t in texts)


def _regional_seat(texts: list[str]) -> bool:
    """The holding body is a national body's regional office or branch: its name, or the
    report's opening words, name a region ("Perwakilan BKKBN Jawa Barat", "Ombudsman RI
    Perwakilan Sulawesi Tenggara", "Kominfo bersama Pemkab X") or a branch word ("DPW Partai
    X", "Majelis Wilayah", "Kanwil"). Such a body is local, and the README keeps "the
    dateline when the organiser is a local body"."""
    regional = place_words().regional
    return any(w.casefold().strip("().,") in regional for t in texts for w in t.split()) \
        or any(find_places(t) for t in texts)


_NAME_GLUE = frozenset({"dan", "&", "and", "of"})
"""Lower-case words inside a body's name ("Badan Siber dan Sandi Negara")."""


def _state_body(text: str) -> bool:
    """The text names a national state body by the grammar of its name: a head ("Badan",
    "Lembaga", "Komisi") and, in the same run of capitalised words, "Nasional" or "Negara"
    ("Badan Riset dan Inovasi Nasional", "Lembaga Ketahanan Nasional", "Badan Siber dan
    Sandi Negara"). A regional body's name ends with "Daerah" or its region ("Badan
    Penanggulangan Bencana Daerah"), and "Webinar Nasional" has no such head: neither is
    national here. Any such body, new or renamed, is caught without listing its acronym."""
    cues = place_words()
    words = text.split()
    for at, word in enumerate(words):
        if not word[:1].isupper() or word.casefold().strip("(),.") not in cues.state_body:
            continue
        for following in words[at + 1:at + 8]:
            bare = following.strip(",.")
            if following.startswith("(") or not (bare[:1].isupper() or bare in _NAME_GLUE):
                break
            if bare.casefold() in cues.state_scope:
                return True
            if following.endswith((",", ".")):
                break
    return False


def event_location(title: str | None, sentences: list[Sentence], date_sentence: int | None,
                   organisers: Iterable[str] = (),
                   speakers: Iterable[Speaker] = ()) -> Location:
    """The event's kabupaten/kota and province, as far as the text tells."""
    organisers = list(organisers)
    votes, town = _all_votes(title, sentences, date_sentence, organisers, speakers)
    found = _learned(votes, town, sentences, organisers, title)
    chosen = next((v.place for v in votes if found.location == v.place.label
                   and v.place.kind != "provinsi"), None)
    if chosen is not None:
        # README: the city/regency as written ("Jogja", "Solo"), not only its official name
        spelt = written_name(chosen, [title or "", *(s.text for s in sentences)])
        if spelt is not None:
            return Location(spelt, found.province)
    return found


def location_candidates(title: str | None, sentences: list[Sentence], date_sentence: int | None,
                        organisers: Iterable[str] = (), speakers: Iterable[Speaker] = (),
                        ) -> tuple[list[Candidate], Location]:
    """The candidates the learned scorer chooses from, and the rules' answer (for training
    and comparison: ``tests/benchmarks/train_place.py``)."""
    organisers = list(organisers)
    votes, town = _all_votes(title, sentences, date_sentence, organisers, speakers)
    town = town if town is None or town.evidenced else None
    town, _ = _abroad(title, town, votes, sentences, organisers)
    rules = _by_rules(votes, town, sentences, organisers)
    return candidates(votes, town, *_national_event(votes, sentences, organisers),
                      venues=venue_towns(sentences)), rules


def _all_votes(title: str | None, sentences: list[Sentence], date_sentence: int | None,
               organisers: list[str], speakers: Iterable[Speaker],
               ) -> tuple[list[Vote], Town | None]:
    speakers = list(speakers)
    visitors = tuple(s.position for s in speakers
                     if s.position and s.role in VISITOR_ROLES and len(s.position) > 5)
    guests = tuple(s.name for s in speakers if s.role in VISITOR_ROLES and len(s.name) > 3)
    return place_votes(title, sentences, date_sentence, organisers, visitors, guests)


def _national_event(votes: list[Vote], sentences: list[Sentence], organisers: list[str],
                    ) -> tuple[bool, bool, bool]:
    """Whether the event is a national body's; whether that body names no regional seat
    and the event did not also meet in person (then a dateline anywhere is only the
    newsroom's: :func:`candidates`; an association of the whole nation with no seat of its
    own, :func:`_national_body`, counts as such a body here, as it does for Jakarta); and
    whether a Jakarta that only the dateline names is the newsroom's
    (:func:`_newsroom_capital`; so it is too when the report names no holder at all)."""
    texts, holders, unheld = _holding(votes, sentences, organisers)
    national = _national_in(texts)
    # Most events are neither a national body's nor datelined Jakarta: then nothing below
    # can hold, and the scans of every sentence are skipped (same answers, less time).
    # an association's name is read from the holders' names only: the opening's other
    # words may quote a title ("webinar themed 'Eastern Indonesia ...'")
    body = not national and _national_body(holders) and not _seated(holders)
    if not national and not body and not _jakarta_dateline(votes):
        return False, False, False
    if _regional_seat(texts):
        return national, False, False
    if any(_in_person(s.text) for s in sentences):
        # the event also met in person: in a room of its own (``_PREMISES``) the dateline
        # may well be the venue's town, as for a local body (README: the no-place rule is
        # for national *online* events)
        return national and not any(_PREMISES.search(s.text) for s in sentences), False, False
    return national, national or body, _newsroom_capital(votes, sentences, holders,
                                                         national or unheld)


_HOLDS = re.compile(r"\b(?:menggelar|mengadakan|menyelenggarakan|melaksanakan|digelar|diadakan|"
                   r"diselenggarakan|dilaksanakan|held|hosted|organi[sz]ed)\b", re.IGNORECASE)
"""A verb of holding the event, active or passive: an opening with one names the event's
holder or the event itself (:func:`_holding`)."""


def _holding(votes: list[Vote], sentences: list[Sentence], organisers: list[str],
             ) -> tuple[list[str], list[str], bool]:
    """Where the body holding the event is named: the organisers' names (spelled out when
    found by an acronym) and the report's opening words after the dateline; the holders
    among them (the names and the opening's subject: :func:`_subject`); and whether the
    report names no holder at all: no organiser, no subject, and an opening that neither
    holds the event ("Pesantren menggelar ...", "Webinar Kelompok Uji digelar ...": a
    holder, perhaps of one word or inside the event's name) nor opens with its audience
    ("Sebanyak 202 peserta ... mengikuti webinar": the holder is named further on), but
    with what was said ("Sungai bersih tidak lahir dari wacana ...", a quotation) or an adjunct.
    Nothing then says the holder is a local body (README: the dateline counts "when the
    organiser is a local body"): a Jakarta that only the dateline names is the newsroom's,
    as for a national body (:func:`_newsroom_capital`). A town the gazetteer lacks is left
    alone: abroad it is as often a campus's own town (a report on its own site names the
    faculty later, in English), and the dev sets show the drop for one site only."""
    dateline = next((v.sentence for v in votes if v.source == "dateline"), None)
    names = organisers + _spelled_out(sentences, organisers)
    opening = _opening(sentences, dateline)
    audience = opening is not None and _AUDIENCE_OPENING.match(opening) is not None
    if audience:
        opening = None  # "Sebanyak 202 warga di X mengikuti webinar ...": no holder here
    texts = names + ([opening] if opening is not None else [])
    subject = _subject(opening) if opening is not None else None
    holders = names + ([subject] if subject else [])
    unheld = not holders and not audience and not _HOLDS.search(opening or "")
    return texts, holders, unheld


def _jakarta_dateline(votes: list[Vote]) -> bool:
    """The dateline names Jakarta (the only place :func:`_newsroom_capital` can drop)."""
    return any(v.cue == "dateline" and v.place.province == CAPITAL for v in votes)


# "JAKARTA (Warta Uji): Ikatan ...": the dateline's head ends at the bracket, so the opening
# starts with the rest of the outlet's name, which is no subject
_OUTLET_TAIL = re.compile(r"^[^()]{1,40}\)\s*[:–—-]*\s*")

# "Bertempat di Aula ...", "di ruang Conference Centre Gedung ...", "disiarkan dari studio
# ...": the event had a room of its own, whose town the dateline may well give; "di rumah" /
# "dari kantor masing-masing" (where the audience sat) do not count
_PREMISES = re.compile(r"\b(?:bertempat|berlokasi)\s+di\b|\b(?:di|dari)\s+(?:ruang|gedung|aula|"
                       r"auditorium|studio|hotel|balai|pendopo|pendapa|graha|wisma|hall)\b",
                       re.IGNORECASE)
_ONLINE = re.compile(r"\b(?:webinar|daring|online|virtual|zoom|streaming|youtube|"
                     r"dalam\s+jaringan)\b", re.IGNORECASE)


def _newsroom_capital(votes: list[Vote], sentences: list[Sentence], names: list[str],
                      national: bool) -> bool:
    """README: "national online events with only a Jakarta dateline have no location".

    True when a Jakarta dateline is there, the event ran online (an online word, no room of
    its own: ``_PREMISES``; the caller has ruled out "hybrid", "luring" and a regional seat),
    and the body holding it is national (a ministry, an agency, a party: :func:`_national_in`;
    an association or an NGO: :func:`_national_body`; ``national`` also says the report
    names no holder at all: :func:`_holding`) with no body of
    one seat beside it (a campus, a company, Pemprov DKI: ``seated`` words), whose city the
    dateline may be. :func:`candidates` then drops a Jakarta that only the dateline (and a
    statement's "kata X di Jakarta") names; a Jakarta the text names otherwise stays a
    candidate."""
    if not _jakarta_dateline(votes):
        return False
    if not (national or _national_body(names)) or _seated(names):
        return False
    return any(_ONLINE.search(s.text) for s in sentences) and not any(
        _PREMISES.search(s.text) for s in sentences)


_PUNCT = "(),.:;“”\"'"
"""Punctuation around a word of a name ("(IUI),", "“Uji")."""
_CO_HOLDING = frozenset({"dan", "serta", "bersama", "bekerja", "sama", "dengan", "berkolaborasi",
                         "&", "and", "with", "x"})
"""Words that join the bodies holding an event into one subject ("Institut Uji bekerja sama
dengan Ikatan Uji", "Kementerian Uji bersama Universitas Uji")."""


def _subject(opening: str) -> str | None:
    """The report's subject in its opening words: from the first name of two words or more
    ("Sejak 2018 Ikatan Uji Indonesia (IUI) ..."; a name that opens with the event's noun
    names the event, its holder follows: "Webinar Nasional kedua Ikatan Uji (IU) bertema")
    up to the first lower-case word that does not join a co-holder ("Ikatan Uji bersama
    Universitas Uji menggelar ...": both; "Ikatan Uji mengembangkan Akademi X": not the
    academy it runs)."""
    words = _OUTLET_TAIL.sub("", opening).split()
    start = next((at for at, run in _name_runs(words)
                  if len(run) > 1 and not _EVENT_NOUN.fullmatch(run[0])), None)
    if start is None:
        return None
    taken: list[str] = []
    for word in words[start:]:
        bare = word.strip(_PUNCT)
        if not bare[:1].isupper() and bare not in _NAME_GLUE \
                and bare.casefold() not in _CO_HOLDING:
            break
        taken.append(word)
    return " ".join(taken)


def _name_runs(words: list[str]) -> Iterable[tuple[int, list[str]]]:
    """The runs of capitalised words among ``words`` (lower-case glue words kept inside:
    "Badan Siber dan Sandi Negara"), each with the index of its first word, as its words
    stripped of punctuation. A comma, a full stop or a closing bracket ends a run."""
    run: list[str] = []
    for at, word in enumerate(words):
        bare = word.strip(_PUNCT)
        if bare[:1].isupper() or (run and bare in _NAME_GLUE):
            run.append(bare)
            if word.endswith((",", ".", ")", ":", ";")):
                yield at + 1 - len(run), run
                run = []
        else:
            if run:
                yield at - len(run), run
            run = []
    if run:
        yield len(words) - len(run), run


def _national_body(texts: list[str]) -> bool:
    """A name of two words or more holds the nation's name ("Ikatan Uji Indonesia", "Uji
    Watch Indonesia") or an association's head ("Asosiasi Guru Uji", "Koalisi Warga Uji"):
    a body of the whole country, with members, not one seat (a branch names its region:
    :func:`_regional_seat`; a campus's or a company's name is caught by :func:`_seated`).
    The nation's name counts after the name's first word only: Indonesian names put their
    head first and the scope after it ("Kerukunan Uji Nusantara"), so a name that opens with
    it is a brand ("Nusantara Cahaya Mulia", a community of one town)."""
    cues = place_words()
    for text in texts:
        for _, run in _name_runs(text.split()):
            words = {w.casefold() for w in run}
            if run[-1].casefold() == "daerah":
                continue  # "Dewan Pengurus Daerah": a region's branch, as :func:`_state_body`
            if len(run) > 1 and (cues.nation & {w.casefold() for w in run[1:]}
                                 or cues.association & words):
                return True
    return False


def _seated(texts: list[str]) -> bool:
    """A body with one seat of its own holds or co-holds the event ("Universitas X",
    "PT X", "Pemprov DKI"): its city may be the dateline's, so a Jakarta dateline stays.
    A body's central board ("Dewan Pimpinan Pusat Gerakan Mahasiswa X", "Pengurus Pusat
    Ikatan Pelajar X") leads branches across the country: its members' words ("Mahasiswa",
    "Pelajar") name no campus of one seat (:func:`_central_board`)."""
    seated = place_words().seated
    return any(w.casefold().strip(_PUNCT) in seated for t in texts for w in t.split()) \
        and not _central_board(texts)


_BOARD = frozenset({"pimpinan", "pengurus"})
"""Board words that "Pusat" follows in the name of a body's central board."""


def _central_board(texts: list[str]) -> bool:
    """A name opens with a central board: "Dewan Pimpinan Pusat", "Pengurus Pusat",
    "Pimpinan Pusat" (the board of a body with regional branches, which are named
    "Wilayah", "Daerah", "Cabang"), not "Pusat Studi X" (a centre of one campus)."""
    for text in texts:
        words = [w.casefold().strip(_PUNCT) for w in text.split()[:4]]
        if any(a in _BOARD and b == "pusat" for a, b in zip(words, words[1:])):
            return True
    return False


def _spelled_out(sentences: list[Sentence], organisers: list[str]) -> list[str]:
    """The full names the text gives organisers found only by their acronym: "Badan Uji
    Nasional (BUN)" for "BUN", "Kementerian Uji dan Perikanan (KUP)" for "KUP". A report
    spells a body out once, wherever it first names it, and shortens it afterwards; whether
    the body is national is read from the full name (:func:`_national_in`)."""
    names = []
    for organiser in organisers:
        if " " in organiser or not organiser[:1].isupper() or len(organiser) > 12:
            continue
        bracket = f"({organiser})"
        for sentence in sentences:
            at = sentence.text.find(bracket)
            if at > 0:
                before = sentence.text[max(0, at - 120):at].split()
                names.append(" ".join(before[-8:]))
                break
    return names


# "secara hybrid", "diikuti offline 50 jurnalis", "luring", "tatap muka": the event also met in
# person, so a dateline may be its venue (the README's no-place rule is for online events)
_IN_PERSON = re.compile(r"\b(?:hybrid|hibrid|hybird|luring|offline|tatap\s+muka|in[\s-]person)\b",
                        re.IGNORECASE)
# "pembelajaran (secara) tatap muka", "kegiatan belajar mengajar (KBM) tatap muka", "kuliah
# tatap muka": a compound of a noun of schooling and its mode names how schools or campuses
# teach, a subject of the report (a policy, a pandemic's closures), not how this event met
_SCHOOLING_MODE = re.compile(r"\b(?:pembelajaran|belajar|mengajar|kbm|kuliah|perkuliahan|"
                             r"sekolah)\)?\s+(?:\(kbm\)\s+)?(?:secara\s+)?$", re.IGNORECASE)


def _in_person(text: str) -> bool:
    """The text says the event also met in person (``_IN_PERSON``), not only that schools
    teach face to face (``_SCHOOLING_MODE``)."""
    return any(not _SCHOOLING_MODE.search(text[max(0, m.start() - 40):m.start()])
               for m in _IN_PERSON.finditer(text))


def _province_only(votes: list[Vote]) -> str | None:
    """A province the dateline or a "Provinsi X" names, for an answer with no kabupaten/kota
    (only those two sources count: a skipped mention never does)."""
    provinces: dict[Place, float] = {}
    for vote in votes:
        if vote.place.kind == "provinsi" and vote.source in {"dateline", "provinsi"}:
            provinces[vote.place] = provinces.get(vote.place, 0.0) + vote.weight
    return max(provinces.items(), key=lambda kv: kv[1])[0].name if provinces else None


def _abroad(title: str | None, town: Town | None, votes: list[Vote], sentences: list[Sentence],
            organisers: list[str]) -> tuple[Town | None, str | None]:
    """The dateline's town, dropped when it is a foreign city only the newsroom's dateline
    names, and the city of a diplomatic mission holding the event
    (:mod:`index.extract.place_abroad`). The mission is looked for in the headline, the
    opening sentences (where a report names who held the event) and the organisers."""
    texts = [title or "", *(s.text for s in sentences[:HOLDER_SENTENCES])]
    mission = host_mission_city(texts, organisers)
    mentions = 0 if town is None else town.bare + town.inside
    # (newsroom_abroad is false for a town mentioned again or no foreign city, whatever the
    # holder: those cheap tests first, and the holders are read only for the rest)
    if town is not None and not mentions and foreign_city(town.name) and newsroom_abroad(
            town.name, mentions, mission, _seated(_holding(votes, sentences, organisers)[1])):
        town = None
    return town, mission


def _learned(votes: list[Vote], town: Town | None, sentences: list[Sentence],
             organisers: list[str], title: str | None = None) -> Location:
    """The candidate the learned weights score highest (:mod:`index.extract.place_model`).
    The city of a diplomatic mission holding the event comes before every place but a
    stated venue and the audience's (README: the organiser's city before the dateline)."""
    venues = venue_towns(sentences)
    town = town if town is None or town.evidenced else None
    town, mission = _abroad(title, town, votes, sentences, organisers)
    found = candidates(votes, town, *_national_event(votes, sentences, organisers),
                       venues=venues)
    chosen = choose(found)
    if mission is not None and stated_venue(found) is None \
            and not chosen.features.get("n_audience"):
        return Location(mission, None)
    if town is not None and chosen.place is not None and chosen.place in town.seat \
            and stated_venue(found) is None and not chosen.features.get("n_audience") \
            and _named_by(organisers, town.name):
        # "BATURAJA - Dinas X Kabupaten Uji bersama Universitas Baturaja menggelar ...": the
        # dateline's town, a kabupaten's seat, is a holder's own city too (README: the
        # organiser's city, else the dateline), so the town as written, not its kabupaten
        return Location(town.name, chosen.place.province)
    located = next((v.place for v in votes if v.cue == "town"), None)
    venue = next((v for v in venues if chosen.town is not None
                  and v.name.casefold() == chosen.town.casefold()), None)
    if venue is not None and (located is None or town is None
                              or town.name.casefold() != venue.name.casefold()):
        # a town only a stated venue names (place_venue): its province is the one written
        # with it ("Hotel Uji Kuta Bali"), else the dateline's or a "Provinsi X"
        return Location(chosen.town, venue.province or _province_only(votes))
    if chosen.place is not None:
        province = chosen.place.province
    elif chosen.town is not None and located is not None:
        province = located.province  # "di Sipirok, Kabupaten Tapanuli Selatan"
    else:
        province = None
    home = _organisers_city(organisers)
    if home is not None and province is not None and home.province != province \
            and stated_venue(found) is None and not chosen.features.get("n_audience"):
        # The organiser's city before a dateline (or a mention) in another province.
        return Location(home.label, home.province)
    if chosen.place is not None:
        return Location(chosen.place.label, chosen.place.province)
    if chosen.town is not None and located is not None:
        return Location(chosen.town, located.province)
    if town is not None and chosen.town == town.name and town.province is not None:
        return Location(chosen.town, town.province)  # a kabupaten's seat: its province
    return Location(chosen.town, _province_only(votes))


def _named_by(organisers: list[str], town: str) -> bool:
    """An organiser's name holds ``town``'s words in a row ("Universitas Baturaja",
    "Koperasi Tani Uji Sipirok Jaya"), case and punctuation aside."""
    wanted = town.casefold().split()
    for organiser in organisers:
        words = [w.strip(_PUNCT).casefold() for w in organiser.split()]
        if any(words[at:at + len(wanted)] == wanted for at in range(len(words))):
            return True
    return False


def _organisers_city(organisers: list[str]) -> Place | None:
    """The kabupaten/kota named in the first organiser's name that names one ("IAIN Uji
    Gorontalo", "Ikatan Alumni Uji Ambon"): the README's "organiser's city", which it puts
    before the dateline. Only a city in another province than the one otherwise chosen
    overrides it (:func:`_learned`): a newsroom far away files the report of a distant
    body's online event, while within one province the seat of a body named after the
    province's big city may well be the dateline's regency ("Universitas Uji Yogyakarta",
    datelined Sleman)."""
    for organiser in organisers:
        for mention in find_places(organiser):
            place = resolve(mention)
            if place.kind != "provinsi":
                return place
    return None


def _by_rules(votes: list[Vote], town: Town | None, sentences: list[Sentence],
              organisers: list[str]) -> Location:
    """The hand-set weights of the module docstring, added up per place (the mentions the
    rules skip left out: their place must not enter the totals, even at 0)."""
    votes = [v for v in votes if v.source != SKIPPED]
    totals: dict[Place, float] = {}
    for vote in votes:
        if vote.source == "town":
            # only place_votes' town casts these: the first one locates it, and the town's
            # weight is given once
            if town is None:
                continue
            town = None
        if vote.place.kind != "provinsi":
            totals[vote.place] = totals.get(vote.place, 0.0) + vote.weight
    province = _province_only(votes)
    best: Place | None = None
    weight = 0.0
    if totals:
        best, weight = max(totals.items(), key=lambda kv: kv[1])
        mine = [v for v in votes if v.place == best]
        if (best.province == CAPITAL and all(v.source == "dateline" for v in mine)
                and _national(sentences, organisers, mine[0].sentence)):
            # The newsroom's Jakarta: another place the text names may still be the venue.
            del totals[best]
            best, weight = max(totals.items(), key=lambda kv: kv[1], default=(None, 0.0))
            if weight < 1.5 and town is None:
                return Location(None, None)
    if town is not None and town.weight > weight:
        # A dateline's town the gazetteer lacks is the place unless the text votes as much
        # for another (the regency the event was for, the organiser's city).
        return Location(town.name, town.province or province)
    if best is not None and weight >= 1.5:
        return Location(best.label, best.province)
    return Location(None, province)


_APPOSITION = re.compile(r",\s*(?:(?:kota|kabupaten|kab\.?)\s+)?", re.IGNORECASE)
_LIST_GO_ON = re.compile(r"\s*(?:,|dan\b|serta\b|and\b|&)\s*(?:(?:kota|kabupaten|kab\.?)\s+)?",
                         re.IGNORECASE)


def _container(text: str, mentions: list[PlaceMention], at: int) -> Place | None:
    """The kabupaten/kota written right after the bare mention ``at`` as where it lies
    ("kawasan Kuningan, Jakarta Selatan", "Sipirok, Kabupaten Tapanuli Selatan"): the mention
    is a locality there (perhaps named like a regency elsewhere), and its vote goes to the
    container. Not in a list ("Kabupaten Sigi, Kota Palu dan Kabupaten Poso")."""
    if at + 1 >= len(mentions) or mentions[at].explicit_kind is not None:
        return None
    mention, following = mentions[at], mentions[at + 1]
    if not _APPOSITION.fullmatch(text, mention.end, following.start):
        return None
    if at + 2 < len(mentions) and _LIST_GO_ON.fullmatch(text, following.end,
                                                         mentions[at + 2].start):
        return None
    place, outer = resolve(mention), resolve(following)
    if place.kind == "provinsi" or outer.kind == "provinsi" or outer == place:
        return None
    return outer


_CAPITALISED_AFTER_SPACE = re.compile(r" ([A-Z][\w'’-]*)(\.)?(?: ([A-Z][\w'’-]*))?")
"""One or two capitalised words right after a space; group 2 is the first's full stop
(an initial)."""


def _glued_after(text: str, end: int) -> bool:
    """A capitalised word follows directly: "Batu Kuning", not a place on its own.

    A following "Provinsi", "Kota" or another place name does not count ("Kabupaten Sumba
    Timur Provinsi Nusa Tenggara Timur"), nor an honorific or initial that opens a person's
    name ("Bupati Uji H. Ahmad").
    """
    match = _CAPITALISED_AFTER_SPACE.match(text[end:])
    if not match:
        return False
    first = match.group(1)
    if first.casefold() in place_words().units:
        return False
    if first.casefold() in day_names() or first.casefold() in months():
        return False  # "di Hotel Uji Kendari Jumat 12 Mei": the date follows the place
    if match.group(2) and (first.casefold() in honorifics() or len(first) == 1):
        return False
    return place_at([w for w in (first, match.group(3)) if w]) == 0
