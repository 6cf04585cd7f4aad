"""Worker processes that never outlive the process that started them.

A build's indexing and extraction workers and the web server's worker processes are forked
children. When their parent is killed (``kill -9``, an out-of-memory kill), nothing would
stop them: they would hold the index writer's lock, or a port, until found by hand. On Linux
the kernel can send a child a signal when its parent dies (``prctl(PR_SET_PDEATHSIG)``);
each worker asks for ``SIGKILL`` as the first thing it does. Elsewhere the callers' own
checks (the parent's pid, pool termination) remain the only guard.
"""

from __future__ import annotations

import ctypes
import logging
import signal
import sys

logger = logging.getLogger(__name__)

_PR_SET_PDEATHSIG = 1


def die_with_parent(worker: str) -> None:
    """Have the kernel kill this process when its parent dies (Linux; a no-op elsewhere).

    ``worker`` names the process in the debug line logged when the call is refused."""
    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        logger.debug("cannot tie the %s's life to its parent's", worker)
