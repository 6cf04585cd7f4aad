"""``python -m index.spark``: the Spark job's command line (:mod:`index.pipeline.spark`).

A short name for a command typed on clusters; the job itself lives in the pipeline.
"""

import sys

if __name__ == "__main__":
    from index.pipeline.spark.main import main

    sys.exit(main())
