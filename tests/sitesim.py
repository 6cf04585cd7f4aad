"""A fake news site on 127.0.0.1 for crawler tests and benchmarks: no network needed.

:class:`Site` serves a table of routes (path, or path with query, to a :class:`Reply` or a
function of the request) from a threaded ``http.server`` on a free port of 127.0.0.1, and
logs every request *as the server saw it*: when it arrived, the path, the request headers,
how many body bytes went out before the client hung up. Tests assert politeness and safety
from that log, not from what the crawler says about itself.

Replies can be slow (``delay``), streamed from a generator (``body`` an iterable: a 50 MB
page is generated chunk by chunk, never held in memory), or declare a ``Content-Length``
they do not send. The page builders write fictional Indonesian news pages.
"""

from __future__ import annotations

import gzip
import html
import threading
import time
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Reply:
    """What the server answers: status, headers, a body (bytes, or chunks to stream)."""

    status: int = 200
    body: bytes | Iterable[bytes] = b""
    headers: list[tuple[str, str]] = field(default_factory=list)
    content_type: str | None = "text/html; charset=utf-8"
    delay: float = 0.0
    length: int | None = None


@dataclass
class Hit:
    """One request, as the server logged it (``time``: when the client connected)."""

    time: float
    path: str
    headers: dict[str, str]
    status: int | None = None
    bytes_sent: int = 0
    ended: float = 0.0
    aborted: bool = False


Route = Reply | Callable[[Hit], Reply]


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def log_message(self, format: str, *args: object) -> None:
        """Keep test output clean: the site keeps its own log."""

    def do_GET(self) -> None:
        arrived = self.server.accepted.pop(id(self.request), None) or time.time()
        hit = Hit(time=arrived, path=self.path,
                  headers={k.lower(): v for k, v in self.headers.items()})
        site = self.server.site
        with site.lock:
            site.hits.append(hit)
        route = site.routes.get(self.path) or site.routes.get(self.path.split("?", 1)[0])
        if route is None:
            reply = Reply(status=404, body=b"<html><body><p>not found</p></body></html>")
        else:
            reply = route(hit) if callable(route) else route
        hit.status = reply.status
        self.close_connection = True
        try:
            if reply.delay:
                time.sleep(reply.delay)
            self.send_response(reply.status)
            if reply.content_type:
                self.send_header("Content-Type", reply.content_type)
            for name, value in reply.headers:
                self.send_header(name, value)
            if isinstance(reply.body, bytes):
                self.send_header("Content-Length", str(reply.length if reply.length is not None
                                                       else len(reply.body)))
                self.send_header("Connection", "close")
                self.end_headers()
                self.wfile.write(reply.body)
                hit.bytes_sent = len(reply.body)
            else:
                if reply.length is not None:
                    self.send_header("Content-Length", str(reply.length))
                self.send_header("Connection", "close")
                self.end_headers()
                for chunk in reply.body:
                    self.wfile.write(chunk)
                    hit.bytes_sent += len(chunk)
            self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError, TimeoutError):
            hit.aborted = True
        finally:
            hit.ended = time.time()


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128

    def __init__(self, site: Site, host: str, port: int) -> None:
        self.site = site
        self.accepted: dict[int, float] = {}
        super().__init__((host, port), _Handler)

    def process_request(self, request: Any, client_address: Any) -> None:
        # Stamped in the accepting thread, before a handler thread exists: the moment the
        # client connected, with the least scheduling noise.
        self.accepted[id(request)] = time.time()
        super().process_request(request, client_address)


class Site:
    """A web site on ``127.0.0.1:<free port>``; use as a context manager."""

    def __init__(self, routes: dict[str, Route] | None = None, host: str = "127.0.0.1",
                 port: int = 0) -> None:
        self.routes: dict[str, Route] = dict(routes or {})
        self.hits: list[Hit] = []
        self.lock = threading.Lock()
        self._server = _Server(self, host, port)
        self.port = self._server.server_address[1]
        self.host = host
        self._thread = threading.Thread(target=self._server.serve_forever,
                                        kwargs={"poll_interval": 0.05}, daemon=True)

    def __enter__(self) -> Site:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    @property
    def origin(self) -> str:
        return f"http://{self.host}:{self.port}"

    def url(self, path: str) -> str:
        return self.origin + path

    def add(self, path: str, reply: Route) -> None:
        self.routes[path] = reply

    def paths(self) -> list[str]:
        """Requested paths in arrival order."""
        with self.lock:
            return [hit.path for hit in self.hits]

    def hits_for(self, path: str) -> list[Hit]:
        with self.lock:
            return [hit for hit in self.hits if hit.path == path]


