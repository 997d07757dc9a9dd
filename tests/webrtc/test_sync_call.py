"""Blocking WebRTC calls (``RealtimeClient().webrtc``) with the fake server's aiortc peer:
the blocking conversation over ``oai-events``, aiortc on the call's own loop thread.
Counts, never timings: waits are generous and event-driven."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from realtime_ext import APIConnectionError, RealtimeClient, RealtimeServerError
from realtime_ext.conversation import ConnectionClosed, ReconnectError
from realtime_ext.testing import FakeRealtimeServer
from realtime_ext.testing._audio import sine_pcm16
from realtime_ext.voice import Voice
from realtime_ext.webrtc import RealtimeCall, WebRTC
from realtime_generated.models import (
    RealtimeServerEventResponseDone,
    RealtimeServerEventSessionCreated,
)
from support import waiting

WAIT = 30.0  # seconds; generous for two busy cores
TEXT_ONLY = {"output_modalities": ["text"]}


@pytest.fixture
def server() -> Iterator[FakeRealtimeServer]:
    with FakeRealtimeServer() as srv:
        yield srv


@pytest.fixture
def client(server: FakeRealtimeServer) -> Iterator[RealtimeClient]:
    with RealtimeClient(api_key="sk-test", base_url=server.base_url) as c:
        yield c


def _loop_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "realtime-webrtc"]


def test_sync_text_turn_and_hangup(server: FakeRealtimeServer, client: RealtimeClient) -> None:
    server.script.next_response(text="Hello from a blocking call")
    before = len(_loop_threads())
    with WebRTC(client).connect(model="gpt-realtime", extensions=[voice := Voice()]) as call:
        assert isinstance(call, RealtimeCall) and call.call_id.startswith("rtc_")
        assert repr(call) == f"<RealtimeCall {call.call_id} connected>"  # as asyncio's says
        assert len(_loop_threads()) == before + 1  # one private loop per call
        created = call.recv(timeout=WAIT)
        assert isinstance(created, RealtimeServerEventSessionCreated)
        deltas: list[str] = []
        call.on("response.output_text.delta", lambda e: deltas.append(e.delta))
        call.response.create(response=TEXT_ONLY)
        done = call.run_until("response.done", timeout=WAIT)
        assert isinstance(done, RealtimeServerEventResponseDone)
        assert done.response.status == "completed"
        assert "".join(deltas) == "Hello from a blocking call"
        assert "Hello from a blocking call" in voice.history.transcript()
        call.hangup()
        assert call.ended and repr(call) == f"<RealtimeCall {call.call_id} closed>"
        with pytest.raises(ConnectionClosed):
            call.recv(timeout=WAIT)
    assert server.calls[call.call_id].state != "created"  # hung up on the server too
    waiting.until(lambda: len(_loop_threads()) == before, "the call's loop to stop", WAIT)
    assert call.audio_out.read(timeout=1) is None  # the audio ended with the call


def test_sync_call_raises_server_errors_and_sends_audio(
    server: FakeRealtimeServer, client: RealtimeClient, tmp_path: object
) -> None:
    server.script.error("Rate limited", type="server_error", on="response.create")
    with WebRTC(client).connect(audio_in=sine_pcm16(400)) as call:
        call.recv(timeout=WAIT)
        call.response.create()
        with pytest.raises(RealtimeServerError, match="Rate limited"):
            call.run_until("response.done", timeout=WAIT)
        waiting.until(lambda: call.audio_in.frames_sent == 20, "20 ms input frames", WAIT)
    assert call.ended


def test_sync_call_audio_out(server: FakeRealtimeServer, client: RealtimeClient) -> None:
    server.script.next_response(text="Listen", audio_ms=400)
    with WebRTC(client).connect() as call:
        recorder = call.audio_out.record()
        call.response.create()
        call.run_until("response.done", timeout=WAIT)
        first = call.audio_out.read(timeout=WAIT)
        assert first is not None and len(first) > 0
        waiting.until(lambda: recorder.duration_ms >= 200, "call audio (RTP)", WAIT)
        stats = call.audio_stats()  # the asyncio peer's, run on the call's loop
        assert stats.packets_received > 0 and stats.packets_sent > 0
        assert 0 < stats.frames_received <= call.audio_out.frames
    assert call.audio_out.frames > 0 and list(call.audio_out) == []
    closed = call.audio_stats()  # over: the counters, no packets (its loop is gone)
    assert (closed.packets_received, closed.frames_received) == (0, call.audio_out.frames)


def test_a_dead_loop_ends_the_call_instead_of_hanging(
    server: FakeRealtimeServer, client: RealtimeClient
) -> None:
    call = WebRTC(client).connect()
    try:
        call.recv(timeout=WAIT)
        call._peer.loop.stop()  # simulate the loop thread dying under the call
        with pytest.raises(APIConnectionError) as dead:
            call.recv()  # no timeout given: must still return
        # The loop is the call's own machinery: no new peer connection can work without it,
        # so the reconnect stops at its first attempt instead of backing off to the last.
        assert isinstance(dead.value, ReconnectError) and dead.value.attempts == 1
        with pytest.raises(APIConnectionError):
            call.response.create()
    finally:
        call.close()
    assert call.ended


def test_bad_arguments_are_refused_before_the_wire(
    server: FakeRealtimeServer, client: RealtimeClient
) -> None:
    from realtime_ext import APITimeoutError, InvalidArgumentError

    before = len(_loop_threads())
    with pytest.raises(InvalidArgumentError, match="connect_timeout"):
        WebRTC(client).connect(connect_timeout=0)
    with pytest.raises(InvalidArgumentError, match="contradicts"):
        WebRTC(client).connect(model="a", session={"model": "b"})
    assert not server.requests
    with pytest.raises(APITimeoutError, match="did not connect within"):
        WebRTC(client).connect(connect_timeout=0.0001)
    waiting.until(lambda: len(_loop_threads()) == before, "failed calls' loops to stop", WAIT)
