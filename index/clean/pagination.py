"""Multi-page articles: the URLs of the pages that follow the one being cleaned.

Indonesian portals split long articles over pages ("Halaman 2", "?page=2",
"Halaman selanjutnya"). The cleaner reports the later pages' absolute URLs on
:attr:`Article.next_pages`; the crawler fetches them and stitches the bodies into one record.

A link is a next page only when both hold:

1. it *looks* like pagination: ``rel="next"``, a next-page cue as its whole text
   (``clean_next_page.txt``: "Selanjutnya", "Next", "»" ...), or a page number or
   "Halaman N" / "Page N" as its text;
2. its URL is *this article's* URL with a page marker and a higher page number: the same
   host, and the same path and query once the marker is removed (``?page=N``, ``?p=N``,
   ``/page/N``, ``/N``, ``-N.html`` ...). So "next story" links to other articles, which
   use the same cue words, never count.

The result is sorted by page number. A page whose own URL is unknown (no fetch URL and no
canonical link) reports none: without it, "the same article" cannot be checked.
"""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit

from lxml.html import HtmlElement

from index.resources import word_list

_PAGE_KEYS = frozenset({"page", "p", "pg", "paged", "halaman", "hal", "page_num", "pagenum",
                        "pageno", "pagina", "part", "seite"})
_PATH_MARKERS = (
    re.compile(r"^(?P<base>.*?)/(?:page|halaman|hal|p)[/-]?(?P<n>\d{1,3})/?$", re.IGNORECASE),
    re.compile(r"^(?P<base>.*?)[-_](?:page|halaman|hal)?-?(?P<n>\d{1,2})(?P<ext>\.[a-z]{2,5})$",
               re.IGNORECASE),
    re.compile(r"^(?P<base>.*\D)/(?P<n>\d{1,2})/?$"),
)
_ARROWS = " »›>«‹<→-–—.:|"
"""Stripped from both ends of a link text before the cue lookup ("Selanjutnya »")."""
_NUMBER_TEXT = re.compile(r"^(?:(?:halaman|hal\.?|page|pg\.?)\s*)?(\d{1,3})$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _cues() -> frozenset[str]:
    return frozenset(w.casefold() for w in word_list("clean_next_page.txt"))


def page_key(url: str) -> tuple[str, int]:
    """``url`` without its page marker (the article's identity) and its page number."""
    parts = urlsplit(url)
    host = (parts.hostname or "").removeprefix("www.")
    number = 1
    query = []
    for key, value in parse_qsl(parts.query, keep_blank_values=True):
        if key.lower() in _PAGE_KEYS and value.isdigit():
            number = int(value)
        else:
            query.append((key, value))
    path = parts.path or "/"
    if number == 1:
        for pattern in _PATH_MARKERS:
            match = pattern.match(path)
            if match:
                path = match["base"] + (match.groupdict().get("ext") or "")
                number = int(match["n"])
                break
    path = path.rstrip("/") or "/"
    return f"{host}{path}?{urlencode(sorted(query))}", number


def _looks_like_pagination(anchor: HtmlElement) -> bool:
    if "next" in (anchor.get("rel") or "").lower().split():
        return True
    text = anchor.text_content()
    if len(text) > 40:
        return False
    text = " ".join(text.split()).casefold()
    bare = text.strip(_ARROWS) or text
    return bare in _cues() or _NUMBER_TEXT.match(bare) is not None


def find_next_pages(root: HtmlElement, page_url: str | None) -> list[str]:
    """Absolute URLs of the later pages of the article at ``page_url``, in page order."""
    if not page_url:
        return []
    base = page_url
    try:
        own_key, own_number = page_key(base)
    except ValueError:
        return []
    found: dict[int, str] = {}
    links = root.xpath("//link[@rel='next'][@href] | //a[@href]")
    for link in links:
        href = (link.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            continue
        if link.tag == "a" and not _looks_like_pagination(link):
            continue
        try:
            absolute = urljoin(base, href).split("#", 1)[0]
            key, number = page_key(absolute)
        except ValueError:  # a malformed href ("http://[::1") is not a link to follow
            continue
        if not absolute.startswith(("http://", "https://")):
            continue
        if key != own_key or number <= own_number:
            continue
        found.setdefault(number, absolute)
    return [found[n] for n in sorted(found)]
