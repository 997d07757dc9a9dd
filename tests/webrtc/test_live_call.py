"""A GPT-Live call from Python (``AsyncWebRTC(client).connect_live``) with the fake server's Live
WebRTC peer: ICE, DTLS, SCTP and RTP on 127.0.0.1. The caller's audio is heard (the fake
transcribes it), the model's audio arrives as RTP, events come typed as GPT-Live events on
the data channel, a sideband joins by the session id, and a hang-up ends every side.
Counts, never timings: each wait is for an event, bounded."""

from __future__ import annotations

import asyncio
import inspect
import logging
from array import array
from collections.abc import Iterator
from pathlib import Path

import pytest

from realtime_ext import (
    APIConnectionError,
    AsyncRealtimeClient,
    InvalidArgumentError,
    RealtimeClient,
    SessionConfigError,
)
from realtime_ext.testing import FakeRealtimeServer, sine_pcm16
from realtime_ext.webrtc import AsyncLiveCall, AsyncWebRTC, LiveCall, WebRTC
from realtime_generated.models import (
    LiveInputTranscriptDeltaEvent,
    LiveOutputTranscriptDeltaEvent,
    LiveSessionStartedEvent,
)

WAIT = 30.0  # seconds; generous for two busy cores
KEY = "sk-proj-LiveWebRTCCallKey0123456789abcdef"
QUESTION = "Where is my package?"
ANSWER = "It arrives on Friday."
# What the caller says: a little silence, a second of speech, then the call's own silence.
SPEECH = bytes(4800) + sine_pcm16(1000)


def peak(pcm: bytes) -> int:
    return max((abs(s) for s in array("h", pcm)), default=0)


def transcripts(event: object, heard: str, said: str) -> tuple[str, str]:
    """``heard`` (the caller's words) and ``said`` (the model's) with ``event``'s delta."""
    if isinstance(event, LiveInputTranscriptDeltaEvent):
        return heard + event.delta, said
    if isinstance(event, LiveOutputTranscriptDeltaEvent):
        return heard, said + event.delta
    return heard, said


async def _drain(call: AsyncLiveCall) -> None:
    async for _ in call.audio_out:
        pass


@pytest.fixture
def server() -> Iterator[FakeRealtimeServer]:
    with FakeRealtimeServer() as srv:
        srv.script.next_transcript(QUESTION)
        srv.script.next_response(text=ANSWER)
        yield srv


async def test_a_live_call_is_heard_answers_and_hangs_up_for_every_side(
    server: FakeRealtimeServer,
) -> None:
    async with (
        AsyncRealtimeClient(api_key="sk-test", base_url=server.base_url) as client,
        AsyncWebRTC(client).connect_live(model="gpt-live-1", audio_in=SPEECH) as call,
    ):
        assert isinstance(call, AsyncLiveCall)
        assert call.session_id.startswith("live_") and call.started is not None
        assert isinstance(call.started, LiveSessionStartedEvent)
        async with client.live.sideband.connect(session_id=call.session_id) as sideband:
            recorder = call.audio_out.record()
            # The caller's RTP audio, transcribed, and the model's answer on the data
            # channel: full duplex, the answer begins before the question's last words.
            heard, said = "", ""
            while QUESTION not in heard or ANSWER not in said:
                heard, said = transcripts(await call.recv(timeout=WAIT), heard, said)
            while peak(recorder.pcm) < 3000:  # ...and as RTP audio
                await asyncio.wait_for(call.audio_out.read(), WAIT)
            # The sideband is on the same session: it sees the answer too.
            seen = ""
            while ANSWER not in seen:
                seen += (
                    await sideband.run_until("session.output_transcript.delta", timeout=WAIT)
                ).delta
            await call.hangup()
            closed = await sideband.run_until("session.closed", timeout=WAIT)
            assert closed.reason == "close_requested"
        assert call.ended
        # The model's audio ends with the call: iterating it stops instead of waiting.
        await asyncio.wait_for(_drain(call), WAIT)
    assert repr(call) == f"<AsyncLiveCall {call.session_id} closed>"


