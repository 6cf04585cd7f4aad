"""The crawler: seeds in, article pages out as WARC files, politely and resumably.

One coordinating thread owns the frontier (:mod:`index.crawl.frontier`, SQLite), the WARC
writer (:mod:`index.crawl.warc`) and the host scheduler (:mod:`index.crawl.hosts`); a pool
of worker threads (:mod:`index.crawl.worker`) does the waiting and the parsing: one request
and the cheap page analysis per task. The loop:

1. take the hosts whose politeness delay has passed, one task each: the host's robots.txt
   first (cached a day in the frontier), then its next due URL (scope and robots.txt are
   checked here, so a disallowed or out-of-scope URL is never requested);
2. hand each task to a worker; at most ``concurrency`` hosts are in flight, and never two
   requests to one host;
3. handle each finished task in one frontier transaction: store an article (after the
   dedup checks), queue its links, schedule a retry (``Retry-After`` / exponential backoff
   on 429 and 5xx, and on timeouts), follow a redirect as a new queued hop (bounded, loops
   detected), or record why the URL was skipped or failed.

What is kept: pages that look like articles (:func:`index.crawl.pageinfo.article_verdict`), once
per URL key (:func:`index.crawl.urlnorm.url_key`), once per ``rel=canonical`` target and once per
body fingerprint; the other URLs of a kept page are remembered as aliases. A page the
cleaner (or, failing that, a ``rel=next`` link shaped like a next page) says continues on
further pages waits for them, and is stored as one stitched article (:mod:`index.crawl.multipage`).

Killing the crawler at any point and running the same command again resumes the run
(see :mod:`index.crawl.frontier`); running it again after a finished run re-reads the seeds and
hub pages with conditional GETs, and revisits stored articles after ``revisit_days``.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass

from index.errors import InputError

from .fetch import (
    BAD_URL,
    CONNECT_FAILED,
    DNS_FAILED,
    PRIVATE_ADDRESS,
    PROTOCOL_ERROR,
    TIMEOUT,
    WRONG_TYPE,
    Fetcher,
    FetchResult,
)
from .frontier import STATE_FILE, Frontier, QueuedURL
from .hosts import HostScheduler, HostState
from .multipage import MultipageArticles
from .options import AGENT_TOKEN, CrawlOptions
from .report import CrawlProgress, CrawlReport
from .robots import CACHE_SECONDS, RobotsAnswer, policy_from_answer
from .scope import Scope
from .seeds import Listing, read_seed_args
from .urlnorm import clean_url, host_of, url_key
from .warc import WarcWriter, encode_page
from .worker import AUTO, PAGE, PART, PageOutcome, PageWorker, new_url

__all__ = ["CrawlOptions", "Crawler", "crawl"]

log = logging.getLogger(__name__)

_TRANSIENT = {TIMEOUT, CONNECT_FAILED, PROTOCOL_ERROR}
# robots.txt could not even be asked for: the host's URLs fail for the same cause.
_REFUSED = {PRIVATE_ADDRESS, BAD_URL, DNS_FAILED}
_RETRY_STATUSES = {429, 500, 502, 503, 504}
_REDIRECTS = {301, 302, 303, 307, 308}
_PERMANENT_REDIRECTS = {301, 308}
_DAY = 86400.0


@dataclass
class _Task:
    """A request handed to a worker: the host's robots.txt (``url`` None) or a queued URL."""

    host: HostState
    origin: str
    url: QueuedURL | None = None


