"""Whoosh 2.7's posting lists (the W3 codec) decoded a whole term at a time, into arrays.

A W3 posting list is a header tag, then blocks of up to 128 postings: a signed length
(negative for the last block), a small pickled header (count, last document number,
maximum weight, compression, length bytes) and the data, a zlib-compressed pickle of
``(ids, weights, values)`` where ``ids`` are deltas from the previous number (the first
from 0), ``weights`` is ``None`` (all 1), one float (all equal) or a tuple of floats,
and ``values`` are per-posting bytes (word positions in the titles and names) that
counting and scoring never read.

At 100,000 documents a word in every document is about 800 blocks per field, and
unpickling them (every number, weight and position string a Python object, then copied
into arrays) was most of what a common word cost a query. Here:

1. the term's whole extent is read at once and each block's header unpickled from it;
2. the blocks' data are decompressed and joined into one buffer;
3. the blocks Whoosh writes for common words, where every delta but the first (the
   block's first document number) fits a byte, are parsed with array operations over
   the whole buffer: in protocol 2 such a block is ``PROTO 2, MARK, BININT1|BININT2|BININT
   first, (BININT1 delta) * (count - 1), TUPLE, BINPUT 0`` and then the weights as
   ``NONE``, ``BINFLOAT`` or ``MARK, (BINFLOAT) * count, TUPLE``; every opcode the parse
   relies on is checked, and the values that follow are never decoded;
4. any other block (a wider delta, three postings or fewer, anything unexpected) is
   unpickled as Whoosh would;
5. subtracting the previous block's last number (its header's) from each block's first
   delta lets one ``cumsum`` turn the deltas of all blocks into document numbers.

The numbers and weights are exactly what Whoosh's matcher gives (weights as 32-bit
floats, as the postings cache keeps them); ``tests/test_postings.py`` compares them.
"""

from __future__ import annotations

import io
import pickle
import zlib
from typing import Any

import numpy as np
import numpy.typing as npt

Ids = npt.NDArray[np.int32]
Weights = npt.NDArray[np.float32]

MAGIC = b"W3Bl"
"""The tag every W3 posting list starts with."""

ARRAY_PARSE_MIN_BLOCKS = 4
"""Terms with fewer blocks are unpickled block by block (a few NumPy calls cost more than
unpickling a block or two)."""

_PROTO2_MARK = (0x80, 0x02, ord("("))
_BININT1, _BININT2, _BININT, _TUPLE, _BINPUT, _NONE, _BINFLOAT, _MARK = (
    ord("K"), ord("M"), ord("J"), ord("t"), ord("q"), ord("N"), ord("G"), ord("("))


def read_term(matcher: Any) -> tuple[Ids, Weights] | None:
    """The document numbers (ascending, of the matcher's segment) and weights of a W3
    posting list, deleted documents included; ``None`` if it does not look like one."""
    blocks = _blocks(matcher)
    if blocks is None:
        return None
    counts, last_ids, datas = blocks
    total = sum(counts)
    deltas = np.empty(total, dtype=np.int32)
    weights = np.empty(total, dtype=np.float32)
    starts = np.zeros(len(counts), dtype=np.int64)
    np.cumsum(counts[:-1], out=starts[1:])
    todo = range(len(datas))
    if len(datas) >= ARRAY_PARSE_MIN_BLOCKS:
        todo = _parse_regular(datas, np.array(counts, dtype=np.int64), starts, deltas, weights)
    for block in todo:
        if not _unpickle(datas[block], counts[block], int(starts[block]), deltas, weights):
            return None
    if len(counts) > 1:
        deltas[starts[1:]] -= np.array(last_ids[:-1], dtype=np.int32)
    np.cumsum(deltas, out=deltas)
    return deltas, weights


