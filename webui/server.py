"""Serving the web UI from several processes behind one port (``serve --workers N``).

Searches are CPU-bound Python, so one process answers about as fast with one client as
with sixteen (the GIL): a second core needs a second process. The supervisor (the process
``webinar-search serve`` runs in) binds the listening socket once and forks ``workers``
processes that all accept on it (the kernel hands each connection to one of them); each
worker runs waitress with its own threads over its own :class:`search.SearchIndex`, which
follows generation switches by itself, so a rebuild reaches every worker without the
supervisor's help. Forking after binding means the port is taken once, by one process,
and a worker never races another for it.

Life cycle:

- a worker opens the index and builds its tables (facets, suggestions) before it accepts,
  then freezes what it loaded out of the garbage collector's sight (:func:`gc.freeze`:
  full collections over a generation's tables took a tenth of a second each);
- Ctrl+C (SIGINT, which the terminal sends to every process of the group: workers ignore
  it and wait for the supervisor) or SIGTERM stops the supervisor, which asks each worker
  to stop (SIGTERM: finish the requests in hand, close the index), waits, and exits 0;
- a worker that dies is replaced, with one line on stderr; one that keeps dying (more than
  :data:`MAX_DEATHS` in :data:`DEATH_WINDOW` seconds) stops the server with a one-line
  error (:class:`WorkersFailed`) instead of forking forever;
- workers die with the supervisor (``PR_SET_PDEATHSIG`` on Linux), so a supervisor killed
  outright leaves no process holding the port.

``workers=1`` serves from the calling process, without forking.
"""

from __future__ import annotations

import gc
import logging
import multiprocessing
import os
import signal
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import waitress

from index.processes import die_with_parent

from .app import create_app
from .state import close_index, get_state

logger = logging.getLogger(__name__)

MAX_DEATHS = 5
DEATH_WINDOW = 60.0
STOP_SECONDS = 10.0
"""How long stopping workers may take before they are killed."""


class WorkersFailed(RuntimeError):
    """The workers kept dying; the message is one line for the user."""


@dataclass(frozen=True)
class ServeConfig:
    index_dir: str
    host: str
    port: int
    workers: int = 1
    threads: int = 2
    cache_mb: float | None = None


def default_workers() -> int:
    """One worker per core this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


def listen(host: str, port: int) -> socket.socket:
    """The listening socket (:class:`OSError` when the address is taken or not ours)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    return socket.create_server((host, port), family=family, backlog=1024)


def serve(config: ServeConfig, say: Callable[[str], None] = print) -> None:
    """Serve until Ctrl+C or SIGTERM; :class:`WorkersFailed` when workers keep dying."""
    sock = listen(config.host, config.port)
    try:
        if config.workers <= 1:
            _run_worker(sock, config, supervised=False)
        else:
            Supervisor(sock, config, say).run()
    finally:
        sock.close()


def _app(config: ServeConfig) -> Any:
    settings: dict[str, Any] = {"INDEX_DIR": config.index_dir}
    if config.cache_mb is not None:
        settings["CACHE_MB"] = config.cache_mb
    return create_app(settings)


def _run_worker(sock: socket.socket, config: ServeConfig, supervised: bool) -> None:
    """Open the index, warm it, and answer on ``sock`` until told to stop."""
    app = _app(config)
    with app.app_context():
        get_state().index.search("", per_page=1)   # open, read the facet table
    gc.collect()
    gc.freeze()
    server = waitress.create_server(app, sockets=[sock], threads=config.threads)

    def stop(signum: int, frame: Any) -> None:
        raise SystemExit(0)

    if supervised:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, stop)
    try:
        server.run()  # returns on SystemExit/KeyboardInterrupt, after its threads stop
    finally:
        close_index(app)


def _worker_main(sock: socket.socket, config: ServeConfig, parent: int) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    die_with_parent("web server worker")
    if os.getppid() != parent:
        os._exit(1)
    _run_worker(sock, config, supervised=True)


class Supervisor:
    """Forks the workers, replaces one that dies, stops them all on a signal."""

    def __init__(self, sock: socket.socket, config: ServeConfig,
                 say: Callable[[str], None] = print) -> None:
        self.sock = sock
        self.config = config
        self.say = say
        self.workers: list[Any] = []
        self.deaths: list[float] = []
        self.stopping = False
        self._ctx = multiprocessing.get_context("fork")

    def run(self) -> None:
        previous = {sig: signal.signal(sig, self._stop) for sig in (signal.SIGINT,
                                                                    signal.SIGTERM)}
        try:
            self.workers = [self._start() for _ in range(self.config.workers)]
            while not self.stopping:
                time.sleep(0.2)
                self._replace_dead()
        finally:
            self._stop_all()
            for sig, handler in previous.items():
                signal.signal(sig, handler)

    def _stop(self, signum: int, frame: Any) -> None:
        self.stopping = True

    def _start(self) -> Any:
        process = self._ctx.Process(target=_worker_main,
                                    args=(self.sock, self.config, os.getpid()), daemon=True)
        process.start()
        return process

    def _replace_dead(self) -> None:
        for n, process in enumerate(self.workers):
            if process.exitcode is None or self.stopping:
                continue
            now = time.monotonic()
            self.deaths = [t for t in self.deaths if now - t < DEATH_WINDOW] + [now]
            if len(self.deaths) > MAX_DEATHS:
                raise WorkersFailed(
                    f"server workers keep dying ({len(self.deaths)} in "
                    f"{DEATH_WINDOW:.0f} s, last exit code {process.exitcode}); stopped")
            self.say(f"worker {process.pid} exited (code {process.exitcode}); "
                     "starting another")
            self.workers[n] = self._start()

    def _stop_all(self) -> None:
        for process in self.workers:
            if process.is_alive():
                process.terminate()  # SIGTERM: the worker finishes and closes its index
        deadline = time.monotonic() + STOP_SECONDS
        for process in self.workers:
            process.join(max(0.0, deadline - time.monotonic()))
            if process.is_alive():
                process.kill()
                process.join()
