"""Cheap facts about a fetched HTML page: its links, and whether it looks like an article.

The crawler must decide for every page which links to follow and whether to keep it, at a
few hundred pages a second. The cleaner (:mod:`index.clean.cleaner`) answers "what is the body"
best, but costs tens of milliseconds a page; this module answers the crawler's questions
from one lxml parse (a millisecond or two) and calls for the cleaner only where it is needed
(pages that look paginated, see :attr:`PageInfo.maybe_paginated`).

"Article-like" is a generic score, no site-specific rule:

- page signals: ``og:type=article``, a schema.org ``*Article``/``BlogPosting`` in JSON-LD,
  an ``article:published_time``/``datePublished`` date;
- URL signals: a dated path (``/2021/06/19/``, ``/20210619``), a long slug of words,
  a long numeric id;
- the body: paragraph text outside navigation, headers, footers and asides must reach
  ``min_chars``, and must not be mostly link text (a list of teasers is a section page).

The body fingerprint (a hash of the case-folded, whitespace-collapsed long paragraphs) is
what makes the same article served under several URLs count once: the template around it
may differ (AMP, print view), the paragraphs do not.
"""

from __future__ import annotations

import hashlib
import re
import threading
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from lxml import etree

from index.clean.charsets import choose_charset

from .urlnorm import clean_url

_CHROME_TAGS = ("nav", "header", "footer", "aside", "form", "script", "style", "noscript",
                "template", "svg", "select", "button", "figcaption")
_CONTAINERS = ("div", "article", "section", "main", "td")
_LONG_PARAGRAPH = 40
_LONG_DIRECT_TEXT = 200
_SCHEMA_ARTICLE = re.compile(
    r'"@type"\s*:\s*\[?\s*"(?:\w*NewsArticle|Article|BlogPosting|ScholarlyArticle|Report)"')
_DATED_PATH = re.compile(r"/(?:19|20)\d\d/(?:0?[1-9]|1[0-2])(?:/|$)|(?:^|[/_-])(?:19|20)\d\d"
                         r"(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:[/_.-]|$)")
_LONG_ID = re.compile(r"(?:^|[/_-])\d{5,}(?:[/_.-]|$)")
_WORD = re.compile(r"[^\W\d_]{2,}")
_PAGE_SUFFIX = re.compile(r"[-_/.]?(?:[a-z]{0,10}[-_/=.]?)?\d{1,3}(?:\.[a-z]{2,5})?/?",
                          re.IGNORECASE)
_PAGE_PARAM = re.compile(r"(?:^|&)[a-z_]{1,12}=\d{1,3}(?:&|$)", re.IGNORECASE)
_EXTENSION = re.compile(r"\.(?:html?|php|aspx?|jsp)$", re.IGNORECASE)
_SPACE = re.compile(r"\s+")
_DIGITS = re.compile(r"\d+")

_HREFS = etree.XPath("//a/@href | //area/@href", smart_strings=False)
_REL_ANCHORS = etree.XPath("//a[@rel]")

_parsers = threading.local()


@dataclass
class PageInfo:
    """What the crawler needs to know about one HTML page (see the module doc)."""

    links: list[str] = field(default_factory=list)
    canonical: str | None = None
    noindex: bool = False
    nofollow: bool = False
    og_type: str | None = None
    schema_article: bool = False
    published: bool = False
    body_chars: int = 0
    link_ratio: float = 0.0
    fingerprint: str | None = None
    rel_next: list[str] = field(default_factory=list)
    rel_prev: bool = False
    maybe_paginated: bool = False
    charset: str | None = None


def _parser(encoding: str | None) -> etree.HTMLParser:
    # Plain lxml.etree elements: about twice as fast to build and walk as lxml.html's.
    cache = getattr(_parsers, "cache", None)
    if cache is None:
        cache = _parsers.cache = {}
    if encoding not in cache:
        cache[encoding] = etree.HTMLParser(encoding=encoding, remove_comments=True,
                                           remove_pis=True, no_network=True)
    return cache[encoding]


