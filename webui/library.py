"""Thin adapters between the search library's values and what the pages show.

The library is extended in parallel with the UI, so the few places where its return shapes
may still change are absorbed here, once: ``SearchIndex.speakers`` returns either
``(key, count)`` pairs or objects with ``key``/``name``/``count``, and facet values for
speakers are keys, not names. Names are taken from what the library already returned (hits,
profiles, speaker lists) and remembered per index generation; a key never seen with a name is
shown as a readable form of itself rather than costing a profile lookup per facet value.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from search import Results, SearchIndex, SpeakerProfile


@dataclass(frozen=True)
class SpeakerEntry:
    """One line of the speaker index."""

    key: str
    name: str
    count: int

    def to_dict(self) -> dict[str, Any]:
        return {"key": self.key, "name": self.name, "count": self.count}


class SerializedIndex:
    """A :class:`SearchIndex` whose calls run one at a time.

    Measured with ``tests/benchmarks/bench_load.py``: the library's one shared Whoosh
    searcher is not safe under concurrent calls (stored-field reads from several threads
    return corrupt data: ``zlib.error``/``UnpicklingError``), and a generation switch closes
    the searcher other threads are still reading (``ReaderClosed``); both became HTTP 500s.
    Serializing the calls removed every error at no measurable cost in requests/s on this
    2-core machine, where the work is GIL-bound anyway. Once ``SearchIndex`` is thread-safe
    itself, ``SERIALIZE_INDEX=False`` turns this off.
    """

    def __init__(self, index: SearchIndex) -> None:
        self._index = index
        self._lock = threading.Lock()

    @property
    def generation(self) -> str:
        return generation_of(self._index)

    def search(self, q: str, **kwargs: Any) -> Results:
        with self._lock:
            return self._index.search(q, **kwargs)

    def article(self, url: str) -> Any:
        with self._lock:
            return self._index.article(url)

    def speaker(self, key: str) -> SpeakerProfile | None:
        with self._lock:
            return self._index.speaker(key)

    def speakers(self, prefix: str = "", limit: int = 50) -> Any:
        with self._lock:
            return self._index.speakers(prefix=prefix, limit=limit)

    def stats(self) -> dict[str, Any]:
        with self._lock:
            return self._index.stats()

    def close(self) -> None:
        with self._lock:
            self._index.close()


IndexLike = SearchIndex | SerializedIndex
"""What the pages read from: the library's index, possibly behind :class:`SerializedIndex`."""


def key_as_name(key: str) -> str:
    """``"ika-meilani"`` -> ``"Ika Meilani"``: a readable stand-in for an unseen name."""
    return " ".join(part.capitalize() for part in key.split("-"))


def generation_of(ix: Any) -> str:
    """The live generation's name: the key of every per-index cache."""
    generation = getattr(ix, "generation", None)
    return str(generation) if generation else str(ix.stats().get("generation"))


class SpeakerNames:
    """Speaker key -> display name, learnt from library results, reset on a new generation."""

    MAX_ENTRIES = 50_000

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._generation: str | None = None
        self._names: dict[str, str] = {}

    def _check(self, generation: str) -> None:
        if generation != self._generation:
            self._generation = generation
            self._names = {}

    def learn(self, generation: str, pairs: Iterable[tuple[str, str]]) -> None:
        with self._lock:
            self._check(generation)
            for key, name in pairs:
                if len(self._names) >= self.MAX_ENTRIES:
                    break
                self._names.setdefault(key, name)

    def learn_results(self, generation: str, results: Results) -> None:
        self.learn(generation, ((s.key, s.name) for hit in results.hits for s in hit.speakers))

    def known(self, generation: str, key: str) -> str | None:
        """The name seen for ``key``, or ``None`` if no result has shown it yet."""
        with self._lock:
            self._check(generation)
            return self._names.get(key)

    def name(self, generation: str, key: str) -> str:
        return self.known(generation, key) or key_as_name(key)


def speaker_entries(raw: Iterable[Any], names: SpeakerNames, generation: str) -> list[SpeakerEntry]:
    """``SearchIndex.speakers(...)`` as entries, whichever shape the library returned."""
    entries: list[SpeakerEntry] = []
    for item in raw:
        if isinstance(item, (tuple, list)):
            key, count = str(item[0]), int(item[1])
            name = names.name(generation, key)
        else:
            key, count = str(item.key), int(item.count)
            name = getattr(item, "name", None) or names.name(generation, key)
            names.learn(generation, [(key, name)])
        entries.append(SpeakerEntry(key=key, name=name, count=count))
    return entries
