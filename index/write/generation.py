"""A generation's life, shared by the builder and the updater.

Both write a new generation folder beside the live one under the one-writer lock, and only
switch ``CURRENT`` to it when it is complete (:mod:`index.layout` has the on-disk layout):
:func:`new_generation` is that reservation and switch, :func:`write_meta` its
``meta.json``, :func:`cannot_write` the one-line error when the disk refuses, and
:func:`drop_earlier_copies` the fix-up both need when a URL arrives twice in one run.
"""

from __future__ import annotations

import errno
import json
import logging
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from whoosh.writing import IndexWriter

from index.errors import IndexWriteError
from index.layout import (
    META_NAME,
    fsync_tree,
    new_generation_name,
    publish,
    read_current,
    sweep,
    write_atomic,
)
from index.schema import SCHEMA_VERSION

from .lock import write_lock

logger = logging.getLogger(__name__)

DEFAULT_LIMIT_MB = 1024
"""Sorting-pool memory per writer process before it spills to disk. Whoosh's default
(128 MB) spills a run to disk every ~700 documents of 400 words, and merging the runs at
the end is a large part of a default build."""

@dataclass
class BuildReport:
    """What a build or an update did: the numbers a user wants at the end of a long run."""

    generation: str
    documents: int
    seconds: float
    added: int = 0
    replaced: int = 0
    deleted: int = 0
    unchanged: int = 0
    regrouped: int = 0
    """Indexed articles an update left in place whose event changed (rewritten)."""


@contextmanager
def new_generation(index_dir: Path, lock_timeout: float) -> Iterator[tuple[str, Path]]:
    """Hold the write lock, give a fresh generation folder, publish it if the block succeeds.

    On any exception (or a kill) the folder is removed (or left for the next sweep) and
    ``CURRENT`` is untouched.
    """
    with write_lock(index_dir, timeout=lock_timeout):
        generation = new_generation_name()
        gen_dir = index_dir / generation
        try:
            gen_dir.mkdir()
            yield generation, gen_dir
            fsync_tree(gen_dir)
        except OSError as exc:
            shutil.rmtree(gen_dir, ignore_errors=True)
            raise cannot_write(index_dir, exc) from exc
        except BaseException:
            shutil.rmtree(gen_dir, ignore_errors=True)
            raise
        previous = read_current(index_dir)
        try:
            publish(index_dir, generation)
        except OSError as exc:
            if read_current(index_dir) != generation:  # the switch did not happen
                shutil.rmtree(gen_dir, ignore_errors=True)
                raise cannot_write(index_dir, exc) from exc
            raise
        sweep(index_dir, keep={generation, previous or generation})


def cannot_write(index_dir: Path, exc: OSError) -> IndexWriteError:
    """The one-line error for a generation that could not be written (the live one is intact).

    A full disk is the usual cause, and the one a user can act on; any other OSError (a
    read-only or vanished folder, a quota) is named by its system message.
    """
    if exc.errno == errno.ENOSPC:
        reason, advice = "no space left on the device", " (free some space, then run it again)"
    else:
        reason, advice = (exc.strerror or str(exc)).lower(), ""
    return IndexWriteError(f"cannot write the new index in {index_dir}: {reason}; the live "
                           f"index is unchanged{advice}")


def write_meta(gen_dir: Path, generation: str, documents: int, **extra: Any) -> None:
    """The generation's ``meta.json``: what ``stats`` reports besides live counts."""
    meta = {
        "generation": generation,
        "documents": documents,
        "built_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "schema_version": SCHEMA_VERSION,
        **extra,
    }
    write_atomic(gen_dir / META_NAME, json.dumps(meta, indent=2))


def cancel_quietly(writer: IndexWriter) -> None:
    try:
        writer.cancel()
    except Exception:  # the writer may be half-committed; the generation is discarded anyway
        logger.debug("cancelling the index writer failed", exc_info=True)


def drop_earlier_copies(ix: Any, keep_hash: dict[str, str]) -> None:
    """Delete all but one document per URL: one whose record hash is the last one seen."""
    with ix.writer() as writer, writer.searcher() as searcher:
        for url, wanted in keep_hash.items():
            docnums = list(searcher.document_numbers(url=url))
            keeper = max(
                (d for d in docnums if searcher.stored_fields(d).get("content_hash") == wanted),
                default=docnums[-1],
            )
            for docnum in docnums:
                if docnum != keeper:
                    writer.delete_document(docnum)
