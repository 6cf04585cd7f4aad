"""The architecture holds: import contracts, and what ``import search`` costs a library user.

``docs/ARCHITECTURE.md`` states the rules; ``pyproject.toml`` states them again as
import-linter contracts, which CI runs (``lint-imports``) and which run here too, so a
developer sees a broken rule in the test suite before CI does.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
WINGS = ("index.crawl", "index.clean", "index.extract", "index.write", "index.pipeline")
# What the read side must not load: HTML parsing, the web and CLI stacks, WARC files, and
# event grouping's MinHash (datasketch, and scipy behind it). numpy is not here: the read
# side counts facets and sums BM25F scores with arrays (search/facet_counts.py, scoring.py).
HEAVY = ("lxml", "bs4", "flask", "click", "warcio", "datasketch", "scipy", "pyspark",
         "py4j")


def _modules_after(statement: str) -> list[str]:
    """The modules a fresh interpreter holds after running ``statement``."""
    probe = f"import json, sys\n{statement}\nprint(json.dumps(sorted(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          cwd=ROOT, timeout=60, check=True)
    return json.loads(done.stdout)


def _offenders(modules: list[str], prefixes: tuple[str, ...]) -> list[str]:
    return [m for m in modules if any(m == p or m.startswith(p + ".") for p in prefixes)]


def test_import_search_loads_no_wing_and_no_html_parser() -> None:
    modules = _modules_after("import search")
    assert "search.searcher" in modules
    assert _offenders(modules, WINGS) == []
    assert _offenders(modules, HEAVY) == []


def test_the_face_loads_a_wing_only_when_its_name_is_used() -> None:
    modules = _modules_after("import index\nindex.clean_html")
    assert "index.clean.cleaner" in modules
    assert _offenders(modules, ("index.crawl", "index.extract", "index.write")) == []


def test_documented_names_resolve_through_the_face() -> None:
    import index
    from index.clean import clean_html
    from index.write import IndexBuilder

    assert index.clean_html is clean_html and index.IndexBuilder is IndexBuilder
    with pytest.raises(AttributeError, match="no attribute 'no_such_name'"):
        _ = index.no_such_name  # type: ignore[attr-defined]


def test_no_module_sits_in_the_index_root_but_the_core() -> None:
    core = {"__init__", "model", "errors", "names", "lexicon", "resources", "schema", "layout",
            "tracking", "merge", "processes"}
    assert {p.stem for p in (ROOT / "index").glob("*.py")} == core


def test_import_contracts_are_kept() -> None:
    beside = Path(sys.executable).with_name("lint-imports")
    command = str(beside) if beside.exists() else shutil.which("lint-imports")
    assert command, "import-linter is a test dependency: pip install '.[test]'"
    done = subprocess.run([command, "--no-cache"], capture_output=True, text=True,
                          cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stdout[-3000:]
    assert "0 broken" in done.stdout
