"""Shared pieces of the stress scripts: running the CLI, measuring it, printing tables.

The scripts run ``webinar-search`` as a child process, the way a user does, and measure the
child from outside: wall time, and peak resident memory from the kernel's accounting
(``os.wait4``), so the numbers include everything the command loads. A running child
(``serve``) is sampled through ``/proc`` (resident memory, open file descriptors).
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "tests" / "benchmarks"))


def cli_command() -> list[str]:
    """``webinar-search`` from this checkout's environment (the console script, else -m)."""
    script = Path(sys.executable).with_name("webinar-search")
    if script.exists():
        return [str(script)]
    found = shutil.which("webinar-search")
    return [found] if found else [sys.executable, "-m", "search"]


@dataclass
class Run:
    """One finished child process, measured."""

    command: list[str]
    seconds: float
    peak_rss_mb: float
    exit_code: int
    stdout: str
    stderr: str

    @property
    def last_line(self) -> str:
        lines = [ln for ln in (self.stderr or self.stdout).splitlines() if ln.strip()]
        return lines[-1] if lines else ""


def run_measured(command: Sequence[str], *, timeout: float | None = None,
                 env: dict[str, str] | None = None, stdin: bytes | None = None) -> Run:
    """Run ``command`` to completion; wall time and the child's own peak RSS."""
    started = time.monotonic()
    with open(os.devnull, "rb") if stdin is None else _tmp_input(stdin) as feed, \
            _tmp_output() as out, _tmp_output() as err:
        proc = subprocess.Popen(list(command), stdin=feed, stdout=out, stderr=err,
                                env={**os.environ, **(env or {})})
        deadline = None if timeout is None else started + timeout
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if deadline is not None and time.monotonic() > deadline:
                proc.kill()
                pid, status, usage = os.wait4(proc.pid, 0)
                break
            time.sleep(0.02)
        proc.returncode = os.waitstatus_to_exitcode(status)
        seconds = time.monotonic() - started
        out.seek(0)
        err.seek(0)
        return Run(list(command), seconds, usage.ru_maxrss / 1024, proc.returncode,
                   out.read().decode("utf-8", "replace"), err.read().decode("utf-8", "replace"))


def _tmp_input(data: bytes) -> IO[bytes]:
    fh = tempfile.TemporaryFile()
    fh.write(data)
    fh.seek(0)
    return fh


def _tmp_output() -> IO[bytes]:
    return tempfile.TemporaryFile()


def rss_mb(pid: int) -> float:
    """Resident memory of a running process, from /proc."""
    with open(f"/proc/{pid}/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def open_fds(pid: int) -> int:
    return len(os.listdir(f"/proc/{pid}/fd"))


def stop(proc: subprocess.Popen, sig: int = signal.SIGTERM, wait: float = 10.0) -> None:
    """Stop a child this script started (by its pid), then make sure it is gone."""
    if proc.poll() is None:
        proc.send_signal(sig)
        try:
            proc.wait(wait)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """A plain-text table, columns as wide as their widest cell."""
    cells = [[str(h) for h in headers]] + [[str(c) for c in row] for row in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def percentile(values: Sequence[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return ordered[index]