def _blocks(matcher: Any) -> tuple[list[int], list[int], list[bytes]] | None:
    """Each block's count, last document number and (decompressed) data."""
    extent = matcher._length
    if isinstance(extent, tuple):       # Whoosh 2.7 keeps the struct's 1-tuple
        extent = extent[0]
    data = matcher._postfile.get(matcher._startoffset, extent)
    if data[:4] != MAGIC:
        return None
    stream = io.BytesIO(data)
    load, decompress = pickle.load, zlib.decompress
    counts: list[int] = []
    last_ids: list[int] = []
    datas: list[bytes] = []
    position = 4
    while True:
        length = int.from_bytes(data[position:position + 4], "big", signed=True)
        following = position + 4 + abs(length)
        if length == 0 or following > len(data):
            return None
        stream.seek(position + 4)
        count, last_id, _maxweight, compressed = load(stream)[:4]
        body = data[stream.tell():following]
        counts.append(count)
        last_ids.append(last_id)
        datas.append(decompress(body) if compressed else body)
        position = following
        if length < 0:
            return counts, last_ids, datas


def _unpickle(data: bytes, count: int, start: int, deltas: Ids, weights: Weights) -> bool:
    """One block the way Whoosh reads it, into ``deltas`` and ``weights`` at ``start``."""
    block_ids, block_weights = pickle.loads(data)[:2]
    if len(block_ids) != count:
        return False
    deltas[start:start + count] = block_ids
    # None: every weight 1; one float (all equal) or a tuple of them: assigned as they are
    weights[start:start + count] = 1.0 if block_weights is None else block_weights
    return True


def _parse_regular(datas: list[bytes], counts: npt.NDArray[np.int64],
                   starts: npt.NDArray[np.int64], deltas: Ids, weights: Weights
                   ) -> list[int]:
    """Fill ``deltas`` and ``weights`` for the blocks whose deltas after the first fit a
    byte (the first is the block's first document number, any width); the others'
    indexes, to unpickle."""
    buffer = np.frombuffer(b"".join(datas), dtype=np.uint8)
    sizes = np.array([len(d) for d in datas], dtype=np.int64)
    offsets = np.zeros(len(datas), dtype=np.int64)
    np.cumsum(sizes[:-1], out=offsets[1:])
    ends = offsets + sizes
    ok = (counts > 3) & (sizes > 16)
    # (a byte is looked at only in a block still ``ok``, where it lies inside the block;
    # elsewhere the harmless byte 0 is)
    for shift, byte in enumerate(_PROTO2_MARK):
        ok &= buffer[np.where(ok, offsets + shift, 0)] == byte
    first_code = buffer[np.where(ok, offsets + 3, 0)]
    first_size = np.select([first_code == _BININT1, first_code == _BININT2,
                            first_code == _BININT], [2, 3, 5], 0)
    ok &= first_size > 0
    rest = offsets + 3 + first_size                 # the second delta's opcode
    tuple_end = rest + 2 * (counts - 1)
    weight_at = tuple_end + 3
    ok &= weight_at + 9 < ends
    ok &= buffer[np.where(ok, tuple_end, 0)] == _TUPLE
    ok &= buffer[np.where(ok, tuple_end + 1, 0)] == _BINPUT
    ok &= buffer[np.where(ok, tuple_end + 2, 0)] == 0
    code = buffer[np.where(ok, weight_at, 0)]
    listed = ok & (code == _MARK)
    ok &= (code == _NONE) | (code == _BINFLOAT) | listed
    ok &= ~listed | (weight_at + 2 + 9 * counts <= ends)
    listed &= ok
    ok &= ~listed | (buffer[np.where(listed, weight_at + 1 + 9 * counts, 0)] == _TUPLE)
    # every later delta's opcode, and every listed weight's, must be what the layout says
    ok = _all_held(buffer, ok, rest, counts - 1, 2, _BININT1)
    ok = _all_held(buffer, ok, weight_at + 1, counts, 9, _BINFLOAT, listed & ok)
    chosen = np.flatnonzero(ok)
    if len(chosen):
        _fill(buffer, chosen, counts, starts, offsets, first_size, rest, code, weight_at,
              deltas, weights)
    return np.flatnonzero(~ok).tolist()  # type: ignore[no-any-return]


