"""The speakers the whole extractor finds in an invented article, by name: the one helper
the speaker, position, role and talk tests share, so they all read the same way."""

from __future__ import annotations

from index.extract.event import extract_event
from index.model import Speaker
from index.pipeline.records import article_from_text

HELD = ("UJI – Dinas Kominfo Kabupaten Tanjung Uji menggelar webinar bertajuk “Desa Cakap "
        "Digital” pada Senin (6/3/2023).\n\n")
"""An invented opening that places a webinar, for tests whose sentence alone says none."""


def people(text: str, url: str = "https://uji.example/berita") -> dict[str, Speaker]:
    """Name -> speaker of the event extracted from ``text`` (which must report one)."""
    event = extract_event(article_from_text(text, url))
    assert event is not None
    return {s.name: s for s in event.speakers}
