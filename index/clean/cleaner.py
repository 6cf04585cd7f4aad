"""From a news page's HTML to an :class:`~index.model.Article`: body text and metadata.

The cascade, in order (each stage is a module with one job):

1. Guard (here): an empty page, a page over :data:`MAX_PAGE_BYTES`, or binary data gets an
   Article with empty text and an ``empty_reason``, so time and memory stay bounded.
2. Decode (:mod:`index.clean.decode`): BOM, strict UTF-8, the HTTP or ``<meta>`` charset,
   mixed UTF-8/windows-1252 repair, charset-normalizer. Mojibake runs ("â€œ") are
   repaired in the extracted title, authors and text at the end.
3. Parse (:mod:`index.clean.tree`): libxml2 through ``lxml.html`` on the hot path, bs4
   as the fallback parser and for charset sniffing; that module's docstring says why.
4. Metadata (:mod:`index.clean.meta`, :mod:`index.clean.dates`): title without the site
   name, publication date, authors, canonical URL (it becomes ``url``), language; read
   from the whole tree, before pruning.
5. Pagination (:mod:`index.clean.pagination`): later pages of the same article, for the crawler,
   also read before pruning (pagers are page furniture).
6. Prune (:mod:`index.clean.tree`): tags that never hold prose (``clean_drop_tags.txt``).
7. Linearise (:mod:`index.clean.blocks`): the tree as text blocks in reading order, with
   link and bold shares, and each block-level element's range of blocks; elements whose
   class or id names boilerplate, and hidden ones, are marked for the body search.
8. Body (:mod:`index.clean.body`): marked elements that hold little of the page's prose,
   and teaser lists, become noise; ``itemprop="articleBody"`` (unless it holds far less
   than a container outside it) or else the container with the most prose wins; when the
   class words leave no container with paragraphs, the search runs again without them, so
   a page with prose never comes out empty for one misleading class name.
9. Paragraphs (:mod:`index.clean.paragraphs`, :mod:`index.clean.noise`): only the
   container's paragraphs are kept: Indonesian inserts, ad labels, bylines, photo captions
   and credits ("(Foto: X/Site)", "(Dok. ...)") and sign-off codes ("(H-4)", "(ant/xyz)")
   dropped; datelines kept with the first paragraph.
10. Language (:mod:`index.clean.lang`): the declared language is confirmed, corrected or
    filled in from the function words of the title and body text.

``clean_html`` never raises on HTML input: a page without an article yields an Article
with ``text == ""`` and ``empty_reason`` saying why.
"""

from __future__ import annotations

import logging
from urllib.parse import urlsplit

from index.model import Article

from .blocks import linearize
from .body import find_body
from .decode import decode_html, repair_mojibake
from .lang import detect_language
from .meta import read_meta
from .pagination import find_next_pages
from .tree import parse_html, parse_problem, prune_tree

__all__ = ["MAX_PAGE_BYTES", "clean_html", "decode_html"]

log = logging.getLogger(__name__)

MAX_PAGE_BYTES = 8_000_000
"""Pages larger than this are refused: no real article page comes close (most are < 1 MB)."""

_BINARY_SAMPLE = 4096
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13))


def clean_html(html: bytes | str, url: str | None = None, *,
               http_charset: str | None = None) -> Article:
    """The article in ``html``, fetched from ``url`` if known.

    ``http_charset`` is the charset parameter of the HTTP ``Content-Type`` header, when the
    caller has one; it outranks the page's own ``<meta>`` declaration.
    """
    article = Article(url=url, site=_host(url))
    reason = _refusal(html)
    if reason:
        article.empty_reason = reason
        return article
    try:
        _clean_into(article, html, url, http_charset)
    except (ValueError, TypeError, LookupError, RecursionError) as exc:
        # A parser or decoder surprise on one page must not stop a crawl of thousands.
        log.warning("could not clean %s: %s", url or "page", exc)
        article.text = ""
        article.empty_reason = f"the page could not be parsed ({type(exc).__name__})"
    return article


def _host(url: str | None) -> str | None:
    try:
        return urlsplit(url).hostname if url else None
    except ValueError:
        return None


def _refusal(html: bytes | str) -> str | None:
    size = len(html)
    if size > MAX_PAGE_BYTES:
        return (f"the page is {size / 1e6:.1f} MB, over the {MAX_PAGE_BYTES / 1e6:.0f} MB "
                "limit for one article")
    if not html.strip():
        return "the page is empty"
    if isinstance(html, bytes):
        sample = html[:_BINARY_SAMPLE]
        if not sample.startswith((b"\xff\xfe", b"\xfe\xff")):
            control = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
            if control > len(sample) * 0.05:
                return "not an HTML page (binary data)"
    return None


def _clean_into(article: Article, html: bytes | str, url: str | None,
                http_charset: str | None) -> None:
    root = parse_html(decode_html(html, http_charset))
    if root is None:
        article.empty_reason = "the page has no HTML content"
        return
    meta = read_meta(root, url)
    page_url = meta.canonical or url
    article.url = page_url
    article.site = _host(page_url)
    article.title = repair_mojibake(meta.title) if meta.title else None
    article.published = meta.published
    article.authors = [repair_mojibake(name) for name in meta.authors]
    article.next_pages = find_next_pages(root, page_url)
    prune_tree(root)
    blocks, regions = linearize(root)
    body = find_body(blocks, regions, meta.title)
    article.text = repair_mojibake("\n\n".join(body.paragraphs))
    if not article.text:
        article.empty_reason = parse_problem() or body.reason
    if not article.authors:
        article.authors = [repair_mojibake(name) for name in body.bylines]
    article.lang = detect_language(f"{article.title or ''}\n{article.text}", meta.lang)
