"""Article metadata from a parsed page: title, date, authors, canonical URL, language.

Read before the tree is pruned (bylines and date lines live in elements the body search
throws away). Each field takes the first source that gives a usable value:

* title: the page's ``<h1>`` when a declared title (``og:title``, JSON-LD ``headline``,
  ``twitter:title``, ``<title>``) confirms it, else the declared title without its
  site-name part ("Judul Berita - Kompas.com" -> "Judul Berita"); the site name is
  recognised from ``og:site_name``, the JSON-LD publisher, or the host name;
* published: JSON-LD ``datePublished``, publication meta tags, microdata
  ``itemprop="datePublished"`` (Blogger's ``<abbr title>``), ``<time datetime>``, the
  URL, then a date written in an element whose class or id says date/time, or in the
  first lines after the headline ("Kamis, 05 November 2015 11:52");
* authors: JSON-LD ``author``, author meta tags, ``itemprop="author"``, ``rel="author"``
  links, then byline elements ("Penulis: ...", "Pewarta: ...", "By ...");
* canonical: ``<link rel="canonical">``, ``og:url``, JSON-LD ``url``, made absolute against
  the fetch URL; a canonical that points at the site's home page is ignored;
* lang: ``<html lang>``, ``content-language``, ``og:locale``, JSON-LD ``inLanguage``;
  :mod:`index.clean.lang` checks it against the body text (templates often say "en" on
  Indonesian pages).
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin, urlsplit

from lxml.html import HtmlElement

from index.resources import word_set

from .dates import date_from_url, parse_date
from .lang import normalise_lang
from .noise import byline_names

log = logging.getLogger(__name__)

_ARTICLE_TYPES = frozenset({
    "article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
    "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle", "livebloposting",
    "liveblogposting", "techarticle", "scholarlyarticle", "report", "socialmediaposting",
})
_DATE_META = (
    "article:published_time", "og:published_time", "datepublished", "publishdate",
    "publish-date", "publish_date", "pubdate", "date", "dc.date.issued", "dc.date",
    "dcterms.issued", "dcterms.created", "sailthru.date", "parsely-pub-date",
    "content_publisheddate", "article.published", "originalpublicationdate",
    "cxenseparse:recs:publishtime", "date_published", "dtm", "article:modified_time",
    "dateModified",
)
_AUTHOR_META = ("author", "article:author", "parsely-author", "sailthru.author",
                "dc.creator", "dcterms.creator", "byl", "twitter:creator")
_TITLE_SEPARATORS = re.compile(r"(\s+[|\-–—·•»:/]+\s+|\s*\|\s*)")
_DATE_HINT_XPATH = (
    "//*[contains(@class, 'date') or contains(@class, 'time') or contains(@id, 'date') or "
    "contains(@class, 'tanggal') or contains(@class, 'waktu') or contains(@class, 'publish')]"
)
_AFTER_HEADLINE_XPATH = "(//h1)[1]/following::text()[normalize-space()][position() <= 8]"
"""The first lines after the headline, where templates print the date for readers."""
_BYLINE_XPATH = (
    "//*[@itemprop='author' or @rel='author' or contains(@class, 'byline') or "
    "contains(@class, 'author') or contains(@class, 'penulis') or contains(@class, 'reporter')]"
)
_NOT_A_NAME = re.compile(r"https?:|www\.|@|\d|\.(?:com|id|net|org)\b", re.IGNORECASE)
_BY_PREFIX = re.compile(r"^(?:by|oleh|penulis|reporter|pewarta|wartawan|editor)\s*:?\s+",
                        re.IGNORECASE)
_NAME_SPLIT = re.compile(r"\s*(?:,|&|\band\b|\bdan\b|\|)\s*", re.IGNORECASE)


@dataclass
class PageMeta:
    """What the page says about the article, before its body is looked at."""

    title: str | None = None
    published: str | None = None
    authors: list[str] = field(default_factory=list)
    site_name: str | None = None
    canonical: str | None = None
    lang: str | None = None


def _collapse(text: str | None) -> str:
    return " ".join(text.split()) if text else ""


def _meta_tags(root: HtmlElement) -> dict[str, str]:
    tags: dict[str, str] = {}
    for meta in root.iter("meta"):
        key = meta.get("property") or meta.get("name") or meta.get("itemprop") \
            or meta.get("http-equiv")
        content = meta.get("content")
        if key and content and content.strip():
            tags.setdefault(key.strip().lower(), content.strip())
    return tags


def _json_ld(root: HtmlElement) -> list[dict[str, Any]]:
    objects: list[dict[str, Any]] = []
    for script in root.xpath("//script[@type='application/ld+json']"):
        try:
            data = json.loads(script.text or "", strict=False)
        except (ValueError, RecursionError):
            continue
        objects.extend(_flatten(data))
    return objects


def _flatten(data: Any) -> Iterator[dict[str, Any]]:
    if isinstance(data, list):
        for item in data:
            yield from _flatten(item)
    elif isinstance(data, dict):
        yield data
        if "@graph" in data:
            yield from _flatten(data["@graph"])


def _types(obj: dict[str, Any]) -> set[str]:
    kind = obj.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {str(k).lower() for k in kinds if k}


def _names(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        if "organization" in _types(value):
            return []
        return _names(value.get("name"))
    if isinstance(value, list):
        return [name for item in value for name in _names(item)]
    return []


def read_meta(root: HtmlElement, url: str | None = None) -> PageMeta:
    """Metadata of the page whose (unpruned) tree is ``root``, fetched from ``url``."""
    tags = _meta_tags(root)
    ld_all = _json_ld(root)
    ld = next((o for o in ld_all if _types(o) & _ARTICLE_TYPES), {})
    site_name = tags.get("og:site_name") or tags.get("application-name")
    publisher = ld.get("publisher")
    if not site_name and isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
        site_name = publisher["name"]
    meta = PageMeta(site_name=_collapse(site_name) or None)
    meta.canonical = _canonical(root, tags, ld, url)
    page_url = meta.canonical or url
    meta.title = _title(root, tags, ld, meta.site_name, page_url)
    meta.published = _published(root, tags, ld, page_url)
    meta.authors = _authors(root, tags, ld, meta.site_name)
    meta.lang = _declared_lang(root, tags, ld)
    return meta


def _canonical(root: HtmlElement, tags: dict[str, str], ld: dict[str, Any],
               url: str | None) -> str | None:
    candidates = [link.get("href") for link in root.xpath("//link[@rel='canonical']")]
    candidates.append(tags.get("og:url"))
    entity = ld.get("mainEntityOfPage")
    candidates.append(entity.get("@id") if isinstance(entity, dict) else entity)
    candidates.append(ld.get("url"))
    for href in candidates:
        if not isinstance(href, str) or not href.strip():
            continue
        try:
            absolute = urljoin(url or "", href.strip())
            parts = urlsplit(absolute)
            home = parts.path in ("", "/") and not parts.query
            if home and url and urlsplit(url).path not in ("", "/"):
                continue
        except ValueError:  # "http://[::1" and friends
            continue
        if parts.scheme in ("http", "https") and parts.hostname:
            return absolute
    return None


def _site_keys(site_name: str | None, url: str | None) -> set[str]:
    keys = set()
    if site_name:
        keys.add(_key(site_name))
    try:
        host = urlsplit(url).hostname if url else None
    except ValueError:
        host = None
    if host:
        host = host.removeprefix("www.")
        keys.add(_key(host))
        keys.add(_key(host.split(".")[0]))
    return {k for k in keys if k}


def _key(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.casefold())


def _title(root: HtmlElement, tags: dict[str, str], ld: dict[str, Any],
           site_name: str | None, url: str | None) -> str | None:
    declared = [tags.get("og:title"), ld.get("headline") if isinstance(ld.get("headline"), str)
                else None, tags.get("twitter:title"), _collapse(root.findtext(".//title"))]
    declared = [_collapse(t) for t in declared if t and t.strip()]
    sites = _site_keys(site_name, url)
    h1s = [_collapse(h.text_content()) for h in root.iter("h1")][:3]
    confirmed = [h1 for h1 in h1s if len(_key(h1)) > 8 and _key(h1) not in sites
                 and any(_key(h1) in _key(t) for t in declared)]
    if confirmed:
        return max(confirmed, key=len)  # a logo in an <h1> is the shorter one
    if declared:
        return strip_site_name(declared[0], sites) or declared[0]
    return next((h for h in h1s if h), None)


def strip_site_name(title: str, site_keys: set[str]) -> str:
    """``title`` without a leading or trailing site-name part ("X | Kompas.com" -> "X")."""
    parts = _TITLE_SEPARATORS.split(title)
    texts, seps = parts[0::2], parts[1::2]
    if len(texts) < 2:
        return title

    def is_site(text: str) -> bool:
        key = _key(text)
        return bool(key) and any(key == s or key in s or s in key for s in site_keys)

    changed = False
    while len(texts) > 1 and is_site(texts[-1]):
        texts.pop()
        seps.pop()
        changed = True
    while len(texts) > 1 and is_site(texts[0]):
        texts.pop(0)
        seps.pop(0)
        changed = True
    if not changed and len(texts) > 1:
        last = texts[-1]
        if len(last.split()) <= 3 and len(last) * 2 < sum(map(len, texts[:-1])):
            texts.pop()
            seps.pop()
    out = texts[0]
    for sep, text in zip(seps, texts[1:]):
        out += sep + text
    return out.strip()


def _published(root: HtmlElement, tags: dict[str, str], ld: dict[str, Any],
               url: str | None) -> str | None:
    found = parse_date(ld.get("datePublished") if isinstance(ld.get("datePublished"), str)
                       else None)
    for key in _DATE_META:
        if found:
            return found
        found = parse_date(tags.get(key.lower()))
    if found:
        return found
    for element in root.xpath("//*[@itemprop='datePublished']")[:3]:
        for attr in ("content", "datetime", "title"):
            found = parse_date(element.get(attr))
            if found:
                return found
    times = root.xpath("//time[@datetime]")
    times.sort(key=lambda t: not (t.get("itemprop") == "datePublished" or t.get("pubdate")))
    for time_el in times[:5]:
        found = parse_date(time_el.get("datetime"))
        if found:
            return found
    found = date_from_url(url)
    if found:
        return found
    for element in root.xpath(_DATE_HINT_XPATH)[:12]:
        found = parse_date(_collapse(element.text_content())[:200])
        if found:
            return found
    return parse_date(" ".join(root.xpath(_AFTER_HEADLINE_XPATH))[:300])


def _clean_names(raw: list[str], site_name: str | None) -> list[str]:
    names: list[str] = []
    site = _key(site_name) if site_name else ""
    for value in raw:
        value = _BY_PREFIX.sub("", _collapse(value))
        for name in _NAME_SPLIT.split(value):
            name = name.strip(" .;:-–—")
            if (not name or len(name.split()) > 5 or _NOT_A_NAME.search(name)
                    or (site and _key(name) == site) or _is_organisation(name)):
                continue
            if name.casefold() not in (n.casefold() for n in names):
                names.append(name)
    return names


def _is_organisation(name: str) -> bool:
    words = word_set("clean_not_authors.txt")
    return any(w in words for w in re.findall(r"\w+", name.casefold()))


def _authors(root: HtmlElement, tags: dict[str, str], ld: dict[str, Any],
             site_name: str | None) -> list[str]:
    names = _clean_names(_names(ld.get("author")), site_name)
    if names:
        return names
    names = _clean_names([tags[k] for k in _AUTHOR_META if k in tags], site_name)
    if names:
        return names
    for element in root.xpath(_BYLINE_XPATH)[:6]:
        text = _collapse(element.text_content())
        if not text or len(text) > 120:
            continue
        names = byline_names(text) or _clean_names([text], site_name)
        if names:
            return names
    return []


def _declared_lang(root: HtmlElement, tags: dict[str, str], ld: dict[str, Any]) -> str | None:
    in_language = ld.get("inLanguage")
    for raw in (root.get("lang"), root.get("{http://www.w3.org/XML/1998/namespace}lang"),
                tags.get("content-language"), tags.get("og:locale"),
                in_language if isinstance(in_language, str) else None):
        lang = normalise_lang(raw)
        if lang:
            return lang
    return None
