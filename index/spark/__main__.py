"""``python -m index.spark WARC... --output DIR``: see :mod:`index.pipeline.spark.main`."""

import sys

from index.pipeline.spark.main import main

sys.exit(main())
