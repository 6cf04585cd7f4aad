"""Per-host politeness: one request at a time per host, and a delay between their starts.

Each host (``host[:port]``, the unit robots.txt and server load are about) has a
:class:`HostState`: when its next request may start, whether one is in flight, its robots.txt
policy and delay. :class:`HostScheduler` keeps the hosts that may have work in a heap ordered
by the time they may next start, so the crawler finds the next ready host in O(log n)
among thousands, and knows how long it may sleep when none is ready.

The delay is counted start-to-start (a request may start ``delay`` seconds after the
previous one *started*, and never before it ended): with 50 hosts and a 0.2 s delay the
crawler may make 250 requests a second in all, and no host ever sees more than 5 a second
or two at once. A ``Retry-After`` or a backoff pushes the host's next start further out.
"""

from __future__ import annotations

import heapq
import itertools
from dataclasses import dataclass

from .robots import RobotsPolicy


@dataclass
class HostState:
    """What the scheduler knows about one host."""

    name: str
    delay: float
    next_at: float = 0.0
    busy: bool = False
    robots: RobotsPolicy | None = None
    scheduled_at: float | None = None


class HostScheduler:
    """The ready-queue of hosts (see the module doc)."""

    def __init__(self, default_delay: float) -> None:
        self.default_delay = default_delay
        self.hosts: dict[str, HostState] = {}
        self._heap: list[tuple[float, int, str]] = []
        self._counter = itertools.count()

    def host(self, name: str) -> HostState:
        state = self.hosts.get(name)
        if state is None:
            state = self.hosts[name] = HostState(name, self.default_delay)
        return state

    def wake(self, name: str, at: float | None = None) -> None:
        """Say the host may have work from ``at`` on (default: as soon as politeness allows)."""
        state = self.host(name)
        if state.busy:
            return
        when = max(state.next_at, at or 0.0)
        if state.scheduled_at is not None and state.scheduled_at <= when:
            return
        state.scheduled_at = when
        heapq.heappush(self._heap, (when, next(self._counter), name))

    def pop_ready(self, now: float) -> HostState | None:
        """A host whose next request may start now, taken out of the queue; else ``None``."""
        while self._heap and self._heap[0][0] <= now:
            when, _, name = heapq.heappop(self._heap)
            state = self.hosts[name]
            if state.busy or state.scheduled_at != when:
                continue
            state.scheduled_at = None
            return state
        return None

    def next_wake(self) -> float | None:
        """When the earliest queued host becomes ready, or ``None`` if no host is queued."""
        while self._heap:
            when, _, name = self._heap[0]
            state = self.hosts[name]
            if state.busy or state.scheduled_at != when:
                heapq.heappop(self._heap)
                continue
            return when
        return None

    def start(self, state: HostState) -> None:
        state.busy = True

    def finish(self, state: HostState, started: float, ended: float,
               pause_until: float | None = None) -> None:
        """A request of the host is over: schedule its next start politely."""
        state.busy = False
        state.next_at = max(started + state.delay, ended, pause_until or 0.0)
        self.wake(state.name)

    def set_delay(self, state: HostState, robots_delay: float | None) -> None:
        """The host's delay: the crawler's, or longer if robots.txt asks for it."""
        state.delay = max(self.default_delay, robots_delay or 0.0)
