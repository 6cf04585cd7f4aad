"""A cache of finished records, so a rebuild extracts only the pages that changed.

Cleaning and extracting a page is most of a build (about 90% of a build from text), and a
rebuild usually sees the same pages again. Each outcome of :func:`index.pipeline.records.
outcome_of` (the record, why the page is empty, or the extractor's failure) is stored in
SQLite under a key made of the source document's content (every field the pipeline reads:
the page or text, the URL and the metadata the source gave) and the extractor's version
(:func:`index.pipeline.version.extractor_version`), compressed JSON in the record's own
lossless form (:meth:`index.model.Article.to_dict`). A changed page, or a changed
extractor, misses; everything else is read back instead of extracted.

Where a source lies is not part of its content. The fallback URL (the source file's URI,
:attr:`~index.pipeline.sources.SourceDocument.fallback_url`) addresses a record only when
the page gives no URL of its own, neither from its source (a JSON Lines ``url``, a WARC
record's target) nor in its HTML (a canonical link), so it is in the key only then
(:class:`SourceKeys`): moving or renaming a folder or a ``.jsonl`` file of pages that
name their URLs misses nothing. Whether the HTML names one is known only once the page is
cleaned, so an outcome is stored under the key without the fallback URL unless its record
took its URL from it, and a lookup tries that key first, then the one with the fallback
URL: the same content always makes the same choice, so at most one of the two can exist.

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
from typing import NamedTuple

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


class SourceKeys(NamedTuple):
    """Where the outcome of one source may be cached (see the module docstring)."""

    own: str
    """The key of the source's content and the extractor version."""
    placed: str | None
    """The same with the fallback URL, for a source that gives no URL itself (``None``
    when it does, or when there is no fallback URL)."""
    fallback_url: str | None
    """The fallback URL when :attr:`placed` is set, else ``None``."""

    def for_outcome(self, outcome: Outcome) -> str:
        """The key ``outcome`` is stored under: :attr:`placed` when its record took its
        URL from the fallback URL, else :attr:`own`."""
        article = outcome[0]
        if self.placed is not None and article is not None \
                and article.url == self.fallback_url:
            return self.placed
        return self.own


def source_keys(doc: SourceDocument, version: str | None = None) -> SourceKeys:
    """The cache keys of ``doc``: its content and the extractor version, hashed, and the
    same with its fallback URL when the source gives no URL of its own."""
    digest = hashlib.sha256()
    _add(digest, version or extractor_version())
    for value in (doc.url, doc.text, doc.site, doc.title, doc.published, doc.lang):
        _add(digest, value)
    html = doc.html
    if html is None:
        digest.update(b"\x00")
    else:
        data = html if isinstance(html, bytes) else html.encode("utf-8", "surrogatepass")
        digest.update((b"\x02" if isinstance(html, bytes) else b"\x03")
                      + len(data).to_bytes(8, "big") + data)
    if doc.url or not doc.fallback_url:
        return SourceKeys(digest.hexdigest(), None, None)
    with_place = digest.copy()
    with_place.update(b"\x04")
    _add(with_place, doc.fallback_url)
    return SourceKeys(digest.hexdigest(), with_place.hexdigest(), doc.fallback_url)


def source_key(doc: SourceDocument, version: str | None = None) -> str:
    """The key of ``doc``'s content and the extractor version (:attr:`SourceKeys.own`)."""
    return source_keys(doc, version).own


def _add(digest: hashlib._Hash, value: str | None) -> None:
    """One field, length-prefixed, so that no two sequences of fields hash alike."""
    if value is None:
        digest.update(b"\x00")
    else:
        data = value.encode("utf-8", "replace")
        digest.update(b"\x01" + len(data).to_bytes(8, "big") + data)


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

    def find(self, keys: Sequence[SourceKeys]) -> dict[SourceKeys, Outcome]:
        """The cached outcomes of those sources that are cached: by their own key, else by
        the key with their fallback URL (one hit or one miss per distinct source)."""
        wanted = list(dict.fromkeys(keys))
        hits, misses = self.hits, self.misses
        own = self.get_many([k.own for k in wanted])
        found = {k: own[k.own] for k in wanted if k.own in own}
        placed = self.get_many([k.placed for k in wanted
                                if k not in found and k.placed is not None])
        found.update((k, placed[k.placed]) for k in wanted
                     if k not in found and k.placed is not None and k.placed in placed)
        self.hits, self.misses = hits + len(found), misses + len(wanted) - len(found)
        return found

    def put_outcomes(self, items: Iterable[tuple[SourceKeys, Outcome]]) -> None:
        """Store outcomes, each under :meth:`SourceKeys.for_outcome`."""
        self.put_many((keys.for_outcome(outcome), outcome) for keys, outcome in items)

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
