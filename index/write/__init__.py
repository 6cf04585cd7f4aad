"""The write wing: records in, a Whoosh index generation out, switched in atomically.

:class:`IndexBuilder` writes a whole generation (:mod:`index.write.builder`),
:class:`IndexUpdater` adds, replaces and deletes by URL on a linked copy
(:mod:`index.write.updater`); both reserve, publish and sweep generations through
:mod:`index.write.generation` under the one-writer lock (:mod:`index.write.lock`).
:mod:`index.write.document` turns a record into a Whoosh document and
:mod:`index.write.parallel` runs the build's worker processes.
"""

from .builder import IndexBuilder
from .document import content_hash, record_to_document
from .generation import BuildReport
from .updater import IndexUpdater

__all__ = ["BuildReport", "IndexBuilder", "IndexUpdater", "content_hash", "record_to_document"]
