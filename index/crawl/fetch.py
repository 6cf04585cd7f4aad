"""One HTTP request, done safely: a :class:`FetchResult` that carries the body or the cause.

The crawler talks to servers it does not control, so every request here is bounded:

- **Addresses.** Only ``http``/``https``. The host is resolved here and the socket is
  opened to the address that was checked (no second lookup a DNS rebinding could change).
  Addresses that are not globally routable (loopback, private, link-local, carrier-grade NAT,
  reserved) are refused unless the host is trusted (a seed the user named) or
  ``allow_private`` is set: a page must not be able to point the crawler at the intranet.
- **Time.** A connect timeout, a read timeout per ``recv``, and a total deadline for the body,
  so neither a dead server nor one that trickles a byte a second holds a worker forever.
- **Size.** ``Content-Length`` over the cap is refused before reading; otherwise the body is
  streamed in 64 KiB reads and the request aborted as soon as the cap is passed, so a 50 MB
  page never costs more than the cap in memory.
- **Compression.** Only ``gzip``/``deflate`` are asked for, and they are inflated here,
  incrementally and with a bound on the output: a small "decompression bomb" is stopped
  after at most ``max_bytes`` of output, never inflated whole.
- **Redirects** are *not* followed: the crawler treats each hop as a new request, so every
  hop passes the robots.txt check, the scope check and the host's politeness delay.
- **Connections** are one per request (``Connection: close``): one request per host at a time
  and a delay of a second or more between them leave nothing for keep-alive to save, and no
  half-read response can poison a reused connection.

``http.client`` (standard library) is used rather than a higher-level client because it does
exactly this and no more: no automatic redirects, no automatic decompression, raw streaming.
Failures never raise: they come back as a result whose ``error`` is one of the reason codes
below (stable strings the crawler counts) and whose ``detail`` is a message for people.
"""

from __future__ import annotations

import http.client
import ipaddress
import socket
import ssl
import threading
import time
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urlsplit

TIMEOUT = "timeout"
CONNECT_FAILED = "connect failed"
DNS_FAILED = "dns failed"
PRIVATE_ADDRESS = "private address"
TOO_LARGE = "too large"
DECOMPRESSION_BOMB = "decompression bomb"
BAD_ENCODING = "bad content encoding"
PROTOCOL_ERROR = "protocol error"
TLS_ERROR = "tls error"
BAD_URL = "unsupported url"
WRONG_TYPE = "wrong content type"

_READ_SIZE = 65536
HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass(frozen=True)
class FetchLimits:
    """Time and size bounds of one request (defaults suit real news sites)."""

    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    total_timeout: float = 60.0
    max_bytes: int = 10 * 2**20
    max_ratio: int = 100


@dataclass
class FetchResult:
    """What one request produced: a response (any status), or the reason there is none.

    ``error`` is ``None`` when a complete response arrived (a 404 is a response: look at
    ``status``). ``body`` is the decoded payload (``Content-Encoding`` undone);
    ``content_encoding`` records what was undone so the WARC writer can say so.
    """

    url: str
    status: int | None = None
    reason: str = ""
    http_version: str = "HTTP/1.1"
    headers: list[tuple[str, str]] = field(default_factory=list)
    body: bytes = b""
    content_encoding: str | None = None
    error: str | None = None
    detail: str = ""
    request_headers: list[tuple[str, str]] = field(default_factory=list)
    peer: str | None = None
    started: float = 0.0
    elapsed: float = 0.0

    def header(self, name: str) -> str | None:
        """The first value of header ``name`` (case-insensitive), or ``None``."""
        lowered = name.lower()
        for key, value in self.headers:
            if key.lower() == lowered:
                return value
        return None

    @property
    def content_type(self) -> str:
        """The media type without parameters, lowercased (``""`` when absent)."""
        return (self.header("Content-Type") or "").split(";", 1)[0].strip().lower()

    @property
    def charset(self) -> str | None:
        """The ``charset`` parameter of ``Content-Type``, if any."""
        return charset_from_content_type(self.header("Content-Type"))

    @property
    def is_html(self) -> bool:
        return self.content_type in HTML_TYPES

    def retry_after(self, now: float | None = None) -> float | None:
        """Seconds to wait according to ``Retry-After`` (delta or HTTP date), or ``None``."""
        return parse_retry_after(self.header("Retry-After"), now)

    def to_meta(self) -> dict[str, Any]:
        """Everything but the body, as JSON-able values (to park a page in the frontier)."""
        return {
            "url": self.url, "status": self.status, "reason": self.reason,
            "http_version": self.http_version, "headers": self.headers,
            "content_encoding": self.content_encoding, "request_headers": self.request_headers,
            "peer": self.peer, "started": self.started, "elapsed": self.elapsed,
        }

    @classmethod
    def from_meta(cls, meta: dict[str, Any], body: bytes) -> FetchResult:
        """The result :meth:`to_meta` described, with ``body`` put back."""
        result = cls(url=meta["url"], body=body)
        for key in ("status", "reason", "http_version", "content_encoding", "peer", "started",
                    "elapsed"):
            if key in meta:
                setattr(result, key, meta[key])
        result.headers = [(str(k), str(v)) for k, v in meta.get("headers", [])]
        result.request_headers = [(str(k), str(v)) for k, v in meta.get("request_headers", [])]
        return result


