"""ViewFile reads pickles in sequence as a real file does (it lets ``pickle`` peek)."""

from __future__ import annotations

import io
import pickle

from search.whoosh_files import ViewFile


def test_pickles_load_one_after_another_from_their_offsets() -> None:
    objects = [(128, 9, 1.5, 3, 7, 200), {"a": "x" * 1000}, list(range(300)), "end"]
    data = b"".join(pickle.dumps(o, protocol=p) for o in objects for p in (2, 4, 5))
    view, real = ViewFile(data), io.BytesIO(data)
    for _ in range(len(objects) * 3):
        assert pickle.load(view) == pickle.load(real)
        assert view.tell() == real.tell()
    assert view.read() == b""


def test_peek_does_not_move() -> None:
    view = ViewFile(b"abcdef")
    view.seek(2)
    assert view.peek(3).startswith(b"cde")
    assert view.tell() == 2 and view.read(2) == b"cd"
