"""A WebRTC call from Python whose peer connection is lost: a drop (1006), never ended as if
hung up. Real calls with the fake server's aiortc peer; one call per test (aiortc is
CPU-heavy), waits on events, never on time."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest

from realtime_ext import APIConnectionError, AsyncRealtimeClient
from realtime_ext.testing import FakeRealtimeServer

WAIT = 30.0  # seconds; generous for two busy cores


@pytest.fixture
def server() -> Iterator[FakeRealtimeServer]:
    with FakeRealtimeServer() as srv:
        yield srv


async def test_without_reconnect_the_drop_raises(server: FakeRealtimeServer) -> None:
    async with (
        AsyncRealtimeClient(api_key="sk-test", base_url=server.base_url) as client,
        client.webrtc.connect() as call,
    ):
        await call.recv(timeout=WAIT)  # session.created
        server.drop_calls()
        with pytest.raises(APIConnectionError, match="closed unexpectedly"):
            async for _ in call:  # never ends quietly: the drop is an error
                pass
        async with asyncio.timeout(WAIT):  # the audio ended with the call: no hang
            assert [pcm async for pcm in call.audio_out] == []
    assert len(server.calls) == 1
