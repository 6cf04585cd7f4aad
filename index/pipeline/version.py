"""The extractor's version: a digest of everything that turns a source document into a record.

The record cache (:mod:`index.pipeline.record_cache`) keys each record on its source's
content and this version, so a change to the cleaner, the extractor, their word lists, the
record model, or a library that parses pages (lxml, BeautifulSoup, the charset detector,
the stemmer) makes every cached record stale at once, and nothing else does: the index
writer, the crawler and the search side can change without re-extracting a single page.
Like :func:`index.pipeline.demo.corpus_digest`, it reads the files themselves, so an edited
checkout (not only a released version) is noticed.
"""

from __future__ import annotations

import hashlib
import sys
from functools import lru_cache
from importlib import metadata, resources
from pathlib import Path

RECORD_CODE = ("clean", "extract", "data")
"""Folders of the ``index`` package whose every file shapes a record; the core modules at
the package's top level and :mod:`index.pipeline.records` are read too."""

LIBRARIES = ("lxml", "beautifulsoup4", "charset-normalizer", "PySastrawi")


def _files(root: Path) -> list[Path]:
    found = [p for p in root.glob("*.py")]
    for folder in RECORD_CODE:
        found += [p for p in (root / folder).rglob("*") if p.is_file()]
    found.append(root / "pipeline" / "records.py")
    return sorted((p for p in found if "__pycache__" not in p.parts),
                  key=lambda p: p.relative_to(root).as_posix())


@lru_cache(maxsize=1)
def extractor_version() -> str:
    """Hex digest of the record-making code, its data, the parsing libraries' versions and
    the Python version (computed once per process)."""
    root = Path(str(resources.files("index")))
    digest = hashlib.sha256(f"python-{sys.version_info[:2]}".encode())
    for library in LIBRARIES:
        try:
            digest.update(f"{library}-{metadata.version(library)}".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{library}-absent".encode())
    for path in _files(root):
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()
