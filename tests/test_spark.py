"""The Spark job (index/pipeline/spark) in local mode: the same records as ``extract``.

One SparkContext (``local[2]``) serves the whole module: starting one takes seconds. The
tests skip without pyspark or Java on a developer's machine, and fail instead when
``WEBINAR_SEARCH_REQUIRE_SPARK=1`` (as ``.ci/run`` sets it).
"""

from __future__ import annotations

import gzip
import os
import random
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from spark_warc import (
    ARTICLE_URLS,
    ENGLISH_URL,
    OTHER_NEWS_URL,
    SECTION_URL,
    common_crawl_warc,
    cut_inside_response,
    garble_response,
    project_crawl_warc,
)

from index.errors import SparkUnavailableError
from index.pipeline.spark import (
    SparkJobOptions,
    WarcInputs,
    route_inputs,
    run_extract_job,
)
from index.pipeline.spark.main import main as spark_main
from index.pipeline.spark.session import require_spark, start_context
from search.cli import cli

REQUIRED = os.environ.get("WEBINAR_SEARCH_REQUIRE_SPARK") == "1"


@pytest.fixture(scope="module")
def sc() -> Iterator[object]:
    try:
        require_spark()
    except SparkUnavailableError as exc:
        if REQUIRED:
            pytest.fail(f"{exc} (and WEBINAR_SEARCH_REQUIRE_SPARK=1)", pytrace=False)
        pytest.skip(str(exc))
    context, started = start_context("local[2]", "webinar-search tests")
    yield context
    if started:
        context.stop()


@pytest.fixture(scope="module")
def warcs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with a Common Crawl-like WARC file and one of the project's own crawl."""
    folder = tmp_path_factory.mktemp("warcs")
    common_crawl_warc(folder / "CC-MAIN-test-00000.warc.gz")
    project_crawl_warc(folder)
    return folder


def _part_lines(output: Path) -> list[str]:
    lines: list[str] = []
    for part in sorted(output.glob("part-*")):
        opener = gzip.open if part.name.endswith(".gz") else open
        with opener(part, "rt", encoding="utf-8") as fh:
            lines.extend(fh.read().splitlines())
    return sorted(lines)


def _extract_lines(*args: str) -> list[str]:
    result = CliRunner().invoke(cli, ["extract", "--json", *args])
    assert result.exit_code == 0, result.output
    return sorted(result.stdout.splitlines())


def test_spark_records_equal_extract_line_for_line(sc: object, warcs: Path,
                                                   tmp_path: Path) -> None:
    out = tmp_path / "records"
    result = CliRunner().invoke(cli, ["extract", "--spark", "--no-screen", "--output",
                                      str(out), str(warcs)])
    assert result.exit_code == 0, result.output
    assert "bad records skipped" in result.stdout
    assert (out / "_SUCCESS").exists()
    spark_lines = _part_lines(out)
    assert spark_lines == _extract_lines(str(warcs))
    urls = "\n".join(spark_lines)
    assert all(url in urls for url in ARTICLE_URLS)  # every page, English and all
    assert SECTION_URL in urls and "jadwal.pdf" not in urls and "hilang" not in urls
    assert len(spark_lines) == 5 + 3   # five HTML pages here, three of the project's crawl


def test_the_screen_drops_the_same_pages_on_both_paths(sc: object, warcs: Path,
                                                       tmp_path: Path) -> None:
    out = tmp_path / "screened"
    report = run_extract_job(sc, route_inputs([str(warcs)]),   # type: ignore[arg-type]
                             SparkJobOptions(output=str(out), gzip=True))
    lines = _part_lines(out)
    assert all(p.name.endswith(".gz") for p in out.glob("part-*"))
    assert lines == _extract_lines("--screen", str(warcs))
    kept = "\n".join(lines)
    for dropped in (ENGLISH_URL, OTHER_NEWS_URL):
        assert dropped not in kept
    # the section page's menu names webinars: kept, and its record has no text
    assert ARTICLE_URLS[0] in kept and ARTICLE_URLS[1] in kept and SECTION_URL in kept
    assert (report.html_pages, report.screened_out, report.records_written,
            report.bad_records) == (8, 2, 6, 0)
    # warcinfo + 8 x (request, response, metadata); warcinfo + 3 x (request, response)
    assert report.warc_records == 25 + 7


def test_hadoop_file_system_urls_are_read_with_binary_files(sc: object, warcs: Path,
                                                           tmp_path: Path) -> None:
    # file:// globs take the route of s3a:// and hdfs:// URLs when handed to it directly
    glob = warcs.as_uri() + "/*.warc.gz"
    report = run_extract_job(sc, WarcInputs(hadoop=(glob,)),   # type: ignore[arg-type]
                             SparkJobOptions(output=str(tmp_path / "o"), screen=None))
    assert _part_lines(tmp_path / "o") == _extract_lines(str(warcs))
    assert report.files == 1 and report.records_written == 8
    with pytest.raises(SparkUnavailableError, match=r"^the Spark job failed: .*"
                       r"(does not exist|matches 0 files)"):
        run_extract_job(sc, WarcInputs(hadoop=(warcs.as_uri() + "/none-*.warc.gz",)),
                        SparkJobOptions(output=str(tmp_path / "p")))   # type: ignore[arg-type]


