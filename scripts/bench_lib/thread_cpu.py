"""CPU time of threads other than the caller's: what a WebSocket client's reader thread
spends per event, beside the consumer's own ``time.thread_time()``.

A blocking websockets connection reads frames on a thread of its own, which runs beside
the consumer under one GIL: a receive rate is then about one over the sum of both threads'
work per event, and the two figures say which side's work a gap between two clients is.
Wall-clock rates on a shared machine move by 0.2x between runs; CPU per event is steadier.

Example:
    >>> import threading
    >>> before = set(threading.enumerate())
    >>> started(before)
    []
    >>> cpu_seconds([]) == 0.0
    True
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

SURPLUS = 100
"""Events a blocking run's server sends past the timed ones, drained after its clocks are
read: the server's close after the last event would end the reader thread first, and its
CPU clock then could no longer be read. Drained, not left: a socket closed with frames
unread past its queue reads no more, and waits out its close timeout (10 s)."""


def started(before: set[threading.Thread]) -> list[threading.Thread]:
    """The threads running now that were not in ``before`` (a connection's reader)."""
    return [thread for thread in threading.enumerate() if thread not in before]


def cpu_seconds(threads: list[threading.Thread]) -> float:
    """The CPU seconds ``threads`` have used (those still running)."""
    total = 0.0
    for thread in threads:
        if thread.ident is None or not thread.is_alive():
            continue
        try:
            total += time.clock_gettime(time.pthread_getcpuclockid(thread.ident))
        except OSError:  # it ended meanwhile (ProcessLookupError)
            continue
    return total


def timed_drain(
    drain: Callable[[int], object], readers: list[threading.Thread], warmup: int, events: int
) -> tuple[float, float, float]:
    """``drain(warmup)`` untimed, ``drain(events)`` timed, then ``drain(SURPLUS)``; returns
    the timed events per second and the CPU microseconds per timed event of the calling
    thread and of ``readers`` (the connection's server must send ``SURPLUS`` more events)."""
    drain(warmup)  # untimed: the steady state is measured
    reader = cpu_seconds(readers)
    consumer = time.thread_time()
    start = time.perf_counter()
    drain(events)
    rate = events / (time.perf_counter() - start)
    consumer = time.thread_time() - consumer
    reader = cpu_seconds(readers) - reader
    drain(SURPLUS)
    return rate, consumer / events * 1e6, reader / events * 1e6
