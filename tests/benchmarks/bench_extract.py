"""Score event extraction against hand-labelled gold files: blind part, tune part, all, per file.

Usage (from the repository root):

    python tests/benchmarks/bench_extract.py                  # blind, tune, all, files, held-out
    python tests/benchmarks/bench_extract.py --shared /path/to/shared
    python tests/benchmarks/bench_extract.py --part tune --detail   # tune table + disagreements
    python tests/benchmarks/bench_extract.py --json before.json     # headline figures as JSON
    python tests/benchmarks/bench_extract.py --pair RAW.jsonl GOLD.jsonl [--pair ...]

Why a blind part: figures on articles the rules were tuned on say little about writing the
extractor has never seen. ``corpus_split.py`` fixes, by site, a part of the shared corpus that
nobody tunes on; its table is printed first and is the figure to quote. ``--detail`` lists the
disagreements of tuning articles only; those of blind articles need ``--detail-blind`` and must
not be read while changing the extractor (once read, the part is no longer blind). The gate is
by the article's site, so it also holds under ``--pair`` and for the files scored per file.

Default run: the shared corpus files kominfo, other, kominfo2, campus and agency, scored as the
BLIND part (articles whose site ``corpus_split.is_blind``), the TUNE part and ALL; then one
compact row per file; then the seed; then the invented held-out sets in
``tests/fixtures/extract/``. ``--part blind|tune|all`` prints only that one table of the shared
corpus. ``--tuning`` prints only what may be read while changing the extractor: the TUNE
table, the seed and the held-out sets (the default run shows the BLIND table first, and
helpers checking the seed in it saw blind totals by accident). When the shared corpus is
absent, one line says so and the held-out sets are still scored.

A raw line is ``{"url", "site", "text"}`` (optionally ``"published"``, ``"title"``); a gold
line is ``{"url", "event_title", "event_date", "location", "province", "organizers",
"participants", "speakers": [...], "questions": [...]}`` (see ``../shared/corpus/README.md``).
Raw and gold lines pair up by ``url`` (else by order). Each raw text goes through
``article_from_text`` and ``extract_event``, as the builder does.

Metrics (DESIGN.md): speaker precision/recall/F1 with names compared case-folded and without
degrees. Role accuracy, position token F1 and talk-title token F1 are given twice: over every
gold speaker (a missed speaker counts 0; the headline figures) and over matched speakers only.
Event-title token F1, date, location (without "Kota"/"Kabupaten") and participant accuracy are
over articles, a null matching a null. Reported for information only: province accuracy where
the gold names one, organiser F1, and question recall (asker, addressee and question text).
``extract pages/s`` is articles divided by the seconds spent inside ``article_from_text`` and
``extract_event``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(ROOT))

from corpus_split import is_blind  # noqa: E402

from index import Event, article_from_text, extract_event, strip_degrees  # noqa: E402

HELD_OUT = ROOT / "tests" / "fixtures" / "extract"
HELD_OUT_FILES = ("heldout", "heldout2", "heldout3", "heldout4", "heldout5",
                  "heldout6", "heldout7", "heldout8")
SHARED_FILES = ("kominfo", "other", "kominfo2", "campus", "agency")
PARTS = ("blind", "tune", "all")

Figures = dict[str, "float | int | None"]


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


def _set_f1(pred: list[str], gold: list[str]) -> float:
    if not pred and not gold:
        return 1.0
    p, g = set(pred), set(gold)
    common = len(p & g)
    if not common:
        return 0.0
    precision, recall = common / len(p), common / len(g)
    return 2 * precision * recall / (precision + recall)


def _place(value: str | None) -> str:
    value = re.sub(r"^(?:kota|kabupaten|kab\.?)\s+", "", (value or "").strip(),
                   flags=re.IGNORECASE)
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
    """The event of one raw line and the seconds spent making the article and extracting."""
    start = time.perf_counter()
    article = article_from_text(raw["text"], raw.get("url"))
    article.site = raw.get("site") or article.site
    article.published = raw.get("published")
    article.title = raw.get("title")
    event = extract_event(article)
    return event or Event(), time.perf_counter() - start


@dataclass
class ArticleScore:
    """Everything measured on one article; tables are sums over lists of these."""

    file: str
    url: str
    blind: bool
    seconds: float
    tp: int = 0
    fp: int = 0
    fn: int = 0
    roles: list[float] = field(default_factory=list)       # one per gold speaker
    positions: list[float] = field(default_factory=list)   # one per gold speaker
    talks: list[float] = field(default_factory=list)       # one per gold speaker
    matched: list[bool] = field(default_factory=list)      # one per gold speaker
    title: float = 0.0
    date: bool = False
    location: bool = False
    participants: bool = False
    province: bool | None = None
    organizers: float = 0.0
    questions_found: int = 0
    questions_gold: int = 0
    notes: list[str] = field(default_factory=list)


def score_article(file: str, raw: dict, gold: dict) -> ArticleScore:
    """Extract one raw line and compare it with its gold line."""
    event, seconds = _extract(raw)
    score = ArticleScore(file=file, url=raw.get("url", "?"),
                         blind=is_blind(raw.get("site") or ""), seconds=seconds)
    _score_speakers(score, event, gold)
    _score_event(score, event, gold)
    _score_info(score, event, gold)
    return score


def _score_speakers(score: ArticleScore, event: Event, gold: dict) -> None:
    predicted = {_norm_name(s.name): s for s in event.speakers}
    golden = {_norm_name(s["name"]): s for s in gold.get("speakers", [])}
    for name, speaker in golden.items():
        mine = predicted.get(name)
        score.matched.append(mine is not None)
        if mine is None:
            score.fn += 1
            score.roles.append(0.0)
            score.positions.append(0.0)
            score.talks.append(0.0)
            score.notes.append(f"missed {speaker['name']!r} ({speaker['role']}; "
                               f"position {speaker.get('position')!r}; "
                               f"talk {speaker.get('talk_title')!r})")
            continue
        score.tp += 1
        score.roles.append(float(mine.role == speaker["role"]))
        if mine.role != speaker["role"]:
            score.notes.append(f"{speaker['name']!r} role {mine.role} != {speaker['role']}")
        position = token_f1(mine.position, speaker.get("position"))
        score.positions.append(position)
        if position < 0.99:
            score.notes.append(f"{speaker['name']!r} position {mine.position!r} vs "
                               f"{speaker.get('position')!r}")
        talk = token_f1(mine.talk_title, speaker.get("talk_title"))
        score.talks.append(talk)
        if talk < 0.99:
            score.notes.append(f"{speaker['name']!r} talk {mine.talk_title!r} vs "
                               f"{speaker.get('talk_title')!r}")
    for name, speaker in predicted.items():
        if name not in golden:
            score.fp += 1
            score.notes.append(f"extra {speaker.name!r} ({speaker.role}; "
                               f"position {speaker.position!r})")


def _score_event(score: ArticleScore, event: Event, gold: dict) -> None:
    score.title = token_f1(event.title, gold.get("event_title"))
    if score.title < 0.99:
        score.notes.append(f"title {event.title!r} vs {gold.get('event_title')!r}")
    score.date = _same(score, "date", event.date, gold.get("event_date"))
    score.location = _same(score, "location", _place(event.location),
                           _place(gold.get("location")))
    score.participants = _same(score, "participants", event.participants,
                               gold.get("participants"))


def _same(score: ArticleScore, label: str, mine: object, gold: object) -> bool:
    if mine != gold:
        score.notes.append(f"{label} {mine!r} vs {gold!r}")
    return mine == gold


def _score_info(score: ArticleScore, event: Event, gold: dict) -> None:
    if gold.get("province"):
        score.province = (event.province or "").casefold() == gold["province"].casefold()
    score.organizers = _set_f1([o.casefold() for o in event.organizers],
                               [o.casefold() for o in gold.get("organizers", [])])
    for question in gold.get("questions", []):
        score.questions_gold += 1
        if any(_norm_name(q.asker) == _norm_name(question.get("asker"))
               and _norm_name(q.addressee) == _norm_name(question.get("addressee"))
               and token_f1(q.question, question.get("question")) >= 0.8
               for q in event.questions):
            score.questions_found += 1


def score_pair(file: str, raw_path: Path, gold_path: Path) -> list[ArticleScore]:
    """Every article of one raw/gold pair of files, scored."""
    return [score_article(file, raw, gold) for raw, gold in _pairs(raw_path, gold_path)]


def _mean(values: Iterable[float | bool]) -> float | None:
    numbers = [float(v) for v in values]
    return sum(numbers) / len(numbers) if numbers else None


def _matched_only(scores: list[ArticleScore], attr: str) -> list[float]:
    pairs = ((value, hit) for s in scores for value, hit in zip(getattr(s, attr), s.matched,
                                                                 strict=True))
    return [value for value, hit in pairs if hit]


def figures(scores: list[ArticleScore]) -> Figures:
    """The headline figures of a set of articles (None where nothing was measured)."""
    tp, fp, fn = (sum(getattr(s, k) for s in scores) for k in ("tp", "fp", "fn"))
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    seconds = sum(s.seconds for s in scores)

    def each(attr: str) -> list[float]:
        return [value for s in scores for value in getattr(s, attr)]

    return {
        "articles": len(scores),
        "speakers_gold": tp + fn,
        "speakers_predicted": tp + fp,
        "speakers_matched": tp,
        "speaker_precision": precision,
        "speaker_recall": recall,
        "speaker_f1": (2 * precision * recall / (precision + recall)
                       if precision + recall else 0.0),
        "role_accuracy_all_gold": _mean(each("roles")),
        "position_f1_all_gold": _mean(each("positions")),
        "talk_f1_all_gold": _mean(each("talks")),
        "role_accuracy_matched": _mean(_matched_only(scores, "roles")),
        "position_f1_matched": _mean(_matched_only(scores, "positions")),
        "talk_f1_matched": _mean(_matched_only(scores, "talks")),
        "event_title_f1": _mean(s.title for s in scores),
        "date_accuracy": _mean(s.date for s in scores),
        "location_accuracy": _mean(s.location for s in scores),
        "participants_accuracy": _mean(s.participants for s in scores),
        "province_accuracy_info": _mean(s.province for s in scores if s.province is not None),
        "organizer_f1_info": _mean(s.organizers for s in scores),
        "questions_found_info": sum(s.questions_found for s in scores),
        "questions_gold_info": sum(s.questions_gold for s in scores),
        "extract_seconds": seconds,
        "extract_pages_per_second": len(scores) / seconds if seconds else None,
        "ms_per_article_max": 1000 * max((s.seconds for s in scores), default=0.0),
    }


def _f(value: float | None, digits: int = 3) -> str:
    return "n/a" if value is None else f"{value:.{digits}f}"


def table(title: str, fig: Figures) -> str:
    """One metric per line, headline (all-gold) figures before the matched-only ones."""
    rows = [
        ("articles", f"{fig['articles']}"),
        ("speakers gold / predicted / matched",
         f"{fig['speakers_gold']} / {fig['speakers_predicted']} / {fig['speakers_matched']}"),
        ("speaker precision", _f(fig["speaker_precision"])),
        ("speaker recall", _f(fig["speaker_recall"])),
        ("speaker F1", _f(fig["speaker_f1"])),
        ("role accuracy (all gold)", _f(fig["role_accuracy_all_gold"])),
        ("position token F1 (all gold)", _f(fig["position_f1_all_gold"])),
        ("talk-title token F1 (all gold)", _f(fig["talk_f1_all_gold"])),
        ("role accuracy (matched)", _f(fig["role_accuracy_matched"])),
        ("position token F1 (matched)", _f(fig["position_f1_matched"])),
        ("talk-title token F1 (matched)", _f(fig["talk_f1_matched"])),
        ("event title token F1", _f(fig["event_title_f1"])),
        ("date accuracy", _f(fig["date_accuracy"])),
        ("location accuracy", _f(fig["location_accuracy"])),
        ("participants accuracy", _f(fig["participants_accuracy"])),
        ("province accuracy (gold non-null; info)", _f(fig["province_accuracy_info"])),
        ("organizer F1 (info)", _f(fig["organizer_f1_info"])),
        ("questions found / gold (info)",
         f"{fig['questions_found_info']} / {fig['questions_gold_info']}"),
        ("extract pages/s", _f(fig["extract_pages_per_second"], 1)),
        ("ms per article (max)", _f(fig["ms_per_article_max"], 1)),
    ]
    width = max(len(name) for name, _ in rows)
    lines = [f"== {title}", f"{'metric'.ljust(width)}  value", f"{'-' * width}  -----"]
    lines += [f"{name.ljust(width)}  {value}" for name, value in rows]
    return "\n".join(lines)


COMPACT = (  # (header, figure key, digits)
    ("arts", "articles", None), ("gold", "speakers_gold", None),
    ("P", "speaker_precision", 3), ("R", "speaker_recall", 3), ("F1", "speaker_f1", 3),
    ("role*", "role_accuracy_all_gold", 3), ("pos*", "position_f1_all_gold", 3),
    ("talk*", "talk_f1_all_gold", 3), ("title", "event_title_f1", 3),
    ("date", "date_accuracy", 3), ("place", "location_accuracy", 3),
    ("part", "participants_accuracy", 3),
)


def compact_table(title: str, rows: list[tuple[str, Figures]]) -> str:
    """One row per file, the main metrics as columns (* = over all gold speakers)."""
    width = max([len("file")] + [len(name) for name, _ in rows])
    head = "file".ljust(width) + "".join(f"  {h:>5}" for h, _, _ in COMPACT)
    lines = [f"== {title} (* = over all gold speakers)", head, "-" * len(head)]
    for name, fig in rows:
        cells = [f"{fig[key]}" if digits is None else _f(fig[key], digits)
                 for _, key, digits in COMPACT]
        lines.append(name.ljust(width) + "".join(f"  {c:>5}" for c in cells))
    return "\n".join(lines)


def disagreements(scores: list[ArticleScore], tune: bool, blind: bool) -> str:
    """The notes of the articles whose side is asked for; blind ones only when asked by name."""
    shown = [s for s in scores if (blind if s.blind else tune) and s.notes]
    return "\n".join(f"  - {s.url}: {note}" for s in shown for note in s.notes)


class Report:
    """Prints tables, collects their figures for ``--json``, and appends the allowed notes."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.tables: dict[str, Figures] = {}
        self.scored: list[ArticleScore] = []

    def full(self, key: str, title: str, scores: list[ArticleScore], notes: bool = True) -> None:
        fig = figures(scores)
        self.tables[key] = fig
        out = table(title, fig)
        listed = disagreements(scores, self.args.detail, self.args.detail_blind) if notes else ""
        print(out + ("\n" + listed if listed else "") + "\n")

    def compact(self, title: str, groups: list[tuple[str, list[ArticleScore]]],
                prefix: str = "file:", notes: bool = True) -> None:
        rows = [(name, figures(scores)) for name, scores in groups if scores]
        for name, fig in rows:
            self.tables[prefix + name] = fig
        everything = [s for _, scores in groups for s in scores]
        listed = (disagreements(everything, self.args.detail, self.args.detail_blind)
                  if notes else "")
        print(compact_table(title, rows) + ("\n" + listed if listed else "") + "\n")

    def finish(self) -> None:
        run = figures(self.scored)
        print(f"extract pages/s (whole run): {_f(run['extract_pages_per_second'], 1)} "
              f"({run['articles']} articles in {run['extract_seconds']:.3f} s)")
        if self.args.json:
            keys = ("articles", "extract_seconds", "extract_pages_per_second")
            payload = {"run": {k: run[k] for k in keys}, "tables": self.tables}
            self.args.json.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")


