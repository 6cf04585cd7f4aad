"""``python -m index.spark``: the Spark job's command line (also run by spark-submit).

    python -m index.spark WARC... --output DIR [--master local[2]] [--partitions N]
    spark-submit ... extract_job.py WARC... --output DIR   (see README, "Spark")

Library errors become one line on stderr and exit status 1, as in ``webinar-search``;
argparse rather than click, because the library side imports no CLI framework.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from index.errors import WebinarSearchError

from ..screen import PageScreen
from .job import SparkJobOptions, run_spark_extract


def parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="python -m index.spark",
        description="Clean and extract WARC files on Apache Spark; write the records as "
        "JSON Lines part files (what `webinar-search extract --json` prints), which "
        "`webinar-search build`/`update` index without extracting again.")
    ap.add_argument("inputs", nargs="+", metavar="INPUT",
                    help="WARC files or folders of them, or Hadoop FS URLs/globs "
                    "(s3a://bucket/path/*.warc.gz, hdfs://...)")
    ap.add_argument("--output", required=True, help="Folder to create for the records.")
    ap.add_argument("--master", default=None,
                    help="Spark master (default: spark-submit's, else local[*]).")
    ap.add_argument("--partitions", type=int, default=None,
                    help="Partitions to clean and extract in (default: one per input "
                    "file, at least one per core).")
    ap.add_argument("--no-screen", action="store_true",
                    help="Clean every HTML page (default: drop pages not in --lang or "
                    "without a webinar cue word before cleaning).")
    ap.add_argument("--lang", default="id",
                    help="Languages the screen keeps, comma-separated (default: id).")
    ap.add_argument("--gzip", action="store_true", help="Write part-NNNNN.gz files.")
    return ap


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    if args.partitions is not None and args.partitions < 1:
        parser().error("--partitions must be at least 1")
    screen = None if args.no_screen else PageScreen(languages=_languages(args.lang))
    options = SparkJobOptions(output=args.output, master=args.master,
                              partitions=args.partitions, screen=screen, gzip=args.gzip)
    try:
        report = run_spark_extract(args.inputs, options)
    except WebinarSearchError as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return exc.exit_code
    print(report.summary())
    return 0


def _languages(value: str) -> tuple[str, ...]:
    return tuple(part.strip().lower() for part in value.split(",") if part.strip())


if __name__ == "__main__":
    sys.exit(main())
