"""Choosing the character set of a fetched page when the HTTP header names one.

HTML's own rule is: a byte-order mark, then the HTTP ``Content-Type`` charset, then the
``<meta charset>`` of the page. Real sites get the label wrong both ways (a page saved as
Windows-1252 served as UTF-8, a UTF-8 page served as ISO-8859-1), so the order here is:

1. a byte-order mark wins;
2. bytes that are valid UTF-8 and not plain ASCII are UTF-8, whatever the label says
   (legacy-encoded text is practically never valid UTF-8 by accident);
3. the HTTP charset, if it decodes the bytes without error;
4. otherwise no decision: the cleaner decides from the page (``<meta>``, then detection).

The crawler uses this to read links from the page; the WARC reader uses it so ``build``
decodes a crawled page the way the crawler did.

A charset label comes from the page or its server, so it is untrusted input: it goes
through :func:`text_codec`, which accepts only names of real character sets (Python's
codec registry also answers to ``base64``, ``unicode_escape`` or ``undefined``, and a label
with a NUL makes the lookup raise).
"""

from __future__ import annotations

import codecs

_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))

_NOT_CHARSETS = frozenset({"unicode-escape", "raw-unicode-escape", "idna", "punycode",
                           "utf-7", "charmap"})
"""Text codecs that decode bytes but are not a page's character set: escape decoders,
host-name encodings, UTF-7 (a known filter-evasion trick, not a web encoding) and the
mapping-less ``charmap``."""


def text_codec(label: str | None) -> str | None:
    """The Python codec a charset ``label`` names, or ``None`` if it names no character set.

    Unknown names, names with a NUL, bytes-to-bytes codecs (``base64``, ``zlib``), the
    always-failing ``undefined`` and :data:`_NOT_CHARSETS` all give ``None``, so a caller
    treats them like a missing label.
    """
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip().strip("\"'")).name
        b"a".decode(name)  # bytes-to-bytes codecs raise LookupError, "undefined" UnicodeError
    except (LookupError, ValueError):
        return None
    return None if name in _NOT_CHARSETS else name


def choose_charset(body: bytes, http_charset: str | None) -> str | None:
    """The codec to decode ``body`` with, or ``None`` to leave it to the page itself."""
    for bom, codec in _BOMS:
        if body.startswith(bom):
            return codec
    if http_charset is None:
        return None
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return "utf-8"
    codec = text_codec(http_charset)
    if codec is None:
        return None
    try:
        body.decode(codec)
    except UnicodeError:
        return None
    return codec


def decode_with_http_charset(body: bytes, http_charset: str | None) -> str | None:
    """``body`` decoded by :func:`choose_charset`, or ``None`` when it makes no decision."""
    codec = choose_charset(body, http_charset)
    return body.decode(codec) if codec else None
