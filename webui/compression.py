"""Gzip for text responses, when the client says it accepts it.

A results page is 20-60 KB of HTML that gzip shrinks five- to tenfold, which is most of
what a phone on a slow network waits for. Pages (error pages too), JSON, the stylesheet,
the script and the SVG icon are compressed; anything small, already encoded or streamed,
and a 304 or a partial (206) response, is left alone.

HTTP caches must keep the two forms apart, so every compressible response says
``Vary: Accept-Encoding`` (compressed or not, since the other form exists), and a
compressed response with an ``ETag`` gets a different one (``"abc-gzip"``: RFC 9110 wants a
strong validator per representation). A browser revalidating the gzip form sends that
``-gzip`` tag back, which the static file handler, knowing only ``"abc"``, would not match:
so the check is made again here, and a match is a 304 as it should be.

It is an ``after_request`` hook rather than a proxy's job so that ``webinar-search serve``
(waitress, which does not compress) is fast on its own.
"""

from __future__ import annotations

import gzip

from flask import Flask, Request, Response, request

MIN_BYTES = 500
"""Smaller bodies are not worth the CPU or the gzip header."""
LEVEL = 6
COMPRESSIBLE = frozenset({
    "text/html", "text/css", "text/plain", "text/javascript", "application/javascript",
    "application/json", "image/svg+xml",
})
ETAG_SUFFIX = "-gzip"


def accepts_gzip(req: Request) -> bool:
    """The client accepts gzip (``Accept-Encoding: gzip`` with a quality above 0)."""
    return req.accept_encodings["gzip"] > 0


def compress(response: Response) -> Response:
    """Gzip ``response`` in place when it is worth it and the request accepts it."""
    if response.mimetype not in COMPRESSIBLE:
        return response
    response.vary.add("Accept-Encoding")
    streamed = response.is_streamed and not response.direct_passthrough
    status = response.status_code
    if (not (status == 200 or status >= 400) or streamed
            or "Content-Encoding" in response.headers or not accepts_gzip(request)):
        return response
    if response.content_length is not None and response.content_length < MIN_BYTES:
        return response
    body = _read(response)
    if len(body) < MIN_BYTES:
        return response
    etag, weak = response.get_etag()
    if etag:
        response.set_etag(etag + ETAG_SUFFIX, weak=weak)
        if request.if_none_match.contains_weak(etag + ETAG_SUFFIX):
            response.status_code = 304
            response.set_data(b"")
            response.headers.pop("Content-Length", None)
            return response
    response.set_data(gzip.compress(body, compresslevel=LEVEL, mtime=0))
    response.headers["Content-Encoding"] = "gzip"
    response.headers.pop("Accept-Ranges", None)  # byte ranges would be of the other form
    return response


def _read(response: Response) -> bytes:
    """The whole body; a static file's wrapper is read (they are small here) and closed."""
    if not response.direct_passthrough:
        return response.get_data()
    source = response.response
    response.direct_passthrough = False
    try:
        return response.get_data()
    finally:
        close = getattr(source, "close", None)
        if close is not None:
            close()


def install(app: Flask) -> None:
    """Compress every response of ``app`` that qualifies (registered first, so it runs after
    every other ``after_request`` hook and sees the final body and headers)."""
    app.after_request(compress)