# --- fictional pages --------------------------------------------------------------------

_LOREM = [
    "Kegiatan webinar literasi digital kembali digelar secara daring dan diikuti ratusan "
    "peserta dari berbagai kecamatan yang antusias mengikuti materi hingga akhir acara.",
    "Narasumber pertama, Rini Kartikasari, menjelaskan pentingnya menjaga data pribadi saat "
    "bertransaksi di lokapasar serta cara mengenali pesan penipuan yang beredar.",
    "Sementara itu Bagus Wiratmaja, pegiat komunitas teknologi setempat, mengajak peserta "
    "memeriksa kebenaran informasi sebelum membagikannya ke grup percakapan keluarga.",
    "Dalam sesi tanya jawab, seorang guru bertanya bagaimana mendampingi siswa yang mulai "
    "menggunakan media sosial tanpa pengawasan orang tua di rumah.",
    "Panitia menyebut rangkaian kegiatan serupa akan berlanjut setiap pekan dengan tema yang "
    "berbeda, mulai dari keamanan digital hingga budaya bermedia yang santun.",
]


def paragraphs(seed: int, count: int = 5) -> list[str]:
    """``count`` distinct fictional paragraphs (the seed makes each article different)."""
    return [f"{_LOREM[(seed + i) % len(_LOREM)]} (Catatan {seed}-{i}.)" for i in range(count)]


def article_page(title: str, body: list[str], *, canonical: str | None = None,
                 links: Iterable[str] = (), head: str = "", date: str = "2021-06-19",
                 og_type: str = "article", charset: str | None = "utf-8") -> str:
    """A news article page: header menu, body paragraphs, related links, footer."""
    meta_charset = f'<meta charset="{charset}">' if charset else ""
    canonical_tag = f'<link rel="canonical" href="{html.escape(canonical)}">' if canonical else ""
    related = "".join(f'<li><a href="{html.escape(href)}">Baca juga {i}</a></li>'
                      for i, href in enumerate(links))
    paras = "".join(f"<p>{html.escape(p)}</p>" for p in body)
    return (
        f'<!DOCTYPE html><html lang="id"><head>{meta_charset}<title>{html.escape(title)} - '
        f'Warta Simulasi</title><meta property="og:type" content="{og_type}">'
        f'<meta property="article:published_time" content="{date}T09:00:00+07:00">'
        f'{canonical_tag}{head}</head><body><header><nav><a href="/">Beranda</a> '
        f'<a href="/kategori/daerah">Daerah</a></nav></header><main><article>'
        f'<h1>{html.escape(title)}</h1><time datetime="{date}">{date}</time>{paras}'
        f'</article><aside><ul>{related}</ul></aside></main>'
        f'<footer><p>Hak cipta Warta Simulasi, semua konten fiktif untuk pengujian.</p>'
        f'</footer></body></html>'
    )


def hub_page(links: Iterable[str], title: str = "Beranda") -> str:
    """A section page: a list of links, no article."""
    items = "".join(f'<li><a href="{html.escape(href)}">Judul berita nomor {i}</a></li>'
                    for i, href in enumerate(links))
    return (f'<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>{title}</title>'
            f'<meta property="og:type" content="website"></head><body><nav><a href="/">Beranda'
            f'</a></nav><main><ul>{items}</ul></main></body></html>')


def html_reply(text: str, **kwargs: object) -> Reply:
    return Reply(body=text.encode("utf-8"), **kwargs)  # type: ignore[arg-type]


def zeros(total: int, chunk: int = 65536) -> Iterator[bytes]:
    """``total`` bytes of HTML-ish filler, generated chunk by chunk."""
    block = (b"<p>" + b"x" * (chunk - 8) + b"</p>\n")[:chunk]
    sent = 0
    while sent < total:
        piece = block[: min(chunk, total - sent)]
        sent += len(piece)
        yield piece


def gzip_bomb(inflated: int) -> bytes:
    """A gzip body of ``inflated`` zero bytes (about a thousand times smaller)."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    block = bytes(1 << 20)
    parts = [compressor.compress(block) for _ in range(inflated >> 20)]
    parts.append(compressor.flush())
    return b"".join(parts)


def gzipped(data: bytes) -> bytes:
    return gzip.compress(data, mtime=0)
