"""The bundled demo: build the demo corpus into an index folder once, then reuse it.

The index is rebuilt only when the corpus, the schema or the code that turns pages into
records (the whole ``index`` package with its wings and word lists) changes, detected by a
digest stored next to the index, so ``webinar-search demo`` starts in a second after the
first run, and an upgrade that extracts better shows it in the demo at once. Where the
folder lives is the caller's choice (the CLI passes the user data dir).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from importlib import resources
from pathlib import Path

from index.layout import read_current, write_atomic
from index.schema import SCHEMA_VERSION
from index.write import IndexBuilder

from .records import PipelineStats, iter_articles
from .sources import iter_sources

DEMO_INDEX_NAME = "demo-index"


def demo_corpus_dir() -> Path:
    """The folder of demo pages shipped inside the ``index`` package."""
    return Path(str(resources.files("index").joinpath("demo_corpus")))


def record_code_dir() -> Path:
    """The ``index`` package: the code and data that make records from pages."""
    return Path(str(resources.files("index")))


def _code_files(code: Path) -> list[Path]:
    """Every source and data file of the package, sub-packages included, in a stable order."""
    found = [*code.rglob("*.py"), *(code / "data").rglob("*")]
    return sorted((p for p in found if p.is_file() and "__pycache__" not in p.parts),
                  key=lambda p: p.relative_to(code).as_posix())


def corpus_digest(corpus: Path, code: Path | None = None) -> str:
    """A digest of every page, the schema version, and the record-making code in ``code``."""
    digest = hashlib.sha256(f"schema-{SCHEMA_VERSION}".encode())
    for page in sorted(corpus.glob("*.html")):
        digest.update(page.name.encode())
        digest.update(page.read_bytes())
    code = code or record_code_dir()
    for part in _code_files(code):
        digest.update(part.relative_to(code).as_posix().encode())
        digest.update(part.read_bytes())
    return digest.hexdigest()


def ensure_demo_index(data_dir: Path, say: Callable[[str], None] = lambda msg: None) -> Path:
    """The demo index folder under ``data_dir``, (re)built first if missing or stale."""
    index_dir = data_dir / DEMO_INDEX_NAME
    corpus = demo_corpus_dir()
    digest = corpus_digest(corpus)
    stamp = index_dir / "corpus.sha256"
    current = stamp.read_text().strip() if stamp.exists() else None
    if read_current(index_dir) is not None and current == digest:
        return index_dir
    say(f"building the demo index from {corpus} into {index_dir} ...")
    stats = PipelineStats()
    report = IndexBuilder(index_dir).build(iter_articles(iter_sources([str(corpus)]), stats))
    write_atomic(stamp, digest + "\n")
    say(f"indexed {report.documents} demo articles in {report.seconds:.1f} s")
    return index_dir
