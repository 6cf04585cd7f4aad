"""The on-disk layout of an index folder, shared by the writer and the readers.

::

    DIR/CURRENT            names the live generation, e.g. "gen-20261128T101500123456-1234"
    DIR/gen-.../           a complete Whoosh index plus meta.json
    DIR/.write.lock        held by the one writer (see index.write.lock)

Generations are immutable once live: a build writes a new one from scratch, an update
copies the live one (hard links: Whoosh never rewrites a segment file, it writes new
segments and a new table of contents) and changes the copy. Either way the switch is the
rename of ``CURRENT``, so a reader sees the old index or the new one, never a mix.

Like the schema, this is part of the on-disk format: :mod:`search` reads it, so it lives in
its own small module rather than inside the builder.
"""

from __future__ import annotations

import json
import os
import shutil
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

CURRENT_NAME = "CURRENT"
META_NAME = "meta.json"
GENERATION_PREFIX = "gen-"


def read_current(index_dir: Path) -> str | None:
    """The live generation's folder name, or ``None`` when the folder holds no index."""
    try:
        name = (index_dir / CURRENT_NAME).read_text(encoding="utf-8").strip()
    except (FileNotFoundError, NotADirectoryError, PermissionError):
        return None
    return name if name.startswith(GENERATION_PREFIX) and (index_dir / name).is_dir() else None


def read_meta(gen_dir: Path) -> dict[str, Any]:
    """The generation's ``meta.json`` (documents, built_at, schema_version), or ``{}``."""
    try:
        data = json.loads((gen_dir / META_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` so that readers see the old or the new file, never half."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write(text)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    fsync_dir(path.parent)


def fsync_dir(folder: Path) -> None:
    """Make a rename or a new file inside ``folder`` durable."""
    dir_fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)


def new_generation_name() -> str:
    """A fresh, sortable generation folder name (UTC time, then the writer's pid)."""
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%f")
    return f"{GENERATION_PREFIX}{stamp}-{os.getpid()}"


def publish(index_dir: Path, generation: str) -> None:
    """Make ``generation`` the live one: one atomic rename of ``CURRENT``."""
    write_atomic(index_dir / CURRENT_NAME, generation + "\n")


def sweep(index_dir: Path, keep: set[str]) -> None:
    """Delete generation folders not in ``keep`` (old ones, and debris of killed builds).

    Only a writer holding the write lock calls this, so no build is writing them. A reader
    still holding a deleted generation keeps working: its files stay readable until closed.
    """
    for path in index_dir.iterdir():
        if path.name.startswith(GENERATION_PREFIX) and path.name not in keep:
            shutil.rmtree(path, ignore_errors=True)


def fsync_tree(folder: Path) -> None:
    """Flush a finished generation to disk before ``CURRENT`` may point at it."""
    for path in folder.iterdir():
        if path.is_file():
            fd = os.open(path, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
    fsync_dir(folder)
