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
import os as _os  # noqa: E402

from hypothesis import settings as _hypothesis_settings  # noqa: E402

_hypothesis_settings.register_profile("ci", max_examples=60, deadline=None, derandomize=True)
_hypothesis_settings.register_profile("long", max_examples=2000, deadline=None)
_hypothesis_settings.load_profile(_os.environ.get("HYPOTHESIS_PROFILE", "ci"))


@pytest.fixture(scope="session")
def seed_ix(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    """A ``SearchIndex`` over ``fixtures/seed_people.jsonl``: the seed-like article's people
    (``fixtures/extract/seed_like.txt``) and a few more, in fictional coverage."""
    import json

    from index.model import Article
    from search import SearchIndex

    folder = tmp_path_factory.mktemp("seed_people")
    lines = (FIXTURES / "seed_people.jsonl").read_text(encoding="utf-8").splitlines()
    IndexBuilder(folder, procs=1).build(Article.from_dict(json.loads(line)) for line in lines)
    with SearchIndex.open(folder) as index:
        yield index
