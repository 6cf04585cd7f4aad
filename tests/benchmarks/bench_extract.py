"""Score event extraction against hand-labelled gold files (one table per file).

Usage (from the repository root):

    python tests/benchmarks/bench_extract.py                   # seed, kominfo, other, held-out
    python tests/benchmarks/bench_extract.py --shared /path/to/shared
    python tests/benchmarks/bench_extract.py --pair RAW.jsonl GOLD.jsonl [--pair ...]
    python tests/benchmarks/bench_extract.py --detail          # also list every disagreement

A raw line is ``{"url", "site", "text"}`` (optionally ``"published"``, ``"title"``); a gold
line is ``{"url", "event_title", "event_date", "location", "province", "organizers",
"participants", "speakers": [...], "questions": [...]}`` (see ``../shared/corpus/README.md``).
Raw and gold lines pair up by ``url`` (else by order). Each raw text goes through
``index.pipeline.records.article_from_text`` and ``index.extract.event.extract_event``, as the builder does.

Metrics (DESIGN.md): speaker precision/recall/F1 with names compared case-folded and without
degrees; role accuracy, position token F1 and talk-title token F1 over matched speakers;
event-title token F1, date, location (without "Kota"/"Kabupaten") and participant accuracy
over articles, a null matching a null. Reported for information only: province accuracy where
the gold names one, organiser F1, and question recall (asker, addressee and question text).

The shared corpus is optional: when it is absent, its files are skipped with a one-line
message and the held-out set in ``tests/fixtures/extract/`` is still scored.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from index.extract.event import extract_event
from index.model import Event
from index.names import strip_degrees
from index.pipeline.records import article_from_text

HELD_OUT = ROOT / "tests" / "fixtures" / "extract"


def _norm_name(name: str | None) -> str:
    bare = strip_degrees(name or "")
    bare = bare.replace("“", "\"").replace("”", "\"")
    return " ".join(bare.split()).casefold()


def _tokens(text: str | None) -> list[str]:
    return re.findall(r"\w+", (text or "").casefold())


def token_f1(pred: str | None, gold: str | None) -> float:
    """Token-overlap F1; two nulls agree (1.0), a null against a value disagrees (0.0)."""
    if not pred and not gold:
        return 1.0
    p, g = Counter(_tokens(pred)), Counter(_tokens(gold))
    if not p or not g:
        return 0.0
    common = sum((p & g).values())
    if common == 0:
        return 0.0
    precision, recall = common / sum(p.values()), common / sum(g.values())
    return 2 * precision * recall / (precision + recall)


def _place(value: str | None) -> str:
    value = re.sub(r"^(?:kota|kabupaten|kab\.?)\s+", "", (value or "").strip(), flags=re.I)
    return value.casefold()


def _read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _pairs(raw_path: Path, gold_path: Path) -> list[tuple[dict, dict]]:
    raws, golds = _read_jsonl(raw_path), _read_jsonl(gold_path)
    by_url = {g.get("url"): g for g in golds}
    if all(r.get("url") in by_url for r in raws) and len(by_url) == len(golds):
        return [(r, by_url[r["url"]]) for r in raws]
    return list(zip(raws, golds))


def _extract(raw: dict) -> tuple[Event, float]:
    article = article_from_text(raw["text"], raw.get("url"))
    article.site = raw.get("site") or article.site
    article.published = raw.get("published")
    article.title = raw.get("title")
    start = time.perf_counter()
    event = extract_event(article)
    return event or Event(), time.perf_counter() - start


class Scores:
    """Accumulates the metrics of one file."""

    def __init__(self) -> None:
        self.tp = self.fp = self.fn = 0
        self.roles: list[bool] = []
        self.positions: list[float] = []
        self.talks: list[float] = []
        self.titles: list[float] = []
        self.dates: list[bool] = []
        self.locations: list[bool] = []
        self.participants: list[bool] = []
        self.provinces: list[bool] = []
        self.organizers: list[float] = []
        self.questions_found = self.questions_gold = 0
        self.seconds: list[float] = []
        self.notes: list[str] = []

    def add(self, raw: dict, gold: dict, event: Event, seconds: float) -> None:
        self.seconds.append(seconds)
        url = raw.get("url", "?")
        predicted = {_norm_name(s.name): s for s in event.speakers}
        golden = {_norm_name(s["name"]): s for s in gold.get("speakers", [])}
        for name, speaker in golden.items():
            mine = predicted.get(name)
            if mine is None:
                self.fn += 1
                self.notes.append(f"{url}: missed {speaker['name']!r} ({speaker['role']})")
                continue
            self.tp += 1
            self.roles.append(mine.role == speaker["role"])
            if mine.role != speaker["role"]:
                self.notes.append(f"{url}: {speaker['name']!r} role {mine.role} != "
                                  f"{speaker['role']}")
            pos = token_f1(mine.position, speaker.get("position"))
            self.positions.append(pos)
            if pos < 0.99:
                self.notes.append(f"{url}: {speaker['name']!r} position {mine.position!r} vs "
                                  f"{speaker.get('position')!r}")
            talk = token_f1(mine.talk_title, speaker.get("talk_title"))
            self.talks.append(talk)
            if talk < 0.99:
                self.notes.append(f"{url}: {speaker['name']!r} talk {mine.talk_title!r} vs "
                                  f"{speaker.get('talk_title')!r}")
        for name, speaker in predicted.items():
            if name not in golden:
                self.fp += 1
                self.notes.append(f"{url}: extra {speaker.name!r} ({speaker.role})")
        title = token_f1(event.title, gold.get("event_title"))
        self.titles.append(title)
        if title < 0.99:
            self.notes.append(f"{url}: title {event.title!r} vs {gold.get('event_title')!r}")
        self._same("date", event.date, gold.get("event_date"), self.dates, url)
        self._same("location", _place(event.location), _place(gold.get("location")),
                   self.locations, url)
        self._same("participants", event.participants, gold.get("participants"),
                   self.participants, url)
        if gold.get("province"):
            self.provinces.append((event.province or "").casefold()
                                  == gold["province"].casefold())
        self.organizers.append(_set_f1([o.casefold() for o in event.organizers],
                                       [o.casefold() for o in gold.get("organizers", [])]))
        for question in gold.get("questions", []):
            self.questions_gold += 1
            if any(_norm_name(q.asker) == _norm_name(question.get("asker"))
                   and _norm_name(q.addressee) == _norm_name(question.get("addressee"))
                   and token_f1(q.question, question.get("question")) >= 0.8
                   for q in event.questions):
                self.questions_found += 1

    def _same(self, label: str, mine: object, gold: object, into: list[bool], url: str) -> None:
        into.append(mine == gold)
        if mine != gold:
            self.notes.append(f"{url}: {label} {mine!r} vs {gold!r}")

    def table(self, title: str) -> str:
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        recall = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        rows = [
            ("articles", f"{len(self.titles)}"),
            ("speakers gold / predicted / matched",
             f"{self.tp + self.fn} / {self.tp + self.fp} / {self.tp}"),
            ("speaker precision", f"{precision:.3f}"),
            ("speaker recall", f"{recall:.3f}"),
            ("speaker F1", f"{f1:.3f}"),
            ("role accuracy (matched)", _mean(self.roles)),
            ("position token F1 (matched)", _mean(self.positions)),
            ("talk-title token F1 (matched)", _mean(self.talks)),
            ("event title token F1", _mean(self.titles)),
            ("date accuracy", _mean(self.dates)),
            ("location accuracy", _mean(self.locations)),
            ("participants accuracy", _mean(self.participants)),
            ("province accuracy (gold non-null; info)", _mean(self.provinces)),
            ("organizer F1 (info)", _mean(self.organizers)),
            ("questions found / gold (info)", f"{self.questions_found} / {self.questions_gold}"),
            ("ms per article (mean / max)",
             f"{1000 * sum(self.seconds) / max(1, len(self.seconds)):.1f} / "
             f"{1000 * max(self.seconds or [0]):.1f}"),
        ]
        width = max(len(r[0]) for r in rows)
        lines = [f"== {title}", f"{'metric'.ljust(width)}  value", f"{'-' * width}  -----"]
        lines += [f"{name.ljust(width)}  {value}" for name, value in rows]
        return "\n".join(lines)


def _mean(values: list) -> str:
    if not values:
        return "n/a"
    return f"{sum(float(v) for v in values) / len(values):.3f}"


def _set_f1(pred: list[str], gold: list[str]) -> float:
    if not pred and not gold:
        return 1.0
    p, g = set(pred), set(gold)
    common = len(p & g)
    if not common:
        return 0.0
    precision, recall = common / len(p), common / len(g)
    return 2 * precision * recall / (precision + recall)


def score_file(raw_path: Path, gold_path: Path, detail: bool) -> str:
    scores = Scores()
    for raw, gold in _pairs(raw_path, gold_path):
        event, seconds = _extract(raw)
        scores.add(raw, gold, event, seconds)
    out = scores.table(f"{raw_path.name} vs {gold_path.name}")
    if detail and scores.notes:
        out += "\n" + "\n".join(f"  - {note}" for note in scores.notes)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared",
                        help="the shared folder holding corpus/ (default: ../shared)")
    parser.add_argument("--pair", nargs=2, action="append", type=Path, metavar=("RAW", "GOLD"),
                        help="score this raw/gold pair instead of the default files")
    parser.add_argument("--detail", action="store_true", help="list every disagreement")
    args = parser.parse_args(argv)
    pairs: list[tuple[Path, Path]] = []
    if args.pair:
        pairs = [(raw, gold) for raw, gold in args.pair]
    else:
        corpus = args.shared / "corpus"
        if corpus.is_dir():
            pairs += [(corpus / f"{name}_raw.jsonl", corpus / f"{name}_gold.jsonl")
                      for name in ("seed", "kominfo", "other")]
        else:
            print(f"skipped shared corpus: {corpus} not found")
        pairs += [(HELD_OUT / f"{name}_raw.jsonl", HELD_OUT / f"{name}_gold.jsonl")
                  for name in ("heldout", "heldout2", "heldout3", "heldout4")]
    for raw, gold in pairs:
        if not raw.is_file() or not gold.is_file():
            print(f"skipped {raw.name}: {raw if not raw.is_file() else gold} not found")
            continue
        print(score_file(raw, gold, args.detail))
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
