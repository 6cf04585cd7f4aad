"""Limits on input files: an oversized one-document file is refused without being read.

Regression test for the 100 MB page limit case (``tests/stress/limits.py``): ``extract`` and
``build`` read a whole ``.html``/``.txt`` file into memory before the cleaner refused it,
so a multi-gigabyte file named ``.html`` cost its size in RAM. Now the reader stops one byte
past the limit and says why; the rest of the batch is still built.

JSONL files were read whole too, decoded, then split with ``str.splitlines`` (665 MB of
memory for a 213 MB file), and that split also broke every record whose text held U+2028,
U+2029 or U+0085 (legal unescaped in JSON) into several invalid lines.
"""

from __future__ import annotations

import json
import tracemalloc
from pathlib import Path

import pytest
from click.testing import CliRunner

from index.pipeline import sources
from index.pipeline.sources import MAX_DOCUMENT_BYTES, iter_sources
from search.cli import cli


@pytest.fixture
def small_limit(monkeypatch: pytest.MonkeyPatch) -> int:
    """A 64 kB limit, so the test files stay small."""
    monkeypatch.setattr(sources, "MAX_DOCUMENT_BYTES", 65536)
    return 65536


def oversized(tmp_path: Path, limit: int, suffix: str = ".html") -> Path:
    page = tmp_path / f"besar{suffix}"
    page.write_bytes(b"<html><body><p>" + b"Webinar literasi. " * (limit // 18 + 10)
                     + b"</p></body></html>")
    return page


def test_the_limit_is_the_cleaners() -> None:
    from index.clean.cleaner import MAX_PAGE_BYTES

    assert MAX_DOCUMENT_BYTES == MAX_PAGE_BYTES


@pytest.mark.parametrize("suffix", [".html", ".txt"])
def test_oversized_file_is_refused_unread(tmp_path: Path, small_limit: int,
                                          monkeypatch: pytest.MonkeyPatch, suffix: str) -> None:
    page = oversized(tmp_path, small_limit, suffix)
    read_sizes: list[int | None] = []
    real_read = sources._read

    def spy(path: Path, limit: int | None) -> bytes:
        data = real_read(path, limit)
        read_sizes.append(len(data))
        return data

    monkeypatch.setattr(sources, "_read", spy)
    doc, = iter_sources([str(page)], text_mode=suffix == ".txt")
    assert doc.error and "over the" in doc.error and "limit" in doc.error
    assert read_sizes == [small_limit + 1]


def test_cli_names_the_file_and_builds_the_rest(tmp_path: Path, small_limit: int,
                                                fixtures: Path) -> None:
    page = oversized(tmp_path, small_limit)
    runner = CliRunner()
    result = runner.invoke(cli, ["extract", str(page), "--json"])
    assert result.exit_code == 1
    assert f"Error: {page}: the file is" in result.output
    built = runner.invoke(cli, ["build", str(page), str(fixtures / "pages"),
                                "--index", str(tmp_path / "ix")])
    assert built.exit_code == 0, built.output
    assert "limit for one document" in built.output


def test_stdin_is_read_only_up_to_the_limit(small_limit: int) -> None:
    runner = CliRunner()
    result = runner.invoke(cli, ["extract", "-", "--json"],
                           input=b"<p>" + b"x" * (small_limit * 3) + b"</p>")
    assert result.exit_code == 1
    assert "limit for one document" in result.output


def jsonl_line(n: int, text: str) -> str:
    return json.dumps({"url": f"https://berita.example/{n}", "title": "Webinar",
                       "text": text}, ensure_ascii=False) + "\n"


def test_jsonl_lines_end_only_at_newline(tmp_path: Path) -> None:
    """U+2028, U+2029 and U+0085 are legal unescaped inside JSON strings."""
    path = tmp_path / "pisah.jsonl"
    path.write_text(jsonl_line(1, "Paragraf satu\u2028baris dua\u2029tiga\x85empat.")
                    + jsonl_line(2, "Webinar kedua."), encoding="utf-8")
    docs = list(iter_sources([str(path)]))
    assert [d.error for d in docs] == [None, None]
    assert docs[0].text == "Paragraf satu\u2028baris dua\u2029tiga\x85empat."
    assert [d.origin for d in docs] == [f"{path}:1", f"{path}:2"]


def test_jsonl_is_read_a_line_at_a_time(tmp_path: Path) -> None:
    path = tmp_path / "banyak.jsonl"
    path.write_text("\ufeff" + "".join(jsonl_line(n, "Isi berita. " * 400) for n in range(1000))
                    + "\n\n", encoding="utf-8")
    assert path.stat().st_size > 4_000_000
    tracemalloc.start()
    try:
        count = 0
        for doc in iter_sources([str(path)]):
            assert doc.error is None, doc.error
            count += 1
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert count == 1000
    assert peak < 1_000_000, f"{peak} bytes held while streaming a 4.8 MB file"


def test_overlong_jsonl_line_is_skipped_with_a_reason(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sources, "MAX_JSONL_LINE_BYTES", 1000)
    monkeypatch.setattr(sources, "_SKIP_CHUNK", 64)
    path = tmp_path / "panjang.jsonl"
    path.write_text(jsonl_line(1, "a" * 5000) + jsonl_line(2, "Webinar pendek."),
                    encoding="utf-8")
    first, second = iter_sources([str(path)])
    assert first.error and "line longer than" in first.error and first.origin.endswith(":1")
    assert second.error is None and second.origin.endswith(":2")
