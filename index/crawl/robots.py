"""robots.txt: what a host allows, and how slowly it wants to be crawled.

Rules follow RFC 9309, parsed by protego (a maintained parser that also reads
``Crawl-delay``, ``Request-rate`` and ``Sitemap``):

- a 2xx answer is parsed (the first 512 KiB; the RFC asks parsers for at least 500 KiB);
- a 4xx answer other than 429 means "no rules": everything is allowed;
- a 429, a 5xx or a network failure means the host is *unreachable*: everything is
  disallowed for this run (the RFC's safe default), and the next run asks again;
- redirects are followed, at most five hops.

The crawler caches a real answer (rules, or a 4xx) in its frontier database for a day, so
a resumed or repeated crawl does not ask again, and builds a :class:`RobotsPolicy` from it
here; an unreachable robots.txt is only remembered for the run.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from protego import Protego

from .fetch import Fetcher, FetchResult
from .urlnorm import clean_url

MAX_ROBOTS_BYTES = 512 * 1024
MAX_ROBOTS_REDIRECTS = 5
CACHE_SECONDS = 24 * 3600.0


@dataclass
class RobotsAnswer:
    """The raw outcome of asking a host for robots.txt (what the frontier caches)."""

    status: int | None
    body: bytes = b""
    error: str | None = None


@dataclass
class RobotsPolicy:
    """The rules of one host for our user agent token."""

    agent: str
    parser: Protego | None = None
    disallow_all: bool = False
    unreachable: str | None = None
    note: str = ""
    sitemaps: list[str] = field(default_factory=list)

    def allows(self, url: str) -> bool:
        if self.disallow_all:
            return False
        if self.parser is None:
            return True
        return bool(self.parser.can_fetch(url, self.agent))

    def delay(self) -> float | None:
        """Seconds between requests asked by ``Crawl-delay`` or ``Request-rate``."""
        if self.parser is None:
            return None
        delays = []
        crawl_delay = self.parser.crawl_delay(self.agent)
        if crawl_delay is not None:
            delays.append(float(crawl_delay))
        rate = self.parser.request_rate(self.agent)
        if rate is not None and rate.requests:
            delays.append(rate.seconds / rate.requests)
        return max(delays) if delays else None


def fetch_robots(fetcher: Fetcher, origin: str) -> RobotsAnswer:
    """Ask ``origin`` (``scheme://host[:port]``) for ``/robots.txt``, following redirects."""
    url = origin.rstrip("/") + "/robots.txt"
    seen = {url}
    result: FetchResult | None = None
    for _ in range(MAX_ROBOTS_REDIRECTS + 1):
        result = fetcher.fetch(url, max_bytes=MAX_ROBOTS_BYTES * 4)
        location = result.header("Location") if result.status in (301, 302, 303, 307, 308) else None
        if result.error is not None or location is None:
            break
        target = clean_url(location, url)
        if target is None or target in seen:
            return RobotsAnswer(status=None, error="robots.txt redirect loop")
        seen.add(target)
        url = target
    assert result is not None
    if result.error is not None:
        return RobotsAnswer(status=None, error=result.error)
    return RobotsAnswer(status=result.status, body=result.body[:MAX_ROBOTS_BYTES])


def policy_from_answer(answer: RobotsAnswer, agent: str) -> RobotsPolicy:
    """The policy RFC 9309 derives from ``answer`` (see the module doc)."""
    status = answer.status
    if status is None or status == 429 or status >= 500 or 300 <= status < 400:
        why = answer.error or f"http {status}"
        return RobotsPolicy(agent, disallow_all=True, unreachable=why,
                            note=f"robots.txt unreachable ({why}): host skipped this run")
    if status >= 400:
        return RobotsPolicy(agent, note=f"no robots.txt (http {status}): all allowed")
    text = answer.body.decode("utf-8", errors="replace")
    parser = Protego.parse(text)
    return RobotsPolicy(agent, parser=parser, note="robots.txt",
                        sitemaps=list(parser.sitemaps))
