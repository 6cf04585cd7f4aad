"""Whoosh's in-memory segment files, read without copying them.

Whoosh opens a compound segment as one memory map and each file inside it as a
``BufferFile`` whose reads go through ``BytesIO(view)``, and ``BytesIO`` copies the view:
every searcher held a private copy of the whole index in memory (about 90 MB at 20,000
documents), paid again for every searcher a server opens (one per concurrent call, see
:mod:`search.searcher`) and for every generation. :class:`ViewFile` is the same
seek-and-read file over the memory map itself, so the pages are the kernel's page cache,
shared by every searcher and every worker process; :func:`install` puts it behind
``BufferFile`` (whoosh-reloaded is pinned to 2.7.5, whose ``BufferFile`` only ever reads).
"""

from __future__ import annotations

import io
from typing import Any

from whoosh.filedb import structfile

_NEWLINE_CHUNK = 1024
_PEEK_BYTES = 256


class ViewFile:
    """A read-only file over a buffer: its own position, no copy of the buffer."""

    __slots__ = ("_view", "_pos")

    def __init__(self, buffer: Any) -> None:
        self._view = memoryview(buffer).cast("B")
        self._pos = 0

    def read(self, size: int | None = -1) -> bytes:
        start = self._pos
        end = len(self._view) if size is None or size < 0 else min(start + size, len(self._view))
        self._pos = end
        return self._view[start:end].tobytes()

    def peek(self, size: int = 0) -> bytes:
        """Bytes ahead without moving: ``pickle.load`` reads a small pickle (each posting
        block's header) with a few calls when it can peek, and with a call per opcode when
        it cannot (a quarter of reading a term's postings). A short look suffices; the
        unpickler reads on for longer pickles."""
        start = self._pos
        return self._view[start:start + min(max(size, 1), _PEEK_BYTES)].tobytes()

    def readline(self, size: int | None = -1) -> bytes:
        start = end = self._pos
        limit = len(self._view) if size is None or size < 0 else min(start + size,
                                                                     len(self._view))
        while end < limit:
            chunk = self._view[end:min(end + _NEWLINE_CHUNK, limit)].tobytes()
            at = chunk.find(b"\n")
            if at >= 0:
                end += at + 1
                break
            end += len(chunk)
        self._pos = end
        return self._view[start:end].tobytes()

    def seek(self, position: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._pos, io.SEEK_END: len(self._view)}[whence]
        self._pos = max(0, base + position)
        return self._pos

    def tell(self) -> int:
        return self._pos

    def flush(self) -> None:
        pass

    def close(self) -> None:
        self._view.release()

    def write(self, data: bytes) -> int:
        raise io.UnsupportedOperation("read-only")

    def truncate(self, size: int | None = None) -> int:
        raise io.UnsupportedOperation("read-only")


def _buffer_file_init(self: Any, buf: Any, name: str | None = None,
                      onclose: Any = None) -> None:
    self._buf = buf
    self._name = name
    self.file = ViewFile(buf)
    self.onclose = onclose
    self.is_real = False
    self.is_closed = False


def install() -> None:
    """Make Whoosh's ``BufferFile`` read through :class:`ViewFile` (idempotent)."""
    structfile.BufferFile.__init__ = _buffer_file_init  # type: ignore[method-assign]
