"""A cache of finished records, so a rebuild extracts only the pages that changed.

Cleaning and extracting a page is most of a build (about 90% of a build from text), and a
rebuild usually sees the same pages again. Each outcome of :func:`index.pipeline.records.
outcome_of` (the record, why the page is empty, or the extractor's failure) is stored in
SQLite under a key made of the source document's content (every field the pipeline reads:
the page or text, the URL and the metadata the source gave) and the extractor's version
(:func:`index.pipeline.version.extractor_version`), compressed JSON in the record's own
lossless form (:meth:`index.model.Article.to_dict`). A changed page, or a changed
extractor, misses; everything else is read back instead of extracted.

The file lives beside the index (``INDEX/record-cache.sqlite``, chosen by the CLI), is
shared safely by concurrent processes (SQLite's locking), and after a full build keeps
only the records that build used (:meth:`RecordCache.prune`), so it stays the size of the
corpus rather than of its history.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import time
import zlib
from collections.abc import Iterable, Sequence
from pathlib import Path

from index.model import Article

from .sources import SourceDocument
from .version import extractor_version

CACHE_NAME = "record-cache.sqlite"

Outcome = tuple[Article | None, str | None]
"""What the pipeline made of one source: the record (``None`` when the source was
unusable) and the extractor's failure message, if it raised."""


def open_record_cache(index_dir: Path | str) -> RecordCache:
    """The record cache beside the index at ``index_dir``."""
    return RecordCache(Path(index_dir) / CACHE_NAME)


def source_key(doc: SourceDocument, version: str | None = None) -> str:
    """The cache key of ``doc``: its content and the extractor version, hashed."""
    digest = hashlib.sha256((version or extractor_version()).encode())
    for value in (doc.url, doc.text, doc.site, doc.title, doc.published, doc.lang,
                  doc.fallback_url):
        digest.update(b"\x00" if value is None else b"\x01" + value.encode("utf-8", "replace"))
    html = doc.html
    if html is None:
        digest.update(b"\x00")
    elif isinstance(html, bytes):
        digest.update(b"\x02" + html)
    else:
        digest.update(b"\x03" + html.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def encode(outcome: Outcome) -> bytes:
    article, failure = outcome
    data = {"a": article.to_dict() if article is not None else None,
            "e": article.empty_reason if article is not None else None, "f": failure}
    return zlib.compress(json.dumps(data, ensure_ascii=False).encode(), 1)


def decode(blob: bytes) -> Outcome:
    data = json.loads(zlib.decompress(blob))
    article = Article.from_dict(data["a"]) if data["a"] is not None else None
    if article is not None:
        article.empty_reason = data["e"]
    return article, data["f"]


class RecordCache:
    """Outcomes by source key, in one SQLite file."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(str(self.path), timeout=60, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute("CREATE TABLE IF NOT EXISTS records "
                         "(key TEXT PRIMARY KEY, outcome BLOB NOT NULL, used INTEGER NOT NULL)")
        self.run = time.time_ns()
        self.hits = 0
        self.misses = 0

    def get_many(self, keys: Sequence[str]) -> dict[str, Outcome]:
        """The cached outcomes of those ``keys`` that are cached (marked used by this run)."""
        found: dict[str, Outcome] = {}
        wanted = list(dict.fromkeys(keys))
        for start in range(0, len(wanted), 500):
            chunk = wanted[start:start + 500]
            marks = ",".join("?" * len(chunk))
            rows = self._db.execute(
                f"SELECT key, outcome FROM records WHERE key IN ({marks})", chunk).fetchall()
            found.update((key, decode(blob)) for key, blob in rows)
            if rows:
                self._db.execute(f"UPDATE records SET used = ? WHERE key IN ({marks})",
                                 [self.run, *chunk])
        self.hits += len(found)
        self.misses += len(wanted) - len(found)
        return found

    def put_many(self, items: Iterable[tuple[str, Outcome]]) -> None:
        rows = [(key, encode(outcome), self.run) for key, outcome in items]
        if rows:
            self._db.executemany("INSERT OR REPLACE INTO records VALUES (?, ?, ?)", rows)

    def prune(self) -> int:
        """Forget every record this run did not use (after a full build); how many."""
        cursor = self._db.execute("DELETE FROM records WHERE used < ?", (self.run,))
        return cursor.rowcount

    def __len__(self) -> int:
        return int(self._db.execute("SELECT COUNT(*) FROM records").fetchone()[0])

    def close(self) -> None:
        self._db.close()
