"""Crash consistency: SIGKILL ``build`` and ``update`` at random moments, then check the index.

    python tests/stress/crash.py                      # 30 kills of each, 400-document corpora
    python tests/stress/crash.py --kills 5 --docs 200 # a quick run

Two corpora, A and B, as JSONL of clean bodies: B changes a fifth of A's articles, drops a
fifth and adds a fifth new ones. First, unkilled runs learn the two states the index may
legally be in, as a map URL -> SHA-256 of the stored record (read back through
``search.SearchIndex``), and how long a run takes. Then, for ``build B`` / ``build A``
alternately, and for ``update B --delete-missing`` / ``update A --delete-missing``:

1. start the command, SIGKILL its main process after a random delay drawn uniformly from
   the run's measured duration;
2. the index must open, hold exactly the old or the new state (same URLs, same hashes), and
   answer a plain and a syntax query;
3. no process of the killed command may outlive it by more than a few seconds (worker
   processes must notice their parent died);
4. the same command, run again, must complete and leave exactly the new state.

It prints one row per command kind (kills, landed mid-run, old state seen, new state seen,
bad states, re-runs completed, orphans, most generation folders seen on disk) and exits 1
on any bad state, failed re-run or orphan.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from common import cli_command, table
from procfs import proc_stats

CLI = cli_command()
State = dict[str, str]


def write_corpora(folder: Path, docs: int, seed: int) -> tuple[Path, Path]:
    from synthetic import ArticleGenerator

    generator = ArticleGenerator(seed)
    rng = random.Random(seed)
    a = []
    for n in range(docs):
        article = generator.article(n)
        a.append({"url": article.url, "title": article.title, "published": article.published,
                  "site": article.site, "text": article.text})
    b = []
    for record in a:
        roll = rng.random()
        if roll < 0.2:
            continue
        if roll < 0.4:
            record = {**record, "text": record["text"] + "\n\nRalat: jumlah peserta diperbarui "
                                                        "oleh panitia setelah acara."}
        b.append(record)
    for n in range(docs, docs + docs // 5):
        article = generator.article(n)
        b.append({"url": article.url, "title": article.title, "published": article.published,
                  "site": article.site, "text": article.text})
    paths = []
    for name, records in (("A", a), ("B", b)):
        path = folder / f"{name}.jsonl"
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                        encoding="utf-8")
        paths.append(path)
    return paths[0], paths[1]


def snapshot(index: Path) -> State:
    """URL -> hash of the stored record, read through the public library API."""
    from search import SearchIndex

    state: State = {}
    with SearchIndex.open(index) as ix:
        page = 1
        while True:
            results = ix.search("", sort="date", page=page, per_page=100)
            for hit in results.hits:
                article = ix.article(hit.url)
                assert article is not None, f"hit {hit.url} has no stored record"
                payload = json.dumps(article.to_dict(), sort_keys=True, ensure_ascii=False)
                state[hit.url] = hashlib.sha256(payload.encode()).hexdigest()
            if page * 100 >= results.total:
                break
            page += 1
        assert len(state) == results.total, (len(state), results.total)
        assert ix.search("webinar").total > 0
        ix.search('title:webinar OR "literasi digital"', syntax=True)
    return state


def group_members(pgid: int) -> list[int]:
    """Live (non-zombie) processes in process group ``pgid`` (the command and its workers)."""
    return [pid for pid, fields in proc_stats() if int(fields[2]) == pgid and fields[0] != "Z"]


@dataclass
class Tally:
    kind: str
    kills: int = 0
    mid_run: int = 0
    seen: Counter[str] = field(default_factory=Counter)
    reruns_ok: int = 0
    orphans: int = 0
    max_generations: int = 0
    problems: list[str] = field(default_factory=list)


def run(command: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, check=False, capture_output=True, text=True)


def generations(index: Path) -> int:
    return sum(1 for p in index.iterdir() if p.name.startswith("gen-"))


def kill_once(command: list[str], delay: float, index: Path, old: State, new: State,
              tally: Tally) -> None:
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            start_new_session=True)
    time.sleep(delay)
    finished = proc.poll() is not None
    if not finished:
        os.kill(proc.pid, signal.SIGKILL)
        tally.mid_run += 1
    proc.wait()
    proc.stderr.close()  # type: ignore[union-attr]
    tally.kills += 1
    deadline = time.monotonic() + 10
    while (left := group_members(proc.pid)) and time.monotonic() < deadline:
        time.sleep(0.2)
    if left:
        tally.orphans += len(left)
        tally.problems.append(f"{len(left)} process(es) outlived the killed command")
        for pid in left:
            os.kill(pid, signal.SIGKILL)
    tally.max_generations = max(tally.max_generations, generations(index))
    try:
        state = snapshot(index)
    except Exception as exc:
        tally.seen["unreadable"] += 1
        tally.problems.append(f"after kill at {delay:.2f} s: {type(exc).__name__}: {exc}")
        state = None
    if state is not None:
        verdict = "old" if state == old else "new" if state == new else "mixed"
        tally.seen[verdict] += 1
        if verdict == "mixed":
            tally.problems.append(f"after kill at {delay:.2f} s: {len(state)} docs, neither "
                                  f"state ({len(set(state) ^ set(old))} URLs off the old)")
    again = run(command)
    if again.returncode == 0 and snapshot(index) == new:
        tally.reruns_ok += 1
    else:
        tally.problems.append(f"re-run after kill at {delay:.2f} s: exit {again.returncode} "
                              f"{again.stderr.strip()[-200:]}")
    tally.max_generations = max(tally.max_generations, generations(index))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kills", type=int, default=30, help="per command kind")
    parser.add_argument("--docs", type=int, default=400)
    parser.add_argument("--seed", type=int, default=17)
    parser.add_argument("--work", type=Path, default=None, help="default: a temporary folder")
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory(prefix="crash-") as tmp:
        work = args.work or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        corpus_a, corpus_b = write_corpora(work, args.docs, args.seed)
        index = work / "index"
        commands = {
            "build": lambda src: [*CLI, "build", str(src), "--index", str(index)],
            "update": lambda src: [*CLI, "update", str(src), "--delete-missing", "--index",
                                   str(index)],
        }
        tallies = []
        for kind, make in commands.items():
            tally = Tally(kind)
            done = run(commands["build"](corpus_a))
            if done.returncode:
                raise SystemExit(f"build A failed: {done.stderr.strip()}")
            state_a = snapshot(index)
            started = time.monotonic()
            done = run(make(corpus_b))
            duration = time.monotonic() - started
            if done.returncode:
                raise SystemExit(f"{kind} B failed: {done.stderr.strip()}")
            state_b = snapshot(index)
            states = {corpus_a: state_a, corpus_b: state_b}
            print(f"{kind}: {len(state_a)} -> {len(state_b)} documents, one run "
                  f"{duration:.1f} s", file=sys.stderr)
            current, target = corpus_b, corpus_a
            for number in range(args.kills):
                delay = rng.uniform(0.0, duration)
                kill_once(make(target), delay, index, states[current], states[target], tally)
                current, target = target, current
                print(f"  {kind} kill {number + 1}/{args.kills} at {delay:.2f} s: "
                      f"{dict(tally.seen)}", file=sys.stderr)
            tallies.append(tally)
        print(table(["command", "kills", "mid-run", "old state", "new state", "bad state",
                     "re-runs ok", "orphans", "max gen dirs"],
                    [[t.kind, t.kills, t.mid_run, t.seen["old"], t.seen["new"],
                      t.seen["mixed"] + t.seen["unreadable"], t.reruns_ok, t.orphans,
                      t.max_generations] for t in tallies]))
        for t in tallies:
            for problem in t.problems[:10]:
                print(f"  {t.kind}: {problem}")
        bad = any(t.problems for t in tallies)
        print("RESULT:", "FAIL" if bad else "pass")
        return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