def text_of(element: etree._Element) -> str:
    """All text inside ``element`` (what ``lxml.html``'s ``text_content`` gives)."""
    return "".join(element.itertext())


def remove_element(element: etree._Element) -> None:
    """Take ``element`` out of the tree, keeping the text that follows it."""
    parent = element.getparent()
    if parent is None:
        return
    if element.tail:
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + element.tail
        else:
            parent.text = (parent.text or "") + element.tail
    parent.remove(element)


def parse_html(body: bytes, http_charset: str | None) -> tuple[etree._Element | None, str | None]:
    """The lxml document of ``body`` and the charset chosen for it (``None``: the page's)."""
    charset = choose_charset(body, http_charset) or _utf8_or_none(body)
    if not body.strip():
        return None, charset
    try:
        doc = etree.fromstring(body, _parser(charset))
    except (etree.XMLSyntaxError, ValueError, LookupError):
        return None, charset
    return doc, charset


def _utf8_or_none(body: bytes) -> str | None:
    """UTF-8 when the bytes are valid UTF-8; else ``None`` (lxml reads ``<meta charset>``)."""
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return "utf-8"


def analyze_page(url: str, body: bytes, http_charset: str | None = None) -> PageInfo:
    """The facts of :class:`PageInfo` for the page at ``url`` (never raises on bad HTML)."""
    doc, charset = parse_html(body, http_charset)
    info = PageInfo(charset=charset)
    if doc is None:
        return info
    base = url
    base_tag = next(doc.iter("base"), None)
    if base_tag is not None and base_tag.get("href"):
        base = clean_url(base_tag.get("href", ""), url) or url
    _read_head(doc, url, info)
    info.links = _links(doc, base, info)
    info.maybe_paginated = bool(info.rel_next) or any(
        looks_like_next_page(url, link) for link in info.links)
    _read_body(doc, info)
    return info


def _read_head(doc: etree._Element, url: str, info: PageInfo) -> None:
    for meta in doc.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        content = (meta.get("content") or "").strip()
        if key == "og:type":
            info.og_type = content.lower()
        elif key in ("article:published_time", "datepublished", "pubdate"):
            info.published = info.published or bool(content)
        elif key == "robots":
            directives = {d.strip().lower() for d in content.split(",")}
            info.noindex = info.noindex or bool(directives & {"noindex", "none"})
            info.nofollow = info.nofollow or bool(directives & {"nofollow", "none"})
        elif key == "og:url" and info.canonical is None:
            info.canonical = clean_url(content, url)
    for link in doc.iter("link"):
        rel = (link.get("rel") or "").lower().split()
        href = link.get("href")
        if not href:
            continue
        if "canonical" in rel:
            info.canonical = clean_url(href, url) or info.canonical
        elif "next" in rel:
            target = clean_url(href, url)
            if target:
                info.rel_next.append(target)
        elif "prev" in rel or "previous" in rel:
            info.rel_prev = True
    for script in doc.iter("script"):
        if (script.get("type") or "").lower() == "application/ld+json" and script.text:
            if _SCHEMA_ARTICLE.search(script.text):
                info.schema_article = True
            info.published = info.published or '"datePublished"' in script.text


def _links(doc: etree._Element, base: str, info: PageInfo) -> list[str]:
    parts = urlsplit(base)
    origin = f"{parts.scheme}://{parts.netloc}"
    for anchor in _REL_ANCHORS(doc):
        if "next" in (anchor.get("rel") or "").lower().split() and anchor.get("href"):
            target = clean_url(anchor.get("href", ""), base)
            if target:
                info.rel_next.append(target)
    seen: dict[str, None] = {}
    # A page repeats its menu links many times: resolve each distinct href once.
    for raw in dict.fromkeys(_HREFS(doc)):
        href = raw.strip()
        if not href or href.startswith(("#", "javascript:", "mailto:", "tel:", "data:")):
            continue
        # Absolute and root-relative links are resolved without the page URL, so the
        # cache hits for the menu links every page of a site repeats.
        if href.startswith(("http://", "https://")):
            target = clean_url(href)
        elif href.startswith("/") and not href.startswith("//"):
            target = clean_url(origin + href)
        else:
            target = clean_url(href, base)
        if target is not None:
            seen[target] = None
    return list(seen)