def test_a_blocking_live_call_is_heard_and_closes_gracefully(
    server: FakeRealtimeServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="realtime_ext")
    with (
        RealtimeClient(api_key=KEY, base_url=server.base_url) as client,
        WebRTC(client).connect_live(model="gpt-live-1", audio_in=SPEECH) as call,
    ):
        assert isinstance(call, LiveCall)
        with client.live.sideband.connect(session_id=call.session_id) as sideband:
            heard, said = "", ""
            while QUESTION not in heard or ANSWER not in said:
                heard, said = transcripts(call.recv(timeout=WAIT), heard, said)
            closed = call.close()  # session.close on the data channel
            assert closed is not None and closed.reason == "close_requested"
            assert sideband.run_until("session.closed", timeout=WAIT).reason == "close_requested"
        assert call.ended
        assert call.audio_out.frames > 0
    # The key never shows: not in the call's repr, nor in any log line of the call.
    assert KEY not in repr(call) and KEY not in caplog.text
    assert "POST /v1/live/sessions -> 201" in caplog.text  # it did log: the check means something


async def test_the_session_is_checked_before_the_offer_is_sent(
    server: FakeRealtimeServer, tmp_path: Path
) -> None:
    async with AsyncRealtimeClient(api_key="sk-test", base_url=server.base_url) as client:
        with pytest.raises(InvalidArgumentError, match="model is required"):
            # Before the peer is made: the missing WAV file is never opened.
            await AsyncWebRTC(client).connect_live(audio_in=str(tmp_path / "missing.wav"))
        with pytest.raises(SessionConfigError, match="format"):  # WebRTC negotiates it
            await AsyncWebRTC(client).connect_live(
                model="gpt-live-1", audio={"format": {"type": "audio/pcm", "rate": 24000}}
            )
        with pytest.raises(InvalidArgumentError, match=r"session=\.\.\. or keyword arguments"):
            await AsyncWebRTC(client).connect_live(
                model="gpt-live-1", session={"model": "gpt-live-1"}
            )
    assert [r.path for r in server.requests if r.path.startswith("/v1/live")] == []


# What client.live.create takes that is not the session: the offer, openai's session= and
# transport=, and the request's own options.
NOT_SESSION = {
    "sdp",
    "session",
    "transport",
    "extra_body",
    "extra_headers",
    "timeout",
    "max_retries",
}


async def test_connect_live_takes_every_session_keyword_client_live_create_takes() -> None:
    async with AsyncRealtimeClient(api_key="sk-test") as aclient:
        creates: list[object] = [aclient.live.create]
    with RealtimeClient(api_key="sk-test") as client:
        creates.append(client.live.create)
    for create in creates:
        fields = set(inspect.signature(create).parameters) - {"self"} - NOT_SESSION
        assert fields <= set(inspect.signature(AsyncWebRTC.connect_live).parameters), fields
        assert fields <= set(inspect.signature(WebRTC.connect_live).parameters), fields


async def test_the_media_session_fields_are_sent_checked(
    server: FakeRealtimeServer, tmp_path: Path
) -> None:
    async with AsyncRealtimeClient(api_key="sk-test", base_url=server.base_url) as client:
        with pytest.raises(SessionConfigError, match="idle_timeout_s"):
            await AsyncWebRTC(client).connect_live(
                model="gpt-live-1", idle_timeout_s="soon", audio_in=str(tmp_path / "x.wav")
            )
        with pytest.raises(SessionConfigError, match="wake_policy"):
            await AsyncWebRTC(client).connect_live(
                model="gpt-live-1", wake_policy=["x"], audio_in=str(tmp_path / "x.wav")
            )
    assert [r.path for r in server.requests if r.path.startswith("/v1/live")] == []


async def test_without_reconnect_a_dropped_live_call_ends_with_an_error_never_quietly(
    server: FakeRealtimeServer,
) -> None:
    async with (
        AsyncRealtimeClient(api_key="sk-test", base_url=server.base_url) as client,
        AsyncWebRTC(client).connect_live(model="gpt-live-1", max_retries=0) as call,
    ):
        server.drop_calls(call_id=call.session_id)  # the channel cut, the peer standing
        with pytest.raises(APIConnectionError, match="closed unexpectedly"):
            async for _ in call:  # never ends quietly: the drop is an error
                pass
        assert call.ended  # reconnect off: not moved to a new session, over
        await asyncio.wait_for(_drain(call), WAIT)  # the audio ended with the call


def test_without_reconnect_a_dropped_blocking_live_call_ends_with_an_error(
    server: FakeRealtimeServer,
) -> None:
    with (
        RealtimeClient(api_key="sk-test", base_url=server.base_url) as client,
        WebRTC(client).connect_live(model="gpt-live-1", max_retries=0) as call,
    ):
        server.drop_calls(call_id=call.session_id)
        with pytest.raises(APIConnectionError, match="closed unexpectedly"):
            for _ in call:
                pass
        assert call.ended
        drained = list(call.audio_out)  # iteration ends with the call: it never hangs
        assert len(drained) <= call.audio_out.frames
