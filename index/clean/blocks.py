"""A pruned page tree as a flat list of text blocks, and the elements that contain them.

A *block* is the text between two block boundaries: a paragraph, a heading, a list item,
a table cell, or a run of text that a layout ``<div>`` holds directly, cut at every
``<br>``. Old Indonesian templates put whole articles into one ``<div>`` as text separated
by ``<br><br>`` or by unclosed ``<p>`` tags, so text outside ``<p>`` elements is as much a
paragraph as text inside one.

Each block remembers how much of it is link text (menus and related lists are links; a
teaser starts with one), bold text (a bold-only line is a subhead), whether an image came
before it in the same small element (a caption), and which element holds it. Every block-level
element becomes a :class:`Region`: the contiguous range of blocks inside it, in reading
order. Because ranges are contiguous, the body search can score any element with two
lookups in a prefix sum instead of walking its subtree again. An inline element whose
class or id names boilerplate (``<span class="caption">``) is a boundary and a region
too, so its text never merges into a paragraph around it.

One pass over the tree with ``etree.iterwalk`` (start/end events), no recursion, so
pathologically deep pages cannot overflow the stack.
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree
from lxml.html import HtmlElement

from .tree import element_noise_level, is_hidden

BLOCK_TAGS = frozenset({
    "html", "body", "main", "article", "section", "div", "p", "h1", "h2", "h3", "h4", "h5",
    "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "table", "thead", "tbody",
    "tfoot", "tr", "td", "th", "caption", "header", "address", "center", "hr", "details",
    "summary", "fieldset", "legend", "form", "hgroup",
})
CAPTION_CHARS = 300
CAPTION_BOX_BLOCKS = 3
"""An element with an image and at most this many text blocks of its own is a picture box."""
HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_BOLD_TAGS = frozenset({"b", "strong"})
_PHRASE_TAGS = frozenset({"a", "b", "strong", "em", "i", "u", "abbr", "sup", "sub", "time",
                          "mark", "q", "cite", "code", "html", "body"})
"""Never marked noisy: a classed link or a bold word inside a sentence is part of it."""


@dataclass(slots=True)
class Block:
    """One paragraph-like run of text and what is known about it."""

    text: str
    tag: str
    element: HtmlElement
    link_chars: int = 0
    bold_chars: int = 0
    lead_link_chars: int = 0
    """Link text before any plain text: a teaser starts with its linked headline."""
    after_image: bool = False
    """The element holding the text also holds an image before it, and at most
    :data:`CAPTION_BOX_BLOCKS` blocks of its own: a caption, unless it is a paragraph or
    long."""

    @property
    def is_caption(self) -> bool:
        return self.after_image and self.tag != "p" and len(self.text) < CAPTION_CHARS

    @property
    def link_density(self) -> float:
        return min(1.0, self.link_chars / len(self.text)) if self.text else 0.0

    @property
    def is_heading(self) -> bool:
        """A heading element, or a short line that is bold from end to end."""
        if self.tag in HEADING_TAGS:
            return True
        return len(self.text) < 120 and self.bold_chars >= len(self.text) - 2


@dataclass(slots=True)
class Region:
    """A block-level element and the half-open range of blocks inside it.

    ``noise`` is 2 for an element whose class, id, role or itemprop has a strong
    boilerplate word (``clean_noise_attrs.txt``), 1 for a weak word, a page ``<header>``
    or a hidden element, else 0; whether its blocks really are boilerplate is for the body
    search to decide.
    """

    element: HtmlElement
    start: int
    end: int
    depth: int
    noise: int = 0


def linearize(root: HtmlElement) -> tuple[list[Block], list[Region]]:
    """The blocks of ``root`` in reading order, and every block-level element's range.

    Regions come in post-order (an element after everything inside it), which the body
    search relies on to prefer the innermost of equally good containers.
    """
    blocks: list[Block] = []
    regions: list[Region] = []
    pieces: list[str] = []
    # Of the block being built: link chars, bold chars, link chars before any plain text,
    # and whether plain (unlinked) text has started.
    counts = [0, 0, 0, 0]
    owners: list[HtmlElement] = []
    starts: list[tuple[int, int]] = []
    # Elements that hold an image: the blocks they hold after it (caption candidates).
    pictured: dict[HtmlElement, list[int]] = {}
    own_counts: list[int] = []  # blocks each open element holds itself (parallel to owners)
    boundaries: set[HtmlElement] = set()
    link_depth = 0
    bold_depth = 0

    def add(text: str | None) -> None:
        if not text:
            return
        pieces.append(text)
        size = len(text.strip())
        if link_depth:
            counts[0] += size
            if not counts[3]:
                counts[2] += size
        elif size:
            counts[3] = 1
        if bold_depth:
            counts[1] += size

    def flush() -> None:
        if not pieces:
            return
        text = " ".join("".join(pieces).split())
        pieces.clear()
        if text and owners:
            owner = owners[-1]
            own_counts[-1] += 1
            after = pictured.get(owner) if pictured else None
            if after is not None:
                after.append(len(blocks))
            blocks.append(Block(text, owner.tag, owner, counts[0], counts[1], counts[2],
                                after is not None))
        counts[0] = counts[1] = counts[2] = counts[3] = 0

    for event, element in etree.iterwalk(root, events=("start", "end")):
        tag = element.tag
        if not isinstance(tag, str):
            if event == "end":
                add(element.tail)
            continue
        if event == "start":
            noise = 0 if tag in _PHRASE_TAGS else _noise_level(element)
            if tag in BLOCK_TAGS or noise:
                flush()
                boundaries.add(element)
                owners.append(element)
                own_counts.append(0)
                starts.append((len(blocks), noise))
            elif tag == "br":
                flush()
            elif tag == "img" and owners:
                pictured.setdefault(owners[-1], [])
            elif tag == "a":
                link_depth += 1
            elif tag in _BOLD_TAGS:
                bold_depth += 1
            add(element.text)
        else:
            if element in boundaries:
                flush()
                owners.pop()
                own = own_counts.pop()
                if pictured and element in pictured:
                    _uncaption_long_element(blocks, pictured.pop(element), own)
                start, noise = starts.pop()
                if len(blocks) > start:
                    regions.append(Region(element, start, len(blocks), len(owners), noise))
            elif tag == "a":
                link_depth -= 1
            elif tag in _BOLD_TAGS:
                bold_depth -= 1
            if element is not root:
                add(element.tail)
    flush()
    return blocks, regions


def _uncaption_long_element(blocks: list[Block], after_image: list[int], own: int) -> None:
    """Clear the caption mark of blocks in an element that holds more than a picture box.

    A picture box (a ``<td>`` or ``<div>`` holding an image) has a line or two of caption
    and credit; an element that holds more blocks of its own than
    :data:`CAPTION_BOX_BLOCKS` is an old-style article body (an image, then the
    paragraphs cut by ``<br>``), whose paragraphs are not captions.
    """
    if own > CAPTION_BOX_BLOCKS:
        for index in after_image:
            blocks[index].after_image = False


def _noise_level(element: HtmlElement) -> int:
    get = element.get
    if element.tag == "header":
        return 1
    if (get("class") or get("id") or get("role") or get("itemprop")) is not None:
        if "articlebody" in (get("itemprop") or "").lower():
            return 0  # the site's own schema markup outranks its class words ("share-area")
        level = element_noise_level(element)
        if level:
            return level
    if (get("style") or get("hidden") or get("aria-hidden")) is not None and is_hidden(element):
        return 1
    return 0