def _fill(buffer: npt.NDArray[np.uint8], chosen: npt.NDArray[np.intp],
          counts: npt.NDArray[np.int64], starts: npt.NDArray[np.int64],
          offsets: npt.NDArray[np.int64], first_size: npt.NDArray[np.int64],
          rest: npt.NDArray[np.int64], code: npt.NDArray[np.uint8],
          weight_at: npt.NDArray[np.int64], deltas: Ids, weights: Weights) -> None:
    """The checked blocks ``chosen``'s deltas and weights, into place."""
    sizes = counts[chosen]
    at = _runs(starts[chosen], sizes)
    within = at - np.repeat(starts[chosen], sizes)
    # the first delta: 1, 2 or 4 little-endian bytes after its opcode (BININT is signed;
    # a block is at least 16 bytes, so four bytes from there are inside the buffer)
    first = offsets[chosen] + 4
    width = first_size[chosen] - 1
    deltas[starts[chosen]] = np.select(
        [width == 1, width == 2],
        [buffer[first], _at_every_byte(buffer, "<u2")[first]],
        _at_every_byte(buffer, "<i4")[first])
    later = within > 0
    deltas[at[later]] = buffer[np.repeat(rest[chosen] + 1, sizes)[later]
                               + 2 * (within[later] - 1)]
    code_of = np.repeat(code[chosen], sizes)
    weight_of = np.repeat(weight_at[chosen], sizes)
    weights[at[code_of == _NONE]] = 1.0
    single = code_of == _BINFLOAT
    weights[at[single]] = _floats(buffer, weight_of[single] + 1)
    listed = code_of == _MARK
    weights[at[listed]] = _floats(buffer, weight_of[listed] + 2 + 9 * within[listed])


def _runs(starts: npt.NDArray[np.int64], counts: npt.NDArray[np.int64]
          ) -> npt.NDArray[np.int64]:
    """``starts[i], starts[i] + 1, ..., starts[i] + counts[i] - 1`` for every ``i``."""
    total = int(counts.sum())
    return np.arange(total) - np.repeat(np.cumsum(counts) - counts - starts, counts)


def _all_held(buffer: npt.NDArray[np.uint8], ok: npt.NDArray[np.bool_],
              firsts: npt.NDArray[np.int64], counts: npt.NDArray[np.int64], step: int,
              byte: int, where: npt.NDArray[np.bool_] | None = None
              ) -> npt.NDArray[np.bool_]:
    """``ok``, and (for the blocks ``where`` says, by default the ``ok`` ones) whether the
    byte at ``firsts + step * i`` is ``byte`` for every ``i < count``."""
    where = ok if where is None else where
    chosen = np.flatnonzero(where)
    if not len(chosen):
        return ok
    sizes = counts[chosen]
    positions = _runs(np.zeros(len(chosen), dtype=np.int64), sizes) * step \
        + np.repeat(firsts[chosen], sizes)
    wrong = (buffer[positions] != byte).astype(np.int64)
    bad = np.add.reduceat(wrong, np.cumsum(sizes) - sizes) > 0
    out = ok.copy()
    out[chosen[bad]] = False
    return out


def _floats(buffer: npt.NDArray[np.uint8], positions: npt.NDArray[np.int64]) -> Weights:
    """The big-endian doubles (a ``BINFLOAT``'s argument) starting at ``positions``."""
    if not len(positions):
        return np.zeros(0, dtype=np.float32)
    return _at_every_byte(buffer, ">f8")[positions].astype(np.float32)


def _at_every_byte(buffer: npt.NDArray[np.uint8], dtype: str) -> npt.NDArray[Any]:
    """``buffer`` read as ``dtype`` starting at every byte (element ``i`` is the value whose
    first byte is ``buffer[i]``): a view, so a gather of values at any offsets is one
    indexing."""
    kind = np.dtype(dtype)
    count = len(buffer) - kind.itemsize + 1
    if count <= 0:
        return np.zeros(0, dtype=kind)
    return np.ndarray((count,), dtype=kind, buffer=buffer, strides=(1,))
