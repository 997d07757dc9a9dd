"""Faults the fake server injects on request (thread-safe: tests call it from any thread)."""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from realtime_ext import InvalidArgumentError

from ._events import JSON
from ._http import HttpError
from ._json import json_object
from ._routes import FREEZE, check_close_code


@dataclass(frozen=True)
class _Drop:
    remaining: int
    code: int | None  # None: cut; FREEZE: freeze
    reason: str


@dataclass(frozen=True)
class _Cut:
    """End the next response once it has sent ``after_deltas`` output deltas."""

    after_deltas: int
    code: int | None  # None: cut; FREEZE: freeze


class ResponseCut:
    """Counts one connection's events and says when its response is to be cut: after
    ``response.created`` and then ``after_deltas`` ``*.delta`` events (0: right after
    ``response.created``). Shared by :class:`Faults` and scripted responses.

    >>> cut = ResponseCut(1)
    >>> [cut.due({"type": t}) for t in ("session.created", "response.created",
    ...     "response.output_item.added", "response.output_text.delta")]
    [False, False, False, True]
    """

    def __init__(self, after_deltas: int) -> None:
        self.after_deltas = after_deltas
        self.started = False
        self.deltas = 0

    def due(self, event: Any) -> bool:
        """Whether the connection is to be cut now, ``event`` having just been sent."""
        found = json_object(event)
        kind = found.get("type") if found is not None else None
        if kind == "response.created":
            self.started = True
        elif self.started and isinstance(kind, str) and kind.endswith(".delta"):
            self.deltas += 1
        return self.started and self.deltas >= self.after_deltas


def _check_count(name: str, value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise InvalidArgumentError(f"{name} must be an int >= 0, got {value!r}")


class Faults:
    """What goes wrong next: dropped or frozen sockets, refused or slow handshakes.

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
        self._cut: _Cut | None = None
        self.dropped: int = 0
        """Connections cut or closed by :meth:`drop_after` or :meth:`drop_mid_response`."""
        self.frozen: int = 0
        """Connections frozen by :meth:`freeze_after` or :meth:`freeze_mid_response`."""
        self.refused: int = 0

    def drop_after(self, events: int, *, code: int | None = None, reason: str = "") -> None:
        """After ``events`` more server events (on any connection), drop that connection.

        ``code=None`` cuts the TCP connection without a close frame (the client sees 1006);
        a code closes it cleanly with that code (e.g. 1011, 1012, 4001).

        >>> Faults().drop_after(3, code=1011)
        """
        _check_count("events", events)
        if code is not None:
            check_close_code(code)
        with self._lock:
            self._drop = _Drop(events, code, reason)

    def freeze_after(self, events: int) -> None:
        """After ``events`` more server events (on any connection), freeze that connection:
        it stays open but nothing more is sent or answered, WebSocket pings included, as
        when the server process is stopped (SIGSTOP) or stuck. The client finds out only
        from its own keepalive or timeouts.

        >>> Faults().freeze_after(0)
        """
        _check_count("events", events)
        with self._lock:
            self._drop = _Drop(events, FREEZE, "")

    def drop_mid_response(self, *, after_deltas: int = 1) -> None:
        """Cut the connection of the next response once it is under way: after its
        ``response.created`` and ``after_deltas`` output deltas (text, audio, transcript
        or arguments), with no close frame (the client sees 1006) and no ``response.done``.

        >>> Faults().drop_mid_response(after_deltas=2)
        """
        _check_count("after_deltas", after_deltas)
        with self._lock:
            self._cut = _Cut(after_deltas, None)

    def freeze_mid_response(self, *, after_deltas: int = 1) -> None:
        """Freeze the connection of the next response once it is under way (as
        :meth:`drop_mid_response`, but the connection stays open and silent, pings
        unanswered, as :meth:`freeze_after` leaves it).

        >>> Faults().freeze_mid_response(after_deltas=0)
        """
        _check_count("after_deltas", after_deltas)
        with self._lock:
            self._cut = _Cut(after_deltas, FREEZE)

    def refuse_handshakes(
        self, status: int = 503, *, count: int = 1, message: str | None = None
    ) -> None:
        """Answer the next ``count`` WebSocket handshakes with HTTP ``status`` (no upgrade).

        >>> Faults().refuse_handshakes(401, message="Incorrect API key provided.")
        """
        if not (400 <= status <= 599):
            raise InvalidArgumentError(f"status must be a 4xx or 5xx HTTP status, got {status}")
        text = message or f"The server refused the connection ({status})."
        with self._lock:
            self._refusals.extend(HttpError(status, text) for _ in range(count))

    def delay_handshakes(self, seconds: float, *, count: int = 1) -> None:
        """Wait ``seconds`` before answering each of the next ``count`` handshakes.

        >>> Faults().delay_handshakes(0.2)
        """
        if seconds < 0:
            raise InvalidArgumentError(f"seconds must be >= 0, got {seconds}")
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
            raise InvalidArgumentError(f"status must be a 4xx or 5xx HTTP status, got {refuse}")
        if delay < 0:
            raise InvalidArgumentError(f"delay must be >= 0, got {delay}")
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
            self._cut = None

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
        """``send`` counting events against a planned drop, freeze or cut response;
        ``drop`` ends that connection (a close code, ``None`` to cut, ``FREEZE``)."""
        # This connection's response being cut (planned by drop/freeze_mid_response).
        watched: ResponseCut | None = None
        watched_code: int | None = None

        def counted(event: Any) -> None:
            nonlocal watched, watched_code
            with self._lock:
                plan = self._drop
                if plan is not None and plan.remaining <= 0:
                    self._drop = None
                    self._count(plan.code)
                else:
                    if plan is not None:
                        self._drop = _Drop(plan.remaining - 1, plan.code, plan.reason)
                    plan = None
                cut = self._cut
                # The first connection to start a response gets the cut.
                found = json_object(event)
                starts = found is not None and found.get("type") == "response.created"
                if plan is None and cut is not None and watched is None and starts:
                    self._cut = None
                    watched, watched_code = ResponseCut(cut.after_deltas), cut.code
            if plan is not None:
                drop(plan.code, plan.reason)
                return
            send(event)
            if watched is not None and watched.due(event):
                watched = None
                with self._lock:
                    self._count(watched_code)
                drop(watched_code, "")

        return counted

    def _count(self, code: int | None) -> None:
        if code == FREEZE:
            self.frozen += 1
        else:
            self.dropped += 1
