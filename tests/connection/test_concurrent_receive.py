"""Two receivers on one connection get the SDK's ConcurrentReceiveError, not websockets'
ConcurrencyError (issue 68: every error raised is an OpenAIError), on every receive path;
the receive already running is unharmed."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Awaitable, Callable
from typing import Any

import pytest

from realtime_ext import AsyncRealtimeClient, ConcurrentReceiveError, OpenAIError, RealtimeClient
from realtime_ext._base.websocket_transport import SyncWebSocketTransport
from realtime_ext.connection import AsyncRealtimeConnection, RealtimeConnection
from realtime_ext.testing import FakeRealtimeServer
from support.waiting import until

T = 10.0


async def _iterate(conn: AsyncRealtimeConnection) -> object:
    async for event in conn:
        return event
    return None


ASYNC_WAYS: dict[str, Callable[[AsyncRealtimeConnection], Awaitable[object]]] = {
    "recv": lambda conn: conn.recv(T),
    "async for": _iterate,
    "run_until": lambda conn: conn.run_until("response.done", timeout=T),
    "dispatch_events": lambda conn: conn.dispatch_events(),
    "recv_message": lambda conn: conn.recv_message(T),
}


@pytest.mark.parametrize("way", ASYNC_WAYS)
async def test_a_second_async_receiver_gets_the_sdk_error(way: str) -> None:
    async with FakeRealtimeServer() as server:
        client = AsyncRealtimeClient(api_key="sk-test", base_url=server.base_url)
        async with client, client.connect(model="gpt-realtime") as conn:
            assert (await conn.recv(T)).type == "session.created"
            first = asyncio.create_task(conn.recv(T))
            await asyncio.sleep(0)  # the first receiver is now waiting (nothing is queued)
            with pytest.raises(ConcurrentReceiveError, match="already receiving") as info:
                await ASYNC_WAYS[way](conn)
            assert isinstance(info.value, OpenAIError)
            assert isinstance(info.value, RuntimeError)
            await conn.response.create()
            assert (await first).type == "response.created"  # the first one goes on


def _receiving(conn: RealtimeConnection) -> bool:
    """Whether a thread is in the socket's receive (what websockets guards on)."""
    transport = conn._core.transport  # pyright: ignore[reportPrivateUsage]
    assert isinstance(transport, SyncWebSocketTransport)
    return transport.websocket.recv_messages.get_in_progress


SYNC_WAYS: dict[str, Callable[[RealtimeConnection], object]] = {
    "recv": lambda conn: conn.recv(T),
    "for": lambda conn: next(iter(conn)),
    "run_until": lambda conn: conn.run_until("response.done", timeout=T),
}


@pytest.mark.parametrize("way", SYNC_WAYS)
def test_a_second_thread_receiving_gets_the_sdk_error(way: str) -> None:
    with (
        FakeRealtimeServer() as server,
        RealtimeClient(api_key="sk-test", base_url=server.base_url) as client,
        client.connect(model="gpt-realtime") as conn,
    ):
        assert conn.recv(T).type == "session.created"
        got: list[Any] = []
        first = threading.Thread(target=lambda: got.append(conn.recv(T)))
        first.start()
        until(lambda: _receiving(conn), "the first receive")
        with pytest.raises(ConcurrentReceiveError, match="already receiving"):
            SYNC_WAYS[way](conn)
        conn.response.create()
        first.join(T)
        assert [event.type for event in got] == ["response.created"]
