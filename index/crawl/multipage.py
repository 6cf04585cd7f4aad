"""Multi-page articles in the frontier: park page 1, fetch the rest, store one article.

When page 1 of an article names later pages, the page is parked in the frontier's
``parts`` table (its row goes to state ``waiting``) and the later pages are queued as
``part`` URLs, first in their host's queue and outside the page budget, so an article is
never left half-fetched by ``--max-pages``. Each fetched part is parked too, and may name
further pages (up to ``max_article_pages``). When no part is still waiting, the pages are
stitched (:mod:`index.crawl.stitch`) and written as one WARC record set
(:func:`index.crawl.warc.encode_stitched`). A part that fails or is skipped does not hold the
article back: it is stored without that page and marked incomplete. All of this lives in
SQLite, so a crawl killed half-way through an article finishes it on resume.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from .fetch import FetchResult
from .frontier import Frontier, NewURL, QueuedURL
from .options import CrawlOptions
from .report import CrawlReport
from .stitch import PageBody, stitch_pages
from .warc import WarcWriter, encode_stitched

_DAY = 86400.0


class MultipageArticles:
    """The coordinator's helper for articles spread over several pages."""

    def __init__(self, options: CrawlOptions, frontier: Frontier, warc: WarcWriter,
                 report: CrawlReport, new_url: Callable[..., NewURL | None],
                 wake: Callable[[str], None]) -> None:
        self.options = options
        self.frontier = frontier
        self.warc = warc
        self.report = report
        self.new_url = new_url
        self.wake = wake

    def start(self, queued: QueuedURL, result: FetchResult, next_pages: list[str]) -> None:
        """Park page 1 and queue the pages it names."""
        self.frontier.put_part(queued.key, 1, queued.key, result.url, "fetched",
                               result.to_meta(), result.body)
        self._queue(queued.key, queued.depth, next_pages, start=2)

    def _queue(self, article: str, depth: int, urls: list[str], start: int) -> None:
        known = {part.key for part in self.frontier.parts(article)}
        page_no = start
        for url in urls:
            new = self.new_url(url, "part", depth, parent=article)
            if new is None or new.key in known or page_no > self.options.max_article_pages:
                continue
            known.add(new.key)
            self.frontier.put_part(article, page_no, new.key, url, "waiting")
            page_no += 1
            self.frontier.add([new])
            # Already known as a plain page (a section page linked it): it is a part now.
            self.frontier.db.execute(
                "UPDATE urls SET kind='part', parent=?, priority=-1, state='queued', "
                "not_before=0, attempts=0, hops=0, via=NULL WHERE key=?",
                (article, new.key))
            self.wake(new.host)

    def moved(self, queued: QueuedURL, new: NewURL) -> None:
        """A part redirected: wait for the redirect target instead."""
        located = self.frontier.part_for_key(queued.key)
        if located is not None:
            article, page_no = located
            self.frontier.put_part(article, page_no, new.key, new.url, "waiting")

    def fetched(self, queued: QueuedURL, result: FetchResult, next_pages: list[str]) -> None:
        """A part arrived: park it, queue the pages it names, store the article if complete."""
        located = self.frontier.part_for_key(queued.key)
        if located is None:
            return
        article, page_no = located
        self.frontier.put_part(article, page_no, queued.key, result.url, "fetched",
                               result.to_meta(), result.body)
        if next_pages:
            last = max(part.page_no for part in self.frontier.parts(article))
            self._queue(article, queued.depth, next_pages, start=last + 1)
        self._store_if_complete(article)

    def given_up(self, key: str) -> None:
        """A part that will not be fetched (failed, skipped): go on without it."""
        located = self.frontier.part_for_key(key)
        if located is not None:
            article, page_no = located
            self.frontier.db.execute("UPDATE parts SET state='failed' WHERE article=? AND "
                                     "page_no=?", (article, page_no))
            self._store_if_complete(article)

    def flush(self) -> None:
        """Store the articles still waiting at the end of a run, with the pages they have."""
        for article in list(self.frontier.waiting()):
            self._store_if_complete(article, force=True)

    def _store_if_complete(self, article: str, force: bool = False) -> None:
        parts = self.frontier.parts(article)
        if not force and any(part.state == "waiting" for part in parts):
            return
        pages = [FetchResult.from_meta(part.meta, part.body) for part in parts
                 if part.state == "fetched"]
        self.frontier.drop_parts(article)
        if not pages:
            return
        html = stitch_pages([PageBody(p.url, p.body, p.charset) for p in pages])
        self.warc.append(encode_stitched(pages[0].url, html, pages))
        self.report.stored += 1
        incomplete = len(pages) < len(parts)
        self.frontier.finish(article, "done",
                             "multi-page article, incomplete" if incomplete else None,
                             revisit_at=time.time() + self.options.revisit_days * _DAY)