def charset_from_content_type(value: str | None) -> str | None:
    """The ``charset`` parameter of a ``Content-Type`` value, lowercased, or ``None``."""
    if not value:
        return None
    for param in value.split(";")[1:]:
        name, _, raw = param.partition("=")
        if name.strip().lower() == "charset":
            charset = raw.strip().strip("\"'").lower()
            return charset or None
    return None


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """``Retry-After`` as seconds from ``now``: ``"120"`` or an HTTP date; ``None`` if bad."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


def is_public_address(address: str) -> bool:
    """Whether ``address`` is globally routable (not loopback, private, link-local, ...)."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


class Inflater:
    """Undoes ``Content-Encoding`` (or a ``.gz`` body) chunk by chunk, with an output cap.

    Raises :class:`InflateError` with a reason code when the output passes ``max_bytes``
    (``decompression bomb`` if the ratio is beyond ``max_ratio``, else ``too large``) or the
    stream is corrupt. Never holds more than ``max_bytes`` of output.
    """

    def __init__(self, encoding: str, max_bytes: int, max_ratio: int) -> None:
        self.encoding = encoding
        self.max_bytes = max_bytes
        self.max_ratio = max_ratio
        self.consumed = 0
        self.produced = 0
        self._decoder: Any = None

    def _make_decoder(self, first: bytes) -> Any:
        if self.encoding in ("gzip", "x-gzip"):
            return zlib.decompressobj(16 + zlib.MAX_WBITS)
        # "deflate" is zlib-wrapped by the standard, raw by some servers: look at the header.
        wrapped = (len(first) >= 2 and (first[0] & 0x0F) == 8
                   and (first[0] << 8 | first[1]) % 31 == 0)
        return zlib.decompressobj(zlib.MAX_WBITS if wrapped else -zlib.MAX_WBITS)

    def feed(self, data: bytes) -> bytes:
        if self._decoder is None:
            self._decoder = self._make_decoder(data)
        out = []
        pending = data
        while pending:
            room = self.max_bytes - self.produced + 1
            try:
                piece = self._decoder.decompress(pending, room)
            except zlib.error as exc:
                raise InflateError(BAD_ENCODING, f"corrupt {self.encoding} data ({exc})") from None
            # Count only the input used so far, so the ratio of a bomb is not diluted.
            self.consumed += len(pending) - len(self._decoder.unconsumed_tail)
            self.produced += len(piece)
            if self.produced > self.max_bytes:
                self._overflow()
            out.append(piece)
            pending = self._decoder.unconsumed_tail
            if self._decoder.eof:
                break
        return b"".join(out)

    def _overflow(self) -> None:
        ratio = self.produced / max(self.consumed, 1)
        if ratio > self.max_ratio:
            raise InflateError(
                DECOMPRESSION_BOMB,
                f"{self.encoding} body inflates past {self.max_bytes} bytes "
                f"(ratio {ratio:.0f}:1); aborted",
            )
        raise InflateError(TOO_LARGE, f"body larger than {self.max_bytes} bytes once inflated")

    def finish(self) -> None:
        if self._decoder is not None and not self._decoder.eof and self.consumed:
            raise InflateError(BAD_ENCODING, f"truncated {self.encoding} data")


