"""The command line as a user meets it: real commands, one-line errors, no tracebacks."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from index.model import RECORD_KEYS
from search.cli import cli

COMMANDS = ("extract", "build", "update", "query", "serve", "demo", "stats", "crawl")


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    """The real entry point in a subprocess, to see exactly what a user's terminal shows."""
    return subprocess.run(
        [sys.executable, "-m", "search", *args], capture_output=True, text=True, timeout=120
    )


def test_help_lists_every_command(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["--help"])
    assert result.exit_code == 0
    for command in COMMANDS:
        assert command in result.output


def test_extract_json_prints_a_record_with_the_contract_keys(
    runner: CliRunner, fixtures: Path
) -> None:
    page = fixtures / "pages" / "webinar-literasi.html"
    result = runner.invoke(cli, ["extract", str(page), "--json"])
    assert result.exit_code == 0, result.output
    record = json.loads(result.output)
    assert tuple(record) == RECORD_KEYS
    assert record["url"] == "https://kabaruji.example/2021/06/19/literasi/"
    assert record["event"]["title"] == "Cakap Bermedia Sosial"


def test_extract_keeps_input_order_and_reads_text_from_stdin(
    runner: CliRunner, fixtures: Path
) -> None:
    pages = fixtures / "pages"
    result = runner.invoke(
        cli, ["extract", str(pages / "webinar-literasi.html"), str(pages / "banjir.html"),
              "--json"])
    urls = [json.loads(line)["url"] for line in result.output.splitlines()]
    assert urls == ["https://kabaruji.example/2021/06/19/literasi/",
                    "https://wartacontoh.example/2022/01/05/banjir-muara-uji/"]
    body = "Webinar bertajuk “Aman di Internet” digelar daring.\nParagraf kedua."
    result = runner.invoke(cli, ["extract", "--text", "-", "--json"], input=body)
    record = json.loads(result.output)
    assert record["text"] == ("Webinar bertajuk “Aman di Internet” digelar daring.\n\n"
                              "Paragraf kedua.")
    assert record["event"]["title"] == "Aman di Internet"


def test_article_without_webinar_has_null_event(runner: CliRunner, fixtures: Path) -> None:
    result = runner.invoke(cli, ["extract", str(fixtures / "pages" / "banjir.html"), "--json"])
    assert json.loads(result.output)["event"] is None


def _assert_one_line_error(proc: subprocess.CompletedProcess[str], needle: str) -> None:
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert needle in lines[0]


def test_missing_file_is_a_one_line_error(tmp_path: Path) -> None:
    _assert_one_line_error(run_cli("extract", str(tmp_path / "nope.html"), "--json"),
                           "no such file")


def test_binary_file_is_a_one_line_error(fixtures: Path) -> None:
    _assert_one_line_error(run_cli("extract", str(fixtures / "binary.html"), "--json"),
                           "binary file")


def test_empty_file_is_a_one_line_error(fixtures: Path) -> None:
    proc = run_cli("extract", str(fixtures / "empty.html"), "--json")
    assert proc.returncode != 0 and "Traceback" not in proc.stderr
    assert "empty file" in proc.stderr


def test_nonexistent_index_is_a_one_line_error(tmp_path: Path) -> None:
    _assert_one_line_error(run_cli("query", "literasi", "--index", str(tmp_path / "none")),
                           "no index at")
    _assert_one_line_error(run_cli("stats", "--index", str(tmp_path / "none")), "no index at")


def test_build_then_query(runner: CliRunner, fixtures: Path, tmp_path: Path) -> None:
    index_dir = tmp_path / "ix"
    result = runner.invoke(cli, ["build", str(fixtures / "pages"), "--index", str(index_dir)])
    assert result.exit_code == 0, result.output
    assert "indexed 2 documents" in result.output
    result = runner.invoke(cli, ["query", "literasi", "--index", str(index_dir), "--json"])
    data = json.loads(result.output)
    assert data["total"] == 1
    assert data["hits"][0]["url"] == "https://kabaruji.example/2021/06/19/literasi/"


def test_build_of_only_bad_inputs_keeps_the_live_index(
    runner: CliRunner, fixtures: Path, pages_index: Path
) -> None:
    result = runner.invoke(cli, ["build", str(fixtures / "empty.html"),
                                 str(fixtures / "binary.html"), "--index", str(pages_index)])
    assert result.exit_code == 1
    assert "nothing to index" in result.output
    result = runner.invoke(cli, ["query", "banjir", "--index", str(pages_index), "--json"])
    assert json.loads(result.output)["total"] == 1


def test_an_extractor_bug_is_reported_and_the_build_goes_on(
        runner: CliRunner, fixtures: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from index.extract import event as event_module

    def buggy(*args: object, **kwargs: object) -> None:
        raise KeyError("province")

    monkeypatch.setattr(event_module, "participant_count", buggy)
    page = fixtures / "pages" / "webinar-literasi.html"
    result = runner.invoke(cli, ["extract", str(page), "--json"])
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [
        "Error: https://kabaruji.example/2021/06/19/literasi/: event extraction failed "
        "(KeyError: 'province'); this is a bug, please report it with the page"]
    index_dir = tmp_path / "ix"
    result = runner.invoke(cli, ["build", str(fixtures / "pages"), "--index", str(index_dir)])
    assert result.exit_code == 0, result.output
    assert "event extraction failed (KeyError" in result.output
    assert "indexed 2 documents" in result.output
    assert "1 indexed without their event after an extractor error" in result.output
    result = runner.invoke(cli, ["query", "literasi", "--index", str(index_dir), "--json"])
    assert json.loads(result.output)["total"] == 1
