"""Writing indexes: records in, a Whoosh index generation out, switched in atomically.

An index folder holds generations side by side and a ``CURRENT`` file naming the live one
(:mod:`index.layout`). A build writes a whole new generation next to the live one and only then replaces
``CURRENT`` with ``os.replace`` (atomic on POSIX). Readers keep answering from the old
generation until they notice the switch; a crash or a kill mid-build leaves ``CURRENT``
pointing at the old, complete generation, and the half-written one is swept by the next
build. The generation before the live one is kept so that a reader still holding it is
never pulled from under its feet.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from whoosh import index as whoosh_index

from .layout import CURRENT_NAME, GENERATION_PREFIX, META_NAME, read_current, write_atomic
from .lock import write_lock
from .model import Article
from .names import speaker_key
from .schema import SCHEMA_VERSION, build_schema


@dataclass
class BuildReport:
    """What a build did: the numbers a user wants at the end of a long run."""

    generation: str
    documents: int
    seconds: float


def record_to_document(article: Article) -> dict[str, Any]:
    """The Whoosh document for one record: searchable fields plus the stored record."""
    record = article.to_dict()
    event = article.event
    speakers = event.speakers if event else []
    themes = [event.title] if event and event.title else []
    themes += [s.talk_title for s in speakers if s.talk_title]
    doc: dict[str, Any] = {
        "url": article.url or "",
        "site": article.site or "",
        "title": article.title or "",
        "title_exact": article.title or "",
        "body": article.text,
        "body_exact": article.text,
        "themes": "\n".join(themes),
        "themes_exact": "\n".join(themes),
        "speakers": "\n".join(s.name for s in speakers),
        "speaker_keys": ",".join(dict.fromkeys(speaker_key(s.name) for s in speakers)),
        "roles": ",".join(dict.fromkeys(s.role for s in speakers)),
        "positions": "\n".join(s.position for s in speakers if s.position),
        "organizers": ",".join(event.organizers) if event else "",
        "organizers_text": "\n".join(event.organizers) if event else "",
        "content_hash": content_hash(article),
        "record": record,
    }
    if event and event.location:
        doc["location"] = event.location
    if event and event.province:
        doc["province"] = event.province
    if event and event.participants is not None:
        doc["participants"] = event.participants
    event_date = _parse_date(event.date if event else None)
    published = _parse_date(article.published)
    if event_date:
        doc["event_date"] = event_date
    if published:
        doc["published"] = published
    when = event_date or published
    if when:
        doc["year"] = when.year
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


class IndexBuilder:
    """Builds a fresh generation of the index at ``index_dir`` and switches to it.

    ``progress`` is called with the running document count, so the CLI can draw a bar
    without the library knowing about terminals.
    """

    def __init__(
        self,
        index_dir: Path | str,
        *,
        lock_timeout: float = 10.0,
        progress: Callable[[int], None] | None = None,
    ) -> None:
        self.index_dir = Path(index_dir)
        self.lock_timeout = lock_timeout
        self.progress = progress

    def build(self, articles: Iterable[Article]) -> BuildReport:
        """Index ``articles`` (later duplicates of a URL replace earlier ones) and go live."""
        started = time.monotonic()
        with write_lock(self.index_dir, timeout=self.lock_timeout):
            generation = self._new_generation_name()
            gen_dir = self.index_dir / generation
            gen_dir.mkdir()
            try:
                count = self._write_generation(gen_dir, articles)
            except BaseException:
                shutil.rmtree(gen_dir, ignore_errors=True)
                raise
            self._write_meta(gen_dir, generation, count)
            previous = read_current(self.index_dir)
            self._switch(generation)
            self._sweep(keep={generation, previous or generation})
        return BuildReport(generation, count, time.monotonic() - started)

    def _write_generation(self, gen_dir: Path, articles: Iterable[Article]) -> int:
        ix = whoosh_index.create_in(str(gen_dir), build_schema())
        count = 0
        with ix.writer(limitmb=256) as writer:
            for article in articles:
                writer.update_document(**record_to_document(article))
                count += 1
                if self.progress:
                    self.progress(count)
        ix.close()
        _fsync_tree(gen_dir)
        return count

    def _new_generation_name(self) -> str:
        stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%f")
        return f"{GENERATION_PREFIX}{stamp}-{os.getpid()}"

    def _write_meta(self, gen_dir: Path, generation: str, count: int) -> None:
        meta = {
            "generation": generation,
            "documents": count,
            "built_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "schema_version": SCHEMA_VERSION,
        }
        write_atomic(gen_dir / META_NAME, json.dumps(meta, indent=2))

    def _switch(self, generation: str) -> None:
        write_atomic(self.index_dir / CURRENT_NAME, generation + "\n")

    def _sweep(self, keep: set[str]) -> None:
        for path in self.index_dir.iterdir():
            if path.name.startswith(GENERATION_PREFIX) and path.name not in keep:
                shutil.rmtree(path, ignore_errors=True)


def _fsync_tree(folder: Path) -> None:
    """Flush a finished generation to disk before ``CURRENT`` may point at it."""
    for path in folder.iterdir():
        if path.is_file():
            fd = os.open(path, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
