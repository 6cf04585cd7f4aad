"""The index folder's write lock: one writer at a time, a bounded wait for the second.

Whoosh locks a single index; a build here writes a whole new generation and then switches,
so the lock covers the folder. ``flock`` is released by the kernel when a process dies,
so a killed build never leaves a stale lock behind.
"""

from __future__ import annotations

import fcntl
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from index.errors import IndexBusyError, InputError

LOCK_NAME = ".write.lock"


@contextmanager
def write_lock(index_dir: Path, timeout: float = 10.0) -> Iterator[None]:
    """Hold the write lock on ``index_dir``; :class:`IndexBusyError` after ``timeout`` s."""
    try:
        index_dir.mkdir(parents=True, exist_ok=True)
        fd = os.open(index_dir / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise InputError(
            f"cannot use {index_dir} as an index folder: {exc.strerror or exc}"
        ) from None
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise IndexBusyError(
                        f"index busy: another build or update holds {index_dir} "
                        f"(waited {timeout:g} s); try again when it finishes"
                    ) from None
                time.sleep(0.05)
        try:
            yield
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)
