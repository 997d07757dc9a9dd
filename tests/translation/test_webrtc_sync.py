"""Blocking translation calls (``WebRTC(RealtimeClient()).connect_translation``) and the
blocking ``client.translations.calls.create`` against the fake server's aiortc peer."""

from __future__ import annotations

import threading

import pytest

from realtime_ext import RealtimeClient
from realtime_ext.conversation import ConnectionClosed
from realtime_ext.sdp import sample_offer
from realtime_ext.session import translation_session
from realtime_ext.testing import FakeRealtimeServer
from realtime_ext.testing._audio import sine_pcm16
from realtime_ext.translation import TranslationTranscript
from realtime_ext.webrtc import TranslationCall, WebRTC
from realtime_generated import models
from support import waiting

WAIT = 30.0  # generous for two busy cores: counts are asserted, never timings


def _loops() -> int:
    return sum(t.name == "realtime-webrtc" for t in threading.enumerate())


def test_sync_translation_call(server: FakeRealtimeServer, client: RealtimeClient) -> None:
    secret = client.translations.client_secrets.create(
        session=translation_session(output_language="es", transcription="gpt-whisper")
    )
    before = _loops()
    with (
        RealtimeClient(api_key=secret.value, base_url=server.base_url) as caller,
        WebRTC(caller).connect_translation(audio_in=sine_pcm16(600)) as call,
    ):
        assert isinstance(call, TranslationCall) and call.call_id.startswith("rtc_")
        assert repr(call) == f"<TranslationCall {call.call_id} connected>"  # as asyncio's says
        transcript = call.add_extension(TranslationTranscript())
        recorder = call.audio_out.record()  # the translated speech is RTP
        created = call.recv(WAIT)
        assert isinstance(created, models.RealtimeTranslationServerEventSessionCreated)
        said = call.run_until("session.output_transcript.delta", timeout=WAIT)
        assert said.delta == "Hola"  # the secret's language, from RTP speech
        waiting.until(lambda: recorder.duration_ms >= 200, "translated speech (RTP)", WAIT)
        rest = call.close(timeout=WAIT)
    assert rest[-1].type == "session.closed"
    assert call.ended and "Hola" in transcript.target
    assert repr(call) == f"<TranslationCall {call.call_id} closed>"
    assert transcript.source.startswith("Hello")
    with pytest.raises(ConnectionClosed):
        call.recv(WAIT)
    assert call.close() == []  # idempotent
    waiting.until(lambda: _loops() == before, "the call's loop to stop", WAIT)
    live = server.translation_calls.peers[call.call_id]
    assert [e["type"] for e in live.events][-1] == "session.close"


def test_sync_translation_calls_create_with_a_sample_offer(
    server: FakeRealtimeServer, client: RealtimeClient
) -> None:
    answer = client.translations.calls.create(sdp=sample_offer())
    assert answer.call_id is not None and answer.call_id.startswith("rtc_")
    assert answer.sdp.startswith("v=0")
    assert answer.call_id in server.translation_calls.peers
    request = next(r for r in server.requests if r.path.endswith("/translations/calls"))
    assert request.header("content-type") == "application/sdp"
    assert request.header("authorization") == "Bearer sk-test"
