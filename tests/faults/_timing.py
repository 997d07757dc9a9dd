"""How long a call took, for the no-hang bounds of the fault tests."""

from __future__ import annotations

import time
from pathlib import Path


class Stopwatch:
    """The seconds a call took, less the time this process's threads waited for a CPU.

    The bound is there to catch a hang, an extra retry or a fallback to a default timeout:
    waits no load explains. On a loaded 2-core machine (load average 13, seen while other
    suites ran) one call took 6.4 s against a 4.9 s bound, every thread of the process (the
    client, the fake server, the proxy) queued for a CPU. Linux counts each thread's queueing
    (``run_delay`` in ``/proc/<pid>/task/<tid>/schedstat``); it is taken off. A hang adds
    none (a blocked thread is not queued), so a hang still fails; on a quiet machine the
    result is the wall time."""

    def __init__(self) -> None:
        self.delays = _run_delays()
        self.started = time.monotonic()

    def elapsed(self) -> float:
        wall = time.monotonic() - self.started
        now = _run_delays()
        # Threads present at both ends (and those born since: all of theirs); a thread that
        # ended meanwhile is not counted, which only makes the figure larger.
        waited = sum(delay - self.delays.get(tid, 0) for tid, delay in now.items())
        return wall - max(0, waited) / 1e9


def _run_delays() -> dict[str, int]:
    """Nanoseconds each thread of this process has waited for a CPU, by thread id."""
    delays: dict[str, int] = {}
    for stat in Path("/proc/self/task").glob("*/schedstat"):
        try:
            delays[stat.parent.name] = int(stat.read_text().split()[1])
        except (OSError, IndexError, ValueError):  # the thread ended as it was read
            continue
    return delays
