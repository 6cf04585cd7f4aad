"""What a crawl did: the counts a user reads at the end of a run, and the progress events.

Counts are for one invocation of the crawler (a resumed run reports what it did itself).
``skipped`` and ``errors`` are keyed by reason, with the reason strings the crawler uses
everywhere (the fetch reason codes of :mod:`index.crawl.fetch`, ``http 404``, ``robots.txt
disallow``, ``duplicate content``, ``not an article (...)``), so the summary reads as a
table of causes.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class CrawlProgress:
    """A snapshot for a progress line (sent at most a few times a second)."""

    fetched: int
    stored: int
    errors: int
    queued: int
    in_flight: int
    seconds: float

    @property
    def rate(self) -> float:
        return self.fetched / self.seconds if self.seconds > 0 else 0.0


@dataclass
class CrawlReport:
    """The outcome of one crawl invocation."""

    resumed: bool = False
    requests: int = 0
    fetched: int = 0
    stored: int = 0
    redirects: int = 0
    retries: int = 0
    skipped: Counter[str] = field(default_factory=Counter)
    errors: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0
    cpu_seconds: float = 0.0
    queued_left: int = 0
    finished: bool = True
    warc_files: list[Path] = field(default_factory=list)

    @property
    def pages_per_second(self) -> float:
        return self.fetched / self.seconds if self.seconds > 0 else 0.0

    def summary_lines(self) -> list[str]:
        """The end-of-run summary, one line per fact, causes sorted by count."""
        lines = [
            f"{'resumed' if self.resumed else 'crawled'}: {self.fetched} pages fetched "
            f"({self.requests} requests, {self.pages_per_second:.1f} pages/s, "
            f"{self.seconds:.1f} s), {self.stored} articles stored",
        ]
        if self.redirects or self.retries:
            lines.append(f"redirects followed: {self.redirects}, retries: {self.retries}")
        for title, counts in (("skipped", self.skipped), ("errors", self.errors)):
            total = sum(counts.values())
            lines.append(f"{title}: {total}")
            for reason, count in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
                lines.append(f"  {count:>6}  {reason}")
        if self.queued_left:
            lines.append(f"left in the queue for the next run: {self.queued_left}")
        for path in self.warc_files:
            lines.append(f"wrote {path}")
        return lines
