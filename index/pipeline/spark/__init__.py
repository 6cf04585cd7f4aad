"""Clean and extract on Apache Spark: WARC files in, records out as JSON Lines part files.

One machine cleans and extracts about a hundred pages a second per core; a web archive
holds hundreds of millions. This package runs the same stage on a Spark cluster, the way
cc-pyspark processes Common Crawl: an RDD of WARC files (:mod:`.inputs`: local paths, or
any Hadoop file system URL such as ``s3a://`` read with ``binaryFiles``), each partition
reading its files with the single-machine WARC reader
(:func:`index.pipeline.sources.iter_warc_documents`), dropping pages with the shared
cheap screen (:mod:`index.pipeline.screen`), and cleaning and extracting with the
single-machine code (:func:`index.pipeline.records.outcome_of`); each record is written
with the one serializer ``extract --json`` prints with (:meth:`index.model.Article.
to_json`), so the lines equal ``webinar-search extract``'s. ``build`` and ``update`` read
the output folder back as records (:mod:`index.pipeline.sources`), extracting nothing.

A record that cannot be read (cut short, garbled, a file that is no WARC) is counted and
skipped (:mod:`.job`); the job goes on and reports its counts at the end.

pyspark is an optional extra (``pip install 'webinar-search[spark]'``) and is imported
only inside the functions that start or run a job (:mod:`.session`), so importing this
package costs nothing without it. ``python -m index.spark`` is the command line
(:mod:`.main`), as is ``webinar-search extract --spark``.
"""

from .inputs import WarcInputs, route_inputs
from .job import SparkJobOptions, SparkReport, run_extract_job, run_spark_extract
from .session import require_spark

__all__ = [
    "SparkJobOptions",
    "SparkReport",
    "WarcInputs",
    "require_spark",
    "route_inputs",
    "run_extract_job",
    "run_spark_extract",
]
