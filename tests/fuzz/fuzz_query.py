"""atheris harness: query parsing through ``SearchIndex.search``, plain and ``syntax=True``.

A small index is built once from ``tests/fixtures/webui_corpus.jsonl`` in a temporary
folder. Each input is decoded as a query (the first byte picks plain or syntax mode, sort
and page); anything but an answer or a one-line :class:`index.errors.QueryError` is a
crash, and libFuzzer's ``-timeout`` (set by ``run.py``) turns a runaway query into one.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

import atheris

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

with atheris.instrument_imports(include=["search", "index.schema", "whoosh.qparser",
                                         "whoosh.query"]):
    from index.errors import QueryError
    from index.model import Article
    from index.write.builder import IndexBuilder
    from search import SearchIndex

CORPUS = Path(__file__).resolve().parent.parent / "fixtures" / "webui_corpus.jsonl"


def open_small_index() -> SearchIndex:
    folder = Path(tempfile.mkdtemp(prefix="fuzz-query-")) / "index"
    records = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()]
    IndexBuilder(folder).build(Article.from_dict(r) for r in records[:20])
    return SearchIndex.open(folder)


INDEX: SearchIndex | None = None


def test_one_input(data: bytes) -> None:
    if len(data) < 2:
        return
    mode, rest = data[0], data[1:]
    q = rest.decode("utf-8", "replace")
    assert INDEX is not None
    try:
        results = INDEX.search(q, syntax=bool(mode & 1), sort="date" if mode & 2 else "relevance",
                               page=1 + (mode >> 4), per_page=1 + (mode & 12))
    except QueryError as error:
        if not str(error) or "\n" in str(error):
            raise AssertionError(f"QueryError is not one line: {error!r}") from None
        return
    assert results.total >= 0


if __name__ == "__main__":
    INDEX = open_small_index()
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
