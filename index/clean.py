"""From a news page's HTML to an :class:`~index.model.Article`: body text and metadata.

The cascade, in order:

1. Decode: bytes are decoded by the meta charset, else UTF-8, else charset-normalizer.
2. Parse with beautifulsoup4 on lxml, and drop elements that are never body text
   (scripts, styles, navigation, headers, footers, asides, forms, figures).
3. Metadata: title (``og:title``, else ``<title>``, without the site-name suffix),
   publication date (meta tags, ``<time>``), authors, language, canonical URL, site.
4. Body: the container whose paragraphs hold the most text wins; its paragraphs, in
   reading order, separated by one blank line.

This is the first, simple version; it never raises on HTML input. When no body is found,
the Article has an empty ``text`` and ``empty_reason`` says why.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from bs4 import BeautifulSoup, Tag

from .model import Article

_DROP_TAGS = (
    "script", "style", "noscript", "nav", "header", "footer", "aside", "form", "figure",
    "figcaption", "iframe", "svg", "button", "select",
)
_BLOCK_TAGS = ("p", "h2", "h3", "h4", "li", "blockquote")
_TITLE_SPLIT = re.compile(r"\s+[|\-–—:]\s+(?=[^|\-–—:]*$)")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([A-Za-z0-9_\-]+)""", re.I)


def decode_html(data: bytes | str) -> str:
    """Decode page bytes: declared charset first, then UTF-8, then detection."""
    if isinstance(data, str):
        return data
    match = _META_CHARSET.search(data[:4096])
    if match:
        try:
            return data.decode(match.group(1).decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        return str(best) if best is not None else data.decode("utf-8", errors="replace")


def clean_html(html: bytes | str, url: str | None = None) -> Article:
    """Return the article in ``html``; ``url`` is where it was fetched from, if known."""
    soup = BeautifulSoup(decode_html(html), "lxml")
    canonical = _canonical(soup)
    page_url = canonical or url
    article = Article(
        url=page_url,
        site=urlsplit(page_url).hostname if page_url else None,
        title=_title(soup),
        published=_published(soup),
        authors=_authors(soup),
        lang=_lang(soup),
    )
    for tag in soup.find_all(_DROP_TAGS):
        tag.decompose()
    paragraphs = _body_paragraphs(soup)
    article.text = "\n\n".join(paragraphs)
    if not paragraphs:
        article.empty_reason = "no article body found in the page"
    return article


def _meta(soup: BeautifulSoup, *names: str) -> str | None:
    for name in names:
        tag = soup.find("meta", attrs={"property": name}) or soup.find("meta", attrs={"name": name})
        if isinstance(tag, Tag) and tag.get("content"):
            return str(tag["content"]).strip()
    return None


def _canonical(soup: BeautifulSoup) -> str | None:
    link = soup.find("link", rel="canonical")
    if isinstance(link, Tag) and link.get("href", "").startswith(("http://", "https://")):
        return str(link["href"]).strip()
    og = _meta(soup, "og:url")
    return og if og and og.startswith(("http://", "https://")) else None


def _title(soup: BeautifulSoup) -> str | None:
    h1 = soup.find("h1")
    if isinstance(h1, Tag) and h1.get_text(strip=True):
        return " ".join(h1.get_text(" ", strip=True).split())
    raw = _meta(soup, "og:title") or (soup.title.get_text(strip=True) if soup.title else None)
    if not raw:
        return None
    return _TITLE_SPLIT.split(raw)[0].strip() or raw


def _published(soup: BeautifulSoup) -> str | None:
    raw = _meta(soup, "article:published_time", "datePublished", "pubdate", "date")
    if not raw:
        time_tag = soup.find("time", datetime=True)
        raw = str(time_tag["datetime"]) if isinstance(time_tag, Tag) else None
    if raw:
        match = re.search(r"\d{4}-\d{2}-\d{2}", raw)
        if match:
            return match.group(0)
    return None


def _authors(soup: BeautifulSoup) -> list[str]:
    author = _meta(soup, "author", "article:author")
    return [author] if author and not author.startswith("http") else []


def _lang(soup: BeautifulSoup) -> str | None:
    html = soup.find("html")
    if isinstance(html, Tag) and html.get("lang"):
        return str(html["lang"]).split("-")[0].lower() or None
    return None


def _body_paragraphs(soup: BeautifulSoup) -> list[str]:
    best: Tag | None = None
    best_score = 0
    for container in soup.find_all(["article", "div", "section", "main", "td"]):
        score = 0
        for child in container.children:
            if isinstance(child, Tag):
                if child.name == "p":
                    score += len(child.get_text(strip=True))
            else:
                score += len(str(child).strip())
        if score > best_score:
            best, best_score = container, score
    if best is None:
        return []
    return _split_blocks(best)


def _split_blocks(container: Tag) -> list[str]:
    """Paragraphs of ``container``: block elements and ``<br>``-separated runs of text."""
    paragraphs: list[str] = []
    run: list[str] = []

    def flush() -> None:
        text = " ".join(" ".join(run).split())
        run.clear()
        if text and (not paragraphs or text != paragraphs[-1]):
            paragraphs.append(text)

    for child in container.children:
        if isinstance(child, Tag):
            if child.name == "br":
                flush()
            elif child.name in _BLOCK_TAGS or child.find(_BLOCK_TAGS):
                flush()
                blocks = [child] if child.name in _BLOCK_TAGS else child.find_all(_BLOCK_TAGS)
                for block in blocks:
                    run.append(block.get_text(" ", strip=True))
                    flush()
            else:
                run.append(child.get_text(" ", strip=True))
        else:
            run.append(str(child))
    flush()
    return paragraphs
