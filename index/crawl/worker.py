"""The crawler's worker side: one request and everything that can be worked out from its
answer without the frontier, run in a pool thread.

A :class:`PageWorker` fetches a queued URL (with ``If-None-Match``/``If-Modified-Since``
when the frontier has validators), then, for a 200 answer, reads a sitemap or feed
(:mod:`index.crawl.seeds`) or analyzes the page (:mod:`index.crawl.pageinfo`): its article
verdict, its in-scope links as ready-made frontier rows, the later pages of a multi-page
article (from the cleaner, see :meth:`PageWorker.next_pages`), and for a likely article
its WARC records, encoded here so that compression runs in parallel. The coordinator
(:mod:`index.crawl.crawler`) then decides with the frontier in hand. Nothing here touches
shared mutable state except the thread-safe fetcher.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from index.clean.charsets import decode_with_http_charset
from index.clean.cleaner import clean_html

from .fetch import HTML_TYPES, Fetcher, FetchResult
from .frontier import NewURL, QueuedURL
from .options import CrawlOptions
from .pageinfo import PageInfo, analyze_page, article_verdict, looks_like_next_page, same_shape
from .robots import RobotsAnswer, fetch_robots
from .scope import Scope
from .seeds import Listing, parse_listing
from .urlnorm import clean_url, host_of, url_key
from .warc import encode_page

PART, PAGE, AUTO = "part", "page", "auto"
CONTINUATION = "continuation page (a later page of an article)"


@dataclass
class PageOutcome:
    """What a worker found out; exactly one of ``result`` and ``robots`` is set."""

    result: FetchResult | None = None
    robots: RobotsAnswer | None = None
    info: PageInfo | None = None
    listing: Listing | None = None
    verdict: str | None = None
    next_pages: list[str] = field(default_factory=list)
    links: list[NewURL] = field(default_factory=list)
    out_of_scope: dict[str, list[NewURL]] = field(default_factory=dict)
    warc: bytes | None = None


def new_url(url: str, kind: str, depth: int, **extra: object) -> NewURL | None:
    """A frontier row for ``url``: later pages and redirect hops go first, then by depth."""
    key = url_key(url)
    if key is None:
        return None
    priority = -1 if kind == PART or extra.get("hops") else depth
    return NewURL(key=key, url=url, host=host_of(url), kind=kind, depth=depth,
                  priority=priority, **extra)  # type: ignore[arg-type]


class PageWorker:
    """Fetches and analyzes; one instance shared by all pool threads."""

    def __init__(self, options: CrawlOptions, fetcher: Fetcher, scope: Scope) -> None:
        self.options = options
        self.fetcher = fetcher
        self.scope = scope
        self.listing_limits = options.listing_limits()

    def robots(self, origin: str, start_at: float) -> PageOutcome:
        _wait_until(start_at)
        return PageOutcome(robots=fetch_robots(self.fetcher, origin))

    def fetch(self, queued: QueuedURL, start_at: float) -> PageOutcome:
        """Request ``queued`` no earlier than ``start_at``, and analyze the answer."""
        _wait_until(start_at)
        headers = {}
        if queued.etag:
            headers["If-None-Match"] = queued.etag
        if queued.last_modified:
            headers["If-Modified-Since"] = queued.last_modified
        if queued.kind == AUTO:
            result = self.fetcher.fetch(queued.url, headers=headers,
                                        max_bytes=self.options.max_listing_bytes)
        else:
            result = self.fetcher.fetch(queued.url, headers=headers, accept=HTML_TYPES)
        outcome = PageOutcome(result=result)
        if result.error is not None or result.status != 200:
            return outcome
        if queued.kind == AUTO and not result.is_html:
            outcome.listing = parse_listing(result.body, result.content_type, self.listing_limits)
            if outcome.listing is not None or result.content_type:
                return outcome
        self._analyze(queued, result, outcome)
        return outcome

    def _analyze(self, queued: QueuedURL, result: FetchResult, outcome: PageOutcome) -> None:
        info = analyze_page(result.url, result.body, result.charset)
        outcome.info = info
        robots_tag = (result.header("X-Robots-Tag") or "").lower()
        info.noindex = info.noindex or "noindex" in robots_tag or "none" in robots_tag
        info.nofollow = info.nofollow or "nofollow" in robots_tag or "none" in robots_tag
        is_part = queued.kind == PART
        if is_part:
            outcome.verdict = None
        elif info.rel_prev and info.maybe_paginated:
            outcome.verdict = CONTINUATION
        else:
            outcome.verdict = article_verdict(result.url, info, self.options.min_article_chars)
        if is_part or (outcome.verdict is None and info.maybe_paginated):
            outcome.next_pages = self.next_pages(result, info, is_part)
        if outcome.verdict is None and not outcome.next_pages and not is_part:
            outcome.warc = encode_page(result)
        if info.nofollow or is_part or queued.depth >= self.options.max_depth:
            return
        for link in info.links:
            new = new_url(link, PAGE, queued.depth + 1)
            if new is None:
                continue
            reason = self.scope.page_reason(new.url)
            if reason is None:
                outcome.links.append(new)
            else:
                outcome.out_of_scope.setdefault(reason, []).append(new)

    @staticmethod
    def next_pages(result: FetchResult, info: PageInfo, is_part: bool) -> list[str]:
        """Later pages of this article: the cleaner's ``next_pages``, else ``rel=next``
        links shaped like a next page (on page 1: this URL plus a page number; on a later
        page: this URL renumbered). Only pages that look paginated get here, because the
        cleaner costs tens of milliseconds."""
        decoded = decode_with_http_charset(result.body, result.charset)
        article = clean_html(decoded if decoded is not None else result.body, url=result.url)
        candidates = list(article.next_pages) or [
            link for link in info.rel_next
            if looks_like_next_page(result.url, link)
            or (is_part and same_shape(result.url, link))]
        own = url_key(result.url)
        pages: dict[str, None] = {}
        for candidate in candidates:
            url = clean_url(candidate, result.url)
            if url is not None and url_key(url) != own:
                pages[url] = None
        return list(pages)


def _wait_until(moment: float) -> None:
    """Sleep until ``moment``: tasks are handed out a little early, requests start on time."""
    pause = moment - time.time()
    if pause > 0:
        time.sleep(pause)
