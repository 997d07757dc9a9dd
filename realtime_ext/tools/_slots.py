"""How many of a tool loop's calls run at once: at most ``limit``, ``queued`` more wait in
order, the rest are refused (answered at once with an error the model reads). Each running
call's worker (a thread or a task) takes the next waiting call when it is done, so a burst
of calls never holds more than ``limit`` workers."""

from __future__ import annotations

import threading
from collections import deque
from typing import Generic, Literal, TypeVar

from realtime_ext import InvalidArgumentError

__all__ = ["DEFAULT_MAX_CONCURRENT_CALLS", "DEFAULT_MAX_QUEUED_CALLS", "Slots"]

T = TypeVar("T")

DEFAULT_MAX_CONCURRENT_CALLS = 16
"""Tool calls a GPT-Live tool loop runs at once by default (``max_concurrent_calls``)."""
DEFAULT_MAX_QUEUED_CALLS = 256
"""Tool calls waiting for a free slot by default (``max_queued_calls``); past these a call
is refused: its output tells the model so."""

Admitted = Literal["run", "queued", "refused"]


def check_count(value: object, name: str, *, least: int) -> int:
    """``value`` as a count of at least ``least`` (a bool is not one)."""
    if isinstance(value, bool) or not isinstance(value, int) or value < least:
        raise InvalidArgumentError(f"{name} must be an int >= {least}, got {value!r}")
    return value


class Slots(Generic[T]):
    """The calls running and waiting (thread-safe: one lock).

    Example:
        >>> slots: Slots[str] = Slots(1, 1)
        >>> slots.admit("a"), slots.admit("b"), slots.admit("c")
        ('run', 'queued', 'refused')
        >>> slots.next(), slots.next()  # a's worker goes on with b, then stops
        ('b', None)
    """

    __slots__ = ("_lock", "_waiting", "limit", "queued", "running")

    def __init__(self, limit: int, queued: int) -> None:
        self.limit = check_count(limit, "max_concurrent_calls", least=1)
        self.queued = check_count(queued, "max_queued_calls", least=0)
        self.running = 0
        self._waiting: deque[T] = deque()
        self._lock = threading.Lock()

    def admit(self, item: T) -> Admitted:
        """Whether ``item`` runs now (a worker is started for it), waits, or is refused."""
        with self._lock:
            if self.running < self.limit:
                self.running += 1
                return "run"
            if len(self._waiting) < self.queued:
                self._waiting.append(item)
                return "queued"
            return "refused"

    def next(self) -> T | None:
        """For a worker whose call is done: the next waiting call, else ``None`` (its slot
        is free, and the worker ends)."""
        with self._lock:
            if self._waiting:
                return self._waiting.popleft()
            self.running -= 1
            return None

    def clear(self) -> list[T]:
        """Forget the waiting calls (a close: they are not run)."""
        with self._lock:
            waiting = list(self._waiting)
            self._waiting.clear()
            return waiting

    @property
    def waiting(self) -> int:
        """How many calls wait."""
        return len(self._waiting)
