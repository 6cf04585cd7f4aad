"""A full disk during build or update: a one-line error, the live index untouched.

Regression tests for what ``tests/stress/diskfull.py`` found on a 2 MB tmpfs: ``build`` and
``update`` ended with "Error: internal error: OSError: [Errno 28] No space left on device
(set WEBINAR_SEARCH_DEBUG=1 ...)", exit 70, as if it were a bug. The index was intact; the
message did not say so or what to do. Here the full disk is simulated at the points where
a generation is written and where it is switched in.
"""

from __future__ import annotations

import errno
from pathlib import Path

import pytest
from click.testing import CliRunner

from index.write import generation
from search import SearchIndex
from search.cli import cli


def full_disk(*args: object, **kwargs: object) -> None:
    raise OSError(errno.ENOSPC, "No space left on device")


def live_urls(index: Path) -> set[str]:
    with SearchIndex.open(index) as ix:
        return {hit.url for hit in ix.search("", per_page=100).hits}


def generations(index: Path) -> list[str]:
    return sorted(p.name for p in index.iterdir() if p.name.startswith("gen-"))


@pytest.mark.parametrize("where", ["fsync_tree", "publish"])
@pytest.mark.parametrize("command", ["build", "update"])
def test_full_disk_is_a_one_line_error_and_changes_nothing(
        tmp_path: Path, fixtures: Path, monkeypatch: pytest.MonkeyPatch, where: str,
        command: str) -> None:
    index = tmp_path / "index"
    runner = CliRunner()
    assert runner.invoke(cli, ["build", str(fixtures / "pages" / "banjir.html"),
                               "--index", str(index)]).exit_code == 0
    before, gens = live_urls(index), generations(index)
    monkeypatch.setattr(generation, where, full_disk)
    result = runner.invoke(cli, [command, str(fixtures / "pages"), "--index", str(index)])
    assert result.exit_code == 1
    errors = [line for line in result.output.splitlines() if line.startswith("Error:")]
    assert errors == [(f"Error: cannot write the new index in {index}: no space left on the "
                      "device; the live index is unchanged (free some space, then run it "
                      "again)")]
    assert "Traceback" not in result.output
    assert live_urls(index) == before
    assert generations(index) == gens
    monkeypatch.undo()
    assert runner.invoke(cli, [command, str(fixtures / "pages"), "--index",
                               str(index)]).exit_code == 0
    assert live_urls(index) > before


def test_other_write_errors_are_named(tmp_path: Path, fixtures: Path,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    def read_only(*args: object, **kwargs: object) -> None:
        raise OSError(errno.EROFS, "Read-only file system")

    index = tmp_path / "index"
    monkeypatch.setattr(generation, "fsync_tree", read_only)
    result = CliRunner().invoke(cli, ["build", str(fixtures / "pages"), "--index", str(index)])
    assert result.exit_code == 1
    assert "cannot write the new index" in result.output
    assert "read-only file system" in result.output
