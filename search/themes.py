"""Themes: the key phrases event and talk titles share, counted per generation.

Event titles are nearly all unique ("Menata Arsip Desa Lewat Aplikasi
Daring"), so counting titles says little about what a series talks about. A theme is a
phrase of one to three content words that several documents' titles have in common
("Literasi Digital", "Keamanan Data", "UMKM"), compared by stems so that "Pelayanan Publik"
and "Layanan Publik" are one theme.

The write side stores each document's title runs (:func:`index.schema.title_runs`: content
words between punctuation and stopwords, as stems and as written) in the ``facets`` column;
:class:`Themes` turns them into themes once per generation:

1. every phrase of one to three consecutive words of a run is counted once per document
   (its document frequency);
2. a phrase is a candidate when at least :data:`MIN_DOCS` documents have it and it does
   not start with a generic title word (``index/data/theme_generic.txt``: "Era", "Peran",
   "Digital", "Meningkatkan"); a phrase of several words must also be *cohesive*: at
   least :data:`COHESION` of the documents with its rarest word have the whole phrase
   ("literasi digital" is how "literasi" is mostly used; "digital kalangan" is chance);
3. each distinct run is cut greedily into non-overlapping candidates, phrases of several
   words first, then by document frequency ("Literasi Digital Kalangan Remaja" ->
   "literasi digital" + "remaja");
4. a document's themes are those of its runs; a theme's label is its most frequent
   spelling.

Runs repeat a lot (a series reuses its titles), so the cutting is done once per distinct
run; the per-document work is a set union and a ``Counter`` update.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from index.resources import word_list
from index.schema import stem_indonesian, title_runs

MIN_DOCS = 2
"""A phrase is a theme when at least this many documents' titles have it."""

MAX_WORDS = 3
COHESION = 0.3
"""A phrase of several words is a theme when at least this share of the documents having
its rarest word have the whole phrase."""


@lru_cache(maxsize=1)
def generic_stems() -> frozenset[str]:
    """Stems of the title words that neither are nor start a theme."""
    return frozenset(stem_indonesian(w.casefold()) for w in word_list("theme_generic.txt"))


@dataclass(frozen=True)
class Theme:
    """A theme of the index: its key (stems), how it reads, and how many documents have it."""

    key: str
    label: str
    count: int


def phrase_key(text: str) -> str:
    """The theme key of a phrase as a user writes it: "Pelayanan Publik" -> ``"layan
    publik"`` (the stems of its content words), for the ``theme`` filter."""
    return " ".join(stems for stems, _ in title_runs(text))


def _phrases(run: str) -> list[tuple[str, int, int]]:
    """``(key, start, length)`` of every phrase of up to :data:`MAX_WORDS` words of a run."""
    words = run.split(" ")
    return [(" ".join(words[i:i + n]), i, n)
            for n in range(1, MAX_WORDS + 1) for i in range(len(words) - n + 1)]


