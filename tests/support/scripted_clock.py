"""A conversation whose ManualClock moves as scripted when each server message arrives: the
server "took" that long to send it. The telemetry tests check every figure exactly this way,
and the latency guide's trace is drawn from such a run (tests/docs/test_latency_guide.py).

Example::

    clock = ManualClock()
    with RealtimeClient(..., clock=clock) as client, client.connect(...) as conn:
        script(conn, clock, {"response.created": 0.120})
"""

from __future__ import annotations

import inspect
import json
from collections.abc import Mapping
from typing import Any

from realtime_ext.testing import ManualClock

# Delays of a typical spoken turn (seconds from the previous message): the server starts a
# response 120 ms after it is asked for, its first audio part 200 ms later, then audio deltas
# 40 ms apart (three per answer of the fake server), transcript deltas 10 ms after each.
DELAYS: Mapping[str, float] = {
    "response.created": 0.120,
    "response.content_part.added": 0.200,
    "response.output_audio.delta": 0.040,
    "response.output_audio_transcript.delta": 0.010,
    "response.function_call_arguments.delta": 0.030,  # three per call
    "response.done": 0.050,
    "input_audio_buffer.speech_stopped": 0.0,
}


class Scripted:
    """A conversation transport whose received messages advance ``clock`` by
    ``delays[type]`` (seconds) as they arrive."""

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
    asynchronous = inspect.iscoroutinefunction(core.transport.recv_message)
    core.transport = (AsyncScripted if asynchronous else Scripted)(core.transport, clock, delays)
