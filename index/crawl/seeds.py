"""Where a crawl starts: page URLs, sitemaps (indexes too, gzipped too), RSS/Atom feeds, and
files of URLs.

A seed argument is an http(s) URL or a local file listing URLs (one a line, ``#`` comments).
What a URL *is* is decided by what the server sends back, not by its name: a sitemap
(``<urlset>``), a sitemap index (``<sitemapindex>``), an RSS 2.0 / RSS 1.0 / Atom feed, a
plain-text list of URLs (``sitemap.txt``), or else an HTML page whose links are followed.
A gzip body (``sitemap.xml.gz``) is inflated first under the same bomb guard as pages.

XML is parsed incrementally (``iterparse``, elements cleared as they end) with entity
resolution and network access off, so a 50 MB sitemap costs little memory and a hostile one
cannot read local files (XXE) or expand entities without bound.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from io import BytesIO
from pathlib import Path

from lxml import etree

from index.errors import InputError

from .fetch import FetchLimits, InflateError, inflate

MAX_LISTING_URLS = 50_000
SITEMAP_INDEX = "sitemapindex"
_FEED_ROOTS = {"rss", "RDF", "feed"}
_XML_ROOTS = {"urlset", SITEMAP_INDEX} | _FEED_ROOTS


@dataclass
class Listing:
    """The URLs a sitemap, feed or URL list names.

    ``kind`` is the root (``urlset``, ``sitemapindex``, ``rss``, ``RDF``, ``feed``) or
    ``text``; for a sitemap index the URLs are further sitemaps, otherwise pages.
    ``error`` is set when the document could not be read (a corrupt gzip, broken XML);
    the URLs read before the problem are kept.
    """

    kind: str
    urls: list[str] = field(default_factory=list)
    error: str | None = None
    truncated: bool = False

    @property
    def lists_sitemaps(self) -> bool:
        return self.kind == SITEMAP_INDEX


def read_seed_args(args: Iterable[str]) -> list[str]:
    """The seed URLs named by the command line: URLs as given, files expanded to their lines.

    Raises :class:`InputError` for an argument that is neither an http(s) URL nor a
    readable file, or a file that lists no URL.
    """
    urls: list[str] = []
    for arg in args:
        if "://" in arg:
            if not arg.lower().startswith(("http://", "https://")):
                raise InputError(f"{arg}: only http(s) URLs can be crawled")
            urls.append(arg)
            continue
        path = Path(arg)
        if not path.is_file():
            raise InputError(f"{arg}: not an http(s) URL and no such file")
        try:
            text = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(f"{arg}: cannot read the URL list ({exc})") from None
        listed = [line.split("#", 1)[0].strip() for line in text.splitlines()]
        listed = [u for u in listed if u]
        bad = [u for u in listed if not u.lower().startswith(("http://", "https://"))]
        if bad:
            raise InputError(f"{arg}: not an http(s) URL: {bad[0]!r}")
        if not listed:
            raise InputError(f"{arg}: the file lists no URL")
        urls.extend(listed)
    return urls


def parse_listing(body: bytes, content_type: str, limits: FetchLimits) -> Listing | None:
    """The listing in ``body``, or ``None`` when it is not one (an HTML page, say)."""
    if body[:2] == b"\x1f\x8b":
        try:
            body = inflate(body, "gzip", limits)
        except InflateError as exc:
            return Listing(kind="gzip", error=str(exc))
    head = body[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if content_type in ("text/html", "application/xhtml+xml") or head.startswith(
            (b"<!doctype html", b"<html")):
        return None
    if head.startswith(b"<"):
        return _parse_xml(body)
    if content_type in ("text/plain", "") or not content_type:
        return _parse_text(body)
    return None


def _local(tag: object) -> str:
    return etree.QName(tag).localname if isinstance(tag, str) else ""


def _parse_xml(body: bytes) -> Listing | None:
    events = etree.iterparse(BytesIO(body), events=("start", "end"), resolve_entities=False,
                             no_network=True, load_dtd=False, huge_tree=False, recover=True)
    listing: Listing | None = None
    path: list[str] = []
    try:
        for event, element in events:
            name = _local(element.tag)
            if event == "start":
                if listing is None:
                    if name not in _XML_ROOTS:
                        return None
                    listing = Listing(kind=name)
                path.append(name)
                continue
            path.pop()
            if listing is None:
                continue
            url = _entry_url(listing.kind, name, element, path)
            if url:
                if len(listing.urls) >= MAX_LISTING_URLS:
                    listing.truncated = True
                    break
                listing.urls.append(url)
            if name in ("url", "sitemap", "item", "entry"):
                element.clear()
    except etree.XMLSyntaxError as exc:
        if listing is None:
            return None
        listing.error = f"broken XML ({exc.msg})"
    return listing


def _entry_url(kind: str, name: str, element: etree._Element, path: list[str]) -> str | None:
    """The URL an ending element contributes: a sitemap ``loc``, a feed item's link."""
    if kind in ("urlset", SITEMAP_INDEX):
        parent = path[-1] if path else ""
        text = (element.text or "").strip()
        return text if name == "loc" and parent in ("url", "sitemap") and text else None
    if kind == "feed" and name == "entry":
        for child in element:
            if _local(child.tag) == "link" and child.get("href") and \
                    child.get("rel", "alternate") == "alternate":
                return child.get("href", "").strip()
        return None
    if name != "item":
        return None
    children = {_local(child.tag): child for child in reversed(element)}
    link = children.get("link")
    if link is not None and (link.text or "").strip():
        return (link.text or "").strip()
    about = element.get("{http://www.w3.org/1999/02/22-rdf-syntax-ns#}about")
    if about:
        return about.strip()
    guid = children.get("guid")
    if guid is not None and guid.get("isPermaLink") != "false":
        text = (guid.text or "").strip()
        return text if text.lower().startswith(("http://", "https://")) else None
    return None


def _parse_text(body: bytes) -> Listing | None:
    try:
        text = body.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if not lines or not all(line.lower().startswith(("http://", "https://")) for line in lines):
        return None
    return Listing(kind="text", urls=lines[:MAX_LISTING_URLS],
                   truncated=len(lines) > MAX_LISTING_URLS)