class Themes:
    """Per-document themes and their counts, from every document's title runs."""

    def __init__(self, runs: Sequence[tuple[tuple[str, ...], tuple[str, ...]]]) -> None:
        """``runs[docnum]`` is ``(stem runs, word runs)`` of that document (may be empty)."""
        phrases: dict[str, list[tuple[str, int, int]]] = {}
        keys_of: dict[tuple[str, ...], frozenset[str]] = {}
        frequency: Counter[str] = Counter()
        for stems, _ in runs:
            if not stems:
                continue
            keys = keys_of.get(stems)
            if keys is None:
                found = [phrases.get(run) or phrases.setdefault(run, _phrases(run))
                         for run in stems]
                keys = keys_of[stems] = frozenset(k for f in found for k, _, _ in f)
            frequency.update(keys)
        single: Counter[str] = Counter({k: n for k, n in frequency.items() if " " not in k})
        good = _candidates(frequency, single)
        cut = {run: _cut(found, good) for run, found in phrases.items()}
        themes_of: dict[tuple[str, ...], tuple[str, ...]] = {}
        written: Counter[tuple[str, str]] = Counter()
        self.of_doc: list[tuple[str, ...]] = []
        self.docs: dict[str, list[int]] = {}
        for docnum, (stems, words) in enumerate(runs):
            if not stems:
                self.of_doc.append(())
                continue
            mine = themes_of.get(stems)
            if mine is None:
                mine = themes_of[stems] = tuple(dict.fromkeys(
                    key for run in stems for key, _, _ in cut[run]))
            self.of_doc.append(mine)
            for key in mine:
                self.docs.setdefault(key, []).append(docnum)
            written.update(zip(stems, words))
        spellings: dict[str, Counter[str]] = {}
        for (run, words_run), count in written.items():
            spelled = words_run.split(" ")
            for key, start, length in cut[run]:
                spelling = spellings.get(key)
                if spelling is None:
                    spelling = spellings[key] = Counter()
                spelling[" ".join(spelled[start:start + length])] += count
        self.labels = {key: _label(counter) for key, counter in spellings.items()}

    @classmethod
    def none(cls, size: int) -> Themes:
        """No themes, for ``size`` documents (an index without title runs)."""
        return cls([((), ())] * size)

    def label(self, key: str) -> str | None:
        return self.labels.get(key)

    def top(self, docs: Iterable[int] | None = None, limit: int = 20,
            prefix: str = "") -> list[Theme]:
        """The most frequent themes (over ``docs``, else every document), ties by label."""
        if docs is None:
            counts = Counter({key: len(found) for key, found in self.docs.items()})
        else:
            counts = Counter(key for d in docs for key in self.of_doc[d])
        wanted = prefix.casefold().strip()
        ranked = sorted(
            (Theme(key, self.labels[key], count) for key, count in counts.items()
             if not wanted or _starts_a_word(self.labels[key].casefold(), wanted)),
            key=lambda t: (-t.count, t.label.casefold(), t.key))
        return ranked[:max(0, limit)]


def _candidates(frequency: Counter[str], words: Counter[str]) -> dict[str, float]:
    """Phrases that may be themes, with their rank (multi-word phrases first)."""
    generic = generic_stems()
    good: dict[str, float] = {}
    for key, count in frequency.items():
        if count < MIN_DOCS:
            continue
        parts = key.split(" ")
        if parts[0] in generic or all(p in generic for p in parts):
            continue
        if len(parts) > 1 and count < COHESION * min(words[p] for p in parts):
            continue
        good[key] = count + (1_000_000 * len(parts) if len(parts) > 1 else 0)
    return good


def _cut(found: list[tuple[str, int, int]], good: dict[str, float]
         ) -> list[tuple[str, int, int]]:
    """A run's best non-overlapping candidate phrases, in reading order."""
    ranked = sorted((p for p in found if p[0] in good), key=lambda p: (-good[p[0]], p[1]))
    taken: set[int] = set()
    chosen = []
    for key, start, length in ranked:
        span = set(range(start, start + length))
        if span & taken:
            continue
        taken |= span
        chosen.append((key, start, length))
    return sorted(chosen, key=lambda p: p[1])


def _starts_a_word(label: str, prefix: str) -> bool:
    return label.startswith(prefix) or f" {prefix}" in label


def _label(spellings: Counter[str]) -> str:
    """The most frequent spelling, preferring one not in capitals throughout (a shouted
    headline "LITERASI DIGITAL" reads as "Literasi Digital"); acronyms ("UMKM") stay."""
    quiet = {s: n for s, n in spellings.items() if not s.isupper()}
    if quiet:
        return max(quiet.items(), key=lambda pair: (pair[1], pair[0]))[0]
    loud = max(spellings.items(), key=lambda pair: (pair[1], pair[0]))[0]
    if " " not in loud and len(loud) <= 5:
        return loud
    return " ".join(w if len(w) <= 3 else w.capitalize() for w in loud.split(" "))
