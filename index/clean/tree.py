"""Parsing a page into an lxml tree, and pruning what can never be article text.

Why lxml.html on the hot path, and what bs4 does. The issue asks for beautifulsoup4 on the
lxml parser; we keep both libraries but split the work by cost. Building a bs4 tree costs
about 35 ms on a 60 kB news page (every node becomes a Python object), while libxml2
builds the same tree in C in about 2.5 ms, and the body search below walks it in a few
more. A bs4 tree would spend the whole per-page budget of the cleaner (it must be at least
as fast as trafilatura) before any extraction starts. So:

* ``lxml.html`` (libxml2, the same engine bs4's ``"lxml"`` builder drives) parses, and all
  traversal runs on its tree; bulk removals use ``etree.strip_elements`` (C speed).
* bs4 sniffs the encoding (``EncodingDetector`` finds the byte-order mark and the declared
  charset; see :mod:`index.clean.decode`), and when libxml2 gives up on a document (no
  tree at all, or an empty tree over a page that has text, as after a stray ``<html/>``),
  bs4's own ``html.parser`` builds one and ``lxml.html.soupparser`` converts it, so no
  page is lost to a parser failure.

Pruning here is only the safe part: tags that never hold prose (``clean_drop_tags.txt``:
scripts, navigation, asides, footers, figures, form controls ...) are removed with their
content, keeping tail text, in one C-level ``etree.strip_elements`` call. Elements whose
class or id *suggests* boilerplate ("share", "related", "widget", "caption" ...) are not
removed here: a blog template may call its main wrapper "widget Blog". They are marked
while the tree is linearised and judged by the body search, which knows how much of the
page's prose they hold (:mod:`index.clean.body`).
"""

from __future__ import annotations

import logging
import re
import threading
from dataclasses import dataclass
from functools import cache, lru_cache

from lxml import etree
from lxml.html import HtmlElement, HTMLParser, document_fromstring

from index.resources import word_list

log = logging.getLogger(__name__)

_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_TEXT_BETWEEN_TAGS = re.compile(r"(?:^|>)[^<]*?\w")
_TOKEN_SPLIT = re.compile(r"[^a-z0-9]+")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_local = threading.local()


def _parser() -> HTMLParser:
    # lxml parsers must not be shared between threads.
    parser = getattr(_local, "parser", None)
    if parser is None:
        # huge_tree raises libxml2's nesting limit from 256 to 2048 levels: pages with
        # hundreds of unclosed inline tags are real, and MAX_PAGE_BYTES bounds the work.
        parser = HTMLParser(remove_comments=True, remove_pis=True, no_network=True,
                            collect_ids=False, default_doctype=False, huge_tree=True)
        _local.parser = parser
    return parser


def parse_html(text: str) -> HtmlElement | None:
    """The document's root element, or ``None`` when there is no markup at all."""
    text = _XML_DECLARATION.sub("", text, count=1).replace("\x00", "")
    if not text.strip():
        return None
    try:
        root = document_fromstring(text, parser=_parser())
    except (etree.ParserError, ValueError) as exc:
        log.debug("libxml2 could not parse the page (%s); trying bs4", exc)
        return _parse_with_bs4(text)
    if not root.text_content().strip() and _TEXT_BETWEEN_TAGS.search(text):
        # libxml2 built an empty tree over a page with text ("<html/>" up front does it).
        rescued = _parse_with_bs4(text)
        return rescued if rescued is not None else root
    return root


def parse_problem() -> str | None:
    """Why the last :func:`parse_html` in this thread lost part of the page, if it did."""
    parser = getattr(_local, "parser", None)
    if parser is None:
        return None
    for entry in parser.error_log:
        if entry.type_name == "ERR_RESOURCE_LIMIT":
            return "the page nests its elements too deeply to be read whole"
    return None


def _parse_with_bs4(text: str) -> HtmlElement | None:
    from lxml.html import soupparser

    try:
        root = soupparser.fromstring(text, features="html.parser")
    except (ValueError, TypeError, AttributeError, RecursionError, etree.LxmlError) as exc:
        log.debug("bs4 could not parse the page either: %s", exc)
        return None
    return root if isinstance(root, HtmlElement) else None


