"""The data channel's receive queue is bounded (issue 23, finding 5: 20,000 x 10 KB events
with no reader grew the process from 84 to 340 MB and kept growing)."""

from __future__ import annotations

import asyncio
import tracemalloc
from collections.abc import Callable
from typing import Any

import pytest

from realtime_ext import ConcurrentReceiveError
from realtime_ext.conversation import ConnectionClosed
from realtime_ext.webrtc._channel import DEFAULT_MAX_QUEUE, DataChannelTransport


class FakeChannel:
    """What DataChannelTransport uses of an aiortc RTCDataChannel."""

    def __init__(self) -> None:
        self.handlers: dict[str, Callable[..., Any]] = {}
        self.readyState = "open"
        self.closed = 0

    def on(self, event: str, handler: Callable[..., Any]) -> None:
        self.handlers[event] = handler

    def close(self) -> None:
        self.closed += 1
        self.readyState = "closed"

    def deliver(self, message: str | bytes) -> None:
        self.handlers["message"](message)


def test_a_flood_with_no_reader_stays_bounded_and_is_reported() -> None:
    async def main() -> None:
        channel = FakeChannel()
        transport = DataChannelTransport(channel)
        event = '{"type": "conversation.item.added", "pad": "' + "x" * 10_000 + '"}'
        tracemalloc.start()
        try:
            for _ in range(20_000):
                channel.deliver(event)
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        # ~16 MiB of queued events at most (1,024 x 10 KB = 10 MB here), not 200 MB.
        assert peak < 24 * 2**20, peak
        assert transport.queued <= DEFAULT_MAX_QUEUE
        assert transport.refused == 20_000 - transport.queued
        assert channel.closed == 1
        # Everything that was queued is still delivered, then a clear close (1009).
        delivered = 0
        with pytest.raises(ConnectionClosed) as info:
            while True:
                await transport.recv_message(1.0)
                delivered += 1
        assert delivered == DEFAULT_MAX_QUEUE
        assert info.value.code == 1009
        assert "not being read" in info.value.reason and "refused" in info.value.reason

    asyncio.run(main())


def test_the_byte_limit_applies_whatever_the_count() -> None:
    async def main() -> None:
        channel = FakeChannel()
        transport = DataChannelTransport(channel, max_queue=100, max_queued_bytes=1000)
        for _ in range(3):
            channel.deliver("y" * 400)
        assert transport.queued == 2 and transport.refused == 1
        assert transport.close_code == 1009

    asyncio.run(main())


def test_a_reader_that_keeps_up_never_hits_the_limit() -> None:
    async def main() -> None:
        channel = FakeChannel()
        transport = DataChannelTransport(channel, max_queue=4, max_queued_bytes=100)
        for i in range(1000):
            channel.deliver(f"m{i}")
            assert await transport.recv_message(1.0) == f"m{i}"
        assert transport.close_code is None and transport.refused == 0

    asyncio.run(main())


def test_bad_limits_are_refused() -> None:
    with pytest.raises(ValueError):
        DataChannelTransport(FakeChannel(), max_queue=0)


class FakeAudioOut:
    def __init__(self) -> None:
        self.ended = 0

    def end(self) -> None:
        self.ended += 1


@pytest.mark.parametrize(
    ("state", "raised", "code"),
    [("failed", "APIConnectionError", 1006), ("closed", "ConnectionClosed", 1000)],
)
def test_a_failed_or_closed_peer_ends_the_channel_and_the_audio(
    state: str, raised: str, code: int
) -> None:
    # Every call (Python WebRTC, blocking, translation) follows its peer connection with
    # follow_peer: a failed peer is a dropped call (1006), a closed one an ended call.
    from realtime_ext import APIConnectionError
    from realtime_ext.webrtc._channel import follow_peer

    async def main() -> None:
        peer, audio_out = FakeChannel(), FakeAudioOut()
        transport = DataChannelTransport(FakeChannel())
        follow_peer(peer, transport, audio_out)
        peer.connectionState = "connecting"  # type: ignore[attr-defined]
        peer.handlers["connectionstatechange"]()
        assert audio_out.ended == 0
        peer.connectionState = state  # type: ignore[attr-defined]
        peer.handlers["connectionstatechange"]()
        assert audio_out.ended == 1
        with pytest.raises((APIConnectionError, ConnectionClosed)) as caught:
            await transport.recv_message(1.0)
        assert type(caught.value).__name__ == raised
        if isinstance(caught.value, ConnectionClosed):
            assert (caught.value.code, caught.value.reason) == (code, "call ended")
        else:
            assert str(caught.value) == "WebRTC call dropped: the peer connection failed"

    asyncio.run(main())


def test_a_second_reader_is_refused_with_the_sdk_error() -> None:
    """Two readers of one queue would each take some of the events (issue 68)."""

    async def main() -> None:
        channel = FakeChannel()
        transport = DataChannelTransport(channel)
        first = asyncio.create_task(transport.recv_message(5.0))
        await asyncio.sleep(0)  # the first reader now waits on the empty queue
        with pytest.raises(ConcurrentReceiveError, match="already receiving"):
            await transport.recv_message(5.0)
        channel.deliver('{"type": "session.created"}')
        assert await first == '{"type": "session.created"}'  # unharmed
        channel.deliver('{"type": "session.updated"}')
        assert await transport.recv_message(5.0) == '{"type": "session.updated"}'

    asyncio.run(main())
