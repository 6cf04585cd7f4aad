"""Near-duplicate fingerprints of article bodies: MinHash over word shingles, cut into bands.

Five local sites running one press release publish nearly the same body, each with its own
lede, photo caption or closing line. Two bodies that share most of their 4-word shingles
(runs of four consecutive words) are copies; the share is the Jaccard similarity of the
shingle sets, which a MinHash signature estimates from :data:`NUM_PERM` numbers per article
(datasketch's ``MinHash``), whatever the articles' length.

Finding the pairs without comparing every article with every other is locality-sensitive
hashing: the signature is cut into :data:`BANDS` bands of :data:`ROWS` numbers, and two
articles become candidates when any band is equal. With 20 bands of 3 a pair at Jaccard
0.5 is a candidate with probability 0.93, at 0.7 with 0.9999, at 0.1 with 0.02. Each band
is folded to one 32-bit number (:func:`band_hashes`); the index keeps an article's twenty
in the ``group_bands`` column (:func:`pack_bands`), from which an update finds the
candidates of a new article in one pass (:mod:`index.write.regroup`). As indexed terms
they were half a million words that matched one article each, and cost a build about a
tenth of its time; a column costs next to nothing to write.

The bands are part of the index format: the shingle hashes are CRC-32 of the words (the same
in every process, unlike ``hash()``), the MinHash seed and scheme are fixed here, and a
change to any of them bumps :data:`index.schema.SCHEMA_VERSION`.
"""

from __future__ import annotations

import re
import struct
import zlib
from functools import lru_cache
from typing import Any

import numpy as np

SHINGLE = 4
"""Words per shingle: long enough that shared phrases of a genre rarely match by chance."""
BANDS = 20
ROWS = 3
NUM_PERM = BANDS * ROWS
SEED = 18
MIN_SHINGLES = 12
"""Bodies with fewer shingles get no fingerprint (a near-empty body matches everything)."""
PREFIX_CHARS = 1500
"""Only the body's first characters (some 200 words) are shingled: copies keep a release's
opening paragraphs (sites cut them short or add their own ending), and it takes a third
off the fingerprint, which every article of a build pays."""

_WORD = re.compile(r"\w+")
_MIX = np.array([0x9E3779B1, 0x85EBCA77, 0xC2B2AE3D, 0x27D4EB2F], dtype=np.uint64)
_MASK32 = np.uint64(0xFFFFFFFF)


_word_hashes: dict[str, int] = {}
_MAX_WORDS = 500_000


def _hashes_of(words: list[str]) -> list[int]:
    """CRC-32 of each word, remembered (a corpus repeats its words)."""
    new = set(words).difference(_word_hashes)
    if new:
        if len(_word_hashes) > _MAX_WORDS:
            _word_hashes.clear()
            new = set(words)
        for word in new:
            _word_hashes[word] = zlib.crc32(word.encode())
    return list(map(_word_hashes.__getitem__, words))


def shingle_hashes(text: str) -> np.ndarray:
    """The 32-bit hashes of ``text``'s word 4-shingles (lowercased words), repeats kept
    (a MinHash is the same with or without them)."""
    words = _WORD.findall(text[:PREFIX_CHARS].casefold())
    if len(words) < SHINGLE:
        return np.empty(0, dtype=np.uint32)
    hashes = np.array(_hashes_of(words), dtype=np.uint64)
    count = len(words) - SHINGLE + 1
    mixed = np.zeros(count, dtype=np.uint64)
    for offset in range(SHINGLE):
        mixed = mixed * np.uint64(31) + hashes[offset:offset + count] * _MIX[offset]
    folded = (mixed >> np.uint64(32)) ^ (mixed & _MASK32)
    return folded.astype(np.uint32)


@lru_cache(maxsize=1)
def _prototype() -> Any:
    """One MinHash whose permutations every signature reuses (making them is the slow part)."""
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, seed=SEED, hashfunc=int, scheme="affine32")


def signature(text: str) -> np.ndarray | None:
    """The MinHash signature of ``text`` (:data:`NUM_PERM` uint32), or ``None`` if too short."""
    shingles = shingle_hashes(text)
    if len(shingles) < MIN_SHINGLES:
        return None
    minhash = _prototype().copy()
    minhash.update_batch(shingles.tolist())
    return np.asarray(minhash.hashvalues, dtype=np.uint32)


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """The estimated Jaccard similarity of two signatures' shingle sets."""
    return float(np.count_nonzero(a == b)) / NUM_PERM


def band_hashes(sig: np.ndarray) -> tuple[int, ...]:
    """One number per band: equal numbers mean equal bands, i.e. LSH candidates.

    A band's numbers are folded to 32 bits (CRC-32): a chance collision only adds a
    candidate pair, which the similarity check then rejects.
    """
    raw = sig.astype("<u4").tobytes()
    width = ROWS * 4
    return tuple(zlib.crc32(raw[band * width:(band + 1) * width]) for band in range(BANDS))


def pack_bands(bands: tuple[int, ...]) -> bytes:
    """The column value of an article's band hashes (empty without a fingerprint)."""
    return struct.pack(f"<{len(bands)}I", *bands)


def unpack_bands(raw: bytes) -> tuple[int, ...]:
    return struct.unpack(f"<{len(raw) // 4}I", raw) if raw else ()
