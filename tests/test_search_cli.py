"""The build / update / query / stats commands as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from index.names import speaker_key
from index.write.lock import write_lock
from search.cli import cli

FIXTURES = Path(__file__).parent / "fixtures"

AYU = speaker_key("Ayu Lestari")


def _jsonl(tmp_path: Path, name: str, rows: list[dict[str, str]]) -> Path:
    path = tmp_path / name
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                    encoding="utf-8")
    return path


ROWS = [
    {"url": "https://cli.example/1", "title": "Webinar Literasi di Kota Uji",
     "text": "Webinar bertajuk “Cakap Digital” digelar daring. Ayu Lestari selaku dosen "
             "komunikasi menjadi narasumber."},
    {"url": "https://cli.example/2", "title": "Banjir di Desa Contoh",
     "text": "Banjir merendam desa contoh sejak pagi."},
]


def test_build_query_update_stats(tmp_path: Path) -> None:
    runner = CliRunner()
    index = str(tmp_path / "index")
    source = _jsonl(tmp_path, "a.jsonl", ROWS)
    result = runner.invoke(cli, ["build", str(source), "--index", index])
    assert result.exit_code == 0, result.output
    assert "indexed 2 documents" in result.output

    result = runner.invoke(cli, ["query", "Ayu Lestari", "--index", index])
    assert result.exit_code == 0, result.output
    assert "1 event (1 article)" in result.output and "*Ayu Lestari (speaker)" in result.output

    result = runner.invoke(cli, ["query", "--index", index, "--speaker", AYU,
                                 "--json"])
    data = json.loads(result.output)
    assert [h["url"] for h in data["hits"]] == ["https://cli.example/1"]
    assert data["facets"]["speaker"] == [[AYU, 1]]

    result = runner.invoke(cli, ["query", "banjr", "--index", index])
    assert "showing results for: banjir" in result.output

    changed = _jsonl(tmp_path, "b.jsonl", [ROWS[0], {**ROWS[1], "text": "Banjir surut."},
                                           {"url": "https://cli.example/3", "text": "Baru."}])
    result = runner.invoke(cli, ["update", str(changed), "--index", index])
    assert result.exit_code == 0, result.output
    assert "added 1, replaced 1, unchanged 1, deleted 0; 3 documents" in result.output

    result = runner.invoke(cli, ["update", "--delete", "https://cli.example/3",
                                 "--index", index])
    assert "deleted 1; 2 documents" in result.output

    result = runner.invoke(cli, ["stats", "--index", index])
    assert "documents: 2" in result.output and "speakers: 1" in result.output
    assert "cache results:" in result.output and "rerank column tables: " in result.output


def test_query_errors_are_one_line(tmp_path: Path) -> None:
    runner = CliRunner()
    index = str(tmp_path / "index")
    runner.invoke(cli, ["build", str(_jsonl(tmp_path, "a.jsonl", ROWS)), "--index", index])
    for args, message in (
        (["query", "x", "--from", "kemarin"], "date_from must be a date like 2021-06-18"),
        (["query", "a*", "--syntax"], "use at least two letters before a wildcard"),
        (["query", "warna:biru", "--syntax"], "unknown field 'warna'"),
        (["query", "x" * 2000], "query too long"),
        (["update", "--index", index], "nothing to do"),
    ):
        result = runner.invoke(cli, [*args, "--index", index] if args[0] == "query" else args)
        assert result.exit_code == 1, result.output
        assert message in result.output
        assert "Traceback" not in result.output


def test_busy_index_is_reported(tmp_path: Path) -> None:
    runner = CliRunner()
    index = tmp_path / "index"
    source = str(_jsonl(tmp_path, "a.jsonl", ROWS))
    with write_lock(index):
        result = runner.invoke(cli, ["build", source, "--index", str(index)],
                               env={"WEBINAR_SEARCH_LOCK_TIMEOUT": "0.2"})
    assert result.exit_code == 1
    assert "index busy" in result.output


def test_themes_and_repeated_filters(tmp_path: Path) -> None:
    runner = CliRunner()
    index = str(tmp_path / "index")
    source = FIXTURES / "seed_people.jsonl"
    assert runner.invoke(cli, ["build", str(source), "--index", index]).exit_code == 0
    result = runner.invoke(cli, ["themes", "--index", index])
    assert result.exit_code == 0, result.output
    assert result.output.split("\n")[1].split() == ["2", "Literasi", "Digital"]
    result = runner.invoke(cli, ["query", "", "--index", index, "--province", "Sulsel",
                                 "--province", "NTT", "--theme", "literasi digital",
                                 "--json"])
    data = json.loads(result.output)
    assert [h["url"] for h in data["hits"]] == [
        "https://suaratimur.example/2022/03/literasi-digital-guru"]