def _present(raw: Path, gold: Path) -> bool:
    if raw.is_file() and gold.is_file():
        return True
    print(f"skipped {raw.name}: {raw if not raw.is_file() else gold} not found")
    return False


def _score_files(report: Report, folder: Path, names: Iterable[str],
                 ) -> dict[str, list[ArticleScore]]:
    scored: dict[str, list[ArticleScore]] = {}
    for name in names:
        raw, gold = folder / f"{name}_raw.jsonl", folder / f"{name}_gold.jsonl"
        if _present(raw, gold):
            scored[name] = score_pair(name, raw, gold)
            report.scored += scored[name]
    return scored


def run_shared(report: Report, corpus: Path) -> None:
    """BLIND, TUNE and ALL tables of the shared corpus, then per-file rows and the seed."""
    by_file = _score_files(report, corpus, SHARED_FILES)
    everything = [s for scores in by_file.values() for s in scores]
    parts: dict[str, Callable[[ArticleScore], bool]] = {
        "blind": lambda s: s.blind, "tune": lambda s: not s.blind, "all": lambda s: True}
    part = "tune" if report.args.tuning else report.args.part
    for key in PARTS:
        if part in (None, key):
            chosen = [s for s in everything if parts[key](s)]
            report.full(key, f"{key.upper()} part of the shared corpus", chosen,
                        notes=key != "all" or part == "all")
    if report.args.part is not None:
        return
    if not report.args.tuning:
        report.compact("shared corpus per file", list(by_file.items()), notes=False)
    seed = _score_files(report, corpus, ("seed",))
    if seed:
        report.compact("seed (shared corpus, tuning data)", list(seed.items()), prefix="")


