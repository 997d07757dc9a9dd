"""The Python WebRTC client holding real calls (ICE, DTLS, SCTP, RTP on 127.0.0.1) with the
fake server's aiortc peer. Counts, never timings: waits are generous and poll state."""

from __future__ import annotations

import asyncio
import sys
import wave
from array import array
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from realtime_ext import (
    APITimeoutError,
    AsyncRealtimeClient,
    InvalidArgumentError,
    RealtimeServerError,
)
from realtime_ext.conversation import ConnectionClosed
from realtime_ext.telemetry import SessionMetrics, Telemetry
from realtime_ext.testing import FakeRealtimeServer
from realtime_ext.testing._audio import sine_pcm16
from realtime_ext.tools import ToolRegistry
from realtime_ext.webrtc import AsyncRealtimeCall, AsyncWebRTC, WebRTCUnavailableError
from realtime_generated.models import (
    RealtimeServerEventOutputAudioBufferStopped,
    RealtimeServerEventResponseDone,
    RealtimeServerEventSessionCreated,
)

WAIT = 30.0  # seconds; generous for two busy cores
TEXT_ONLY = {"output_modalities": ["text"]}


@pytest.fixture
def server() -> Iterator[FakeRealtimeServer]:
    with FakeRealtimeServer() as srv:
        yield srv


@pytest.fixture
async def client(server: FakeRealtimeServer) -> AsyncIterator[AsyncRealtimeClient]:
    async with AsyncRealtimeClient(
        api_key="sk-test", base_url=server.base_url, telemetry=Telemetry()
    ) as c:
        yield c


async def eventually(check: Callable[[], bool], what: str, timeout: float = WAIT) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not check():
        if loop.time() > deadline:
            pytest.fail(f"timed out waiting for {what}")
        await asyncio.sleep(0.05)


def live(server: FakeRealtimeServer, call: AsyncRealtimeCall) -> Any:
    return server.calls[call.call_id].peer


def peak(pcm: bytes) -> int:
    samples = array("h", pcm)
    return max((abs(s) for s in samples), default=0)


async def test_text_turn_over_the_data_channel(
    server: FakeRealtimeServer, client: AsyncRealtimeClient
) -> None:
    server.script.next_response(text="Hello from WebRTC")
    async with AsyncWebRTC(client).connect(model="gpt-realtime") as call:
        assert call.call_id.startswith("rtc_")
        assert call.timings.connected > 0
        created = await call.recv(timeout=WAIT)
        assert isinstance(created, RealtimeServerEventSessionCreated)
        deltas: list[str] = []
        call.on("response.output_text.delta", lambda e: deltas.append(e.delta))
        await call.response.create(response=TEXT_ONLY)
        done = await call.run_until("response.done", timeout=WAIT)
        assert isinstance(done, RealtimeServerEventResponseDone)
        assert done.response.status == "completed"
        assert "".join(deltas) == "Hello from WebRTC"
        sent = [e["type"] for e in live(server, call).events]
        assert sent == ["response.create"]
        assert server.calls[call.call_id].state == "created"
    request = next(r for r in server.requests if r.path == "/v1/realtime/calls")
    assert request.header("content-type", "").startswith("multipart/form-data")
    assert b"gpt-realtime" in request.body


async def test_server_error_raises_on_the_call(
    server: FakeRealtimeServer, client: AsyncRealtimeClient
) -> None:
    server.script.error("Rate limited", type="server_error", on="response.create")
    async with AsyncWebRTC(client).connect() as call:
        await call.recv(timeout=WAIT)
        await call.response.create()
        with pytest.raises(RealtimeServerError, match="Rate limited"):
            await call.run_until("response.done", timeout=WAIT)


