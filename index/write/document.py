"""One record to one Whoosh document: what each field of :mod:`index.schema` receives.

The record itself is stored whole (``record``) so a hit can be shown without a second
lookup, with the speaker key of each of its speakers (``speaker_key_list``, in the record's
order) so that readers never recompute keys; the searchable fields are derived from it.
The ``facets`` column carries, in one compact JSON object per document, everything a
results page counts or shows per hit (speaker keys with their names and roles,
organizers, place, site, year, date, and the content-word runs of the event and talk titles
that themes are made of, see :func:`index.schema.title_runs`), with the original spelling,
so that a searcher can load it for every document in one pass instead of reading stored
records. The ``rerank`` column repeats, uncompressed, what the re-ranker reads of the record
(:func:`index.schema.rerank_facts`).
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime
from typing import Any

from index.model import Article
from index.names import speaker_key
from index.schema import rerank_facts, title_runs

FACET_KEYS = {
    "speakers": "s", "organizers": "o", "location": "l", "province": "p", "site": "w",
    "year": "y", "date": "d", "title_stems": "t", "title_words": "T",
}
"""Short keys of the ``facets`` column's JSON (it is read for every document)."""


def record_to_document(article: Article) -> dict[str, Any]:
    """The Whoosh document for one record: searchable fields plus the stored record."""
    record = article.to_dict()
    event = article.event
    speakers = [s for s in (event.speakers if event else []) if s.name]
    themes = [event.title] if event and event.title else []
    themes += [s.talk_title for s in speakers if s.talk_title]
    organizers = [o.replace(",", " ") for o in (event.organizers if event else [])]
    keyed = [(speaker_key(s.name), s.name, s.role) for s in speakers]
    keyed = [entry for entry in keyed if entry[0]]
    when = _parse_date(event.date if event else None) or _parse_date(article.published)
    location = event.location if event else None
    province = event.province if event else None
    title = article.title or ""
    doc: dict[str, Any] = {
        "url": article.url or "",
        "title": title,
        "title_exact": title,
        "body": article.text,
        "function_words": article.text,
        "themes": "\n".join(themes),
        "themes_exact": "\n".join(themes),
        "speakers": "\n".join(s.name for s in speakers),
        "speaker_keys": ",".join(dict.fromkeys(key for key, _, _ in keyed)),
        "roles": ",".join(dict.fromkeys(role for _, _, role in keyed)),
        "speaker_roles": ",".join(dict.fromkeys(f"{key}/{role}" for key, _, role in keyed)),
        "positions": "\n".join(s.position for s in speakers if s.position),
        "organizers": ",".join(organizers),
        "organizers_text": "\n".join(organizers),
        "content_hash": content_hash(article),
        "speaker_key_list": [speaker_key(s.name) if s.name else "" for s in
                             (event.speakers if event else [])],
        "record": record,
    }
    facets: dict[str, Any] = {"s": keyed, "o": organizers}
    distinct: dict[str, str] = {}
    for theme in themes:
        distinct.setdefault(theme.casefold(), theme)
    runs = [run for theme in distinct.values() for run in title_runs(theme)]
    if runs:
        facets["t"] = [stems for stems, _ in runs]
        facets["T"] = [words for _, words in runs]
    for field, value in (("location", location), ("province", province),
                         ("site", article.site)):
        if value:
            doc[field] = value
            facets[FACET_KEYS[field]] = value
    if when:
        doc["when"] = when
        doc["year"] = str(when.year)
        facets["y"] = str(when.year)
        facets["d"] = when.strftime("%Y-%m-%d")
    doc["facets"] = json.dumps(facets, ensure_ascii=False, separators=(",", ":")).encode()
    doc["rerank"] = rerank_facts(record, doc["speaker_key_list"])
    return doc


def content_hash(article: Article) -> str:
    """A digest of the record's JSON: equal records, equal hashes (for skip-unchanged)."""
    payload = json.dumps(article.to_dict(), sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _parse_date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.strptime(value[:10], "%Y-%m-%d")
    except ValueError:
        return None
