"""Run the atheris harnesses one after another for a bounded time each; print a summary.

    pip install -e '.[fuzz]'
    python tests/fuzz/run.py --minutes 25                 # every target, 25 min each
    python tests/fuzz/run.py clean --minutes 5            # one target
    python tests/fuzz/run.py --out bench-out/fuzz         # where corpora and crashes go

Each target keeps a growing corpus in ``OUT/<target>/corpus`` (seeded from the shipped
fixtures on the first run, so later runs continue where earlier ones stopped) and writes
crashing inputs to ``OUT/<target>/crash-*``. libFuzzer stops at the first crash; this
runner records it and restarts the target for the time left, so one run can report
several distinct crashes (grouped by the last line of their traceback). Replay one with
``python tests/fuzz/fuzz_clean.py OUT/clean/crash-...``.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
sys.path.insert(0, str(TESTS))

TARGETS: dict[str, int] = {"clean": 65536, "extract": 4096, "query": 1024}
"""Target name -> libFuzzer ``-max_len`` (bytes)."""

QUERY_SEEDS = ['literasi digital', '"literasi digital"', "title:webinar", "literasi*",
               "*asi", "a*", "lit?rasi", "literasi~2", "literasi^3", "(a OR b) AND NOT c",
               "year:[2020 TO 2021]", "published:[2021-01-01 TO 2021-12-31]",
               "speakers:yohana", "{a TO z}", "nosuchfield:x", "'quoted'", "Palembang~"]


@dataclass
class TargetReport:
    name: str
    seconds: float = 0.0
    executions: int = 0
    coverage: int = 0
    corpus: int = 0
    crashes: dict[str, Path] = field(default_factory=dict)


def seed(target: str, corpus: Path) -> None:
    """Fill an empty corpus with shipped inputs (never overwrites a grown corpus)."""
    corpus.mkdir(parents=True, exist_ok=True)
    if any(corpus.iterdir()):
        return
    if target == "clean":
        from fuzzing import seed_pages

        for number, page in enumerate(seed_pages()):
            (corpus / f"seed-{number:03d}").write_bytes(page[:TARGETS["clean"]])
    elif target == "query":
        for number, text in enumerate(QUERY_SEEDS):
            for mode in (0, 1, 3):
                (corpus / f"seed-{number:03d}-{mode}").write_bytes(bytes([mode]) +
                                                                   text.encode("utf-8"))
    else:
        for number in range(16):
            (corpus / f"seed-{number:03d}").write_bytes(bytes(range(number, 256, 3)))


_STAT = re.compile(r"stat::(\w+):\s*(\d+)")
_COV = re.compile(r"cov: (\d+)")


def run_target(target: str, out: Path, seconds: float, timeout: int,
               rss_mb: int) -> TargetReport:
    report = TargetReport(target)
    work = out / target
    corpus = work / "corpus"
    seed(target, corpus)
    deadline = time.monotonic() + seconds
    unsaved = 0
    while (left := deadline - time.monotonic()) > 5 and unsaved < 3:
        started = time.monotonic()
        log = work / f"run-{int(time.time())}.log"
        command = [sys.executable, str(HERE / f"fuzz_{target}.py"), str(corpus),
                   f"-max_total_time={int(left)}", f"-timeout={timeout}",
                   f"-rss_limit_mb={rss_mb}", f"-max_len={TARGETS[target]}",
                   f"-artifact_prefix={work}/", "-print_final_stats=1"]
        with open(log, "w") as sink:
            code = subprocess.call(command, stdout=sink, stderr=subprocess.STDOUT)
        report.seconds += time.monotonic() - started
        text = log.read_text(errors="replace")
        stats = dict(_STAT.findall(text))
        report.executions += int(stats.get("number_of_executed_units", 0))
        covs = _COV.findall(text)
        report.coverage = max(report.coverage, int(covs[-1]) if covs else 0)
        if code == 0:
            break
        artifact = re.search(r"Test unit written to (\S+)", text)
        report.crashes.setdefault(_signature(text), Path(artifact.group(1)) if artifact
                                  else log)
        # A failure libFuzzer could not save (a setup error) would repeat: give up after 3.
        unsaved = 0 if artifact else unsaved + 1
    report.corpus = sum(1 for _ in corpus.iterdir())
    return report


def _signature(log: str) -> str:
    """The exception line of a Python crash, or libFuzzer's own reason (timeout, oom)."""
    lines = log.splitlines()
    for index, line in enumerate(lines):
        if "Uncaught Python exception" in line:
            tail = [ln for ln in lines[index:] if ln and not ln.startswith((" ", "=="))]
            for candidate in tail[1:]:
                if not candidate.startswith(("Traceback", "INFO", "MS:", "Crash")):
                    return candidate[:160]
    reason = re.search(r"==\d+== ERROR: libFuzzer: (.+)", log)
    return reason.group(1)[:160] if reason else "unknown failure (see the log)"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("targets", nargs="*", metavar="TARGET",
                        help=f"any of {', '.join(TARGETS)} (default: all)")
    parser.add_argument("--minutes", type=float, default=20.0, help="per target")
    parser.add_argument("--out", type=Path, default=TESTS.parent / "bench-out" / "fuzz")
    parser.add_argument("--timeout", type=int, default=10, help="seconds for one input")
    parser.add_argument("--rss-mb", type=int, default=2048)
    args = parser.parse_args(argv)
    unknown = set(args.targets) - set(TARGETS)
    if unknown:
        parser.error(f"unknown target(s): {', '.join(sorted(unknown))}")
    try:
        import atheris  # noqa: F401
    except ImportError:
        print("atheris is not installed: pip install -e '.[fuzz]'")
        return 0
    reports = [run_target(t, args.out, args.minutes * 60, args.timeout, args.rss_mb)
               for t in args.targets or list(TARGETS)]
    print(f"\n{'target':<9} {'minutes':>8} {'execs':>10} {'execs/s':>8} {'cov':>6} "
          f"{'corpus':>7} {'crashes':>8}")
    for r in reports:
        rate = r.executions / r.seconds if r.seconds else 0.0
        print(f"{r.name:<9} {r.seconds / 60:>8.1f} {r.executions:>10} {rate:>8.0f} "
              f"{r.coverage:>6} {r.corpus:>7} {len(r.crashes):>8}")
    for r in reports:
        for signature, artifact in r.crashes.items():
            print(f"  {r.name}: {signature}\n      {artifact}")
    return 1 if any(r.crashes for r in reports) else 0


if __name__ == "__main__":
    sys.exit(main())