async def test_tool_call_through_the_tool_loop(
    server: FakeRealtimeServer, client: AsyncRealtimeClient
) -> None:
    registry = ToolRegistry()

    @registry.register
    def get_weather(city: str) -> str:
        """The weather in a city."""
        return f"Sunny in {city}"

    server.script.next_response(function_call=("get_weather", {"city": "Paris"}))
    server.script.next_response(text="It is sunny in Paris.")
    async with AsyncWebRTC(client).connect(session={"tools": registry.tools}) as call:
        call.run_tools(registry)
        await call.response.create(response=TEXT_ONLY)
        first = await call.run_until("response.done", timeout=WAIT)
        assert isinstance(first, RealtimeServerEventResponseDone)
        second = await call.run_until("response.done", timeout=WAIT)
        assert isinstance(second, RealtimeServerEventResponseDone)
        assert second.response.id != first.response.id
    events = live(server, call).events
    outputs = [e["item"] for e in events if e["type"] == "conversation.item.create"]
    assert [o["type"] for o in outputs] == ["function_call_output"]
    assert "Sunny in Paris" in outputs[0]["output"]
    assert [e["type"] for e in events].count("response.create") == 2


async def test_audio_both_ways_as_rtp(
    server: FakeRealtimeServer, client: AsyncRealtimeClient, tmp_path: Path
) -> None:
    server.script.next_response(text="Listen", audio_ms=400)
    question = sine_pcm16(600, frequency=330)
    async with AsyncWebRTC(client).connect(audio_in=question) as call:
        peer = live(server, call)
        await asyncio.wait_for(call.audio_in.finished.wait(), WAIT)
        # Caller -> server: 30 frames of input (then silence), decoded on the server.
        assert call.audio_in.frames_sent == 30
        assert call.audio_in.bytes_sent == len(question) == 28_800
        await eventually(lambda: peer.audio_frames_received >= 30, "caller audio on the server")
        assert peer.audio_bytes_received >= 28_000
        assert peak(bytes(peer.received_audio)) > 3000  # the tone, not silence

        # Server -> caller: the scripted 400 ms as 20 RTP frames, announced on the channel.
        recorder = call.audio_out.record()
        await call.response.create()
        stopped = await call.run_until("output_audio_buffer.stopped", timeout=WAIT)
        assert isinstance(stopped, RealtimeServerEventOutputAudioBufferStopped)
        assert peer.audio_frames_sent == 20
        # output_audio_buffer.started came while the response was open, as on the real API
        # (after its audio part, before response.done): the call measured its first audio.
        answered = SessionMetrics.of(call)[-1]
        assert answered.time_to_first_audio_ms is not None
        assert answered.time_to_first_audio_ms <= answered.duration_ms
        # Its audio_ms is the time the server played it, from output_audio_buffer.started to
        # .stopped (exact figures: tests/telemetry); response.done came first, so the entry
        # was updated when the audio stopped.
        assert answered.audio_ms is not None and answered.audio_ms > 0
        await eventually(lambda: call.audio_out.frames >= 10, "response audio frames")
        stats = await call.audio_stats()
        await eventually(lambda: call.audio_out.frames >= 10, "decoded frames")
        assert stats.packets_sent >= 30
        assert stats.packets_received >= 15
        assert stats.frames_sent == 30 and stats.bytes_sent == 28_800
        assert call.audio_out.bytes >= 10 * 900
        assert peak(recorder.pcm) > 3000
        path = recorder.save(tmp_path / "answer.wav")
    with wave.open(str(path), "rb") as wav:
        assert (wav.getframerate(), wav.getnchannels(), wav.getsampwidth()) == (24000, 1, 2)
        assert wav.getnframes() == len(recorder.pcm) // 2 > 0


