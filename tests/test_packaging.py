"""What `pip install .` puts into site-packages: every package and every file read at run time.

The tests import the code from the checkout, so a sub-package that the packaging config does
not list is invisible to them while an installed copy lacks it: after index/ was split into
wings, `pip install . && webinar-search demo` failed with "No module named
'index.pipeline'" and every test still passed. These tests read the config the way
setuptools does (``packages.find`` include patterns matched with fnmatch against dotted
names; ``package-data`` globs relative to each package) and compare it with the tree.
"""

from __future__ import annotations

import fnmatch
import sys
from pathlib import Path

import pytest

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    tomllib = pytest.importorskip("tomli")

ROOT = Path(__file__).resolve().parents[1]
TOP = ("index", "search", "webui")


def _setuptools_config() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"][
        "setuptools"]


def _packages_on_disk() -> set[str]:
    return {".".join(init.parent.relative_to(ROOT).parts)
            for top in TOP for init in (ROOT / top).rglob("__init__.py")
            if "__pycache__" not in init.parts}


def test_every_package_on_disk_is_installed() -> None:
    config = _setuptools_config()
    packages = config.get("packages")
    assert isinstance(packages, dict), "a fixed list misses new sub-packages: use packages.find"
    include = packages["find"]["include"]
    on_disk = _packages_on_disk()
    found = {name for name in on_disk if any(fnmatch.fnmatchcase(name, p) for p in include)}
    assert found == on_disk, sorted(on_disk - found)
    assert {"index.pipeline.spark", "index.write", "index.extract"} <= found


def test_every_data_file_is_installed() -> None:
    """Data beside the code (word lists, the demo corpus, templates, static files) ships."""
    package_data: dict[str, list[str]] = _setuptools_config()["package-data"]
    shipped: set[Path] = set()
    for package, globs in package_data.items():
        base = ROOT.joinpath(*package.split("."))
        for pattern in globs:
            shipped.update(base.glob(pattern))
    needed = {path for folder in ("index/data", "index/demo_corpus", "webui/templates",
                                  "webui/static", "webui/data")
              for path in (ROOT / folder).iterdir()
              if path.is_file() and path.name != "README.md"}
    assert needed, "no data files found: the folders moved?"
    assert needed <= shipped, sorted(str(p.relative_to(ROOT)) for p in needed - shipped)
