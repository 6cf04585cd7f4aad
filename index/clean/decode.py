"""Page bytes to text, whatever the page claims about its encoding.

News pages lie about their charset often enough that a declaration is a hint, not a fact.
The order below is chosen so that the common lies come out right:

1. A byte-order mark wins (it cannot be there by accident).
2. Strict UTF-8 next, *before* the declaration: bytes that decode as UTF-8 and contain
   multi-byte sequences are UTF-8 with near certainty, even on a page that says
   ``iso-8859-1`` (a frequent template leftover).
3. The declared charset: the HTTP ``Content-Type`` parameter if the caller has it, else the
   ``<meta charset>`` / ``http-equiv`` declaration (found with bs4's ``EncodingDetector``).
   ``iso-8859-1``/``ascii`` mean windows-1252, as in browsers.
4. Mostly UTF-8 with stray windows-1252 bytes (text pasted from a word processor into a
   UTF-8 page): UTF-8, with every byte that is not valid UTF-8 read as windows-1252 (a
   codec error handler, so the pass stays linear). bs4's ``UnicodeDammit.detwingle`` does
   this only for the 0x80-0x9F quotes and dashes, and leaves "é" (0xE9) broken.
5. Otherwise charset-normalizer guesses from the bytes; windows-1252 if it cannot.

Text that was decoded twice somewhere upstream ("Ã©", "â€œ") is repaired by
:func:`repair_mojibake`, run by run: a run is replaced only when it round-trips through
windows-1252 into valid UTF-8, so legitimate accented text is left alone. The cleaner
applies it to the extracted fields only (a few kB), not to the whole page, where it would
cost more than parsing. Decoding never raises: undecodable bytes become U+FFFD.
"""

from __future__ import annotations

import codecs
import logging
import re

from bs4.dammit import EncodingDetector

from .charsets import text_codec

log = logging.getLogger(__name__)

_DETECT_BYTES = 200_000
"""charset-normalizer reads at most this much: its cost grows with the input."""

_WINDOWS_1252_ALIASES = frozenset({"latin_1", "ascii", "iso8859-1", "us-ascii"})
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}")

# windows-1252 renders UTF-8 continuation bytes 0x80-0xBF as these characters (the five
# bytes it leaves undefined come through as the C1 controls of the same number).
_CONT = (
    "\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a"
    "\u20ac\u2122"
)
_MOJIBAKE = re.compile(
    f"[\u00c2-\u00df][{_CONT}]|[\u00e0-\u00ef][{_CONT}]{{2}}|[\u00f0-\u00f4][{_CONT}]{{3}}"
)


def decode_html(data: bytes | str, declared: str | None = None) -> str:
    """The page as text; ``declared`` is the HTTP charset parameter, if the caller has it."""
    if isinstance(data, str):
        return data
    return _decode_bytes(data, declared)


def repair_mojibake(text: str) -> str:
    """Undo UTF-8 text that was decoded as windows-1252 ("â€œ" back to "“")."""
    if not _MOJIBAKE.search(text):
        return text
    return _MOJIBAKE.sub(_unmangle, text)


def _unmangle(match: re.Match[str]) -> str:
    run = match.group(0)
    raw = bytearray()
    for char in run:
        if ord(char) < 0x100:
            raw.append(ord(char))
            continue
        try:
            raw += char.encode("cp1252")
        except UnicodeEncodeError:
            return run
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return run


def _cp1252_fallback(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeDecodeError):
        raise error
    bad = error.object[error.start:error.end]
    return bad.decode("cp1252", errors="replace"), error.end


_CP1252_FALLBACK = "index.clean.decode.cp1252_fallback"
codecs.register_error(_CP1252_FALLBACK, _cp1252_fallback)


def _normalise(name: str | None) -> str | None:
    codec = text_codec(name)
    if codec is None:
        return None
    if codec in _WINDOWS_1252_ALIASES:
        return "cp1252"
    if codec.startswith(("utf-16", "utf-32")):
        return None  # an 8-bit page cannot declare itself UTF-16 (WHATWG rule)
    return codec


def _decode_bytes(data: bytes, declared: str | None) -> str:
    data, bom_encoding = EncodingDetector.strip_byte_order_mark(data)
    if bom_encoding:
        return data.decode(bom_encoding, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    for name in (declared, EncodingDetector.find_declared_encoding(data, is_html=True)):
        encoding = _normalise(name)
        if encoding and encoding != "utf-8":
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                log.debug("page declared %s but does not decode with it", encoding)
    if _UTF8_MULTIBYTE.search(data):
        return data.decode("utf-8", errors=_CP1252_FALLBACK)
    return _detected(data)


def _detected(data: bytes) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(data[:_DETECT_BYTES]).best()
    encoding = _normalise(best.encoding) if best is not None else None
    return data.decode(encoding or "cp1252", errors="replace")
