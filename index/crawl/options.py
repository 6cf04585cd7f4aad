"""The settings of a crawl: one frozen dataclass, defaults declared once.

The library takes these as plain keyword arguments (``CrawlOptions(out=..., delay=0.5)``);
the CLI only turns its flags into them. Defaults suit crawling real news sites politely:
one request per host per second, three attempts, 10 MB pages, a week between re-checks
of a stored article.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from index.errors import InputError

from .fetch import FetchLimits

AGENT_TOKEN = "webinar-search-bot"


@dataclass(frozen=True)
class CrawlOptions:
    """Everything a crawl can be told.

    ``out``: folder of the WARC files and the frontier. ``delay``: seconds between the starts
    of two requests to one host (robots.txt may ask for more). ``concurrency``: hosts in
    flight at once. ``max_pages``: page requests per run (the rest stays queued).
    ``max_depth``: links followed away from a seed. ``prefixes``/``include``/``exclude``:
    the scope (:mod:`index.crawl.scope`). ``allow_private``: crawl loopback/private addresses that
    pages name (seeds' hosts are always allowed). ``contact``: added to the User-Agent.
    ``max_attempts``/``retry_base``/``max_retry_after``: retries on 429, 5xx and network
    failures. ``min_article_chars``: body text a page needs to be an article.
    ``max_article_pages``: pages of one multi-page article. ``revisit_days``: age after
    which a new run re-checks a stored article.
    """

    out: Path
    delay: float = 1.0
    concurrency: int = 8
    max_pages: int | None = None
    max_depth: int = 3
    prefixes: tuple[str, ...] = ()
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    allow_private: bool = False
    contact: str | None = None
    limits: FetchLimits = field(default_factory=FetchLimits)
    max_listing_bytes: int = 50 * 2**20
    max_attempts: int = 3
    retry_base: float = 2.0
    max_retry_after: float = 3600.0
    max_redirects: int = 5
    min_article_chars: int = 400
    max_article_pages: int = 20
    revisit_days: float = 7.0

    def user_agent(self) -> str:
        """``webinar-search-bot/<version> (+<contact>)``: who we are and how to reach us."""
        from importlib.metadata import PackageNotFoundError, version

        try:
            release = version("webinar-search")
        except PackageNotFoundError:
            release = "dev"
        contact = f" (+{self.contact})" if self.contact else ""
        return f"{AGENT_TOKEN}/{release}{contact}"

    def listing_limits(self) -> FetchLimits:
        """The fetch limits for sitemaps and feeds: pages' limits with a larger size cap."""
        limits = self.limits
        return FetchLimits(limits.connect_timeout, limits.read_timeout, limits.total_timeout,
                           self.max_listing_bytes, limits.max_ratio)

    def check(self) -> None:
        """Raise :class:`InputError` for values that cannot work."""
        if self.delay < 0 or self.retry_base < 0:
            raise InputError("--delay and --backoff must be 0 or more seconds")
        if self.concurrency < 1:
            raise InputError("--concurrency must be at least 1")
        if self.max_depth < 0:
            raise InputError("--max-depth must be 0 or more")
        if self.max_pages is not None and self.max_pages < 1:
            raise InputError("--max-pages must be at least 1")
        if self.max_attempts < 1:
            raise InputError("--max-attempts must be at least 1")
