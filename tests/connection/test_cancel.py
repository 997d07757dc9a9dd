"""A cancelled receive ends cancelled, whenever the cancel comes.

On 3.11, ``asyncio.wait_for`` returned the message when the cancel came as the message
arrived, and the cancel was lost: a Twilio bridge's receive loop, cancelled when the caller
hung up, then waited for ever in the silence that followed. Each wait with a timeout the
SDK makes is checked here for that race, at every point a message can arrive relative to
the cancel.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

import pytest

from realtime_ext._base.websocket_transport import AsyncWebSocketTransport
from realtime_ext._clock import Clock

pytestmark = pytest.mark.unit

ROUNDS = 6  # event-loop turns between the message's arrival and the cancel


class _QueueSocket:
    """The part of a ``websockets`` connection the transport's receive uses."""

    def __init__(self) -> None:
        self.queue: asyncio.Queue[bytes] = asyncio.Queue()

    async def recv(self, decode: bool = False) -> bytes:
        return await self.queue.get()


async def _cancel_as_it_arrives(
    wait: Callable[[], Awaitable[Any]], arrive: Callable[[], None], turns: int
) -> None:
    task = asyncio.ensure_future(wait())
    await asyncio.sleep(0)  # the wait has begun
    arrive()
    for _ in range(turns):
        await asyncio.sleep(0)
    if not task.cancel():  # done before the cancel: nothing was lost
        await task
        return
    with pytest.raises(asyncio.CancelledError):
        await task  # a cancel that was accepted must not be swallowed


@pytest.mark.parametrize("turns", range(ROUNDS))
async def test_a_receive_cancelled_as_a_message_arrives_ends_cancelled(turns: int) -> None:
    socket = _QueueSocket()
    transport = AsyncWebSocketTransport(socket, None)  # type: ignore[arg-type]
    await _cancel_as_it_arrives(
        lambda: transport.recv_message(30.0), lambda: socket.queue.put_nowait(b"{}"), turns
    )


@pytest.mark.parametrize("turns", range(ROUNDS))
async def test_a_backoff_sleep_cancelled_as_it_is_stopped_ends_cancelled(turns: int) -> None:
    stop = asyncio.Event()
    await _cancel_as_it_arrives(lambda: Clock().asleep(30.0, until=stop), stop.set, turns)
