"""Hand one article's evidence to the parser for as long as that article is read.

Document-level evidence (:mod:`.case_evidence`: the words the article writes in lower case;
:mod:`.place_evidence`: the words it uses as places) is read deep inside the person parser,
far below any function that could pass it down as an argument, so each kind lives in a
context variable that :func:`index.extract.event` sets for the one article it reads. Both
kinds set and restore their variable the same way, here."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TypeVar

T = TypeVar("T")


@contextmanager
def bound(var: ContextVar[T], value: T) -> Iterator[T]:
    """``var`` holds ``value`` while inside, and what it held before once left (also on an
    error, so one bad article leaves no evidence behind for the next)."""
    token = var.set(value)
    try:
        yield value
    finally:
        var.reset(token)
