"""A WebRTC call from Python whose peer connection is lost: a drop (1006), never ended as if
hung up. Real calls with the fake server's aiortc peer; one call per test (aiortc is
CPU-heavy), waits on events, never on time."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator

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


async def test_a_stopped_track_leaves_the_microphone_to_the_next_one() -> None:
    # A peer connection closing cancels its track's read; the source (a microphone is an
    # async generator) must not be finalised by it, but read on by the next peer's track.
    from realtime_ext.webrtc._audio import InputAudio, audio_source

    chunk = bytes(960)  # one 20 ms frame of 24 kHz mono PCM16
    waiting_for_speech = asyncio.Event()
    speak = asyncio.Event()
    finished = False

    async def microphone() -> AsyncIterator[bytes]:
        nonlocal finished
        try:
            waiting_for_speech.set()
            await speak.wait()
            yield chunk
        finally:
            finished = True

    audio_in = InputAudio(audio_source(microphone()))
    audio_in.track()  # the first peer's track
    read = asyncio.ensure_future(audio_in.next_frame())
    await waiting_for_speech.wait()
    read.cancel()  # that peer connection closes mid-read
    await asyncio.gather(read, return_exceptions=True)
    assert not finished
    audio_in.track()  # the next peer's track
    speak.set()
    frame = await asyncio.wait_for(audio_in.next_frame(), WAIT)
    assert frame.samples == 480 and audio_in.frames_sent == 1 and audio_in.bytes_sent == 960
    audio_in.stop()
