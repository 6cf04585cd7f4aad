"""Relevance of search on the real corpus hidden among synthetic look-alikes.

    python tests/benchmarks/bench_relevance.py --shared /work/shared [--lookalikes 2000]
    python tests/benchmarks/bench_relevance.py --corpora kominfo,other,seed   # the first set

Index: every raw article of ``SHARED/corpus`` (all six labelled files by default:
kominfo, other, seed and the held-out kominfo2, campus, agency) plus N look-alike
reports generated at run time from them (:func:`synthetic.lookalike_articles`: speakers'
first and last names recombined, titles spliced from real title words, real places,
neutral real sentences), as a real index full of one series' articles would be. Nothing
from SHARED is written anywhere.

Three indexes of the same articles, measured in one run:

- ours, gold events: each real article carries its gold event (speakers, title, place), so
  the figures measure the index and the ranking, not the extractor;
- ours, extracted events: every article (real and look-alike) gets the event that
  ``index.extract.event.extract_event`` finds in its text, as ``webinar-search build`` would;
- stock Whoosh: ``StandardAnalyzer`` over the text, default ``QueryParser`` (AND).

Queries, each scored as MRR@10 (a relevant article is one of the real articles the gold
assigns to that name / title):

- names: every gold speaker's name; also lower-cased; also with one typo (one letter
  deleted, replaced, doubled or swapped, never the first; a deterministic choice); also
  "in another spelling": one spelling rule of Indonesian names applied where it fits,
  the rule tried first taking turns name by name (:data:`SPELLINGS`: old and new
  orthography oe/u, dj/j, tj/c, ch/kh, sj/sy, nj/ny, dh/d, a doubled or undoubled letter,
  a final y/i); names no rule fits are left out;
- titles: every gold event title; also "in another derivation": each word that has another
  form with the same Sastrawi stem in the corpus replaced by its most frequent other form
  ("layanan publik" for "pelayanan publik"); titles with no such word are left out;
- hyphened terms joined or spaced: every gold event or talk title with a hyphened term
  ("COVID-19", "e-commerce", "co-founder"; not a reduplication such as "anak-anak", nor
  numbers such as "2019-2025"), asked with the term joined ("covid19") and spaced
  ("covid 19"); relevant: the real articles with that event or talk title; also the term
  alone, joined and spaced, for every such term of the real articles' text (relevant:
  every article, real or look-alike, whose text has the term in any of the three forms);
- places: for every gold location and province, the filter (empty query) must return
  exactly the articles whose event has that place (real and look-alike); a province
  counts under its official name (``gazetteer.tsv``: "East Java" is "Jawa Timur").
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import tempfile
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from synthetic import RealReport, lookalike_articles

from index.extract.event import extract_event
from index.model import Article, Event
from index.names import speaker_key
from index.pipeline.records import article_from_text
from index.resources import table
from index.schema import stem_indonesian
from index.write.builder import IndexBuilder

CORPORA = ("kominfo", "other", "seed", "kominfo2", "campus", "agency")
Searcher = Callable[[str], list[str]]


def load_reals(shared: Path, corpora: tuple[str, ...] = CORPORA) -> list[RealReport]:
    reals = []
    for name in corpora:
        raws = (shared / "corpus" / f"{name}_raw.jsonl").read_text(encoding="utf-8").splitlines()
        golds = (shared / "corpus" / f"{name}_gold.jsonl").read_text(encoding="utf-8").splitlines()
        for raw_line, gold_line in zip(raws, golds):
            raw, gold = json.loads(raw_line), json.loads(gold_line)
            if raw["url"] != gold["url"]:
                raise SystemExit(f"{name}: raw and gold files are not in the same order")
            event = Event.from_dict({
                "title": gold.get("event_title"), "date": gold.get("event_date"),
                "location": gold.get("location"), "province": gold.get("province"),
                "organizers": gold.get("organizers"), "participants": gold.get("participants"),
                "speakers": gold.get("speakers"), "questions": gold.get("questions"),
            })
            url = raw["url"] if raw["url"].startswith("http") else f"https://{name}.corpus/{raw['url']}"
            reals.append(RealReport(url=url, site=raw.get("site") or name, text=raw["text"],
                                    event=event))
    return reals


def real_articles(reals: list[RealReport], gold: bool) -> list[Article]:
    out = []
    for report in reals:
        article = article_from_text(report.text, url=report.url)
        article.site = report.site
        article.event = report.event if gold else extract_event(article)
        out.append(article)
    return out


def reextracted(articles: list[Article]) -> list[Article]:
    out = []
    for article in articles:
        copy = Article.from_dict(article.to_dict())
        copy.event = extract_event(copy)
        out.append(copy)
    return out


# --- query sets ------------------------------------------------------------------------

def name_queries(reals: list[RealReport]) -> dict[str, set[str]]:
    by_key: dict[str, set[str]] = defaultdict(set)
    for report in reals:
        for person in report.event.speakers:
            by_key[speaker_key(person.name)].add(report.url)
    queries: dict[str, set[str]] = {}
    for report in reals:
        for person in report.event.speakers:
            queries[person.name] = by_key[speaker_key(person.name)]
    return queries


def typo(name: str, rng: random.Random) -> str:
    """``name`` with one edit in its longest word, never on the first letter."""
    words = name.split()
    i = max(range(len(words)), key=lambda k: len(words[k]))
    word = words[i]
    if len(word) < 4:
        return name
    pos = rng.randrange(1, len(word) - 1)
    op = rng.choice(("delete", "replace", "double", "swap"))
    if op == "delete":
        word = word[:pos] + word[pos + 1:]
    elif op == "replace":
        letters = [c for c in "aeiourstnlk" if c != word[pos].lower()]
        word = word[:pos] + rng.choice(letters) + word[pos + 1:]
    elif op == "double":
        word = word[:pos] + word[pos] + word[pos:]
    else:
        word = word[:pos] + word[pos + 1] + word[pos] + word[pos + 2:]
    words[i] = word
    return " ".join(words)


SPELLINGS: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    ("oe/u", ((r"oe", "u"), (r"u", "oe"))),
    ("dj/j", ((r"dj", "j"), (r"j(?=[aeiou])", "dj"))),
    ("tj/c", ((r"tj", "c"), (r"c(?=[aeiou])", "tj"))),
    ("ch/kh", ((r"ch(?=[aeiou])", "kh"), (r"kh(?=[aeiou])", "ch"))),
    ("sj/sy", ((r"sj", "sy"), (r"sy(?=[aeiou])", "sj"))),
    ("nj/ny", ((r"nj(?=[aeiou])", "ny"), (r"ny(?=[aeiou])", "nj"))),
    ("dh/d", ((r"dh", "d"), (r"d(?=[aeiou])", "dh"))),
    ("double", ((r"([bcdfgklmnprst])\1", r"\1"), (r"(?<=[aeiou])([kmnlrst])(?=[aeiou])", r"\1\1"))),
    ("y/i", ((r"(?<=\w\w)y$", "i"), (r"(?<=\w\w)i$", "y"))),
)
"""Spelling rules of Indonesian names: a name (each way round, the first that fits) as
another spelling of the same person would be written (old and new orthography, doubled
letters, a final y or i)."""


def respell(name: str, rule: tuple[tuple[str, str], ...]) -> str | None:
    """``name`` with ``rule`` applied once, at the first word where it fits, keeping case."""
    words = name.split()
    for i, word in enumerate(words):
        lower = word.lower()
        for pattern, replacement in rule:
            changed = re.sub(pattern, replacement, lower, count=1)
            if changed != lower:
                words[i] = changed.capitalize() if word[:1].isupper() else changed
                return " ".join(words)
    return None


def spelling_queries(names: dict[str, set[str]]
                     ) -> tuple[dict[str, set[str]], Counter[str], dict[str, str]]:
    """Each name in one other spelling (the rules that fit it take turns, the rarer rules
    first), how often each rule was used, and the rule of each query."""
    out: dict[str, set[str]] = {}
    used: Counter[str] = Counter()
    rule_of: dict[str, str] = {}
    for name, urls in sorted(names.items()):
        fitting = []
        for label, rule in SPELLINGS:
            other = respell(name, rule)
            if other and other.casefold() != name.casefold() and other not in names:
                fitting.append((used[label], label, other))
        if not fitting:
            continue
        _, label, other = min(fitting)
        out[other] = urls
        used[label] += 1
        rule_of[other] = label
    return out, used, rule_of


_HYPHENED = re.compile(r"\b[^\W_]+(?:-[^\W_]+)+\b")


def hyphened_queries(reals: list[RealReport]) -> dict[str, set[str]]:
    """Titles with a hyphened term, the term joined and spaced."""
    by_title: dict[str, set[str]] = defaultdict(set)
    for report in reals:
        for title in [report.event.title] + [s.talk_title for s in report.event.speakers]:
            if title:
                by_title[title.casefold()].add(report.url)
    out: dict[str, set[str]] = {}
    for folded, urls in sorted(by_title.items()):
        title = next(t for r in reals for t in [r.event.title] + [
            s.talk_title for s in r.event.speakers] if t and t.casefold() == folded)
        terms = [m.group(0) for m in _HYPHENED.finditer(title)
                 if len({p.lower() for p in m.group(0).split("-")}) > 1
                 and not all(p.isdigit() for p in m.group(0).split("-"))]
        if not terms:
            continue
        for glue in ("", " "):
            query = title
            for term in terms:
                query = query.replace(term, term.replace("-", glue))
            out[query] = urls
    return out


def hyphened_terms(reals: list[RealReport], articles: list[Article]) -> dict[str, set[str]]:
    """Each hyphened term of the real texts alone, joined and spaced, and the articles
    whose text has it in any form."""
    terms = {m.group(0).lower() for r in reals for m in _HYPHENED.finditer(r.text)
             if len({p.lower() for p in m.group(0).split("-")}) > 1
             and not all(p.isdigit() for p in m.group(0).split("-"))}
    out: dict[str, set[str]] = {}
    for term in sorted(terms):
        parts = term.split("-")
        form = re.compile(r"(?<!\w)" + r"[-\s]?".join(map(re.escape, parts)) + r"(?!\w)",
                          re.IGNORECASE)
        having = {a.url or "" for a in articles if form.search(a.text)}
        for glue in ("", " "):
            out[glue.join(parts)] = having
    return out


def title_queries(reals: list[RealReport]) -> dict[str, set[str]]:
    by_title: dict[str, set[str]] = defaultdict(set)
    for report in reals:
        if report.event.title:
            by_title[report.event.title.casefold()].add(report.url)
    return {r.event.title: by_title[r.event.title.casefold()] for r in reals if r.event.title}


def derivation_map(texts: list[str]) -> dict[str, str]:
    """Each word mapped to the most frequent other word with the same stem."""
    counts = Counter(w for text in texts for w in re.findall(r"[^\W\d_]{3,}", text.lower()))
    by_stem: dict[str, list[str]] = defaultdict(list)
    for word in counts:
        by_stem[stem_indonesian(word)].append(word)
    out = {}
    for forms in by_stem.values():
        for word in forms:
            others = sorted((f for f in forms if f != word), key=lambda f: (-counts[f], f))
            if others:
                out[word] = others[0]
    return out


def rederive(title: str, forms: dict[str, str]) -> str:
    out = []
    for word in title.split():
        core = word.strip(".,:;!?“”\"'()").lower()
        other = forms.get(core)
        if other:
            other = other.capitalize() if word[:1].isupper() else other
            word = word.replace(word.strip(".,:;!?“”\"'()"), other)
        out.append(word)
    return " ".join(out)


# --- measuring ---------------------------------------------------------------------------

MISSES: list[str] = []


def mrr(search: Searcher, queries: dict[str, set[str]], label: str = "") -> float:
    total = 0.0
    for text, relevant in queries.items():
        found = search(text)[:10]
        for rank, url in enumerate(found, start=1):
            if url in relevant:
                total += 1.0 / rank
                break
        if label and (not found or found[0] not in relevant):
            MISSES.append(f"{label}: {text!r} -> {found[:1]} (want {sorted(relevant)[:2]})")
    return total / max(1, len(queries))


def ours(index_dir: Path) -> tuple[Searcher, Any]:
    from search import SearchIndex

    ix = SearchIndex.open(index_dir)

    def search(text: str) -> list[str]:
        return [hit.url for hit in ix.search(text, per_page=10, facets=False,
                                             highlight=False).hits]
    return search, ix


def stock(articles: list[Article], folder: Path) -> Searcher:
    from whoosh import index as whoosh_index
    from whoosh import qparser
    from whoosh.fields import ID, TEXT, Schema

    folder.mkdir(parents=True, exist_ok=True)
    ix = whoosh_index.create_in(str(folder), Schema(url=ID(stored=True, unique=True),
                                                    body=TEXT))
    with ix.writer() as writer:
        for article in articles:
            writer.add_document(url=article.url, body=f"{article.title or ''}\n{article.text}")
    searcher = ix.searcher()
    parser = qparser.QueryParser("body", ix.schema)

    def search(text: str) -> list[str]:
        try:
            query = parser.parse(text)
        except Exception:
            return []
        return [hit["url"] for hit in searcher.search(query, limit=10)]
    return search


def official_provinces() -> dict[str, str]:
    """Every way ``gazetteer.tsv`` writes a province, case-folded -> its official name."""
    out = {}
    for row in table("gazetteer.tsv"):
        if row[0] == "provinsi":
            for written in [row[1]] + (row[3].split(",") if len(row) > 3 else []):
                if written.strip():
                    out[written.strip().casefold()] = row[1].casefold()
    return out


def place_check(ix: Any, articles: list[Article], field: str) -> tuple[int, int]:
    """(places whose filter returned exactly their articles, places)."""
    official = official_provinces() if field == "province" else {}
    expected: dict[str, set[str]] = defaultdict(set)
    for article in articles:
        value = getattr(article.event, field) if article.event else None
        if value:
            expected[official.get(value.casefold(), value.casefold())].add(article.url or "")
    exact = 0
    for value, urls in expected.items():
        found: set[str] = set()
        page = 1
        while True:
            results = ix.search("", filters={field: value}, page=page, per_page=100,
                                facets=False, highlight=False)
            found.update(hit.url for hit in results.hits)
            if page >= results.pages:
                break
            page += 1
        exact += found == urls
    return exact, len(expected)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    default_shared = Path(__file__).resolve().parents[2].parent / "shared"
    parser.add_argument("--shared", type=Path, default=default_shared)
    parser.add_argument("--lookalikes", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--corpora", default=",".join(CORPORA),
                        help="comma-separated labelled files of SHARED/corpus to use")
    parser.add_argument("--show-misses", action="store_true",
                        help="list the queries whose first hit is not relevant")
    args = parser.parse_args(argv)
    if not (args.shared / "corpus" / "kominfo_raw.jsonl").is_file():
        print(f"skipped: no corpus at {args.shared / 'corpus'} (use --shared PATH)")
        return 0

    reals = load_reals(args.shared, tuple(c for c in args.corpora.split(",") if c))
    fakes = lookalike_articles(reals, args.lookalikes, seed=args.seed)
    rng = random.Random(args.seed)
    names = name_queries(reals)
    spelled, rules, rule_of = spelling_queries(names)
    titles = title_queries(reals)
    forms = derivation_map([r.text for r in reals] + [a.text for a in fakes])
    derived = {rederive(t, forms): urls for t, urls in titles.items()}
    derived = {d: urls for d, urls in derived.items() if d not in titles}
    sets = {
        "names": names,
        "names, lower-case": {n.lower(): urls for n, urls in names.items()},
        "names, one typo": {typo(n, rng): urls for n, urls in names.items()},
        "names, other spelling": spelled,
        "event titles": titles,
        "titles, other derivation": derived,
        "hyphened, joined/spaced": hyphened_queries(reals),
    }
    terms_alone = hyphened_terms(reals, real_articles(reals, gold=True) + fakes)
    print(f"index: {len(reals)} real articles + {len(fakes)} look-alikes; queries: "
          + ", ".join(f"{len(q)} {k}" for k, q in sets.items()))
    print("other spellings by rule: " + ", ".join(f"{k} {n}" for k, n in sorted(rules.items()))
          + f"; hyphened terms alone: {len(terms_alone)}")

    gold_docs = real_articles(reals, gold=True) + fakes
    extracted_docs = real_articles(reals, gold=False) + reextracted(fakes)
    columns: dict[str, dict[str, str]] = {}
    by_rule: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for label, docs in (("ours, gold events", gold_docs),
                            ("ours, extracted events", extracted_docs)):
            folder = Path(tmp) / label.replace(" ", "_").replace(",", "")
            IndexBuilder(folder).build(docs)
            search, ix = ours(folder)
            column = {k: f"{mrr(search, q, f'{label} / {k}'):.3f}" for k, q in sets.items()}
            column["hyphened term alone"] = (
                f"{mrr(search, terms_alone, f'{label} / term alone'):.3f}"
                if "gold" in label else "n/a")
            by_rule[label] = {rule: mrr(search, {q: u for q, u in spelled.items()
                                                 if rule_of[q] == rule})
                              for rule in sorted(rules)}
            for field in ("location", "province"):
                exact, total = place_check(ix, gold_docs if "gold" in label else docs, field)
                column[f"{field} filter exact"] = f"{exact}/{total}"
            ix.close()
            columns[label] = column
        search = stock(gold_docs, Path(tmp) / "stock")
        columns["stock Whoosh"] = {k: f"{mrr(search, q):.3f}" for k, q in sets.items()}
        columns["stock Whoosh"]["hyphened term alone"] = f"{mrr(search, terms_alone):.3f}"

    rows = list(next(iter(columns.values())))
    print(f"\n{'MRR@10 (filters: exact places)':<32}" + "".join(f"{c:>24}" for c in columns))
    for row in rows:
        print(f"{row:<32}" + "".join(f"{col.get(row, 'n/a'):>24}" for col in columns.values()))
    for label, scores in by_rule.items():
        print(f"other spelling by rule, {label}: "
              + ", ".join(f"{rule} {score:.3f}" for rule, score in scores.items()))
    if args.show_misses:
        print("\nfirst hit not relevant:")
        for line in MISSES:
            print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
