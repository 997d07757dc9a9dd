"""A WebRTC call from Python survives a failed peer connection (issue 68, item 4): the call
moves to a new peer connection (a new offer through ``POST /realtime/calls``), its input
and output audio going on, and the conversation carried as over a WebSocket. Real calls
with the fake server's aiortc peer; two calls per test at most (aiortc is CPU-heavy), waits
on events, never on time."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest

from realtime_ext import AsyncRealtimeClient, RealtimeClient
from realtime_ext.conversation import (
    ReconnectedEvent,
    ReconnectError,
    ReconnectingEvent,
    ReconnectingOverrides,
    ResponseLostEvent,
)
from realtime_ext.events import user_text
from realtime_ext.testing import FakeRealtimeServer
from realtime_ext.voice import AsyncVoice, Voice
from realtime_ext.webrtc import AsyncWebRTC, WebRTC
from realtime_generated.models import RealtimeServerEventResponseDone
from support import waiting

WAIT = 30.0  # seconds; generous for two busy cores
FIRST = "My name is Ada."
SILENCE = bytes(4800)  # 100 ms of 24 kHz mono PCM16


@pytest.fixture
def server() -> Iterator[FakeRealtimeServer]:
    with FakeRealtimeServer() as srv:
        yield srv


def answer_text(done: Any) -> str:
    assert isinstance(done, RealtimeServerEventResponseDone)
    payload = done.to_dict()
    return "".join(
        part.get("text", part.get("transcript", "")) or ""
        for item in payload["response"]["output"]
        if item["type"] == "message"
        for part in item["content"]
    )


async def test_a_dropped_call_goes_on_over_a_new_peer_connection(
    server: FakeRealtimeServer,
) -> None:
    server.script.next_response(text="Hello Ada.", audio_ms=200)
    server.script.next_response(recall=1, audio_ms=200)
    told: list[ReconnectedEvent] = []
    asking: list[ReconnectingEvent] = []
    async with (
        AsyncRealtimeClient(api_key="sk-test", base_url=server.base_url) as client,
        AsyncWebRTC(client).connect(
            model="gpt-realtime",
            audio_in=SILENCE,
            reconnect_delay=0,
            on_reconnecting=asking.append,
            on_reconnected=told.append,
            extensions=[AsyncVoice()],  # its history is what the new call is given
        ) as call,
    ):
        first_id = call.call_id
        recorder = call.audio_out.record()
        await call.conversation.item.create(item=user_text(FIRST))
        await call.response.create()
        assert answer_text(await call.run_until("response.done", timeout=WAIT)) == "Hello Ada."
        await call.run_until("output_audio_buffer.stopped", timeout=WAIT)
        heard = recorder.duration_ms
        assert heard > 0

        server.drop_calls(call_id=first_id)
        await waiting.async_until(lambda: call.close_code == 1006, "the drop to reach the call")
        assert not call.ended  # it reconnects: a loop on `while not call.ended` goes on
        # Sent while the call is dropped: queued, then sent on the new peer connection.
        await call.conversation.item.create(item=user_text("What is my name?"))
        await call.response.create()
        later = await call.run_until("response.done", timeout=WAIT)

        # The new call's session was given the first turn: the answer recalls it.
        assert answer_text(later) == f"You said: {FIRST}"
        assert call.call_id != first_id and call.call_id in server.calls
        assert [e.attempt for e in asking] == [1]
        assert asking[0].url == server.base_url + "/realtime/calls"
        [event] = told
        assert event.reason == "drop" and event.close_code == 1006 and not event.same_session
        assert event.items_carried >= 2  # the first question and its answer
        # The speaker goes on: the second answer's audio reaches the same recorder.
        await call.run_until("output_audio_buffer.stopped", timeout=WAIT)
        await waiting.async_until(lambda: recorder.duration_ms > heard, "audio after the move")
        # The microphone moved over too: the new call's peer hears the caller.
        new_peer = server.calls[call.call_id].peer
        await waiting.async_until(lambda: new_peer.audio_frames_received > 0, "caller audio")
    assert server.calls[first_id].state == "ended"


async def test_without_reconnect_the_drop_raises(server: FakeRealtimeServer) -> None:
    from realtime_ext import APIConnectionError

    async with (
        AsyncRealtimeClient(api_key="sk-test", base_url=server.base_url) as client,
        AsyncWebRTC(client).connect(max_retries=0) as call,
    ):
        await call.recv(timeout=WAIT)  # session.created
        server.drop_calls()
        with pytest.raises(APIConnectionError, match="closed unexpectedly"):
            async for _ in call:  # never ends quietly: the drop is an error
                pass
        assert call.ended  # not reconnected: over
        async with asyncio.timeout(WAIT):  # the audio ended with the call: no hang
            assert [pcm async for pcm in call.audio_out] == []
    assert len(server.calls) == 1


BAD_OPTIONS: list[tuple[str, object]] = [
    ("max_retries", -1),
    ("reconnect_delay", -1.0),
    ("max_reconnect_delay", float("nan")),
    ("max_queued_bytes", 0),
    ("on_reconnecting", "not callable"),
    ("on_reconnected", 3),
    ("carry", "everything"),
    ("carry_max_items", -5),
    ("clock", object()),
]


async def test_bad_reconnect_options_are_refused_before_the_wire(
    server: FakeRealtimeServer,
) -> None:
    from realtime_ext import InvalidArgumentError

    async with AsyncRealtimeClient(api_key="sk-test", base_url=server.base_url) as client:
        for option, value in BAD_OPTIONS:
            with pytest.raises(InvalidArgumentError, match=option):
                await AsyncWebRTC(client).connect(**{option: value})  # type: ignore[arg-type]
    assert server.requests == []


async def test_a_reconnect_that_cannot_be_made_raises_and_ends_the_call(
    server: FakeRealtimeServer,
) -> None:
    from realtime_ext import InvalidArgumentError

    def elsewhere(event: ReconnectingEvent) -> ReconnectingOverrides:
        return {"url": "https://elsewhere.example/v1/realtime/calls"}

    async with (
        AsyncRealtimeClient(api_key="sk-test", base_url=server.base_url) as client,
        AsyncWebRTC(client).connect(reconnect_delay=0, on_reconnecting=elsewhere) as call,
    ):
        await call.recv(timeout=WAIT)  # session.created
        server.drop_calls()
        with pytest.raises(ReconnectError) as caught:
            await call.recv(timeout=WAIT)
        assert isinstance(caught.value.__cause__, InvalidArgumentError)
        assert "extra_headers" in str(caught.value.__cause__)
        async with asyncio.timeout(WAIT):  # the call is over, its audio too: no hang
            assert [pcm async for pcm in call.audio_out] == []
        assert call.ended
    assert len(server.calls) == 1  # no second call was made


def test_a_blocking_call_survives_a_failed_ice_connection_mid_response(
    server: FakeRealtimeServer,
) -> None:
    server.script.next_response(text="Hello Ada.", audio_ms=200)
    server.script.next_response(hold=True)  # still in progress when the call drops
    server.script.next_response(recall=1, audio_ms=200)
    told: list[ReconnectedEvent] = []
    lost: list[ResponseLostEvent] = []
    with (
        RealtimeClient(api_key="sk-test", base_url=server.base_url) as client,
        WebRTC(client).connect(
            reconnect_delay=0, on_reconnected=told.append, extensions=[Voice()]
        ) as call,
    ):

        @call.on("response.lost")
        def ask_again(event: ResponseLostEvent) -> None:  # the guide's advice
            lost.append(event)
            call.response.create()

        first_id = call.call_id
        recorder = call.audio_out.record()
        call.conversation.item.create(item=user_text(FIRST))
        call.response.create()
        assert answer_text(call.run_until("response.done", timeout=WAIT)) == "Hello Ada."
        call.run_until("output_audio_buffer.stopped", timeout=WAIT)
        heard = recorder.duration_ms
        call.conversation.item.create(item=user_text("What is my name?"))
        call.response.create()
        call.run_until("response.created", timeout=WAIT)

        # What aioice does when ICE consent expires (the network is gone): the ICE
        # connection closes under the call, and the peer connection is lost.
        call._peer.loop.run(_lose_ice(call._peer.peer.pc), timeout=WAIT)
        assert answer_text(call.run_until("response.done", timeout=WAIT)) == f"You said: {FIRST}"
        assert call.call_id != first_id
        [event] = told
        assert event.close_code == 1006 and event.items_carried >= 3
        assert [e.close_code for e in lost] == [1006]
        call.run_until("output_audio_buffer.stopped", timeout=WAIT)
        waiting.until(lambda: recorder.duration_ms > heard, "audio after the move", WAIT)


async def _lose_ice(pc: Any) -> None:
    for transceiver in pc.getTransceivers():
        await transceiver.sender.transport.transport._connection.close()


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


async def test_a_call_closed_while_it_reconnects_keeps_no_new_call(
    server: FakeRealtimeServer,
) -> None:
    async with AsyncRealtimeClient(api_key="sk-test", base_url=server.base_url) as client:
        call = await AsyncWebRTC(client).connect(reconnect_delay=0)
        await call.recv(timeout=WAIT)  # session.created
        dial = call._dial
        assert dial is not None

        def closing_meanwhile(headers: Any) -> Any:
            create = dial(headers)

            async def post(offer: str) -> Any:
                answer = await create(offer)
                await call.close()  # the app closes the call while the new one is made
                return answer

            return post

        call._dial = closing_meanwhile
        server.drop_calls()
        with pytest.raises(ReconnectError):
            await call.recv(timeout=WAIT)
        assert len(server.calls) == 2
        await waiting.async_until(
            lambda: all(c.state == "ended" for c in server.calls.values()),
            "both calls to end on the server",
            WAIT,
        )
