"""Every live process's ``/proc/<pid>/stat`` fields, for scripts that measure process trees.

The benchmark and stress scripts follow processes they did not start themselves (Spark's
JVM and Python workers, a server's forked workers), so they read the kernel's table.
"""

from __future__ import annotations

import os
from collections.abc import Iterator


def proc_stats() -> Iterator[tuple[int, list[str]]]:
    """``(pid, fields)`` of each process, ``fields`` being the stat line after the command
    name (``fields[0]`` the state, ``[1]`` the parent, ``[2]`` the process group, ``[11]``
    and ``[12]`` user and system clock ticks). A process gone while read is passed over."""
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        yield int(entry), fields
