"""Shared fixtures: paths to tests/fixtures, a small built index, the Flask app and runners."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from flask import Flask
from flask.testing import FlaskClient

from index.pipeline.records import PipelineStats, iter_articles
from index.pipeline.sources import iter_sources
from index.write.builder import IndexBuilder

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES


@pytest.fixture
def pages_index(tmp_path: Path) -> Path:
    """An index built from tests/fixtures/pages (two short pages)."""
    index_dir = tmp_path / "index"
    articles = iter_articles(iter_sources([str(FIXTURES / "pages")]), PipelineStats())
    IndexBuilder(index_dir).build(articles)
    return index_dir


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def app(pages_index: Path) -> Iterator[Flask]:
    from webui import create_app
    from webui.state import close_index

    app = create_app({"TESTING": True, "INDEX_DIR": str(pages_index)})
    yield app
    close_index(app)


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()



# Property tests (tests/test_fuzz_*.py) run a short, derandomized profile by default so the
# suite stays fast and repeatable; HYPOTHESIS_PROFILE=long (or --hypothesis-profile=long)
# explores more.
import os as _os

from hypothesis import settings as _hypothesis_settings

_hypothesis_settings.register_profile("ci", max_examples=60, deadline=None, derandomize=True)
_hypothesis_settings.register_profile("long", max_examples=2000, deadline=None)
_hypothesis_settings.load_profile(_os.environ.get("HYPOTHESIS_PROFILE", "ci"))
