"""Translation calls over WebRTC (aiortc) against the fake server's real peer on 127.0.0.1:
speech out as RTP, translated speech back as RTP, events on ``oai-events``."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import pytest

from realtime_ext import (
    APITimeoutError,
    AsyncRealtimeClient,
    InvalidArgumentError,
    RealtimeServerError,
)
from realtime_ext.conversation import ConnectionClosed
from realtime_ext.session import translation_session
from realtime_ext.testing import FakeRealtimeServer
from realtime_ext.testing._audio import sine_pcm16
from realtime_ext.translation import TranslationTranscript
from realtime_ext.webrtc import AsyncTranslationCall, AsyncWebRTC
from realtime_generated import models
from support import waiting

WAIT = 30.0  # generous for two busy cores: counts are asserted, never timings


async def eventually(check: Callable[[], bool], what: str) -> None:
    await waiting.async_until(check, what, timeout=WAIT)


async def test_translation_call_with_an_ephemeral_key(
    server: FakeRealtimeServer, tmp_path: Path
) -> None:
    async with AsyncRealtimeClient(api_key="sk-test", base_url=server.base_url) as admin:
        secret = await admin.translations.client_secrets.create(
            session=translation_session(output_language="es", transcription="gpt-whisper")
        )
    async with AsyncRealtimeClient(api_key=secret.value, base_url=server.base_url) as client:
        async with AsyncWebRTC(client).connect_translation(audio_in=sine_pcm16(600)) as call:
            assert isinstance(call, AsyncTranslationCall) and call.call_id.startswith("rtc_")
            assert repr(call) == f"<AsyncTranslationCall {call.call_id} connected>"
            transcript = call.add_extension(TranslationTranscript())
            recorder = call.audio_out.record()  # the translated speech is RTP
            created = await call.recv(WAIT)
            assert isinstance(created, models.RealtimeTranslationServerEventSessionCreated)
            assert created.session.to_dict()["audio"]["output"] == {"language": "es"}
            said = await call.run_until("session.output_transcript.delta", timeout=WAIT)
            if said.type == "session.output_transcript.delta":
                assert said.delta == "Hola"  # the secret's language, from RTP speech
            await eventually(lambda: recorder.duration_ms >= 200, "translated speech (RTP)")
            await call.session.update(session={"audio": {"output": {"language": "fr"}}})
            await call.run_until("session.updated", timeout=WAIT)
            rest = await call.close(timeout=WAIT)
        assert rest[-1].type == "session.closed"
        assert call.ended and "Hola" in transcript.target
        assert repr(call) == f"<AsyncTranslationCall {call.call_id} closed>"
        assert transcript.source.startswith("Hello")  # transcription on in the secret
    request = next(r for r in server.requests if r.path.endswith("/translations/calls"))
    assert request.header("authorization") == f"Bearer {secret.value}"
    assert request.header("content-type") == "application/sdp"
    live = server.translation_calls.peers[call.call_id]
    assert len(live.received_audio) > 0 and live.audio_frames_sent > 0
    assert [e["type"] for e in live.events][-2:] == ["session.update", "session.close"]
    assert call.timings.connected > 0


async def test_connect_timeout_and_bad_arguments(server: FakeRealtimeServer) -> None:
    async with AsyncRealtimeClient(api_key="sk-test", base_url=server.base_url) as client:
        with pytest.raises(InvalidArgumentError, match="connect_timeout"):
            await AsyncWebRTC(client).connect_translation(connect_timeout=0)
        with pytest.raises(InvalidArgumentError):
            await AsyncWebRTC(client).connect_translation(audio_in=12)  # type: ignore[arg-type]
        assert not server.requests  # nothing went on the wire
        with pytest.raises(APITimeoutError, match="did not connect within"):
            await AsyncWebRTC(client).connect_translation(connect_timeout=0.0001)  # ICE needs trips
        # The offer reached the server once (no retry: a repeat could make a second call).
        assert len(server.translation_calls.peers) == 1


async def _chunks(pcm: bytes, size: int = 4800) -> AsyncIterator[bytes]:
    for start in range(0, len(pcm), size):
        yield pcm[start : start + size]
        await asyncio.sleep(0)


async def test_async_iterator_as_audio_in(server: FakeRealtimeServer) -> None:
    async with (
        AsyncRealtimeClient(api_key="sk-test", base_url=server.base_url) as client,
        AsyncWebRTC(client).connect_translation(audio_in=_chunks(sine_pcm16(600))) as call,
    ):
        said = await call.run_until("session.output_transcript.delta", timeout=WAIT)
        assert said.type == "session.output_transcript.delta"
        await eventually(lambda: call.audio_in.bytes_sent == 28_800, "all chunks sent as RTP")
        await call.close(timeout=WAIT)
    assert len(server.translation_calls.peers[call.call_id].received_audio) > 0


async def test_server_hangup_ends_the_call(server: FakeRealtimeServer) -> None:
    server.script.close(1000, "bye", on="session.update")
    async with (
        AsyncRealtimeClient(api_key="sk-test", base_url=server.base_url) as client,
        AsyncWebRTC(client).connect_translation() as call,
    ):
        assert (await call.recv(WAIT)).type == "session.created"
        await call.session.update(session={"audio": {"output": {"language": "fr"}}})
        with pytest.raises(ConnectionClosed):
            while True:  # whatever was already queued, then the close
                await call.recv(WAIT)
        await eventually(lambda: call.ended, "the call to end")
        with pytest.raises(ConnectionClosed):
            await call.recv(WAIT)
        assert await call.close(timeout=WAIT) == []  # nothing left to flush


async def test_error_events_raise_or_go_to_handlers_over_the_channel(
    server: FakeRealtimeServer,
) -> None:
    async with (
        AsyncRealtimeClient(api_key="sk-test", base_url=server.base_url) as client,
        AsyncWebRTC(client).connect_translation() as call,
    ):
        assert (await call.recv(WAIT)).type == "session.created"
        await call.send({"type": "response.create", "event_id": "e1"})  # not a translation event
        with pytest.raises(RealtimeServerError) as caught:
            await call.run_until("session.updated", timeout=WAIT)
        assert caught.value.param == "type" and caught.value.event_id == "e1"
        seen: list[Any] = []
        call.on("error", seen.append)
        await call.send({"type": "bogus"})
        await call.session.update(session={"audio": {"output": {"language": "de"}}})
        updated = await call.run_until("session.updated", timeout=WAIT)
        assert updated.type == "session.updated"
        assert len(seen) == 1 and seen[0].error.param == "type"
        await call.close(timeout=WAIT)