async def test_audio_in_from_wav_and_async_iterator(
    server: FakeRealtimeServer, client: AsyncRealtimeClient, tmp_path: Path
) -> None:
    path = tmp_path / "q.wav"
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(16000)
        wav.writeframes(bytes(16000 * 2 // 5))  # 200 ms
    async with AsyncWebRTC(client).connect(audio_in=str(path)) as call:
        await asyncio.wait_for(call.audio_in.finished.wait(), WAIT)
        assert call.audio_in.frames_sent == 10

    async def chunks() -> AsyncIterator[bytes]:
        for _ in range(5):
            yield sine_pcm16(30)  # 30 ms pieces, re-framed into 20 ms

    async with AsyncWebRTC(client).connect(audio_in=chunks()) as call:
        await asyncio.wait_for(call.audio_in.finished.wait(), WAIT)
        assert call.audio_in.bytes_sent == 5 * len(sine_pcm16(30))
        peer = live(server, call)
        await eventually(lambda: peer.audio_frames_received >= 8, "iterator audio on the server")


async def test_bad_input_fails_before_anything_is_sent(
    server: FakeRealtimeServer, client: AsyncRealtimeClient
) -> None:
    with pytest.raises(InvalidArgumentError, match="audio_in"):
        await AsyncWebRTC(client).connect(audio_in=123)  # type: ignore[arg-type]
    with pytest.raises(InvalidArgumentError, match="16-bit"):
        await AsyncWebRTC(client).connect(audio_in=b"\x00")
    with pytest.raises(InvalidArgumentError, match="contradicts"):
        await AsyncWebRTC(client).connect(model="a", session={"model": "b"})
    assert server.requests == []


async def test_a_call_that_does_not_connect_in_time_is_hung_up(
    server: FakeRealtimeServer, client: AsyncRealtimeClient
) -> None:
    with pytest.raises(APITimeoutError, match="did not connect within"):
        await AsyncWebRTC(client).connect(connect_timeout=0.0001)  # ICE needs round trips
    [call] = server.calls.values()
    assert call.state == "ended" and call.actions == [("hangup", {})]


async def test_hangup_from_the_server_side_ends_the_call(
    server: FakeRealtimeServer, client: AsyncRealtimeClient
) -> None:
    async with AsyncWebRTC(client).connect() as call:
        assert repr(call) == f"<AsyncRealtimeCall {call.call_id} connected>"
        await call.recv(timeout=WAIT)
        await client.calls.hangup(call.call_id)
        seen = [type(e).__name__ async for e in call]  # iteration ends cleanly
        assert "RealtimeServerEventSessionCreated" not in seen
        assert call.ended and call.close_code == 1000
        with pytest.raises(ConnectionClosed):
            await call.response.create()
        assert server.calls[call.call_id].state == "ended"
        frames = [f async for f in call.audio_out]
        assert frames == []
    assert repr(call) == f"<AsyncRealtimeCall {call.call_id} closed>"
    assert len(server.calls) == 1  # a hangup is not a drop: no new call was made


async def test_close_from_the_client_side_ends_the_servers_peer(
    server: FakeRealtimeServer, client: AsyncRealtimeClient
) -> None:
    call = await AsyncWebRTC(client).connect()
    peer = live(server, call)
    await call.close()
    await call.close()  # idempotent
    await eventually(lambda: peer.ended.is_set(), "the server's peer to end")
    assert server.calls[call.call_id].state == "ended"


async def test_a_refused_close_leaves_the_call_open(
    server: FakeRealtimeServer, client: AsyncRealtimeClient
) -> None:
    # The call marked itself closed before its close ran: a refused code left it open but
    # past closing (a second close() returned at once).
    call = await AsyncWebRTC(client).connect()
    peer = live(server, call)
    with pytest.raises(InvalidArgumentError, match="close code must be"):
        await call.close(1006)
    assert not peer.ended.is_set()
    await call.close()
    await eventually(lambda: peer.ended.is_set(), "the server's peer to end")


async def test_call_hangup_method(server: FakeRealtimeServer, client: AsyncRealtimeClient) -> None:
    async with AsyncWebRTC(client).connect() as call:
        await call.hangup()
        assert call.ended
    assert server.calls[call.call_id].actions == [("hangup", {})]


async def test_sideband_websocket_joins_the_same_call(
    server: FakeRealtimeServer, client: AsyncRealtimeClient
) -> None:
    server.script.next_response(text="Seen by both")
    async with AsyncWebRTC(client).connect() as call:
        await call.recv(timeout=WAIT)  # session.created on the data channel
        async with client.connect(call_id=call.call_id) as sideband:
            # No session.created on a sideband (as on the real API): it joins the call's
            # session. It updates the session; the browser-side channel sees it.
            await sideband.session.update(session={"type": "realtime", "instructions": "Hi"})
            first = await sideband.recv(timeout=WAIT)
            assert first.type_ == "session.updated"
            updated = await call.run_until("session.updated", timeout=WAIT)
            assert updated.session.instructions == "Hi"  # type: ignore[union-attr]
            # A response created on the data channel streams to the sideband too, its audio
            # aside (that goes by RTP, to the caller).
            await call.response.create()
            await call.run_until("response.done", timeout=WAIT)
            seen: list[Any] = []
            while not seen or seen[-1].type_ != "response.done":
                seen.append(await sideband.recv(timeout=WAIT))
            assert isinstance(seen[-1], RealtimeServerEventResponseDone)
            assert "response.output_audio_transcript.delta" in [e.type_ for e in seen]
            assert "response.output_audio.delta" not in [e.type_ for e in seen]
    assert server.connections[-1].query["call_id"] == [call.call_id]


async def test_ephemeral_key_makes_a_call_with_its_session() -> None:
    with FakeRealtimeServer(api_key="sk-only-this") as server:
        async with AsyncRealtimeClient(api_key="sk-only-this", base_url=server.base_url) as c:
            secret = await c.client_secrets.create(
                session={"type": "realtime", "instructions": "Be brief."}
            )
        assert secret.value.startswith("ek_")
        async with (
            AsyncRealtimeClient(api_key=secret.value, base_url=server.base_url) as browserish,
            AsyncWebRTC(browserish).connect() as call,
        ):
            created = await call.recv(timeout=WAIT)
            assert isinstance(created, RealtimeServerEventSessionCreated)
            assert created.session.instructions == "Be brief."  # type: ignore[union-attr]
        async with AsyncRealtimeClient(api_key="ek_not_minted", base_url=server.base_url) as bad:
            with pytest.raises(Exception, match="Incorrect API key"):
                await AsyncWebRTC(bad).connect()


def test_cors_preflight_and_exposed_location(server: FakeRealtimeServer) -> None:
    origin = {"Origin": "http://localhost:5173"}
    with httpx.Client(base_url=server.base_url, timeout=WAIT) as http:
        pre = http.options(
            "/realtime/calls",
            headers={
                **origin,
                "Access-Control-Request-Method": "POST",
                "Access-Control-Request-Headers": "authorization,content-type",
            },
        )
        assert pre.status_code == 204
        allowed = pre.headers["access-control-allow-headers"].lower()
        assert "authorization" in allowed and "content-type" in allowed
        assert "POST" in pre.headers["access-control-allow-methods"]
        secret = http.post(
            "/realtime/client_secrets", json={}, headers={**origin, "Authorization": "Bearer sk-x"}
        )
        assert secret.headers["access-control-allow-origin"] == "http://localhost:5173"
        assert "Location" in secret.headers["access-control-expose-headers"]
        denied = http.post("/realtime/client_secrets", json={}, headers=origin)
        assert denied.status_code == 401
        # The page can read why.
        assert denied.headers["access-control-allow-origin"] == "http://localhost:5173"


async def test_without_aiortc_server_and_client_say_so(
    server: FakeRealtimeServer, client: AsyncRealtimeClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    offer = (Path(__file__).parents[1] / "data" / "sdp" / "chrome_audio_offer.sdp").read_text()
    monkeypatch.setitem(sys.modules, "aiortc", None)  # import aiortc -> ImportError
    async with httpx.AsyncClient(base_url=server.base_url, timeout=WAIT) as http:
        answer = await http.post(
            "/realtime/calls",
            content=offer,
            headers={"Authorization": "Bearer sk-test", "Content-Type": "application/sdp"},
        )
    assert answer.status_code == 501
    assert "realtime-ext[webrtc]" in answer.json()["error"]["message"]
    assert server.calls == {}
    with pytest.raises(WebRTCUnavailableError, match=r"realtime-ext\[webrtc\]"):
        await AsyncWebRTC(client).connect()
