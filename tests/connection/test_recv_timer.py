"""The asyncio transport's receive with a timeout: a message already received is taken with
no timer; one that has to be waited for comes under the timeout, which still raises and
still loses nothing.

Every receive of a default connection has a timeout (its rollover's due time bounds the
wait), and a timer per message (scheduled, cancelled, swept from the loop's heap) halved the
asyncio receive rate while messages queued up.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from realtime_ext import APITimeoutError
from realtime_ext.connection._transport import AsyncWebSocketTransport

pytestmark = pytest.mark.unit


class _QueueSocket:
    """The part of a ``websockets`` connection the transport's receive uses."""

    def __init__(self) -> None:
        self.queue: asyncio.Queue[bytes] = asyncio.Queue()
        self.failure: BaseException | None = None

    async def recv(self, decode: bool = False) -> bytes:
        if self.failure is not None:
            raise self.failure
        return await self.queue.get()


def _counting_timers(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    loop = asyncio.get_running_loop()
    scheduled: list[float] = []
    call_at = loop.call_at

    def counted(when: float, *args: Any, **kwargs: Any) -> asyncio.TimerHandle:
        scheduled.append(when)
        return call_at(when, *args, **kwargs)

    monkeypatch.setattr(loop, "call_at", counted)
    return scheduled


async def test_a_message_already_received_is_taken_with_no_timer(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    socket = _QueueSocket()
    transport = AsyncWebSocketTransport(socket, None)  # type: ignore[arg-type]
    for index in range(3):
        socket.queue.put_nowait(b'{"n": %d}' % index)
    scheduled = _counting_timers(monkeypatch)
    got = [await transport.recv_message(30.0) for _ in range(3)]
    assert got == [b'{"n": 0}', b'{"n": 1}', b'{"n": 2}']
    assert scheduled == []


async def test_a_message_waited_for_arrives_under_the_timeout(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    socket = _QueueSocket()
    transport = AsyncWebSocketTransport(socket, None)  # type: ignore[arg-type]
    scheduled = _counting_timers(monkeypatch)
    task = asyncio.ensure_future(transport.recv_message(30.0))
    await asyncio.sleep(0)  # it waits, under a timer
    assert not task.done()
    assert len(scheduled) == 1
    socket.queue.put_nowait(b"{}")
    assert await task == b"{}"


async def test_a_wait_past_the_timeout_raises_and_loses_no_message() -> None:
    socket = _QueueSocket()
    transport = AsyncWebSocketTransport(socket, None)  # type: ignore[arg-type]
    with pytest.raises(APITimeoutError, match=r"no server event within 0\.01 s"):
        await transport.recv_message(0.01)
    socket.queue.put_nowait(b"late")
    assert await transport.recv_message(0.0) == b"late"  # 0: a message already received


async def test_a_zero_timeout_with_nothing_received_times_out() -> None:
    transport = AsyncWebSocketTransport(_QueueSocket(), None)  # type: ignore[arg-type]
    with pytest.raises(APITimeoutError):
        await transport.recv_message(0.0)


async def test_an_error_of_the_first_step_is_the_receive_s_own() -> None:
    from websockets.exceptions import ConnectionClosedOK
    from websockets.frames import Close

    from realtime_ext import ConnectionClosed

    socket = _QueueSocket()
    socket.failure = ConnectionClosedOK(Close(1000, "bye"), Close(1000, "bye"), True)
    transport = AsyncWebSocketTransport(socket, None)  # type: ignore[arg-type]
    with pytest.raises(ConnectionClosed) as caught:
        await transport.recv_message(30.0)
    assert caught.value.code == 1000


async def test_a_receive_abandoned_while_waiting_closes_the_websocket_s_receive() -> None:
    socket = _QueueSocket()
    transport = AsyncWebSocketTransport(socket, None)  # type: ignore[arg-type]
    waiting = transport.recv_message(30.0)
    pending = waiting.send(None)  # stepped by hand to its first wait, then dropped
    assert pending is not None
    waiting.close()  # GeneratorExit reaches websockets' recv: it ends, nothing is left running
    socket.queue.put_nowait(b"kept")
    assert await transport.recv_message(1.0) == b"kept"
