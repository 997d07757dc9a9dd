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
from realtime_ext._base.websocket_transport import AsyncWebSocketTransport

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

    async def close(self, code: int = 1000, reason: str = "") -> None:
        """Nothing to close: the drain the transport starts meanwhile is cancelled."""


def _counting_timers(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    loop = asyncio.get_running_loop()
    scheduled: list[float] = []
    call_at = loop.call_at

    def counted(when: float, *args: Any, **kwargs: Any) -> asyncio.TimerHandle:
        scheduled.append(when)
        return call_at(when, *args, **kwargs)

    monkeypatch.setattr(loop, "call_at", counted)
    return scheduled


def _frozen_clock(monkeypatch: pytest.MonkeyPatch) -> float:
    """Stop the loop's clock at now (returned) for the test: the waits that share a deadline
    are given what is left of it, read a moment before the transport reads the clock again,
    and on a busy machine that moment can pass the timer's slack (the timer is then armed
    again, which is right, but not what these tests are about). No timer of these tests is
    due while it stands: each wait is ended by a message or by hand."""
    loop = asyncio.get_running_loop()
    now = loop.time()
    monkeypatch.setattr(loop, "time", lambda: now)
    return now


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


# -- one timer per connection: the waits that end at the same time share it -----------------
# A default conversation bounds every receive by its rollover's due time, passing what is
# left of it: a timer per wait (scheduled, cancelled, swept from the loop's heap) was a third
# of the receive's cost for sessions paced like calls, each message waited for.
def _capturing_timers(monkeypatch: pytest.MonkeyPatch) -> list[tuple[Any, tuple[Any, ...]]]:
    """The callbacks (with their arguments) of the timers scheduled from now on."""
    loop = asyncio.get_running_loop()
    rings: list[tuple[Any, tuple[Any, ...]]] = []
    call_at = loop.call_at

    def captured(when: float, callback: Any, *args: Any, **kwargs: Any) -> asyncio.TimerHandle:
        rings.append((callback, args))
        return call_at(when, callback, *args, **kwargs)

    monkeypatch.setattr(loop, "call_at", captured)
    return rings


async def _waiting(transport: AsyncWebSocketTransport, deadline: float) -> asyncio.Task[bytes]:
    """A receive waiting (nothing received) until ``deadline`` on the loop's clock."""
    left = deadline - asyncio.get_running_loop().time()
    task = asyncio.ensure_future(transport.recv_message(left))
    await asyncio.sleep(0)
    assert not task.done()
    return task


async def test_waits_that_share_a_deadline_share_one_timer(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    socket = _QueueSocket()
    transport = AsyncWebSocketTransport(socket, None)  # type: ignore[arg-type]
    scheduled = _counting_timers(monkeypatch)
    deadline = _frozen_clock(monkeypatch) + 30.0
    for index in range(5):
        task = await _waiting(transport, deadline)
        socket.queue.put_nowait(b"%d" % index)
        assert await task == b"%d" % index
    assert len(scheduled) == 1
    # A later deadline (an app's own timeout) moves it.
    task = await _waiting(transport, deadline + 60.0)
    socket.queue.put_nowait(b"later")
    assert await task == b"later"
    assert len(scheduled) == 2
    await transport.close()  # the timer goes with the connection
    assert transport.alarm is None


async def test_the_shared_timer_still_times_out_at_its_deadline() -> None:
    socket = _QueueSocket()
    transport = AsyncWebSocketTransport(socket, None)  # type: ignore[arg-type]
    loop = asyncio.get_running_loop()
    deadline = loop.time() + 0.05
    task = await _waiting(transport, deadline)
    socket.queue.put_nowait(b"first")
    assert await task == b"first"
    with pytest.raises(APITimeoutError, match="no server event within"):
        await transport.recv_message(deadline - loop.time())
    assert loop.time() >= deadline
    # The timeout's cancel is the receive's own: none is left on the caller's task.
    current = asyncio.current_task()
    assert current is not None and current.cancelling() == 0
    socket.queue.put_nowait(b"late")
    assert await transport.recv_message(deadline - loop.time()) == b"late"


async def test_an_outside_cancel_passes_through_the_shared_timer(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    socket = _QueueSocket()
    transport = AsyncWebSocketTransport(socket, None)  # type: ignore[arg-type]
    rings = _capturing_timers(monkeypatch)
    deadline = _frozen_clock(monkeypatch) + 30.0
    task = await _waiting(transport, deadline)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    # The timer is still the connection's: the next wait to that deadline uses it, and it
    # still ends that wait (rung by hand: the deadline's moment).
    task = await _waiting(transport, deadline)
    assert len(rings) == 1
    callback, args = rings[0]
    callback(*args)
    with pytest.raises(APITimeoutError):
        await task


async def test_a_cancel_coming_with_the_deadline_is_a_cancel(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    socket = _QueueSocket()
    transport = AsyncWebSocketTransport(socket, None)  # type: ignore[arg-type]
    rings = _capturing_timers(monkeypatch)
    task = await _waiting(transport, asyncio.get_running_loop().time() + 30.0)
    callback, args = rings[0]
    callback(*args)  # the deadline, and an outside cancel in the same turn of the loop
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert task.cancelled()


async def test_a_message_arriving_as_the_timer_rings_is_not_lost(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    socket = _QueueSocket()
    transport = AsyncWebSocketTransport(socket, None)  # type: ignore[arg-type]
    rings = _capturing_timers(monkeypatch)
    task = await _waiting(transport, asyncio.get_running_loop().time() + 30.0)
    socket.queue.put_nowait(b"arriving")  # the waiting receive is woken with it...
    callback, args = rings[0]
    callback(*args)  # ...and the deadline comes before it runs: the wait times out
    with pytest.raises(APITimeoutError):
        await task
    assert await transport.recv_message(0.0) == b"arriving"  # still there, once
    assert socket.queue.empty()


class _DroppingSocket(_QueueSocket):
    """A socket whose receive, cancelled, finds the connection dropped."""

    async def recv(self, decode: bool = False) -> bytes:
        from websockets.exceptions import ConnectionClosedError

        try:
            return await super().recv(decode)
        except asyncio.CancelledError:
            raise ConnectionClosedError(None, None) from None


async def test_a_deadline_ending_in_another_error_leaves_no_cancel(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from realtime_ext import APIConnectionError

    transport = AsyncWebSocketTransport(_DroppingSocket(), None)  # type: ignore[arg-type]
    rings = _capturing_timers(monkeypatch)

    async def receiving() -> int:
        with pytest.raises(APIConnectionError):
            await transport.recv_message(30.0)
        current = asyncio.current_task()
        assert current is not None
        return current.cancelling()  # the deadline's cancel taken back: nothing pending

    task = asyncio.ensure_future(receiving())
    await asyncio.sleep(0)
    callback, args = rings[0]
    callback(*args)
    assert await task == 0
