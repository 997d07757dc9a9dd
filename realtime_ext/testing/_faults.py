"""Faults the fake server injects on request (thread-safe: tests call it from any thread)."""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ._events import JSON
from ._http import HttpError


@dataclass(frozen=True)
class _Drop:
    remaining: int
    code: int | None
    reason: str


class Faults:
    """What goes wrong next: dropped sockets, refused or slow handshakes.

    >>> faults = Faults()
    >>> faults.refuse_handshakes(503, count=2)
    >>> faults.take_refusal().status, faults.take_refusal().status, faults.take_refusal()
    (503, 503, None)
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        # None: a handshake planned to pass (scenarios list handshakes in order).
        self._refusals: deque[HttpError | None] = deque()
        self._delays: deque[float] = deque()
        self._drop: _Drop | None = None
        self.dropped = 0
        self.refused: int = 0

    def drop_after(self, events: int, *, code: int | None = None, reason: str = "") -> None:
        """After ``events`` more server events (on any connection), drop that connection.

        ``code=None`` cuts the TCP connection without a close frame (the client sees 1006);
        a code closes it cleanly with that code (e.g. 1011, 1012, 4001).

        >>> Faults().drop_after(3, code=1011)
        """
        if isinstance(events, bool) or not isinstance(events, int) or events < 0:
            raise ValueError(f"events must be an int >= 0, got {events!r}")
        if code is not None and not (1000 <= code <= 4999):
            raise ValueError(f"WebSocket close code must be in 1000..4999, got {code}")
        with self._lock:
            self._drop = _Drop(events, code, reason)

    def refuse_handshakes(
        self, status: int = 503, *, count: int = 1, message: str | None = None
    ) -> None:
        """Answer the next ``count`` WebSocket handshakes with HTTP ``status`` (no upgrade).

        >>> Faults().refuse_handshakes(401, message="Incorrect API key provided.")
        """
        if not (400 <= status <= 599):
            raise ValueError(f"status must be a 4xx or 5xx HTTP status, got {status}")
        text = message or f"The server refused the connection ({status})."
        with self._lock:
            self._refusals.extend(HttpError(status, text) for _ in range(count))

    def delay_handshakes(self, seconds: float, *, count: int = 1) -> None:
        """Wait ``seconds`` before answering each of the next ``count`` handshakes.

        >>> Faults().delay_handshakes(0.2)
        """
        if seconds < 0:
            raise ValueError(f"seconds must be >= 0, got {seconds}")
        with self._lock:
            self._delays.extend(seconds for _ in range(count))

    def plan_handshake(self, refuse: int | None = None, delay: float = 0.0) -> None:
        """Plan the next handshake in order: refused with ``refuse`` and/or delayed.

        >>> faults = Faults()
        >>> faults.plan_handshake(delay=0.5); faults.plan_handshake(refuse=503)
        >>> faults.take_delay(), faults.take_refusal(), faults.take_delay()
        (0.5, None, 0.0)
        """
        if refuse is not None and not (400 <= refuse <= 599):
            raise ValueError(f"status must be a 4xx or 5xx HTTP status, got {refuse}")
        if delay < 0:
            raise ValueError(f"delay must be >= 0, got {delay}")
        with self._lock:
            self._delays.append(delay)
            self._refusals.append(
                None
                if refuse is None
                else HttpError(refuse, f"The server refused the connection ({refuse}).")
            )

    def clear(self) -> None:
        """Forget every planned fault."""
        with self._lock:
            self._refusals.clear()
            self._delays.clear()
            self._drop = None

    # -- used by the server -----------------------------------------------------------------
    def take_refusal(self) -> HttpError | None:
        """The error to refuse the next handshake with, if one is planned (consumed)."""
        with self._lock:
            if not self._refusals:
                return None
            refusal = self._refusals.popleft()
            if refusal is not None:
                self.refused += 1
            return refusal

    def take_delay(self) -> float:
        """Seconds to wait before the next handshake (0 when none is planned; consumed)."""
        with self._lock:
            return self._delays.popleft() if self._delays else 0.0

    def wrap(
        self, send: Callable[[JSON], None], drop: Callable[[int | None, str], None]
    ) -> Callable[[JSON], None]:
        """``send`` counting events against a planned drop; ``drop`` ends that connection."""

        def counted(event: Any) -> None:
            with self._lock:
                plan = self._drop
                if plan is not None and plan.remaining <= 0:
                    self._drop = None
                    self.dropped += 1
                else:
                    if plan is not None:
                        self._drop = _Drop(plan.remaining - 1, plan.code, plan.reason)
                    plan = None
            if plan is not None:
                drop(plan.code, plan.reason)
                return
            send(event)

        return counted
