"""Finding the article body among a page's blocks.

1. Every block gets a value: prose (long, few links) counts its length; link lists, phrase
   noise (``clean_noise_lines.txt``) and short fragments count against it.
2. Marked elements (:mod:`index.clean.blocks`: a boilerplate word in the class or id, a
   page header, a hidden element) turn into noise unless they hold much of the page's
   prose: a strong word (comments, cookie notice, related list) unless they hold nearly all
   of it, a weak word (widget, thumbnail, tag) unless they hold half of it. Teaser cards
   and lists (linked headline plus summary) turn into noise too.
3. The body container is ``itemprop="articleBody"`` when the page declares one (and it
   holds at least :data:`DECLARED_MIN_SHARE` of the prose of the best container outside
   it); otherwise the block-level element with the highest total value inside it (a
   maximum subtree sum over the regions, two lookups in a prefix sum each). A body that
   the template splits into several blocks between ads is found whole: the container
   holding all the parts scores more than any one part, because the ad between them costs
   less than the prose beyond it brings. Ties go to the innermost element; a content word
   in the class or id (``clean_content_attrs.txt``) adds a small bonus.
4. The container's blocks that are not noise go to :mod:`index.clean.paragraphs`. When no
   candidate yields a paragraph (every good container was marked by a class word), steps
   3-4 run again with the class marks ignored: an empty result is for pages without prose.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import accumulate

from .blocks import Block, Region
from .noise import MAX_NOISE_LINE, is_noise_line
from .paragraphs import MAX_LINK_DENSITY, SENTENCE_END, body_paragraphs, is_link_list
from .tree import attr_string, attr_words

GOOD_CHARS = 80
"""A block this long with few links is prose."""
STRONG_KEEP_SHARE = 0.8
WEAK_KEEP_SHARE = 0.5
WEAK_KEEP_SHARE_CONTENT = 0.15
_JUNK_WEIGHT = 0.5
_SHORT_PENALTY = 0.3
_SHORT_SENTENCE_WEIGHT = 0.5
_TEASER_LINK_DENSITY = 0.8
_TEASER_HEADLINE = 200
_TEASER_SUMMARY = 400
_TEASER_LABEL = 40
_TEASER_MAX_BLOCKS = 40
_ELLIPSES = ("...", "…", "[…]", "[...]")
_CELL_TAGS = frozenset({"li", "td", "th", "dd", "dt"})
_CONTENT_BONUS = 0.15
_MIN_BODY_SCORE = 40.0
DECLARED_MIN_SHARE = 0.3
"""The declared body must hold this much of the prose of a container found outside it."""


@dataclass
class Body:
    """The body paragraphs, or why there are none."""

    paragraphs: list[str] = field(default_factory=list)
    reason: str | None = None
    bylines: list[str] = field(default_factory=list)
    """People named by byline lines dropped from the body ("Pewarta: Ani dan Budi")."""


def block_value(block: Block) -> float:
    """How much ``block`` says "article prose here" (negative: "boilerplate here")."""
    text = block.text
    size = len(text)
    links = block.link_density
    if is_link_list(block):
        return -_JUNK_WEIGHT * size
    if block.is_caption or (size <= MAX_NOISE_LINE and is_noise_line(text)):
        return -_JUNK_WEIGHT * size
    if size >= GOOD_CHARS:
        return size * (1.0 - links)
    if block.is_heading or block.tag in _CELL_TAGS:
        return 0.0
    if SENTENCE_END.search(text) and text.count(" ") >= 2:
        return _SHORT_SENTENCE_WEIGHT * size
    return -_SHORT_PENALTY * size


def find_body(blocks: list[Block], regions: list[Region], title: str | None = None) -> Body:
    """The article paragraphs among ``blocks``; ``title`` is dropped where it repeats.

    Candidates in order: the declared body (unless it is far smaller than the container the
    search finds elsewhere), the searched container, and, when the class words have turned
    every good container into noise (a body wrapper named "caption-wrap" on a page with
    long teasers), the container the search finds with the class words ignored. The first
    that yields paragraphs wins, so a page with prose never comes out empty because of one
    misleading attribute.
    """
    if not blocks:
        return Body(reason="the page has no text")
    base = [block_value(b) for b in blocks]
    values = list(base)
    noise = _judge_noisy_regions(values, regions)
    _judge_teasers(blocks, values, regions, noise)
    prefix = [0.0, *accumulate(values)]
    searched = _searched_body(regions, prefix, noise)
    candidates = [searched]
    declared = _declared_body(regions, prefix)
    if declared is not None and _declared_holds(declared, searched, prefix):
        candidates.insert(0, declared)
    for region in candidates:
        body = _body_of(region, blocks, noise, title)
        if body is not None:
            return body
    # Last resort: the class words ignored (teasers, link lists and noise lines still count).
    values = base
    noise = [False] * len(blocks)
    _judge_teasers(blocks, values, regions, noise)
    prefix = [0.0, *accumulate(values)]
    body = _body_of(_searched_body(regions, prefix, noise, use_marks=False), blocks, noise,
                    title)
    return body or Body(reason="no article body found in the page")


def _body_of(region: Region | None, blocks: list[Block], noise: list[bool],
             title: str | None) -> Body | None:
    """The paragraphs of ``region`` that are not noise, or ``None`` when there are none."""
    if region is None:
        return None
    kept = [b for b, n in zip(blocks[region.start:region.end], noise[region.start:region.end],
                              strict=True) if not n]
    bylines: list[str] = []
    paragraphs = body_paragraphs(kept, title, bylines)
    return Body(paragraphs=paragraphs, bylines=bylines) if paragraphs else None


def _searched_body(regions: list[Region], prefix: list[float], noise: list[bool],
                   use_marks: bool = True) -> Region | None:
    """The block-level element with the most prose (a content word adds a little)."""
    content = attr_words("clean_content_attrs.txt")
    best, best_score = None, _MIN_BODY_SCORE
    for region in regions:
        score = prefix[region.end] - prefix[region.start]
        if score <= 0 or (use_marks and region.noise and noise[region.start]):
            continue
        if content.search(attr_string(region.element)) or region.element.tag == "article":
            score *= 1.0 + _CONTENT_BONUS
        if score > best_score:
            best, best_score = region, score
    return best


def _declared_body(regions: list[Region], prefix: list[float]) -> Region | None:
    """The element the page itself marks as the body (``itemprop="articleBody"``), if any.

    schema.org markup is written by the site for machines and is right far more often than
    any layout heuristic; when several elements carry it, the one with the most prose wins.
    """
    marked = [r for r in regions
              if "articlebody" in (r.element.get("itemprop") or "").lower()]
    if not marked:
        return None
    best = max(marked, key=lambda r: prefix[r.end] - prefix[r.start])
    return best if prefix[best.end] - prefix[best.start] > 0 or len(marked) == 1 else None


def _declared_holds(declared: Region, searched: Region | None, prefix: list[float]) -> bool:
    """Whether the declared body is tried before the searched one.

    It is, unless the searched container is not inside it and the declared one holds less
    than :data:`DECLARED_MIN_SHARE` of the searched one's prose: a template that puts
    ``itemprop="articleBody"`` on the lead paragraph only, or on a wrapper of page
    furniture, would otherwise lose the rest of the article.
    """
    if searched is None or declared.start <= searched.start and searched.end <= declared.end:
        return True
    declared_score = max(prefix[declared.end] - prefix[declared.start], 0.0)
    return declared_score >= DECLARED_MIN_SHARE * (prefix[searched.end] - prefix[searched.start])


def _judge_noisy_regions(values: list[float], regions: list[Region]) -> list[bool]:
    """Which blocks are boilerplate by their container's class; their values turn negative.

    Strong words first (:data:`STRONG_KEEP_SHARE`), then weak ones over the prose that is
    left (:data:`WEAK_KEEP_SHARE`, or :data:`WEAK_KEEP_SHARE_CONTENT` when the element also
    has a content word): a template wrapper with an unlucky class name ("widget Blog",
    "post has-post-thumbnail") holds most of the prose and is kept.
    """
    noise = [False] * len(values)
    content = attr_words("clean_content_attrs.txt")
    outer_first = sorted((r for r in regions if r.noise), key=lambda r: (r.start, -r.end))
    for level in (2, 1):
        prose = [0.0, *accumulate(0.0 if n or v <= 0 else v
                               for v, n in zip(values, noise, strict=True))]
        total = prose[-1] or 1.0
        for region in outer_first:
            if region.noise != level or noise[region.start]:
                continue
            share = (prose[region.end] - prose[region.start]) / total
            if level == 2 and share >= STRONG_KEEP_SHARE:
                continue
            if level == 1 and (share >= WEAK_KEEP_SHARE or (
                    share >= WEAK_KEEP_SHARE_CONTENT
                    and content.search(attr_string(region.element)))):
                continue
            for i in range(region.start, region.end):
                if not noise[i]:
                    noise[i] = True
                    if values[i] > 0:
                        values[i] = -_JUNK_WEIGHT * values[i]
    return noise


def _teaser_run(blocks: list[Block]) -> int:
    """0, or 1 for linked headlines each followed by a short summary (a teaser card or
    list), or 2 when two or more summaries are cut short ("...") after their headline.

    Every prose block must follow a link-only headline, or start with a linked headline
    and end cut short; short labels (a category, a date) may sit in between. Article
    prose is never laid out this way.
    """
    pairs = truncated = 0
    headline = False
    for block in blocks:
        size = len(block.text)
        if (block.lead_link_chars >= _TEASER_LABEL // 2 and size <= _TEASER_SUMMARY
                and block.text.endswith(_ELLIPSES)):
            truncated += 1  # headline and truncated summary in one block
            headline = False
        elif block.link_density >= _TEASER_LINK_DENSITY and size <= _TEASER_HEADLINE:
            headline = True
        elif headline and block.link_density < MAX_LINK_DENSITY and size <= _TEASER_SUMMARY:
            pairs += 1
            headline = False
        elif size > _TEASER_LABEL:
            return 0
    if truncated >= 2:
        return 2
    return 1 if pairs + truncated else 0


def _judge_teasers(blocks: list[Block], values: list[float], regions: list[Region],
                   noise: list[bool]) -> None:
    """Mark teaser cards and lists (:func:`_teaser_run`) as noise, in place.

    A region holding :data:`WEAK_KEEP_SHARE` of the prose is kept (a listicle whose items
    link their headings is the article itself) unless its summaries are cut short, which
    no article does.
    """
    prose = [0.0, *accumulate(0.0 if n or v <= 0 else v
                               for v, n in zip(values, noise, strict=True))]
    total = prose[-1] or 1.0
    for region in sorted(regions, key=lambda r: (r.start, -r.end)):
        size = region.end - region.start
        if size < 2 or size > _TEASER_MAX_BLOCKS or noise[region.start]:
            continue
        kind = _teaser_run(blocks[region.start:region.end])
        if not kind:
            continue
        if kind == 1 and (prose[region.end] - prose[region.start]) / total >= WEAK_KEEP_SHARE:
            continue
        for i in range(region.start, region.end):
            noise[i] = True
            if values[i] > 0:
                values[i] = -_JUNK_WEIGHT * values[i]