class InflateError(Exception):
    """Inflating failed; ``reason`` is a fetch reason code."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(detail)
        self.reason = reason


def inflate(data: bytes, encoding: str, limits: FetchLimits) -> bytes:
    """Inflate a whole compressed body (a ``.xml.gz`` sitemap) under ``limits``."""
    inflater = Inflater(encoding, limits.max_bytes, limits.max_ratio)
    out = [inflater.feed(data[i:i + _READ_SIZE]) for i in range(0, len(data), _READ_SIZE)]
    inflater.finish()
    return b"".join(out)


class _Connection(http.client.HTTPConnection):
    """An HTTP connection to an address resolved and checked beforehand."""

    def __init__(self, host: str, port: int, address: str, limits: FetchLimits) -> None:
        super().__init__(host, port, timeout=limits.connect_timeout)
        self._address = address
        self._limits = limits

    def connect(self) -> None:
        self.sock = socket.create_connection((self._address, self.port),
                                             timeout=self._limits.connect_timeout)
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.sock.settimeout(self._limits.read_timeout)


class _TLSConnection(_Connection):
    default_port = 443

    def __init__(self, host: str, port: int, address: str, limits: FetchLimits,
                 context: ssl.SSLContext) -> None:
        super().__init__(host, port, address, limits)
        self._context = context

    def connect(self) -> None:
        super().connect()
        self.sock = self._context.wrap_socket(self.sock, server_hostname=self.host)


class Fetcher:
    """Makes single, bounded GET requests (see the module doc); safe to share across threads.

    ``trusted_hosts`` (``host[:port]`` strings, or a predicate) may resolve to private
    addresses even without ``allow_private``: they are the seeds' hosts.
    """

    def __init__(
        self,
        user_agent: str,
        limits: FetchLimits | None = None,
        *,
        allow_private: bool = False,
        trusted_hosts: Iterable[str] | Callable[[str], bool] = (),
    ) -> None:
        self.user_agent = user_agent
        self.limits = limits or FetchLimits()
        self.allow_private = allow_private
        if callable(trusted_hosts):
            self._trusted = trusted_hosts
        else:
            hosts = frozenset(h.lower() for h in trusted_hosts)
            self._trusted = hosts.__contains__
        self._tls_context: ssl.SSLContext | None = None
        self._tls_lock = threading.Lock()

    def _tls(self) -> ssl.SSLContext:
        # Made on first use: loading the CA store takes a noticeable fraction of a second.
        with self._tls_lock:
            if self._tls_context is None:
                self._tls_context = ssl.create_default_context()
            return self._tls_context

    def fetch(
        self,
        url: str,
        *,
        headers: dict[str, str] | None = None,
        accept: tuple[str, ...] | None = None,
        max_bytes: int | None = None,
    ) -> FetchResult:
        """GET ``url`` once. ``accept`` lists media types worth downloading: a response of
        another declared type is closed unread with error ``wrong content type``."""
        started = time.time()
        clock = time.monotonic()
        result = FetchResult(url=url, started=started)
        try:
            self._fetch(result, headers or {}, accept, max_bytes or self.limits.max_bytes)
        except _Failure as failure:
            result.error, result.detail = failure.reason, failure.detail
            result.body = b""
        result.elapsed = time.monotonic() - clock
        return result

    def _fetch(self, result: FetchResult, extra: dict[str, str],
               accept: tuple[str, ...] | None, max_bytes: int) -> None:
        parts = urlsplit(result.url)
        try:
            port = parts.port
        except ValueError:
            port = -1
        if parts.scheme not in ("http", "https") or not parts.hostname or port == -1:
            raise _Failure(BAD_URL, f"cannot fetch {result.url!r}: http(s) URLs only")
        tls = parts.scheme == "https"
        port = port or (443 if tls else 80)
        address = self._resolve(parts.hostname, port, parts.netloc.lower())
        result.peer = address
        target = (parts.path or "/") + ("?" + parts.query if parts.query else "")
        request_headers = {
            "User-Agent": self.user_agent,
            "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5",
            "Accept-Encoding": "gzip, deflate",
            "Connection": "close",
            **extra,
        }
        conn: _Connection = (
            _TLSConnection(parts.hostname, port, address, self.limits, self._tls()) if tls
            else _Connection(parts.hostname, port, address, self.limits)
        )
        try:
            conn.request("GET", target, headers=request_headers)
            host_header = parts.hostname if port in (80, 443) else f"{parts.hostname}:{port}"
            result.request_headers = [("Host", host_header), *request_headers.items()]
            response = conn.getresponse()
            result.status = response.status
            result.reason = response.reason
            result.http_version = "HTTP/1.0" if response.version == 10 else "HTTP/1.1"
            result.headers = response.getheaders()
            self._check_type(result, accept)
            result.body = self._read_body(response, result, max_bytes)
        except _Failure:
            raise
        except TimeoutError:
            raise _Failure(TIMEOUT, f"no answer within {self.limits.read_timeout:g} s") from None
        except ssl.SSLError as exc:
            raise _Failure(TLS_ERROR, f"TLS failed: {exc.reason or exc}") from None
        except (http.client.HTTPException, ValueError) as exc:
            raise _Failure(PROTOCOL_ERROR, f"malformed response: {type(exc).__name__} "
                           f"{exc}".strip()) from None
        except OSError as exc:
            raise _Failure(CONNECT_FAILED, f"connection failed: {exc.strerror or exc}") from None
        finally:
            conn.close()

    def _resolve(self, hostname: str, port: int, netloc: str) -> str:
        try:
            infos = socket.getaddrinfo(hostname, port, type=socket.SOCK_STREAM)
        except (OSError, UnicodeError) as exc:
            raise _Failure(DNS_FAILED, f"cannot resolve {hostname}: {exc}") from None
        addresses = [info[4][0] for info in infos]
        if self.allow_private or self._trusted(netloc):
            return addresses[0]
        for address in addresses:
            if is_public_address(address):
                return address
        raise _Failure(PRIVATE_ADDRESS, f"{hostname} resolves to a non-public address "
                       f"({addresses[0]}); use --allow-private to crawl it")

    @staticmethod
    def _check_type(result: FetchResult, accept: tuple[str, ...] | None) -> None:
        if accept is None or result.status != 200:
            return
        declared = result.content_type
        if declared and declared not in accept:
            raise _Failure(WRONG_TYPE, f"content type {declared}, not {' or '.join(accept)}")

    def _read_body(self, response: http.client.HTTPResponse, result: FetchResult,
                   max_bytes: int) -> bytes:
        declared = response.getheader("Content-Length")
        if declared and declared.strip().isdigit() and int(declared) > max_bytes:
            raise _Failure(TOO_LARGE, f"Content-Length {int(declared)} is over the "
                           f"{max_bytes}-byte cap; not downloaded")
        encoding = (response.getheader("Content-Encoding") or "").strip().lower()
        inflater = None
        if encoding in ("gzip", "x-gzip", "deflate"):
            inflater = Inflater(encoding, max_bytes, self.limits.max_ratio)
            result.content_encoding = encoding
        elif encoding not in ("", "identity"):
            raise _Failure(BAD_ENCODING, f"unsupported Content-Encoding {encoding!r}")
        deadline = time.monotonic() + self.limits.total_timeout
        chunks: list[bytes] = []
        received = 0
        while True:
            raw = response.read1(_READ_SIZE)
            if not raw:
                break
            received += len(raw)
            if received > max_bytes:
                raise _Failure(TOO_LARGE, f"body larger than {max_bytes} bytes; aborted")
            if inflater is not None:
                try:
                    raw = inflater.feed(raw)
                except InflateError as exc:
                    raise _Failure(exc.reason, str(exc)) from None
            chunks.append(raw)
            if time.monotonic() > deadline:
                raise _Failure(TIMEOUT, f"body not complete after "
                               f"{self.limits.total_timeout:g} s; aborted")
        if inflater is not None:
            try:
                inflater.finish()
            except InflateError as exc:
                raise _Failure(exc.reason, str(exc)) from None
        return b"".join(chunks)


class _Failure(Exception):
    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(detail)
        self.reason = reason
        self.detail = detail
