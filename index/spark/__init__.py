"""``python -m index.spark``: a short name for the Spark job's command line.

The job is a pipeline stage and lives in :mod:`index.pipeline.spark`; this package only
gives the command typed on clusters a short name, and imports nothing until it runs.
"""

__all__: list[str] = []
