"""Disk full: build and update into an index on a 2 MB tmpfs, then check the live index.

    sudo python tests/stress/diskfull.py          # needs root (mount -t tmpfs); Linux only
    python tests/stress/diskfull.py --size 4m --docs 3000

A small index (the two pages of tests/fixtures/pages) is built on a fresh tmpfs of
``--size``; then commands that cannot fit are run against it:

1. ``build`` of ``--docs`` synthetic reports (far more than the space);
2. ``update`` with the same reports;
3. with the disk filled to the last few kilobytes by another file, ``build`` of the two
   small pages again; then the filler is removed and the same build must succeed.

After each: the command must fail with exactly one line on stderr, starting ``Error:``, and
no traceback; the live index must hold exactly what it held before (URLs and record
hashes, read through ``search.SearchIndex``) and answer queries; the space a failed
command used must be given back (no half-written generation left behind). One row per
attempt; exit status 1 if any check fails. The tmpfs is unmounted at the end.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from common import ROOT, cli_command, table
from crash import snapshot

CLI = cli_command()


def write_corpus(path: Path, docs: int) -> None:
    from synthetic import ArticleGenerator

    generator = ArticleGenerator(seed=23)
    with open(path, "w", encoding="utf-8") as fh:
        for n in range(docs):
            article = generator.article(n)
            fh.write(json.dumps({"url": article.url, "title": article.title,
                                 "published": article.published, "text": article.text},
                                ensure_ascii=False) + "\n")


def used_kb(folder: Path) -> int:
    usage = shutil.disk_usage(folder)
    return (usage.total - usage.free) // 1024


def attempt(name: str, command: list[str], index: Path, before: dict[str, str],
            mount: Path, baseline_kb: int) -> tuple[list[object], bool]:
    done = subprocess.run(command, check=False, capture_output=True, text=True)
    lines = [ln for ln in done.stderr.splitlines() if ln.strip()
             and not ln.startswith(("indexed ", "skipped ", "reading ", "writing "))]
    one_line = len(lines) == 1 and lines[0].startswith("Error:") and \
        "Traceback" not in done.stderr
    try:
        intact = snapshot(index) == before
    except Exception as exc:
        intact = False
        lines.append(f"(index unreadable: {type(exc).__name__}: {exc})")
    leftovers = sorted(p.name for p in index.iterdir() if p.name.startswith("gen-"))
    freed = used_kb(mount) <= baseline_kb + 64
    ok = done.returncode != 0 and one_line and intact and freed
    row = [name, done.returncode, "yes" if one_line else "NO", "yes" if intact else "NO",
           len(leftovers), f"{used_kb(mount)} KB", "ok" if ok else "FAIL",
           (lines[-1] if lines else "(nothing on stderr)")[:110]]
    return row, ok


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", default="2m", help="tmpfs size (mount -o size=)")
    parser.add_argument("--docs", type=int, default=2000)
    args = parser.parse_args(argv)
    if sys.platform != "linux" or os.geteuid() != 0:
        print("diskfull.py: skipped (needs root on Linux to mount a tmpfs)")
        return 0
    rows: list[list[object]] = []
    results: list[bool] = []
    with tempfile.TemporaryDirectory(prefix="diskfull-") as tmp:
        work = Path(tmp)
        corpus = work / "big.jsonl"
        write_corpus(corpus, args.docs)
        mount = work / "mnt"
        mount.mkdir()
        subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={args.size}", "tmpfs", str(mount)],
                       check=True)
        try:
            index = mount / "index"
            pages = ROOT / "tests" / "fixtures" / "pages"
            subprocess.run([*CLI, "build", str(pages), "--index", str(index)], check=True,
                           capture_output=True)
            before = snapshot(index)
            baseline = used_kb(mount)
            print(f"live index: {len(before)} documents, {baseline} KB used of {args.size}",
                  file=sys.stderr)
            for name, command in (
                (f"build {args.docs} docs", [*CLI, "build", str(corpus), "--index", str(index)]),
                (f"update {args.docs} docs", [*CLI, "update", str(corpus), "--index",
                                              str(index)]),
            ):
                row, ok = attempt(name, command, index, before, mount, baseline)
                rows.append(row)
                results.append(ok)
            filler = mount / "filler"
            free = shutil.disk_usage(mount).free
            with open(filler, "wb") as fh:
                fh.write(b"\0" * max(0, free - 8 * 1024))
            row, ok = attempt("build 2 pages, disk full", [*CLI, "build", str(pages),
                                                           "--index", str(index)],
                              index, before, mount, used_kb(mount))
            rows.append(row)
            results.append(ok)
            filler.unlink()
            again = subprocess.run([*CLI, "build", str(pages), "--index", str(index)],
                                   check=False, capture_output=True, text=True)
            recovered = again.returncode == 0 and snapshot(index) == before
            rows.append(["same build, space freed", again.returncode, "-", "-",
                         sum(1 for p in index.iterdir() if p.name.startswith("gen-")),
                         f"{used_kb(mount)} KB", "ok" if recovered else "FAIL",
                         (again.stdout.strip() or again.stderr.strip())[-110:]])
            results.append(recovered)
        finally:
            subprocess.run(["umount", str(mount)], check=False)
    print(table(["attempt", "exit", "one-line error", "live index intact", "gen dirs",
                 "used after", "verdict", "message"], rows))
    print("RESULT:", "pass" if all(results) else "FAIL")
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