@dataclass(frozen=True)
class AttrWords:
    """A word list from ``index/data/`` that can be looked for in a class/id string.

    ``word`` entries match whole tokens (split at anything but a-z and 0-9), ``*word``
    entries match anywhere, so "relatedPosts" and "sharebar" are caught too. Token sets
    and substring tests instead of one big regular expression: this runs for every
    element with a class, and set lookups are several times faster.
    """

    tokens: frozenset[str]
    substrings: tuple[str, ...]

    def search(self, attrs: str) -> bool:
        """Whether the lower-cased attribute string holds one of the words."""
        if not self.tokens.isdisjoint(_TOKEN_SPLIT.split(attrs)):
            return True
        return any(word in attrs for word in self.substrings)


@cache
def attr_words(name: str, strength: str = "all") -> AttrWords:
    """The entries of ``index/data/<name>``; a leading ``!`` marks a strong word, and
    ``strength`` selects the "strong", "weak" or "all" entries."""
    words = []
    for word in word_list(name):
        strong = word.startswith("!")
        if strength == "all" or (strength == "strong") == strong:
            words.append(word.lstrip("!").lower())
    return AttrWords(frozenset(w for w in words if not w.startswith("*")),
                     tuple(w[1:] for w in words if w.startswith("*")))


@lru_cache(maxsize=16384)
def attr_noise_level(attrs: str) -> int:
    """2 for a strong boilerplate word in ``attrs``, 1 for a weak one, else 0.

    An embed word (``clean_keep_attrs.txt``) overrules both. Cached: templates repeat the
    same class strings hundreds of times per page and across pages of one site.
    """
    if attr_words("clean_keep_attrs.txt").search(attrs):
        return 0
    if attr_words("clean_noise_attrs.txt", "strong").search(attrs):
        return 2
    if attr_words("clean_noise_attrs.txt", "weak").search(attrs):
        return 1
    return 0


def element_noise_level(element: HtmlElement) -> int:
    """:func:`attr_noise_level` of the element's :func:`attr_string`, cached on the raw
    attributes (the taxonomy filter then runs once per distinct class string)."""
    get = element.get
    return _raw_noise_level(get("class", ""), get("id", ""), get("role", ""),
                            get("itemprop", ""))


@lru_cache(maxsize=16384)
def _raw_noise_level(classes: str, ident: str, role: str, itemprop: str) -> int:
    if "-" in classes:
        classes = role_classes(classes)
    return attr_noise_level(f"{classes} {ident} {role} {itemprop}".lower())


def attr_string(element: HtmlElement) -> str:
    """The element's class, id, role and itemprop, lower-cased, for the word patterns.

    Class tokens that carry the post's taxonomy (``clean_class_slugs.txt``:
    "tag-social-media", "category-sponsored") are left out: they name the article's
    topic, not the element's role.
    """
    get = element.get
    classes = get("class", "")
    if "-" in classes:  # every taxonomy prefix has one; most class strings have none
        classes = role_classes(classes)
    return f"{classes} {get('id', '')} {get('role', '')} {get('itemprop', '')}".lower()


@lru_cache(maxsize=16384)
def role_classes(classes: str) -> str:
    """``classes`` without its taxonomy tokens (``clean_class_slugs.txt``)."""
    prefixes = _slug_prefixes()
    return " ".join(t for t in classes.split() if not t.lower().startswith(prefixes))


@cache
def _slug_prefixes() -> tuple[str, ...]:
    return tuple(word.lower() for word in word_list("clean_class_slugs.txt"))


def prune_tree(root: HtmlElement) -> None:
    """Remove the elements that never hold prose (``clean_drop_tags.txt``), keeping tails."""
    etree.strip_elements(root, *word_list("clean_drop_tags.txt"), with_tail=False)


def is_hidden(element: HtmlElement) -> bool:
    """Whether the element is hidden from readers (``hidden``, ``aria-hidden``, CSS)."""
    if element.get("hidden") is not None or element.get("aria-hidden") == "true":
        return True
    style = element.get("style")
    return bool(style) and _HIDDEN_STYLE.search(style) is not None