def run_held_out(report: Report) -> None:
    """The invented held-out sets in tests/fixtures/extract/, one full table each."""
    for name, scores in _score_files(report, HELD_OUT, HELD_OUT_FILES).items():
        report.full(name, f"{name} (tests/fixtures/extract)", scores)


def run_pairs(report: Report, pairs: list[list[Path]]) -> None:
    """One full table per raw/gold pair given on the command line."""
    for raw, gold in pairs:
        if _present(raw, gold):
            scores = score_pair(raw.stem, raw, gold)
            report.scored += scores
            report.full(f"pair:{raw.name}", f"{raw.name} vs {gold.name}", scores)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared",
                        help="the shared folder holding corpus/ (default: ../shared)")
    parser.add_argument("--pair", nargs=2, action="append", type=Path, metavar=("RAW", "GOLD"),
                        help="score this raw/gold pair instead of the default files")
    parser.add_argument("--part", choices=PARTS,
                        help="print only this table of the shared corpus")
    parser.add_argument("--tuning", action="store_true",
                        help="print only what tuning may read: the TUNE table, the seed and "
                             "the held-out sets (no BLIND, ALL or per-file rows)")
    parser.add_argument("--detail", action="store_true",
                        help="list the disagreements of tuning (non-blind) articles")
    parser.add_argument("--detail-blind", action="store_true",
                        help="list those of blind articles (never while tuning)")
    parser.add_argument("--json", type=Path, metavar="PATH",
                        help="write the headline figures of each table to PATH")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.tuning and (args.part or args.detail_blind):
        print("error: --tuning prints the TUNE part only; it takes no --part or --detail-blind")
        return 2
    report = Report(args)
    corpus = args.shared / "corpus"
    if args.pair:
        run_pairs(report, args.pair)
    elif corpus.is_dir():
        run_shared(report, corpus)
        if args.part is None:
            run_held_out(report)
    else:
        print(f"skipped shared corpus: {corpus} not found")
        run_held_out(report)
    report.finish()
    return 0


if __name__ == "__main__":
    sys.exit(main())
