"""``python -m index.pipeline.spark``: the same as ``python -m index.spark``."""

import sys

from .main import main

sys.exit(main())