def _read_body(doc: etree._Element, info: PageInfo) -> None:
    for element in list(doc.iter(*_CHROME_TAGS)):
        remove_element(element)
    paragraphs: list[str] = []
    link_chars = 0
    for p in doc.iter("p"):
        text = _SPACE.sub(" ", text_of(p)).strip()
        if len(text) >= _LONG_PARAGRAPH:
            paragraphs.append(text)
            link_chars += sum(len(text_of(a).strip()) for a in p.iter("a"))
    p_chars = sum(len(p) for p in paragraphs)
    best_direct = ""
    # Bodies written as text runs split by <br> (no <p>): only looked for when the
    # paragraphs alone are too short to be an article, since it walks every container.
    if p_chars < 4 * _LONG_DIRECT_TEXT:
        for container in doc.iter(*_CONTAINERS):
            direct = " ".join(t.strip() for t in _direct_texts(container) if t.strip())
            if len(direct) > len(best_direct):
                best_direct = direct
    if len(best_direct) >= _LONG_DIRECT_TEXT and len(best_direct) > p_chars:
        paragraphs = [_SPACE.sub(" ", best_direct)]
        p_chars, link_chars = len(paragraphs[0]), 0
    info.body_chars = p_chars
    info.link_ratio = link_chars / p_chars if p_chars else 0.0
    if paragraphs:
        digest = hashlib.sha256("\n".join(paragraphs).casefold().encode("utf-8"))
        info.fingerprint = digest.hexdigest()


def _direct_texts(element: etree._Element) -> list[str]:
    texts = [element.text or ""]
    for child in element:
        if child.tag == "br" or not isinstance(child.tag, str):
            texts.append(child.tail or "")
        elif child.tag in ("b", "strong", "i", "em", "span", "a", "u"):
            texts.append(text_of(child) + (child.tail or ""))
        else:
            texts.append(child.tail or "")
    return texts


def looks_like_next_page(page_url: str, link: str) -> bool:
    """Whether ``link`` has the shape of a later page of ``page_url`` (same path plus a small
    page number, or the same path with a small-number parameter added)."""
    page, other = urlsplit(page_url), urlsplit(link)
    if page.netloc != other.netloc or link == page_url:
        return False
    page_path = page.path.rstrip("/")
    if other.path.rstrip("/") == page_path:
        added = set(other.query.split("&")) - set(page.query.split("&"))
        return any(_PAGE_PARAM.search(piece) for piece in added)
    stem = _EXTENSION.sub("", page_path)
    if not stem or not other.path.startswith(stem):
        return False
    return bool(_PAGE_SUFFIX.fullmatch(other.path[len(stem):]))


def same_shape(url: str, other: str) -> bool:
    """Whether two URLs differ only in their numbers (``/a/2`` and ``/a/3``)."""
    return url != other and _DIGITS.sub("#", url) == _DIGITS.sub("#", other)


def url_article_score(url: str) -> int:
    """0-2 from the URL alone: a dated path, a long slug of words, a long numeric id."""
    path = urlsplit(url).path
    score = 0
    if _DATED_PATH.search(path) or _LONG_ID.search(path):
        score += 1
    segments = [s for s in path.split("/") if s]
    if segments:
        slug = _EXTENSION.sub("", segments[-1])
        if len(_WORD.findall(slug)) >= 3 or len(slug) >= 30:
            score += 1
    return score


def article_verdict(url: str, info: PageInfo, min_chars: int) -> str | None:
    """``None`` if the page is article-like, else the reason it is not (for the summary)."""
    if info.noindex:
        return "noindex"
    if info.body_chars < min_chars:
        return "not an article (little body text)"
    if info.link_ratio > 0.5:
        return "not an article (a list of links)"
    score = url_article_score(url)
    if info.og_type == "article" or info.schema_article:
        score += 2
    if info.published:
        score += 1
    if info.body_chars >= 4 * min_chars:
        score += 1
    return None if score >= 2 else "not an article (no article signals)"
