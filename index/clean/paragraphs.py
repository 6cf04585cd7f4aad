"""From the body container's blocks to the article's paragraphs.

1. The cells of one table row become one paragraph first, so that the phrase patterns
   see a whole "Penulis | : Ani" row.
2. Dropped: phrase noise (``clean_noise_lines.txt``; the names in a dropped byline are
   kept for the record's authors), link lists, captions (short text after an image in the
   same non-paragraph element), sign-off codes on their own line, the headline (``<h1>``,
   or the title again).
3. Short fragments that are not sentences are trimmed from both ends (bylines, dates,
   "DINI TEJA"), but a run of more than :data:`MAX_EDGE_RUN` of them is a list or a
   schedule and stays; list items are never trimmed; subheads between paragraphs stay.
4. A dateline on its own line ("Palembang, BP-") is joined to the first paragraph;
   sign-off codes are cut from the end of the last one; a paragraph repeated right after
   itself (a caption in two sizes, a pull quote) appears once.
"""

from __future__ import annotations

import re

from .blocks import HEADING_TAGS, Block
from .noise import byline_names, is_dateline, is_noise_line, is_tail_code, strip_tail_code

MAX_LINK_DENSITY = 0.5
MAX_PROSE_LINK_DENSITY = 0.7
MAX_EDGE_RUN = 4
"""More fragments than this at an edge are a list or a schedule, not bylines: kept."""
SENTENCE_END = re.compile(r"""[.!?…:;"'”’)]\s*$""")
_LIST_TAGS = frozenset({"li", "dd", "dt"})
_WORD = re.compile(r"\w+")


def is_link_list(block: Block) -> bool:
    """Mostly link text: a menu, a related list, a "Read more" line.

    Long prose that links many of its phrases (deal round-ups, wiki-style explainers) may
    go up to :data:`MAX_PROSE_LINK_DENSITY`.
    """
    links = block.link_density
    if links <= MAX_LINK_DENSITY:
        return False
    return not (links <= MAX_PROSE_LINK_DENSITY and len(block.text) >= 200
                and SENTENCE_END.search(block.text) is not None)


def _norm(text: str) -> str:
    return " ".join(_WORD.findall(text.casefold()))


def _is_sentence(text: str) -> bool:
    if len(text) >= 120:
        return True
    return len(text.split()) >= 6 and SENTENCE_END.search(text) is not None


def _holds_edge(block: Block) -> bool:
    """Whether a block at the start or end of the body stays: a sentence or a list item.

    Bylines, dates, labels and credits sit at the edges as short fragments; list items
    are structured content (a schedule, a recipe) and are not trimmed.
    """
    return block.tag in _LIST_TAGS or _is_sentence(block.text)


def _merge_rows(blocks: list[Block]) -> list[Block]:
    """Blocks with the cells of each table row joined into one ("Penulis" + ": Ani")."""
    merged: list[Block] = []
    previous_row = None
    for block in blocks:
        row = block.element.getparent() if block.tag in ("td", "th") else None
        if row is not None and row is previous_row:
            last = merged[-1]
            merged[-1] = Block(f"{last.text} {block.text}", "tr", row,
                               last.link_chars + block.link_chars,
                               last.bold_chars + block.bold_chars)
        else:
            merged.append(block)
        previous_row = row
    return merged


def body_paragraphs(blocks: list[Block], title: str | None, bylines: list[str]) -> list[str]:
    """The paragraphs of the body ``blocks``; names from dropped bylines go to ``bylines``."""
    title_key = _norm(title) if title else None
    kept: list[Block] = []
    for block in _merge_rows(blocks):
        text = block.text
        if block.tag == "h1" or (title_key and _norm(text) == title_key):
            continue
        if is_noise_line(text):
            bylines.extend(byline_names(text))
            continue
        if is_link_list(block) or block.is_caption or is_tail_code(text):
            continue
        kept.append(block)
    start = 0
    while start < len(kept) and not _holds_edge(kept[start]):
        if is_dateline(kept[start].text) and start + 1 < len(kept):
            break
        start += 1
    if start > MAX_EDGE_RUN:
        start = 0
    end = len(kept)
    while end > start and (not _holds_edge(kept[end - 1]) or kept[end - 1].tag in HEADING_TAGS):
        end -= 1
    if len(kept) - end > MAX_EDGE_RUN:
        end = len(kept)
    texts = [block.text for block in kept[start:end]]
    if len(texts) > 1 and is_dateline(texts[0]):
        texts[1] = f"{texts[0]} {texts[1]}"
        del texts[0]
    if texts:
        texts[-1] = strip_tail_code(texts[-1])
        if not texts[-1]:
            texts.pop()
    paragraphs: list[str] = []
    for text in texts:
        if paragraphs and len(text) > 40 and _norm(paragraphs[-1]) == _norm(text):
            continue
        paragraphs.append(text)
    return paragraphs
