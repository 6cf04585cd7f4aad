"""Helpers shared by the property tests and the atheris harnesses in ``tests/fuzz/``.

The library catches surprises at two safety nets (``clean_html`` and ``extract_event`` log a
warning and carry on, so one odd page never stops a crawl). A fuzzer must not be fooled by
them: :func:`swallowed_errors` collects what those nets caught, and a test fails on it.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager

SAFETY_NETS: tuple[str, ...] = ("index.clean", "index.extract")
"""Loggers whose warnings mean an exception was caught and the result degraded."""


class _Collector(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


@contextmanager
def swallowed_errors(*names: str) -> Iterator[list[str]]:
    """The warnings logged by ``names`` (default: the safety nets) inside the block."""
    collector = _Collector()
    loggers = [logging.getLogger(n) for n in names or SAFETY_NETS]
    for logger in loggers:
        logger.addHandler(collector)
    try:
        yield collector.messages
    finally:
        for logger in loggers:
            logger.removeHandler(collector)
