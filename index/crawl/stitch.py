"""Multi-page articles: one HTML document that holds the body of every page, in order.

A news site that splits an article over ``?page=2``, ``/2`` ... pages gives the crawler
several documents for one article. The crawler stores each page's response as fetched, and
alongside them one synthesized document built here, so that ``build`` sees one article:

1. each page is cleaned (:func:`index.clean.cleaner.clean_html`), giving its body paragraphs;
2. page 1 is kept whole (its title, date, byline and metadata stay where the cleaner
   expects them), and the paragraphs of pages 2..n that no earlier page holds (a title or
   lead repeated on every page counts once) are inserted as ``<p>`` elements right after
   page 1's last substantial body paragraph, i.e. inside the same container, so the
   cleaner picks that container again, now with the whole text;
3. the result is serialized as UTF-8 with a matching ``<meta charset>``, and without
   ``rel=next``/``rel=prev`` links (it has no further pages).

If page 1's last paragraph cannot be located in its markup (a cleaner that rewrites text),
the paragraphs of all pages are put in a plain ``<article>`` under page 1's ``<head>``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

from index.clean.charsets import decode_with_http_charset
from index.clean.cleaner import clean_html

from .pageinfo import parse_html, remove_element, text_of

_SPACE = re.compile(r"\s+")
_BLOCKS = ("p", "li", "blockquote", "h2", "h3", "h4", "h5", "h6")
_SEARCH_TAGS = _BLOCKS + ("div", "section", "article", "main", "td", "span", "font")
_SUBSTANTIAL = 40


@dataclass
class PageBody:
    """One fetched page of a multi-page article."""

    url: str
    body: bytes
    http_charset: str | None = None


def _norm(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def page_paragraphs(page: PageBody) -> list[str]:
    """The body paragraphs the cleaner finds in ``page``."""
    decoded = decode_with_http_charset(page.body, page.http_charset)
    article = clean_html(decoded if decoded is not None else page.body, url=page.url)
    return article.paragraphs


def stitch_pages(pages: list[PageBody]) -> bytes:
    """One UTF-8 HTML document holding the article text of all ``pages`` (page 1 first)."""
    if not pages:
        raise ValueError("stitch_pages needs at least one page")
    first_paragraphs = page_paragraphs(pages[0])
    seen = {_norm(p) for p in first_paragraphs}
    extra: list[str] = []
    for page in pages[1:]:
        for paragraph in page_paragraphs(page):
            key = _norm(paragraph)
            if key and key not in seen:
                seen.add(key)
                extra.append(paragraph)
    doc, _charset = parse_html(pages[0].body, pages[0].http_charset)
    # Anchor on the last *substantial* paragraph: a cleaner may end with a short line
    # (a page number, a caption) that sits outside the body container.
    substantial = [p for p in first_paragraphs if len(_norm(p)) >= _SUBSTANTIAL]
    last = (substantial or first_paragraphs or [""])[-1]
    anchor = _find_anchor(doc, last) if doc is not None else None
    if doc is None or anchor is None:
        return _plain_document(doc, first_paragraphs + extra)
    new = [_paragraph(text) for text in extra]
    if anchor.tag in _BLOCKS:
        for element in reversed(new):
            anchor.addnext(element)
    else:
        for element in new:
            anchor.append(element)
    return _serialize(doc)


def _paragraph(text: str) -> etree._Element:
    element = etree.Element("p")
    element.text = text
    return element


def _find_anchor(doc: etree._Element, last_paragraph: str) -> etree._Element | None:
    """The innermost element whose text contains ``last_paragraph``."""
    wanted = _norm(last_paragraph)
    if not wanted:
        return None
    best: etree._Element | None = None
    for element in doc.iter(*_SEARCH_TAGS):
        if wanted in _norm(text_of(element)):
            best = element
    if best is None:
        return None
    # Climb out of inline wrappers: new paragraphs belong next to a block or in a container.
    while best.tag in ("span", "font") and best.getparent() is not None:
        best = best.getparent()
    return best


def _fix_head(doc: etree._Element) -> None:
    head = doc.find("head")
    if head is None:
        head = etree.Element("head")
        doc.insert(0, head)
    for meta in list(head.iter("meta")):
        if meta.get("charset") is not None or \
                (meta.get("http-equiv") or "").lower() == "content-type":
            remove_element(meta)
    for link in list(doc.iter("link")):
        rel = (link.get("rel") or "").lower().split()
        if "next" in rel or "prev" in rel or "previous" in rel:
            remove_element(link)
    charset = etree.Element("meta", charset="utf-8")
    head.insert(0, charset)


def _serialize(doc: etree._Element) -> bytes:
    _fix_head(doc)
    html = etree.tostring(doc, encoding="unicode", method="html")
    return ("<!DOCTYPE html>\n" + html).encode("utf-8")


def _plain_document(doc: etree._Element | None, paragraphs: list[str]) -> bytes:
    root = etree.Element("html")
    if doc is not None and doc.find("head") is not None:
        root.append(doc.find("head"))
        if doc.get("lang"):
            root.set("lang", doc.get("lang", ""))
    body = etree.SubElement(root, "body")
    article = etree.SubElement(body, "article")
    for text in paragraphs:
        article.append(_paragraph(text))
    return _serialize(root)