class Crawler:
    """Crawls into ``options.out`` (WARC files plus the ``crawl-state.sqlite`` frontier).

    ``progress`` is called with a :class:`CrawlProgress` now and then, so the CLI can draw
    a progress line without the library knowing about terminals.
    """

    def __init__(self, options: CrawlOptions,
                 progress: Callable[[CrawlProgress], None] | None = None) -> None:
        options.check()
        self.options = options
        self.progress = progress
        self.report = CrawlReport()
        self._known: dict[str, None] = {}
        self._last_progress = 0.0
        self._queued_estimate = 0

    def run(self, seed_args: Sequence[str]) -> CrawlReport:
        """Crawl from ``seed_args`` (URLs or files of URLs) and return the report."""
        seeds = read_seed_args(seed_args)
        cleaned = []
        for seed in seeds:
            url = clean_url(seed)
            if url is None:
                raise InputError(f"{seed}: not a crawlable http(s) URL")
            cleaned.append(url)
        options = self.options
        self.scope = Scope(cleaned, prefixes=options.prefixes, include=options.include,
                           exclude=options.exclude)
        fetcher = Fetcher(options.user_agent(), options.limits,
                          allow_private=options.allow_private,
                          trusted_hosts={host_of(u) for u in cleaned})
        self.worker = PageWorker(options, fetcher, self.scope)
        self.scheduler = HostScheduler(options.delay)
        try:
            options.out.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise InputError(f"{options.out}: cannot create the output folder "
                             f"({exc.strerror or exc})") from None
        started, cpu_started = time.monotonic(), time.process_time()
        with Frontier(options.out / STATE_FILE) as frontier, \
                WarcWriter(options.out, software=options.user_agent()) as warc, \
                ThreadPoolExecutor(options.concurrency, thread_name_prefix="crawl") as pool:
            self.frontier, self.warc = frontier, warc
            self.multipage = MultipageArticles(options, frontier, warc, self.report, new_url,
                                               self.scheduler.wake)
            self.report.resumed = frontier.open_run()
            self._pages_done = frontier.pages_this_run()
            self._started = started
            self._add_seeds(cleaned)
            for host in frontier.hosts_with_work():
                self.scheduler.wake(host)
            try:
                self._loop(pool)
            except BaseException:
                pool.shutdown(wait=False, cancel_futures=True)
                raise
            frontier.begin()
            self.multipage.flush()
            frontier.commit()
            self.report.queued_left = frontier.queued_count()
            frontier.finish_run()
        self.report.seconds = time.monotonic() - started
        self.report.cpu_seconds = time.process_time() - cpu_started
        self.report.warc_files = list(warc.files)
        return self.report

    # the loop ---------------------------------------------------------------------------

    def _loop(self, pool: ThreadPoolExecutor) -> None:
        in_flight: dict[Future[PageOutcome], _Task] = {}
        # Hosts are handed out up to `lead` seconds before their slot, and the worker waits
        # for the exact moment: the coordinator's wake-up latency then costs no throughput.
        lead = min(0.05, self.options.delay / 4)
        while True:
            now = time.time()
            while len(in_flight) < self.options.concurrency:
                host = self.scheduler.pop_ready(now + lead)
                if host is None:
                    break
                start_at = max(host.next_at, now)
                task = self._next_task(host, start_at)
                if task is not None:
                    self.scheduler.start(host)
                    if task.url is None:
                        future = pool.submit(self.worker.robots, task.origin, start_at)
                    else:
                        future = pool.submit(self.worker.fetch, task.url, start_at)
                    in_flight[future] = task
            wake = self.scheduler.next_wake()
            if not in_flight:
                if wake is None:
                    return
                time.sleep(min(max(wake - lead - time.time(), 0.0), 1.0))
                continue
            timeout = 1.0
            if wake is not None and len(in_flight) < self.options.concurrency:
                timeout = min(max(wake - lead - time.time(), 0.0), 1.0)
            done, _ = wait(in_flight, timeout=timeout, return_when=FIRST_COMPLETED)
            for future in done:
                task = in_flight.pop(future)
                self._settle(task, future.result())
            self._report_progress(len(in_flight))

    def _budget_left(self) -> bool:
        return self.options.max_pages is None or self._pages_done < self.options.max_pages

    def _next_task(self, host: HostState, now: float) -> _Task | None:
        """The host's next request, after the checks that need no request."""
        if host.robots is None:
            cached = self.frontier.cached_robots(host.name, CACHE_SECONDS)
            if cached is None:
                origin = self._origin_of(host.name)
                return _Task(host, origin) if origin else None
            status, error, body = cached
            host.robots = policy_from_answer(RobotsAnswer(status, body, error), AGENT_TOKEN)
            self.scheduler.set_delay(host, host.robots.delay())
        while True:
            queued = self.frontier.next_for_host(host.name, now)
            if queued is None:
                due = self.frontier.earliest_due(host.name)
                if due is not None:
                    self.scheduler.wake(host.name, at=due)
                return None
            if queued.kind != PART and not self._budget_left():
                return None
            assert host.robots is not None
            if host.robots.unreachable in _REFUSED:
                self._finish(queued, "failed", host.robots.unreachable, error=True)
                continue
            reason = self._pre_fetch_reason(queued, host)
            if reason is None:
                return _Task(host, "", queued)
            self._finish(queued, "skipped", reason, skipped=True)

    def _pre_fetch_reason(self, queued: QueuedURL, host: HostState) -> str | None:
        assert host.robots is not None
        if host.robots.disallow_all:
            return f"robots.txt unreachable ({host.robots.unreachable})"
        if not host.robots.allows(queued.url):
            return "robots.txt disallow"
        if queued.kind == PAGE and not queued.is_seed:
            return self.scope.page_reason(queued.url)
        return None

    def _origin_of(self, host: str) -> str | None:
        row = self.frontier.db.execute("SELECT url FROM urls WHERE host=? LIMIT 1",
                                       (host,)).fetchone()
        if row is None:
            return None
        scheme = row[0].split("://", 1)[0]
        return f"{scheme}://{host}"

    # settling a finished task (coordinator thread) ----------------------------------------

    def _settle(self, task: _Task, outcome: PageOutcome) -> None:
        host = task.host
        self.frontier.begin()
        try:
            if outcome.robots is not None:
                self._settle_robots(host, outcome.robots)
                pause = None
            else:
                assert task.url is not None and outcome.result is not None
                pause = self._settle_fetch(task.url, outcome)
            self.frontier.commit()
        except BaseException:
            self.frontier.db.execute("ROLLBACK")
            raise
        self.report.requests += 1
        result = outcome.result
        started = result.started if result else time.time()
        elapsed = result.elapsed if result else 0.0
        self.scheduler.finish(host, started, started + elapsed, pause)

    def _settle_robots(self, host: HostState, answer: RobotsAnswer) -> None:
        host.robots = policy_from_answer(answer, AGENT_TOKEN)
        if host.robots.unreachable is None:
            # An unreachable robots.txt is not remembered: the next run asks again.
            self.frontier.cache_robots(host.name, answer.status, answer.error, answer.body)
        self.scheduler.set_delay(host, host.robots.delay())
        log.info("%s: %s", host.name, host.robots.note)

    def _settle_fetch(self, queued: QueuedURL, outcome: PageOutcome) -> float | None:
        """Handle one response; returns a time before which the host must not be asked."""
        result = outcome.result
        assert result is not None
        self._pages_done += 1
        self.frontier.count_page()
        if result.status is not None:
            self.report.fetched += 1
        if result.error is not None:
            return self._settle_error(queued, result)
        status = result.status or 0
        validators = {"etag": result.header("ETag"),
                      "last_modified": result.header("Last-Modified")}
        if status == 304:
            self._finish(queued, "done", "not modified", skipped=True,
                         revisit_at=self._revisit_at(queued.is_article))
            return None
        if status in _REDIRECTS and result.header("Location"):
            self._settle_redirect(queued, result)
            return None
        if status in _RETRY_STATUSES:
            return self._retry(queued, f"http {status}", result.retry_after())
        if status != 200:
            permanent = 400 <= status < 500
            self._finish(queued, "failed", f"http {status}", error=True,
                         revisit_at=self._revisit_at(permanent))
            return None
        if outcome.listing is not None:
            self._settle_listing(queued, outcome.listing, validators)
            return None
        if outcome.info is None:
            self._finish(queued, "done", f"not HTML ({result.content_type or 'no type'})",
                         skipped=True)
            return None
        if queued.kind == PART:
            self._finish(queued, "done", "page of a multi-page article", settles_part=False)
            self.multipage.fetched(queued, result, outcome.next_pages)
            return None
        self._add_links(outcome)
        if outcome.verdict is not None:
            self._finish(queued, "done", outcome.verdict, skipped=True, **validators)
            return None
        self._settle_article(queued, result, outcome, validators)
        return None

    def _settle_error(self, queued: QueuedURL, result: FetchResult) -> float | None:
        reason = result.error or "error"
        if reason in _TRANSIENT:
            return self._retry(queued, reason, None)
        if reason == WRONG_TYPE:
            self._finish(queued, "done", f"not HTML ({result.content_type})", skipped=True,
                         revisit_at=self._revisit_at(True))
            return None
        log.info("%s: %s", queued.url, result.detail)
        self._finish(queued, "failed", reason, error=True, revisit_at=self._revisit_at(True))
        return None

    def _retry(self, queued: QueuedURL, reason: str, retry_after: float | None) -> float | None:
        attempts = queued.attempts + 1
        if retry_after is not None and retry_after > self.options.max_retry_after:
            self._finish(queued, "failed", f"{reason} (Retry-After too long)", error=True)
            return time.time() + self.options.max_retry_after
        if attempts >= self.options.max_attempts:
            self._finish(queued, "failed", reason, error=True)
            return None
        wait_for = retry_after if retry_after is not None else \
            self.options.retry_base * 2 ** (attempts - 1)
        not_before = time.time() + wait_for
        self.frontier.retry_later(queued.key, not_before, attempts)
        self.report.retries += 1
        return not_before

    def _settle_redirect(self, queued: QueuedURL, result: FetchResult) -> None:
        target = clean_url(result.header("Location") or "", result.url)
        status = result.status or 0
        if target is None:
            self._finish(queued, "failed", "bad redirect", error=True)
            return
        chain = queued.chain + [queued.key]
        key = url_key(target)
        if key in chain:
            self._finish(queued, "failed", "redirect loop", error=True)
            return
        if queued.hops + 1 > self.options.max_redirects:
            self._finish(queued, "failed", "too many redirects", error=True)
            return
        revisit = self._revisit_at(status in _PERMANENT_REDIRECTS)
        if queued.is_seed:
            self.scope.add_site_of(target)
        elif queued.kind != AUTO:
            reason = self.scope.page_reason(target)
            if reason is not None:
                self._finish(queued, "done", f"redirect {reason}", skipped=True,
                             revisit_at=revisit)
                return
        new = new_url(target, queued.kind, queued.depth, hops=queued.hops + 1,
                            via=json.dumps(chain), parent=queued.parent,
                            is_seed=bool(queued.is_seed))
        assert new is not None
        if queued.kind == PART and queued.parent:
            self.multipage.moved(queued, new)
        self._wake(self.frontier.add([new]))
        self.report.redirects += 1
        self._finish(queued, "done", f"redirect {status}", revisit_at=revisit,
                     settles_part=False)

    def _settle_listing(self, queued: QueuedURL, listing: Listing,
                        validators: dict[str, str | None]) -> None:
        if listing.error:
            self.report.errors[f"listing: {listing.error}"] += 1
        new_urls = []
        for entry in listing.urls:
            url = clean_url(entry, queued.url)
            if url is None:
                continue
            if listing.lists_sitemaps:
                if self.scope.listing_reason(url) is None:
                    new = new_url(url, AUTO, queued.depth)
                    if new:
                        new_urls.append(new)
                continue
            if queued.is_seed:
                self.scope.add_site_of(url)
            reason = self.scope.page_reason(url)
            if reason is None:
                new = new_url(url, PAGE, queued.depth + 1)
                if new:
                    new_urls.append(new)
        self._wake(self.frontier.add(new_urls))
        self._finish(queued, "done", f"listing ({listing.kind}, {len(listing.urls)} urls)",
                     **validators)

    def _settle_article(self, queued: QueuedURL, result: FetchResult, outcome: PageOutcome,
                        validators: dict[str, str | None]) -> None:
        info = outcome.info
        assert info is not None
        canonical = info.canonical
        canonical_key = url_key(canonical) if canonical else None
        if info.fingerprint and info.fingerprint == queued.content_hash:
            self._finish(queued, "done", "unchanged since the last crawl", skipped=True,
                         revisit_at=self._revisit_at(True), **validators)
            return
        original = self._stored_under(canonical_key) if canonical_key != queued.key else None
        if original is not None and original != queued.key:
            self._finish(queued, "alias", "duplicate url (canonical)", skipped=True,
                         alias_of=original, revisit_at=self._revisit_at(True))
            return
        if info.fingerprint:
            other = self.frontier.stored_with(info.fingerprint)
            if other is not None and other != queued.key:
                self._finish(queued, "alias", "duplicate content", skipped=True, alias_of=other,
                             revisit_at=self._revisit_at(True))
                return
        if canonical and canonical_key and canonical_key != queued.key:
            self.frontier.add_alias(canonical_key, canonical, host_of(canonical), queued.key)
        if info.fingerprint:
            self.frontier.remember_content(info.fingerprint, queued.key)
        if outcome.next_pages:
            self.multipage.start(queued, result, outcome.next_pages)
            self.frontier.finish(queued.key, "waiting", "multi-page article", is_article=1,
                                 content_hash=info.fingerprint, **validators)
            return
        self.warc.append(outcome.warc if outcome.warc is not None else encode_page(result))
        self.report.stored += 1
        self._finish(queued, "done", None, is_article=1, content_hash=info.fingerprint,
                     revisit_at=self._revisit_at(True), **validators)

    def _stored_under(self, key: str | None) -> str | None:
        """The key of the stored article ``key`` is, or is an alias of; else ``None``."""
        if key is None:
            return None
        row = self.frontier.db.execute("SELECT state, alias_of, is_article FROM urls WHERE key=?",
                                       (key,)).fetchone()
        if row is None:
            return None
        state, alias_of, is_article = row
        if state == "alias" and alias_of:
            return str(alias_of)
        return key if state in ("done", "waiting") and is_article else None

    def _add_links(self, outcome: PageOutcome) -> None:
        fresh = [new for new in outcome.links if new.key not in self._known]
        for new in fresh:
            self._remember(new.key)
        self._wake(self.frontier.add(fresh))
        for reason, links in outcome.out_of_scope.items():
            unseen = [new for new in links if new.key not in self._known]
            for new in unseen:
                self._remember(new.key)
            if unseen:
                before = self.frontier.db.total_changes
                self.frontier.db.executemany(
                    "INSERT OR IGNORE INTO urls (key, url, host, kind, depth, priority, seq, "
                    "state, reason, run) VALUES (?, ?, ?, 'page', ?, ?, 0, 'skipped', ?, ?)",
                    [(n.key, n.url, n.host, n.depth, n.priority, reason, self.frontier.run_id)
                     for n in unseen])
                self.report.skipped[reason] += self.frontier.db.total_changes - before

    def _remember(self, key: str) -> None:
        """Keys already added this run skip the database (bounded, most recent kept)."""
        self._known[key] = None
        if len(self._known) > 200_000:
            self._known.pop(next(iter(self._known)))

    # bookkeeping ------------------------------------------------------------------------

    def _finish(self, queued: QueuedURL, state: str, reason: str | None, *,
                skipped: bool = False, error: bool = False, revisit_at: float = 0.0,
                settles_part: bool = True, **columns: object) -> None:
        columns = {k: v for k, v in columns.items() if v is not None or k in ("alias_of",)}
        self.frontier.finish(queued.key, state, reason, revisit_at=revisit_at, **columns)
        if reason and skipped:
            self.report.skipped[reason] += 1
        if reason and error:
            self.report.errors[reason] += 1
        if queued.kind == PART and settles_part:
            self.multipage.given_up(queued.key)

    def _revisit_at(self, long: bool) -> float:
        return time.time() + self.options.revisit_days * _DAY if long else 0.0

    def _wake(self, hosts: Sequence[str]) -> None:
        for host in hosts:
            self.scheduler.wake(host)

    def _add_seeds(self, seeds: list[str]) -> None:
        self.frontier.begin()
        new = [new_url(url, AUTO, 0, is_seed=True) for url in seeds]
        self.frontier.add([n for n in new if n is not None], force=True)
        self.frontier.commit()

    def _report_progress(self, in_flight: int) -> None:
        now = time.monotonic()
        if self.progress is None or now - self._last_progress < 0.5:
            return
        if now - self._last_progress > 5.0 or not self._queued_estimate:
            self._queued_estimate = self.frontier.queued_count()
        self._last_progress = now
        self.progress(CrawlProgress(
            fetched=self.report.fetched, stored=self.report.stored,
            errors=sum(self.report.errors.values()), queued=self._queued_estimate,
            in_flight=in_flight, seconds=now - self._started))


def crawl(seeds: Sequence[str], options: CrawlOptions,
          progress: Callable[[CrawlProgress], None] | None = None) -> CrawlReport:
    """Crawl ``seeds`` with ``options``: the one-call facade over :class:`Crawler`."""
    return Crawler(options, progress).run(seeds)
