"""Soak: ``serve`` under load while ``update`` runs every 10 s and ``build`` every 2 minutes.

    python tests/stress/soak.py                       # 10 minutes, 16 clients, 1,000 docs
    python tests/stress/soak.py --minutes 2 --docs 300

What runs, all as child processes of this script, the way a user runs them:

- ``webinar-search serve`` on 127.0.0.1 (waitress, ``--threads``) over an index folder;
- ``--concurrency`` client threads, each a keep-alive connection, sending a seeded mix of
  every route: search pages and ``/search.json`` (words, names, filters, page 2), article
  pages and their JSON, the speaker list and speaker pages, the overview, static files;
- every ``--update-every`` seconds ``webinar-search update`` with a batch of changed and new
  articles (and every third time ``--delete`` of two URLs); every ``--build-every``
  seconds ``webinar-search build`` of the whole base corpus (which undoes the updates).

Measured: every response's status and latency (p50/p99, per kind), the writers' outcomes,
and the server's resident memory and open file descriptors every few seconds (first,
last, max). The run fails (exit 1) on any 5xx, broken connection or malformed JSON, on a
writer that failed other than "index busy", or on memory or descriptors that keep growing
(last sample over 1.5x the first after warm-up, or descriptors up by more than 20).
A 404 on an article or speaker is expected (an update may have deleted it) and counted.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote, urlencode

from common import cli_command, open_fds, percentile, rss_mb, stop, table

CLI = cli_command()


def write_corpus(folder: Path, docs: int, seed: int) -> tuple[Path, list[dict[str, str]]]:
    """The base corpus as JSONL of clean bodies (``update``/``build`` sources)."""
    from synthetic import ArticleGenerator

    generator = ArticleGenerator(seed)
    records = []
    for n in range(docs):
        article = generator.article(n)
        records.append({"url": article.url or "", "title": article.title or "",
                        "published": article.published or "", "site": article.site or "",
                        "text": article.text})
    path = folder / "base.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                    encoding="utf-8")
    return path, records


def write_batch(folder: Path, round_: int, base: list[dict[str, str]], seed: int) -> Path:
    """An update batch: 20 changed articles and 20 new ones."""
    from synthetic import ArticleGenerator

    rng = random.Random(seed * 7919 + round_)
    batch = []
    for record in rng.sample(base, min(20, len(base))):
        changed = dict(record)
        changed["text"] = record["text"] + f"\n\nPembaruan ke-{round_}: panitia menambahkan " \
                                           "materi rekaman webinar untuk peserta."
        batch.append(changed)
    generator = ArticleGenerator(seed + 1000 + round_)
    for n in range(20):
        article = generator.article(n)
        batch.append({"url": f"{article.url}-r{round_}", "title": article.title or "",
                      "published": article.published or "", "text": article.text})
    path = folder / f"batch-{round_}.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in batch),
                    encoding="utf-8")
    return path


def request_mix(base: list[dict[str, str]], speaker_keys: list[str], seed: int,
                size: int = 2000) -> list[tuple[str, str]]:
    """(kind, path) pairs covering every route, drawn once so runs are comparable."""
    rng = random.Random(seed)
    words = ["literasi", "digital", "webinar", "keamanan", "data", "hoaks", "pelajar",
             "masyarakat", "etika", "budaya", "ekonomi", "kreatif", "guru", "teknologi"]
    provinces = ["Sumatera Selatan", "Jawa Barat", "Bali", "Jawa Timur", "Riau"]
    mix: list[tuple[str, str]] = []
    for _ in range(size):
        roll = rng.random()
        word = rng.choice(words)
        if roll < 0.30:
            mix.append(("search.json", "/search.json?" + urlencode({"q": word})))
        elif roll < 0.42:
            mix.append(("search", "/search?" + urlencode(
                {"q": f"{word} {rng.choice(words)}", "page": rng.choice(["1", "2"])})))
        elif roll < 0.50:
            mix.append(("search.json", "/search.json?" + urlencode(
                {"q": word, "province": rng.choice(provinces), "sort": "date"})))
        elif roll < 0.62:
            url = rng.choice(base)["url"]
            kind = rng.choice(["article", "article.json"])
            mix.append((kind, f"/{kind}?url={quote(url, safe='')}"))
        elif roll < 0.72 and speaker_keys:
            key = rng.choice(speaker_keys)
            kind = rng.choice(["speaker", "speaker.json"])
            mix.append((kind, f"/speaker/{key}" + (".json" if kind.endswith("json") else "")))
        elif roll < 0.80:
            mix.append(("speakers", rng.choice(["/speakers", "/speakers.json?prefix=a",
                                                "/speakers?prefix=" + rng.choice("abcdrs")])))
        elif roll < 0.88:
            mix.append(("overview", rng.choice(["/overview", "/overview.json"])))
        elif roll < 0.95:
            mix.append(("home", "/"))
        else:
            mix.append(("static", rng.choice(["/static/style.css", "/static/app.js"])))
    return mix


@dataclass
class Tally:
    latencies: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    statuses: Counter[int] = field(default_factory=Counter)
    failures: list[str] = field(default_factory=list)
    not_found: Counter[str] = field(default_factory=Counter)
    lock: threading.Lock = field(default_factory=threading.Lock)


def client(port: int, mix: list[tuple[str, str]], until: float, tally: Tally, seed: int) -> None:
    rng = random.Random(seed)
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    while time.monotonic() < until:
        kind, path = rng.choice(mix)
        started = time.perf_counter()
        problem = None
        try:
            conn.request("GET", path)
            response = conn.getresponse()
            body = response.read()
            status = response.status
            if response.getheader("Content-Type", "").startswith("application/json"):
                data = json.loads(body)
                if status >= 400 and set(data) != {"error"}:
                    problem = f"bad error shape {path}: {body[:200]!r}"
        except (OSError, http.client.HTTPException, ValueError) as exc:
            status, problem = 0, f"{type(exc).__name__} on {path}: {exc}"
            conn.close()
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        elapsed = time.perf_counter() - started
        with tally.lock:
            tally.statuses[status] += 1
            tally.latencies[kind].append(elapsed)
            if status >= 500:
                problem = problem or f"HTTP {status} on {path}: {body[:300]!r}"
            elif status == 404 and kind.startswith(("article", "speaker")):
                tally.not_found[kind] += 1
            elif status >= 400:
                problem = problem or f"HTTP {status} on {path}: {body[:200]!r}"
            if problem:
                tally.failures.append(problem)
    conn.close()


@dataclass
class Writer:
    name: str
    outcomes: Counter[str] = field(default_factory=Counter)
    seconds: list[float] = field(default_factory=list)
    messages: list[str] = field(default_factory=list)


def run_writer(writer: Writer, command: list[str], env: dict[str, str]) -> None:
    started = time.monotonic()
    done = subprocess.run(command, check=False, capture_output=True, text=True, env=env)
    writer.seconds.append(time.monotonic() - started)
    if done.returncode == 0:
        writer.outcomes["ok"] += 1
    elif "busy" in done.stderr:
        writer.outcomes["busy"] += 1
    else:
        writer.outcomes["failed"] += 1
        writer.messages.append((done.stderr or done.stdout).strip()[-300:])


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_until_up(proc: subprocess.Popen, port: int, log: Path) -> None:
    deadline = time.monotonic() + 60
    while True:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            conn.request("GET", "/search.json?q=webinar")
            conn.getresponse().read()
            conn.close()
            return
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                raise SystemExit(f"serve did not start: {log.read_text()[-500:]}") from None
            time.sleep(0.2)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--threads", type=int, default=8, help="server worker threads")
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--update-every", type=float, default=10.0)
    parser.add_argument("--build-every", type=float, default=120.0)
    parser.add_argument("--sample-every", type=float, default=5.0)
    parser.add_argument("--seed", type=int, default=3)
    parser.add_argument("--work", type=Path, default=None, help="default: a temporary folder")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="soak-") as tmp:
        work = args.work or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        index = work / "index"
        base_path, base = write_corpus(work, args.docs, args.seed)
        # Writers queue behind each other (a build takes most of a minute) instead of
        # failing with "index busy" after the default 10 s.
        env = {**os.environ, "WEBINAR_SEARCH_LOCK_TIMEOUT": "60"}
        started = time.monotonic()
        first = subprocess.run([*CLI, "build", str(base_path), "--index", str(index)],
                               check=False, capture_output=True, text=True, env=env)
        if first.returncode:
            raise SystemExit(f"initial build failed: {first.stderr.strip()}")
        print(f"built {args.docs} documents in {time.monotonic() - started:.0f} s",
              file=sys.stderr)
        port = free_port()
        log = work / "serve.log"
        with open(log, "wb") as sink:
            server = subprocess.Popen([*CLI, "serve", "--index", str(index), "--port",
                                       str(port), "--threads", str(args.threads)],
                                      stdout=subprocess.DEVNULL, stderr=sink, env=env)
        try:
            wait_until_up(server, port, log)
            keys = [s["key"] for s in json.loads(subprocess.run(
                [*CLI, "serve", "--index", str(index), "--get", "/speakers.json?limit=200"],
                check=True, capture_output=True, text=True, env=env).stdout)["speakers"]]
            mix = request_mix(base, keys, args.seed)
            tally = Tally()
            until = time.monotonic() + args.minutes * 60
            clients = [threading.Thread(target=client, args=(port, mix, until, tally, i))
                       for i in range(args.concurrency)]
            for thread in clients:
                thread.start()
            updater, builder = Writer("update"), Writer("build")
            writers: list[threading.Thread] = []
            samples: list[tuple[float, float, int]] = []
            t0 = time.monotonic()
            next_update, next_build, next_sample, round_ = t0 + args.update_every, \
                t0 + args.build_every, t0, 0
            while time.monotonic() < until:
                now = time.monotonic()
                if now >= next_sample:
                    samples.append((now - t0, rss_mb(server.pid), open_fds(server.pid)))
                    next_sample += args.sample_every
                if now >= next_update:
                    round_ += 1
                    batch = write_batch(work, round_, base, args.seed)
                    command = [*CLI, "update", str(batch), "--index", str(index)]
                    if round_ % 3 == 0:
                        for record in random.Random(round_).sample(base, 2):
                            command += ["--delete", record["url"]]
                    writers.append(threading.Thread(target=run_writer,
                                                    args=(updater, command, env)))
                    writers[-1].start()
                    next_update += args.update_every
                if now >= next_build:
                    writers.append(threading.Thread(target=run_writer, args=(
                        builder, [*CLI, "build", str(base_path), "--index", str(index)], env)))
                    writers[-1].start()
                    next_build += args.build_every
                time.sleep(0.1)
            for thread in clients:
                thread.join()
            for thread in writers:
                thread.join()
            samples.append((time.monotonic() - t0, rss_mb(server.pid), open_fds(server.pid)))
            alive = server.poll() is None
        finally:
            stop(server)
        server_log = log.read_text(errors="replace")
    return report(args, tally, updater, builder, samples, alive, server_log)


def by_minute(samples: list[tuple[float, float, int]]) -> str:
    """The highest RSS and descriptor count of each minute: a leak climbs, a cache levels off."""
    minutes: dict[int, tuple[float, int]] = {}
    for at, rss, fds in samples:
        high_rss, high_fds = minutes.get(int(at // 60), (0.0, 0))
        minutes[int(at // 60)] = (max(high_rss, rss), max(high_fds, fds))
    return ("RSS MB by minute:   " + " ".join(f"{r:.0f}" for r, _ in minutes.values())
            + "\nopen fds by minute: " + " ".join(str(f) for _, f in minutes.values()))


def report(args: argparse.Namespace, tally: Tally, updater: Writer, builder: Writer,
           samples: list[tuple[float, float, int]], alive: bool, server_log: str) -> int:
    everything = [x for values in tally.latencies.values() for x in values]
    rows = [[kind, len(v), f"{percentile(v, 50) * 1000:.1f}", f"{percentile(v, 99) * 1000:.1f}",
             f"{max(v) * 1000:.0f}"] for kind, v in sorted(tally.latencies.items())]
    rows.append(["ALL", len(everything), f"{percentile(everything, 50) * 1000:.1f}",
                 f"{percentile(everything, 99) * 1000:.1f}", f"{max(everything) * 1000:.0f}"])
    print(f"soak: {args.minutes:g} min, {args.concurrency} clients, {args.docs} docs, update "
          f"every {args.update_every:g} s, build every {args.build_every:g} s\n")
    print(table(["requests", "count", "p50 ms", "p99 ms", "max ms"], rows))
    statuses = ", ".join(f"{code or 'conn-error'}: {n}" for code, n in
                         sorted(tally.statuses.items()))
    print(f"\nstatuses: {statuses}; expected 404s (deleted): {dict(tally.not_found)}")
    print(f"throughput: {len(everything) / (args.minutes * 60):.1f} requests/s")
    print()
    print(table(["writer", "runs", "ok", "busy", "failed", "mean s", "max s"], [
        [w.name, sum(w.outcomes.values()), w.outcomes["ok"], w.outcomes["busy"],
         w.outcomes["failed"], f"{sum(w.seconds) / max(1, len(w.seconds)):.1f}",
         f"{max(w.seconds, default=0):.1f}"] for w in (updater, builder)]))
    warm = [s for s in samples if s[0] >= 30] or samples
    rss = [s[1] for s in samples]
    fds = [s[2] for s in samples]
    print()
    print(table(["server", "first", "after warm-up", "last", "max", "samples"], [
        ["RSS MB", f"{rss[0]:.0f}", f"{warm[0][1]:.0f}", f"{rss[-1]:.0f}", f"{max(rss):.0f}",
         len(rss)],
        ["open fds", fds[0], warm[0][2], fds[-1], max(fds), len(fds)],
    ]))
    print(by_minute(samples))
    growing_rss = rss[-1] > 1.5 * warm[0][1]
    growing_fds = fds[-1] > warm[0][2] + 20
    failed_writers = updater.outcomes["failed"] + builder.outcomes["failed"]
    for message in (updater.messages + builder.messages)[:5]:
        print("  writer:", message)
    for failure in tally.failures[:10]:
        print("  client:", failure)
    tracebacks = server_log.count("Traceback")
    print(f"\nserver alive at the end: {alive}; tracebacks in its log: {tracebacks}")
    ok = (alive and not tally.failures and not failed_writers and not growing_rss
          and not growing_fds and tracebacks == 0)
    print("RESULT:", "pass" if ok else "FAIL", "" if ok else
          f"(failures={len(tally.failures)} writers={failed_writers} "
          f"rss_growing={growing_rss} fds_growing={growing_fds})")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
