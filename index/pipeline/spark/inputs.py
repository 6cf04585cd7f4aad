"""Where a Spark job's WARC files come from, and how each kind is opened.

Two routes, as cc-pyspark has them:

- a local path (or a ``file://`` URL) is handed to the executors as a name, and each
  opens and streams its files itself: no copy through the driver, a file of any size in
  constant memory. On a cluster such a path must be visible at the same place on every
  node (a shared mount); folders are walked here, on the driver, for ``.warc`` and
  ``.warc.gz`` files (sorted, as ``build`` walks them);
- any other scheme (``s3a://``, ``hdfs://``, ``gs://``, ``abfs://``...) is read with
  Spark's ``binaryFiles``, which works with every Hadoop file system Spark is configured
  for (``s3a`` needs the hadoop-aws jars) and accepts globs
  (``s3a://commoncrawl/crawl-data/CC-MAIN-2024-10/segments/*/warc/*.warc.gz``); each file
  arrives as its bytes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

from index.errors import InputError

from ..sources import WARC_SUFFIXES

_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]+)://")


@dataclass(frozen=True)
class WarcInputs:
    """The job's WARC files by route: ``local`` file paths the executors open, and
    ``hadoop`` URLs or globs read with ``binaryFiles``."""

    local: tuple[str, ...] = ()
    hadoop: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.local or self.hadoop)


def route_inputs(inputs: Iterable[str]) -> WarcInputs:
    """Sort ``inputs`` into the two routes (see the module doc).

    A local path that does not exist, or a folder without WARC files, is the user's
    mistake and raises :class:`InputError` before any job starts; a remote URL is checked
    by Spark when the job reads it.
    """
    local: list[str] = []
    hadoop: list[str] = []
    for item in inputs:
        scheme = _SCHEME.match(item)
        if scheme is None:
            local.extend(_local_files(Path(item), item))
        elif scheme.group(1).lower() == "file":
            path = unquote(urlsplit(item).path)
            local.extend(_local_files(Path(path), item))
        else:
            hadoop.append(item)
    if not local and not hadoop:
        raise InputError("no WARC input given")
    return WarcInputs(tuple(local), tuple(hadoop))


def _local_files(path: Path, given: str) -> list[str]:
    if not path.exists():
        raise InputError(f"{given}: no such file or directory")
    if path.is_dir():
        found = sorted(str(f.resolve()) for f in path.rglob("*")
                       if f.is_file() and f.name.lower().endswith(WARC_SUFFIXES)
                       and not f.name.startswith("."))
        if not found:
            raise InputError(f"{given}: no .warc or .warc.gz files in this folder")
        return found
    return [str(path.resolve())]
