"""Helpers shared by the property tests and the atheris harnesses in ``tests/fuzz/``.

The contracts every fuzzer checks live here once: :func:`check_article` (the record's
``text``) and :func:`check_event` (roles, ISO dates, counts, the JSON round trip).

The cleaner catches surprises at one safety net (``clean_html`` logs a warning and carries
on, so one odd page never stops a crawl). A fuzzer must not be fooled by it:
:func:`swallowed_errors` collects what the net caught, and a test fails on it. The
extractor has no such net: an exception in ``extract_event`` reaches the fuzzer itself.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from index.model import ROLES, Article, Event

ROOT = Path(__file__).resolve().parent.parent


def seed_pages() -> list[bytes]:
    """The shipped HTML pages: test fixtures and the demo corpus, in a stable order."""
    paths = sorted((ROOT / "tests" / "fixtures").rglob("*.html"))
    paths += sorted((ROOT / "index" / "demo_corpus").glob("*.html"))
    return [p.read_bytes() for p in paths]

SAFETY_NETS: tuple[str, ...] = ("index.clean.cleaner",)
"""Loggers whose warnings mean an exception was caught and the result degraded."""


class _Collector(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


@contextmanager
def swallowed_errors(*names: str) -> Iterator[list[str]]:
    """The warnings logged by ``names`` (default: the safety nets) inside the block."""
    collector = _Collector()
    loggers = [logging.getLogger(n) for n in names or SAFETY_NETS]
    for logger in loggers:
        logger.addHandler(collector)
    try:
        yield collector.messages
    finally:
        for logger in loggers:
            logger.removeHandler(collector)


def check_article(article: Article) -> None:
    """The record contract for ``text`` (docs/ARCHITECTURE.md): paragraphs, one blank line apart."""
    assert isinstance(article, Article)
    assert isinstance(article.text, str)
    if not article.text:
        assert article.empty_reason, "an empty text must say why"
        return
    paragraphs = article.text.split("\n\n")
    assert all(p.strip() for p in paragraphs), "blank paragraph"
    assert all(p == p.strip() for p in paragraphs), "paragraph with edge whitespace"
    assert "\n\n\n" not in article.text
    for value in (article.title, article.url, article.site, article.published, article.lang):
        assert value is None or isinstance(value, str)
    assert all(isinstance(name, str) for name in article.authors)


def check_event(event: Event | None) -> None:
    """The record contract for ``event`` (docs/ARCHITECTURE.md and ``index.model``)."""
    if event is None:
        return
    assert isinstance(event, Event)
    for value in (event.title, event.location, event.province):
        assert value is None or (isinstance(value, str) and value == value.strip() and value)
    if event.date is not None:
        assert date.fromisoformat(event.date).isoformat() == event.date
    assert event.participants is None or (type(event.participants) is int
                                          and event.participants >= 0)
    assert all(isinstance(o, str) and o.strip() for o in event.organizers)
    for speaker in event.speakers:
        assert speaker.role in ROLES
        assert isinstance(speaker.name, str) and speaker.name.strip() == speaker.name
        assert speaker.name
        for value in (speaker.name_as_written, speaker.position, speaker.talk_title):
            assert value is None or (isinstance(value, str) and value.strip())
    for question in event.questions:
        assert isinstance(question.question, str) and question.question.strip()
    data = json.loads(json.dumps(event.to_dict(), ensure_ascii=False))
    assert Event.from_dict(data) == event, "the event does not survive the JSON round trip"
