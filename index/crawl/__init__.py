"""The crawl wing: seeds in, article pages out as WARC files, politely and resumably.

:func:`crawl` with :class:`CrawlOptions` is the whole API; :mod:`index.crawl.crawler` says
how the coordinator, the worker threads, the SQLite frontier and the WARC writer share the
work. The crawler asks the clean wing whether a page continues on further pages, the one
dependency between wings (``docs/ARCHITECTURE.md``).
"""

from .crawler import crawl
from .fetch import FetchLimits
from .options import CrawlOptions
from .report import CrawlReport

__all__ = ["CrawlOptions", "CrawlReport", "FetchLimits", "crawl"]
