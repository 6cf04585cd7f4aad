"""The crawl's memory: the frontier and the seen-set, in one SQLite file next to the WARCs.

Every URL the crawler has heard of is one row of ``urls``, keyed by
:func:`~index.crawl.urlnorm.url_key` (so the table *is* the seen-set), with its state:

``queued``   waiting to be fetched (``not_before`` delays retries)
``waiting``  an article page whose next pages are still being fetched (multi-page)
``done``     fetched and handled (stored, or not an article, or not modified)
``failed``   given up on, ``reason`` says why (404, timeout, redirect loop, ...)
``skipped``  never to be fetched this run, ``reason`` says why (robots.txt, scope)
``alias``    another URL of a page already known (``alias_of`` names it)

A URL in flight stays ``queued`` on disk: a crawl killed at any moment loses at most the
requests that were in flight, and the next run fetches exactly those again. Each handled
response is one transaction, committed after its WARC record is flushed, so a stored
page is never forgotten (at worst it is stored twice, and ``build`` keeps the later copy).

Runs: a crawl that ends normally closes its run. Starting while the last run is still open
*resumes* it (nothing already done in it is fetched again). A new run re-reads the seeds
and hub pages, and refetches a stored article only once its ``revisit_at`` has passed,
with a conditional GET (``etag`` / ``last_modified``).

One crawl at a time per folder: a second one is refused (``.crawl.lock``, ``flock``).
``contents`` maps a body fingerprint to the URL stored with it (content dedup);
``robots`` caches robots.txt answers; ``parts`` holds the pages of a multi-page article
until the last one arrives. Only the crawler's coordinating thread touches the connection.
"""

from __future__ import annotations

import fcntl
import json
import os
import sqlite3
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from index.errors import InputError

