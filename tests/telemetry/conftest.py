"""Sessions under a ManualClock whose time moves as scripted when each message arrives."""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from typing import Any

import pytest

from realtime_ext.testing import FakeRealtimeServer, ManualClock


class Scripted:
    """A conversation transport whose received messages advance ``clock`` by
    ``delays[type]`` (seconds) as they arrive: the server "took" that long to send them."""

    def __init__(self, inner: Any, clock: ManualClock, delays: Mapping[str, float]) -> None:
        self._inner = inner
        self._clock = clock
        self._delays = delays

    def _advance(self, message: str | bytes) -> None:
        kind = json.loads(message).get("type")
        self._clock.advance(self._delays.get(kind, 0.0))

    def recv_message(self, timeout: float | None = None) -> str | bytes:
        message: str | bytes = self._inner.recv_message(timeout)
        self._advance(message)
        return message

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)


class AsyncScripted(Scripted):
    async def recv_message(self, timeout: float | None = None) -> str | bytes:  # type: ignore[override]
        message: str | bytes = await self._inner.recv_message(timeout)
        self._advance(message)
        return message


def script(conn: Any, clock: ManualClock, delays: Mapping[str, float]) -> None:
    """Put ``conn``'s transport behind :class:`Scripted` (a test's hook into the core)."""
    core = conn._core
    cls = (
        AsyncScripted
        if hasattr(core.transport.recv_message, "__await__") or _is_async(core.transport)
        else Scripted
    )
    core.transport = cls(core.transport, clock, delays)


def _is_async(transport: Any) -> bool:
    import inspect

    return inspect.iscoroutinefunction(transport.recv_message)


@pytest.fixture
def server() -> Iterator[FakeRealtimeServer]:
    with FakeRealtimeServer() as srv:
        yield srv
