"""URL canonicalization: what the crawler fetches, and the key that says "same page".

Two functions with two jobs:

- :func:`clean_url` is the address the crawler *requests*: absolute, ``http``/``https`` only,
  host lowercased and IDNA-encoded, default port, user info and fragment dropped,
  percent-escapes normalized, tracking parameters (:mod:`index.tracking`) removed.
  Everything else is kept as the site spelled it, because a server may care.
- :func:`url_key` is the *identity* of a page in the seen-set. On top of ``clean_url`` it
  ignores what news sites vary without changing the article: the scheme, a leading
  ``www.``, a trailing slash, the order of query parameters and AMP variants (an ``amp``
  path segment, ``.amp.html``, ``?amp=1``, ``?outputType=amp``). Two URLs with the same key
  are fetched once.

Both are pure string functions (no DNS, no I/O) and cached, because a news page repeats the
same few hundred menu links on every page.
"""

from __future__ import annotations

import posixpath
import re
from functools import lru_cache
from urllib.parse import quote, urljoin, urlsplit, urlunsplit

from index.tracking import is_tracking_param

_SCHEMES = ("http", "https")
_DEFAULT_PORTS = {"http": 80, "https": 443}
_ESCAPE = re.compile(r"%([0-9A-Fa-f]{2})")
_UNRESERVED = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
_PATH_SAFE = "/%:@!$&'()*+,;=-._~"
_QUERY_SAFE = _PATH_SAFE + "?"
_AMP_QUERY = {("amp", ""), ("amp", "1"), ("amp", "true"), ("outputtype", "amp")}
_AMP_SUFFIX = re.compile(r"\.amp(?=\.html?$)|\.amp$", re.IGNORECASE)


def _normalize_escapes(text: str, safe: str) -> str:
    """Quote what must be quoted, uppercase escapes, unescape unreserved characters."""
    quoted = quote(text, safe=safe)

    def fix(match: re.Match[str]) -> str:
        char = chr(int(match.group(1), 16))
        return char if char in _UNRESERVED else "%" + match.group(1).upper()

    return _ESCAPE.sub(fix, quoted)


def _remove_dot_segments(path: str) -> str:
    if "/." not in path:
        return path
    trailing = path.endswith(("/", "/.", "/.."))
    normalized = posixpath.normpath(path)
    if normalized.startswith("//"):
        normalized = "/" + normalized.lstrip("/")
    if trailing and normalized != "/":
        normalized += "/"
    return normalized


def _query_pieces(query: str) -> list[str]:
    """The ``name=value`` pieces of a query, tracking parameters removed, spelling kept."""
    kept = []
    for piece in query.split("&"):
        if not piece:
            continue
        name = piece.split("=", 1)[0]
        if not is_tracking_param(name.replace("+", " ")):
            kept.append(piece)
    return kept


@lru_cache(maxsize=65536)
def clean_url(url: str, base: str | None = None) -> str | None:
    """The URL to request for ``url`` (resolved against ``base``), or ``None`` if unusable.

    Unusable: not http(s) (``mailto:``, ``javascript:``, ``ftp:``), no host, a malformed
    port or host name.
    """
    url = url.strip()
    if base is not None:
        try:
            url = urljoin(base, url)
        except ValueError:
            return None
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    host = parts.hostname
    if scheme not in _SCHEMES or not host:
        return None
    try:
        host = host.encode("idna").decode("ascii").lower()
    except UnicodeError:
        return None
    if ":" in host:
        host = f"[{host}]"
    netloc = host if port in (None, _DEFAULT_PORTS[scheme]) else f"{host}:{port}"
    path = _remove_dot_segments(_normalize_escapes(parts.path or "/", _PATH_SAFE))
    query = "&".join(_normalize_escapes(p, _QUERY_SAFE) for p in _query_pieces(parts.query))
    return urlunsplit((scheme, netloc, path, query, ""))


@lru_cache(maxsize=65536)
def url_key(url: str) -> str | None:
    """The seen-set key of ``url``: equal keys are the same page (see the module doc)."""
    cleaned = clean_url(url)
    if cleaned is None:
        return None
    parts = urlsplit(cleaned)
    netloc = parts.netloc.removeprefix("www.")
    segments = [s for s in parts.path.split("/") if s and s.lower() != "amp"]
    if segments:
        segments[-1] = _AMP_SUFFIX.sub("", segments[-1]) or segments[-1]
    path = "/" + "/".join(segments)
    pieces = []
    for piece in parts.query.split("&"):
        if not piece:
            continue
        name, _, value = piece.partition("=")
        if (name.lower(), value.lower()) not in _AMP_QUERY:
            pieces.append(piece)
    query = "&".join(sorted(pieces))
    return netloc + path + ("?" + query if query else "")


@lru_cache(maxsize=65536)
def host_of(url: str) -> str:
    """The politeness unit of ``url``: its host and non-default port (``host[:port]``)."""
    return urlsplit(url).netloc.lower()


@lru_cache(maxsize=65536)
def site_of(url: str) -> str:
    """``host[:port]`` of ``url`` without a leading ``www.`` (``www.a.example`` = ``a.example``)."""
    return urlsplit(url).netloc.lower().rsplit("@", 1)[-1].removeprefix("www.")


@lru_cache(maxsize=65536)
def path_extension(url: str) -> str:
    """The lowercased extension of the URL path's last segment, without the dot, or ``""``."""
    last = urlsplit(url).path.rsplit("/", 1)[-1]
    return last.rsplit(".", 1)[-1].lower() if "." in last else ""