def test_a_bad_record_is_counted_and_skipped(sc: object, tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    broken = tmp_path / "broken"
    broken.mkdir()
    good = common_crawl_warc(broken / "a-good.warc.gz")
    # cut off in its fourth page (a killed crawl): three pages before it are read
    cut_inside_response(good, OTHER_NEWS_URL, broken / "b-cut.warc.gz")
    (broken / "c-noise.warc.gz").write_bytes(random.Random(0).randbytes(4096))
    # garbled in its second page: that record is skipped, the three after it are read
    garble_response(good, ARTICLE_URLS[1], broken / "d-garbled.warc.gz")
    out = tmp_path / "out"
    code = spark_main([str(broken), "--output", str(out), "--no-screen", "--partitions", "3"])
    summary = capsys.readouterr().out
    assert code == 0, summary
    assert "12 HTML pages kept" in summary and "3 bad records skipped" in summary
    lines = _part_lines(out)
    assert len(lines) == 5 + 3 + 4 and "12 records written" in summary
    assert sum(OTHER_NEWS_URL in line for line in lines) == 2   # the good and garbled files
    assert sum(f'"{ARTICLE_URLS[1]}"' in line for line in lines) == 2   # not the garbled copy
    assert sum(f'"{SECTION_URL}"' in line for line in lines) == 2


def test_build_and_update_read_the_records_without_extracting(
        sc: object, warcs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from search import SearchIndex

    out = tmp_path / "records"
    run_extract_job(sc, route_inputs([str(warcs)]),   # type: ignore[arg-type]
                    SparkJobOptions(output=str(out), screen=None))
    runner = CliRunner()
    from_warc = runner.invoke(cli, ["build", str(warcs), "--index", str(tmp_path / "a"),
                                    "--no-record-cache"])
    assert from_warc.exit_code == 0, from_warc.output

    def no_extraction(*args: object, **kwargs: object) -> None:
        raise AssertionError("a record was extracted again")

    monkeypatch.setattr("index.pipeline.records.clean_html", no_extraction)
    monkeypatch.setattr("index.pipeline.records.extract_event", no_extraction)
    from_records = runner.invoke(cli, ["build", str(out), "--index", str(tmp_path / "b"),
                                       "--extract-procs", "1", "--no-record-cache"])
    assert from_records.exit_code == 0, from_records.output
    # the section page, whose record has no text, is skipped by both; no empty part file
    assert "(1 skipped" in from_warc.output and "(1 skipped" in from_records.output
    assert "empty file" not in from_records.output

    def articles(name: str) -> list[tuple[str, str]]:
        with SearchIndex.open(tmp_path / name) as ix:
            hits = ix.search("", group=False, per_page=100, facets=False).hits
            return sorted((h.url, h.title or "") for h in hits)

    assert articles("a") == articles("b") and len(articles("a")) == 7
    again = runner.invoke(cli, ["update", str(out), "--index", str(tmp_path / "b"),
                                "--extract-procs", "1", "--no-record-cache"])
    assert again.exit_code == 0, again.output
    assert "added 0, replaced 0, unchanged 7" in again.output


def test_an_existing_output_or_a_missing_input_is_one_line(tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]
                                                           ) -> None:
    assert spark_main([str(tmp_path / "nope.warc.gz"), "--output", str(tmp_path / "o")]) == 1
    assert capsys.readouterr().err == f"Error: {tmp_path / 'nope.warc.gz'}: no such file or " \
        "directory\n"
    warc = common_crawl_warc(tmp_path / "x.warc.gz")
    assert spark_main([str(warc), "--output", str(tmp_path)]) == 1
    assert "already exists" in capsys.readouterr().err


def test_without_pyspark_the_message_says_how_to_install(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pyspark", None)   # import pyspark fails
    warc = common_crawl_warc(tmp_path / "x.warc.gz")
    result = CliRunner().invoke(cli, ["extract", "--spark", "--output", str(tmp_path / "o"),
                                      str(warc)])
    assert result.exit_code == 1
    assert result.output == ("Error: pyspark is not installed: pip install "
                             "'webinar-search[spark]'\n")


def test_without_java_the_message_says_what_to_install(monkeypatch: pytest.MonkeyPatch,
                                                       tmp_path: Path) -> None:
    pytest.importorskip("pyspark")
    monkeypatch.setenv("JAVA_HOME", str(tmp_path / "no-java"))
    with pytest.raises(SparkUnavailableError, match="openjdk-17-jre-headless"):
        require_spark()


def test_inputs_are_routed_by_scheme(tmp_path: Path) -> None:
    from index.errors import InputError

    warc = common_crawl_warc(tmp_path / "x.warc.gz")
    glob = "s3a://commoncrawl/crawl-data/CC-MAIN-2024-10/segments/*/warc/*.warc.gz"
    routed = route_inputs([glob, warc.as_uri(), str(tmp_path), "hdfs://nn:8020/w/a.warc"])
    assert routed.hadoop == (glob, "hdfs://nn:8020/w/a.warc")
    assert routed.local == (str(warc), str(warc))
    with pytest.raises(InputError, match="no .warc or .warc.gz files"):
        route_inputs([str(tmp_path / "empty")]) if (tmp_path / "empty").mkdir() is None \
            else None
