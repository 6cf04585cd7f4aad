"""Starting Spark, or saying in one line why it cannot start.

pyspark and a Java runtime are what a job needs beyond the project's own dependencies;
both are checked before anything is started, so a missing one is an actionable message
(:class:`~index.errors.SparkUnavailableError`) instead of a Py4J traceback.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from index.errors import SparkUnavailableError

if TYPE_CHECKING:
    from pyspark import SparkContext

INSTALL_HINT = "pip install 'webinar-search[spark]'"
JAVA_HINT = ("Spark needs a Java runtime (17 or later): install it (Debian/Ubuntu: "
             "apt-get install openjdk-17-jre-headless) or set JAVA_HOME")


def require_spark() -> None:
    """Raise :class:`SparkUnavailableError` unless pyspark imports and Java is found."""
    try:
        import pyspark  # noqa: F401
    except ImportError:
        raise SparkUnavailableError(
            f"pyspark is not installed: {INSTALL_HINT}") from None
    if java_executable() is None:
        raise SparkUnavailableError(f"java not found: {JAVA_HINT}")


def java_executable() -> str | None:
    """The ``java`` Spark will start: ``$JAVA_HOME/bin/java``, else the one on PATH."""
    home = os.environ.get("JAVA_HOME")
    if home:
        candidate = Path(home) / "bin" / "java"
        return str(candidate) if candidate.is_file() else None
    return shutil.which("java")


def start_context(master: str | None, app_name: str = "webinar-search extract"
                  ) -> tuple[SparkContext, bool]:
    """A SparkContext for ``master`` (``None``: what spark-submit gives, else
    ``local[*]``), and whether this call started it (and so must stop it).

    In local mode the Python workers run this very interpreter (unless PYSPARK_PYTHON
    says otherwise), so they import the same installed package as the driver.
    """
    require_spark()
    from pyspark import SparkConf, SparkContext

    if SparkContext._active_spark_context is not None:  # a test's, or a notebook's
        return SparkContext._active_spark_context, False
    if master is None or master.startswith("local"):
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    conf = SparkConf().setAppName(app_name)
    conf.set("spark.ui.showConsoleProgress", "false")
    if master is not None:
        conf.setMaster(master)
    elif not conf.contains("spark.master"):
        conf.setMaster("local[*]")
    context = SparkContext(conf=conf)
    context.setLogLevel("ERROR")
    return context, True
