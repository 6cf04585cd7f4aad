"""``serve --workers N``: several processes on one port, each following generation switches,
a dead worker replaced, a clean stop on SIGTERM, and a one-line error when workers keep
dying."""

from __future__ import annotations

import http.client
import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from test_search import load_records

from index.write.builder import IndexBuilder
from webui.server import ServeConfig, Supervisor, WorkersFailed, listen

ROOT = Path(__file__).resolve().parents[1]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _get(port: int, path: str) -> dict:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        conn.request("GET", path)
        response = conn.getresponse()
        assert response.status == 200, response.read()[:200]
        return json.loads(response.read())
    finally:
        conn.close()


def _until(check, seconds: float = 30.0):  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + seconds
    while True:
        try:
            found = check()
        except OSError:
            found = None
        if found:
            return found
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def test_workers_share_the_port_follow_a_switch_and_stop_cleanly(tmp_path: Path) -> None:
    IndexBuilder(tmp_path, procs=1).build(load_records())
    port = _free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    server = subprocess.Popen(
        [sys.executable, "-m", "search", "serve", "--index", str(tmp_path), "--port",
         str(port), "--workers", "2", "--threads", "2"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    try:
        seen: dict[int, int] = {}

        def both_answer() -> bool:
            stats = _get(port, "/stats.json")
            seen[stats["pid"]] = stats["documents"]
            return len(seen) == 2
        _until(both_answer)
        assert set(seen.values()) == {7}
        assert _get(port, "/search.json?q=hoaks")["total"] >= 1

        IndexBuilder(tmp_path, procs=1).build(load_records()[:3])
        switched: dict[int, int] = {}

        def both_switched() -> bool:
            stats = _get(port, "/stats.json")
            if stats["documents"] == 3:
                switched[stats["pid"]] = 3
            return set(switched) == set(seen)
        _until(both_switched)
        assert _get(port, "/search.json?per_page=1")["total"] == 3

        victim = next(iter(seen))
        os.kill(victim, signal.SIGKILL)
        _until(lambda: _get(port, "/stats.json")["pid"] not in seen)   # a replacement
        workers = set(seen) - {victim}

        def new_pids() -> set[int]:
            return {_get(port, "/stats.json")["pid"] for _ in range(20)}
        workers |= _until(new_pids)
    finally:
        server.send_signal(signal.SIGTERM)
        out, err = server.communicate(timeout=30)
    assert server.returncode == 0, err.decode()
    assert b"starting another" in err
    assert "2 workers" in out.decode()
    time.sleep(0.2)
    assert not any(_alive(pid) for pid in workers)


def test_workers_that_keep_dying_stop_the_server(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    from webui import server

    # a worker that dies at once (the forked copy of this test process runs this instead
    # of waitress, so no thread of the test process can hold it up)
    monkeypatch.setattr(server, "_worker_main", lambda *args: os._exit(3))
    sock = listen("127.0.0.1", 0)
    config = ServeConfig(index_dir=str(tmp_path / "nothing"), host="127.0.0.1",
                         port=sock.getsockname()[1], workers=2, threads=1)
    said: list[str] = []
    try:
        with pytest.raises(WorkersFailed, match="keep dying"):
            Supervisor(sock, config, said.append).run()
    finally:
        sock.close()
    assert said and all("starting another" in line for line in said)
