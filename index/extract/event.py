"""From an article's prose to the :class:`~index.model.Event` it reports.

The entry point of extraction; each field has its own module:

1. :mod:`index.extract.sentences`          - repair scraped glue, split into sentences
2. :mod:`index.extract.speakers`   - the programme: names, roles, positions, talk titles
3. :mod:`index.extract.meta` - the event's title (theme, :mod:`index.extract.theme`; the
   headline's name when the body names none, :mod:`index.extract.headline`) and organisers
4. :mod:`index.extract.dates`      - the event's date
5. :mod:`index.extract.place`      - kabupaten/kota and province (:mod:`index.extract.gazetteer`,
   :mod:`index.extract.datelines`)
6. :mod:`index.extract.participants` - how many took part
7. :mod:`index.extract.questions`  - audience questions and answers

An article reports an event when it names one (webinar, seminar, talk show, online
discussion, workshop, public lecture) in its title or text; otherwise the record's event is
``None``. Everything the text does not state stays ``None`` (or ``[]``): the extractor reads,
it never guesses, and an excerpt cut off mid-sentence yields only what is visible.
"""

from __future__ import annotations

import logging
import re

from index.model import Article, Event, Speaker

from .case_evidence import article_words
from .place_evidence import article_places
from .dates import best_date, event_date, find_dates
from .headline import headline_event_title
from .held_online import held_online
from .meta import event_title, organizers
from .participants import participant_count
from .place import event_location
from .questions import extract_questions
from .sentences import normalize_text, split_sentences
from .speakers import extract_speakers

logger = logging.getLogger(__name__)

_EVENT_WORDS = re.compile(
    r"\b(?:webinar|wibinar|seminar|talk\s?show|diskusi\s+(?:daring|online|virtual|publik)|"
    r"lokakarya|workshop|public\s+lecture|kuliah\s+umum|web\s+seminar|online\s+talk|"
    r"sarasehan|bincang|forum\s+diskusi)\b",
    re.IGNORECASE,
)


_ONLINE = re.compile(r"\b(?:secara\s+(?:virtual|daring|online)|zoom|live\s+streaming|"
                     r"(?:program|kegiatan|acara)\s+literasi|"
                     # a gathering named with its online format ("Virtual Conference",
                     # "kongres daring"): the format makes the congress one held online
                     r"(?:virtual|online|daring)\s+(?:conference|congress|summit)|"
                     r"(?:konferensi|kongres)\s+(?:virtual|online|daring)|"
                     # the online format followed by a demonstrative ("Pertemuan virtual ini",
                     # "Dialog daring tersebut", "pelaksanaan diskusi online ini"): the article
                     # refers back to its own occasion as held online, whatever it calls it
                     r"(?:virtual|online|daring)\s+(?:ini|tersebut))\b", re.IGNORECASE)


_SESSION = re.compile(r"\b(?:tanya\s+jawab|sesi\s+diskusi|question[-\s]and[-\s]answer|"
                      r"Q\s?&\s?A|pemateri|nara\s?sumber|materi\s+(?:pertama|kedua|ketiga|"
                      r"berikutnya|selanjutnya|terakhir))\b", re.IGNORECASE)


def reports_event(article: Article, speakers: list[Speaker] | None = None) -> bool:
    """``article`` is about a webinar, seminar or similar event.

    Either an event word appears, or a sentence tells of a gathering held in an online or
    hybrid format (:mod:`index.extract.held_online`), or a programme is described: people
    introduced with programme roles (a moderator, a keynote, a key opinion leader, or two
    speakers), or any programme person together with a sign of an online session ("secara
    virtual", "Zoom") or of a session's programme ("sesi tanya jawab", "pemateri", "materi
    kedua"): a later page of a multi-page report may never repeat the word "webinar".
    """
    if _EVENT_WORDS.search(article.title or "") or _EVENT_WORDS.search(article.text):
        return True
    if held_online(article.text):
        return True
    speakers = speakers or []
    roles = [s.role for s in speakers]
    if any(r in {"moderator", "keynote", "kol"} for r in roles) or roles.count("speaker") >= 2:
        return True
    return bool(speakers) and bool(_ONLINE.search(article.text) or _SESSION.search(article.text))


MAX_TEXT_CHARS = 50_000
"""Extraction reads at most this much of a text, cut at a paragraph break: a news report of
an event is a few thousand characters, and merging a programme's mentions costs time that
grows with the square of their number, so a pasted book or a megabyte of junk must not
hold a build for hours. The whole text is still indexed."""


def extract_event(article: Article) -> Event | None:
    """The event ``article`` reports, or ``None`` when it reports none.

    ``None`` means only "no webinar here". An exception inside the extractor is a bug and
    propagates; the pipeline (:mod:`index.pipeline.records`) reports it with the page's URL
    and keeps the build going.
    """
    if not article.text:
        return None
    return _extract(article)


def _readable_part(text: str) -> str:
    if len(text) <= MAX_TEXT_CHARS:
        return text
    cut = text.rfind("\n\n", 0, MAX_TEXT_CHARS)
    logger.info("text of %d characters: extracting the event from the first %d",
                len(text), cut if cut > 0 else MAX_TEXT_CHARS)
    return text[:cut] if cut > 0 else text[:MAX_TEXT_CHARS]


def _extract(article: Article) -> Event | None:
    text = _readable_part(article.text)
    # the article's lower-case words and places: evidence that a capitalised phrase is no name
    with article_words(text), article_places(text):
        return _extract_text(article, text)


def _extract_text(article: Article, text: str) -> Event | None:
    """The record of ``text`` (the readable part of ``article``), or None when the article
    reports no event: the speakers are read first because whether it reports one depends
    on them, and the place weighs the date's sentence, the organisers and the speakers."""
    sentences = split_sentences(text)
    programme = extract_speakers(sentences)
    if not reports_event(article, programme.speakers):
        return None
    dates = find_dates(sentences)
    best = best_date(dates)
    hosts = organizers(sentences)
    place = event_location(article.title, sentences, best.sentence if best else None, hosts,
                           programme.speakers)
    return Event(
        title=event_title(sentences, programme.talk_spans) or headline_event_title(
            article.title, text),
        date=event_date(sentences, article.published, dates),
        location=place.location,
        province=place.province,
        organizers=hosts,
        participants=participant_count(sentences),
        speakers=programme.speakers,
        questions=extract_questions(normalize_text(text), programme.speakers),
    )