SCHEMA_VERSION = "1"
STATE_FILE = "crawl-state.sqlite"
LOCK_FILE = ".crawl.lock"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS runs (
    id INTEGER PRIMARY KEY, started REAL NOT NULL, finished REAL,
    pages INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS urls (
    key TEXT PRIMARY KEY, url TEXT NOT NULL, host TEXT NOT NULL, kind TEXT NOT NULL,
    depth INTEGER NOT NULL, priority INTEGER NOT NULL, seq INTEGER NOT NULL,
    state TEXT NOT NULL, not_before REAL NOT NULL DEFAULT 0,
    attempts INTEGER NOT NULL DEFAULT 0, hops INTEGER NOT NULL DEFAULT 0,
    via TEXT, parent TEXT, is_seed INTEGER NOT NULL DEFAULT 0, reason TEXT,
    is_article INTEGER NOT NULL DEFAULT 0, etag TEXT, last_modified TEXT,
    content_hash TEXT, alias_of TEXT, run INTEGER, fetched_at REAL,
    revisit_at REAL NOT NULL DEFAULT 0);
CREATE INDEX IF NOT EXISTS urls_by_host ON urls (host, state, priority, seq);
CREATE TABLE IF NOT EXISTS contents (hash TEXT PRIMARY KEY, key TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS robots (
    host TEXT PRIMARY KEY, fetched_at REAL NOT NULL, status INTEGER, error TEXT, body BLOB);
CREATE TABLE IF NOT EXISTS parts (
    article TEXT NOT NULL, page_no INTEGER NOT NULL, key TEXT NOT NULL, url TEXT NOT NULL,
    state TEXT NOT NULL, meta TEXT, body BLOB, PRIMARY KEY (article, page_no));
"""

_QUEUE_COLUMNS = ("key", "url", "host", "kind", "depth", "attempts", "hops", "via", "parent",
                  "is_seed", "etag", "last_modified", "run", "is_article", "content_hash")


def _lock_folder(folder: Path) -> int:
    """Hold ``folder/.crawl.lock`` (released by the kernel if the process dies)."""
    try:
        fd = os.open(folder / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise InputError(f"{folder}: cannot use it as a crawl folder "
                         f"({exc.strerror or exc})") from None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        raise InputError(f"{folder}: another crawl is running into this folder; wait for it "
                         "or use another --out") from None
    return fd


@dataclass
class QueuedURL:
    """A URL taken off the frontier to fetch, with what its handling needs to know."""

    key: str
    url: str
    host: str
    kind: str
    depth: int
    attempts: int = 0
    hops: int = 0
    via: str | None = None
    parent: str | None = None
    is_seed: int = 0
    etag: str | None = None
    last_modified: str | None = None
    run: int | None = None
    is_article: int = 0
    content_hash: str | None = None

    @property
    def chain(self) -> list[str]:
        """The URLs of the redirect hops that led here (oldest first)."""
        return json.loads(self.via) if self.via else []


@dataclass
class NewURL:
    """A URL to add to the frontier."""

    key: str
    url: str
    host: str
    kind: str
    depth: int
    priority: int = 0
    is_seed: bool = False
    hops: int = 0
    via: str | None = None
    parent: str | None = None


@dataclass
class Part:
    """One page of a multi-page article, fetched or still waiting."""

    page_no: int
    key: str
    url: str
    state: str
    meta: dict[str, Any]
    body: bytes


class Frontier:
    """The SQLite frontier of one crawl output folder (see the module doc)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = _lock_folder(path.parent)
        try:
            self.db = sqlite3.connect(str(path), isolation_level=None)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.executescript(_SCHEMA)
            row = self.db.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
        except sqlite3.OperationalError as exc:
            os.close(self._lock)
            raise InputError(f"{path}: cannot open the crawl state ({exc})") from None
        except sqlite3.DatabaseError as exc:
            os.close(self._lock)
            raise InputError(f"{path}: not a crawl state database ({exc})") from None
        if row is None:
            self.db.execute("INSERT INTO meta VALUES ('schema', ?)", (SCHEMA_VERSION,))
        elif row[0] != SCHEMA_VERSION:
            raise InputError(f"{path}: crawl state version {row[0]}, this crawler reads "
                             f"{SCHEMA_VERSION}; use a new --out folder")
        self._seq = self.db.execute("SELECT COALESCE(MAX(seq), 0) FROM urls").fetchone()[0]
        self.run_id = 0

    def close(self) -> None:
        self.db.close()
        os.close(self._lock)

    def __enter__(self) -> Frontier:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def begin(self) -> None:
        """Start a transaction: the writes for one handled response commit together."""
        self.db.execute("BEGIN")

    def commit(self) -> None:
        self.db.execute("COMMIT")

    # runs ---------------------------------------------------------------------------------

    def open_run(self) -> bool:
        """Resume the last run if it never finished, else start one; ``True`` if resumed."""
        row = self.db.execute("SELECT id, finished FROM runs ORDER BY id DESC LIMIT 1").fetchone()
        if row is not None and row[1] is None:
            self.run_id = row[0]
            return True
        cur = self.db.execute("INSERT INTO runs (started) VALUES (?)", (time.time(),))
        self.run_id = int(cur.lastrowid or 0)
        return False

    def finish_run(self) -> None:
        self.db.execute("UPDATE runs SET finished=? WHERE id=?", (time.time(), self.run_id))

    def pages_this_run(self) -> int:
        row = self.db.execute("SELECT pages FROM runs WHERE id=?", (self.run_id,)).fetchone()
        return int(row[0]) if row else 0

    def count_page(self) -> None:
        self.db.execute("UPDATE runs SET pages = pages + 1 WHERE id=?", (self.run_id,))

    # adding -------------------------------------------------------------------------------

    def add(self, urls: Iterable[NewURL], *, force: bool = False) -> list[str]:
        """Queue ``urls`` not seen before, and requeue seen ones that are due again.

        Due again: done, failed or skipped in an *earlier* run with ``revisit_at`` passed;
        ``force`` (seeds) requeues whatever was not already handled in this run.
        Returns the hosts that got new work.
        """
        now = time.time()
        rows = []
        for new in urls:
            self._seq += 1
            rows.append((new.key, new.url, new.host, new.kind, new.depth, new.priority,
                         self._seq, int(new.is_seed), new.hops, new.via, new.parent))
        if not rows:
            return []
        before = self.db.total_changes
        self.db.executemany(
            "INSERT OR IGNORE INTO urls (key, url, host, kind, depth, priority, seq, state, "
            "is_seed, hops, via, parent) VALUES (?, ?, ?, ?, ?, ?, ?, 'queued', ?, ?, ?, ?)",
            rows,
        )
        due = "" if force else " AND revisit_at <= ?"
        args = [(r[4], r[5], r[0], self.run_id) + (() if force else (now,)) for r in rows]
        self.db.executemany(
            "UPDATE urls SET state='queued', depth=MIN(depth, ?), priority=?, not_before=0, "
            "attempts=0, hops=0, via=NULL, reason=NULL "
            "WHERE key=? AND state IN ('done', 'failed', 'skipped') "
            f"AND COALESCE(run, 0) < ?{due}",
            args,
        )
        if self.db.total_changes == before:
            return []
        return sorted({r[2] for r in rows})

    def add_alias(self, key: str, url: str, host: str, of_key: str) -> None:
        """Remember ``url`` as another address of the page stored under ``of_key``."""
        self._seq += 1
        self.db.execute(
            "INSERT OR IGNORE INTO urls (key, url, host, kind, depth, priority, seq, state, "
            "alias_of, run, reason) VALUES (?, ?, ?, 'page', 0, 0, ?, 'alias', ?, ?, ?)",
            (key, url, host, self._seq, of_key, self.run_id, "duplicate url"),
        )
        self.db.execute(
            "UPDATE urls SET state='alias', alias_of=?, reason='duplicate url', run=? "
            "WHERE key=? AND state='queued' AND kind!='part'",
            (of_key, self.run_id, key),
        )

    # taking -------------------------------------------------------------------------------

    def hosts_with_work(self) -> list[str]:
        return [r[0] for r in self.db.execute(
            "SELECT DISTINCT host FROM urls WHERE state='queued'")]

    def next_for_host(self, host: str, now: float) -> QueuedURL | None:
        """The host's next due URL (parts and redirect hops first, then by depth)."""
        row = self.db.execute(
            f"SELECT {', '.join(_QUEUE_COLUMNS)} FROM urls WHERE host=? AND state='queued' "
            "AND not_before<=? ORDER BY priority, seq LIMIT 1",
            (host, now),
        ).fetchone()
        return QueuedURL(*row) if row else None

    def earliest_due(self, host: str) -> float | None:
        """When the host's earliest queued URL becomes due, or ``None`` if none is queued."""
        row = self.db.execute("SELECT MIN(not_before) FROM urls WHERE host=? AND state='queued'",
                              (host,)).fetchone()
        return row[0] if row and row[0] is not None else None

    # finishing ----------------------------------------------------------------------------

    def finish(self, key: str, state: str, reason: str | None = None, *,
               revisit_at: float = 0.0, **columns: Any) -> None:
        """Record the outcome for ``key`` in this run (extra ``columns`` are set too)."""
        sets = {"state": state, "reason": reason, "run": self.run_id,
                "fetched_at": time.time(), "revisit_at": revisit_at, **columns}
        names = ", ".join(f"{name}=?" for name in sets)
        self.db.execute(f"UPDATE urls SET {names} WHERE key=?", (*sets.values(), key))

    def retry_later(self, key: str, not_before: float, attempts: int) -> None:
        self.db.execute("UPDATE urls SET not_before=?, attempts=? WHERE key=?",
                        (not_before, attempts, key))

    def waiting(self) -> Iterator[str]:
        """Keys of articles still waiting for next pages."""
        for row in self.db.execute("SELECT key FROM urls WHERE state='waiting'").fetchall():
            yield row[0]

    def queued_count(self) -> int:
        return int(self.db.execute("SELECT COUNT(*) FROM urls WHERE state='queued'").fetchone()[0])

    # content dedup ------------------------------------------------------------------------

    def stored_with(self, content_hash: str) -> str | None:
        """The key stored with this body fingerprint, if any."""
        row = self.db.execute("SELECT key FROM contents WHERE hash=?", (content_hash,)).fetchone()
        return row[0] if row else None

    def remember_content(self, content_hash: str, key: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO contents VALUES (?, ?)", (content_hash, key))

    # robots.txt ---------------------------------------------------------------------------

    def cached_robots(self, host: str,
                      max_age: float) -> tuple[int | None, str | None, bytes] | None:
        row = self.db.execute("SELECT fetched_at, status, error, body FROM robots WHERE host=?",
                              (host,)).fetchone()
        if row is None or time.time() - row[0] > max_age:
            return None
        return row[1], row[2], bytes(row[3] or b"")

    def cache_robots(self, host: str, status: int | None, error: str | None, body: bytes) -> None:
        self.db.execute("INSERT OR REPLACE INTO robots VALUES (?, ?, ?, ?, ?)",
                        (host, time.time(), status, error, body))

    # multi-page articles ------------------------------------------------------------------

    def put_part(self, article: str, page_no: int, key: str, url: str, state: str,
                 meta: dict[str, Any] | None = None, body: bytes = b"") -> None:
        self.db.execute("INSERT OR REPLACE INTO parts VALUES (?, ?, ?, ?, ?, ?, ?)",
                        (article, page_no, key, url, state, json.dumps(meta or {}), body))

    def part_for_key(self, key: str) -> tuple[str, int] | None:
        row = self.db.execute("SELECT article, page_no FROM parts WHERE key=? AND state='waiting'",
                              (key,)).fetchone()
        return (row[0], row[1]) if row else None

    def parts(self, article: str) -> list[Part]:
        rows = self.db.execute("SELECT page_no, key, url, state, meta, body FROM parts "
                               "WHERE article=? ORDER BY page_no", (article,)).fetchall()
        return [Part(r[0], r[1], r[2], r[3], json.loads(r[4] or "{}"), bytes(r[5] or b""))
                for r in rows]

    def drop_parts(self, article: str) -> None:
        self.db.execute("DELETE FROM parts WHERE article=?", (article,))
