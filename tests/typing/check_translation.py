"""Checked, never run: translation code as users write it narrows strictly without casts."""

from __future__ import annotations

from typing import assert_type

from realtime_ext import AsyncRealtimeClient, RealtimeClient
from realtime_ext.events import TranslationServerEvent, UnknownEvent
from realtime_ext.translation import (
    AsyncTranslationConnection,
    TranslationConnection,
    TranslationRecorder,
    TranslationTranscript,
    frames,
)
from realtime_ext.webrtc import AsyncWebRTC, TranslationCall, WebRTC
from realtime_generated.models import (
    RealtimeTranslationServerEventSessionClosed,
    RealtimeTranslationServerEventSessionOutputAudioDelta,
    RealtimeTranslationServerEventSessionOutputTranscriptDelta,
    RealtimeTranslationServerEventSessionUpdated,
)
from realtime_generated.types import Unset


def sync_app(client: RealtimeClient, pcm: bytes) -> str:
    text = ""
    with client.translations.connect(
        model="gpt-realtime-translate", session={"audio": {"output": {"language": "es"}}}
    ) as conn:
        assert_type(conn, TranslationConnection)
        conn.session.update(session={"audio": {"input": {"transcription": None}}})
        conn.session.input_audio_buffer.append(audio=pcm)
        first = conn.recv(timeout=5)
        assert_type(first, TranslationServerEvent)
        if first.type == "session.created":
            assert_type(first.session.model, str)
        for event in conn:
            if event.type == "session.output_transcript.delta":
                assert_type(event, RealtimeTranslationServerEventSessionOutputTranscriptDelta)
                text += event.delta
            elif event.type == "session.output_audio.delta":
                assert_type(event, RealtimeTranslationServerEventSessionOutputAudioDelta)
                assert_type(event.delta, str)
            elif event.type == "session.input_transcript.delta":
                assert_type(event.elapsed_ms, int | Unset | None)
            elif event.type == "error":
                print(event.error.message)
            elif event.type == "unknown":
                assert_type(event, UnknownEvent)
                print(event.wire_type)
        done = conn.run_until("session.closed", timeout=5)
        assert_type(done, RealtimeTranslationServerEventSessionClosed)
        said = conn.run_until("session.output_transcript.delta")
        print(said.delta)  # no narrowing needed: run_until with one type returns its model
        either = conn.run_until("session.closed", "error", timeout=5)
        assert_type(either, TranslationServerEvent)
        rest = conn.close(timeout=5)
        assert_type(rest, list[TranslationServerEvent])
    return text


async def async_app(client: AsyncRealtimeClient, pcm: bytes) -> None:
    async with client.translations.connect(model="gpt-realtime-translate") as conn:
        assert_type(conn, AsyncTranslationConnection)
        await conn.session.input_audio_buffer.append(audio=pcm)
        await conn.session.close()
        async for event in conn:
            if event.type == "session.output_transcript.delta":
                print(event.delta)
        updated = await conn.run_until("session.updated", timeout=5)
        assert_type(updated, RealtimeTranslationServerEventSessionUpdated)
        event = await conn.recv()
        if event.type == "session.output_audio.delta":
            print(event.sample_rate)
        rest = await conn.close()
        assert_type(rest, list[TranslationServerEvent])


def keywords_and_sync_call(client: RealtimeClient) -> None:
    with client.translations.connect(
        max_retries=3, compression=None, ping_interval=None, close_timeout=2.0
    ) as conn:
        assert_type(conn, TranslationConnection)
    with WebRTC(client).connect_translation(audio_in="speech.wav") as call:
        assert_type(call, TranslationCall)
        said = call.run_until("session.output_transcript.delta", timeout=30)
        assert_type(said, RealtimeTranslationServerEventSessionOutputTranscriptDelta)
        for text in call.target_transcript(timeout=30):
            assert_type(text, str)
        rest = call.close(timeout=30)
        assert_type(rest, list[TranslationServerEvent])


def features_attach_as_extensions(client: RealtimeClient) -> None:
    """Transcripts and recorders attach through the public extension interface, typed."""
    with client.translations.connect() as conn:
        transcript = conn.add_extension(TranslationTranscript())
        assert_type(transcript, TranslationTranscript)
        recorder = conn.add_extension(TranslationRecorder("out.wav", source="in.wav"))
        assert_type(recorder, TranslationRecorder)
        assert_type(conn.send_audio(frames("speech.wav")), int)
        assert_type(conn.send_audio(b"\x00\x00"), int)
        conn.close()
        assert_type(transcript.target, str)
        assert_type(recorder.target_ms, float)


async def async_features(client: AsyncRealtimeClient, chunks: list[bytes]) -> None:
    async with AsyncWebRTC(client).connect_translation() as call:
        transcript = call.add_extension(TranslationTranscript())
        assert_type(transcript.source, str)
    async with client.translations.connect() as conn:
        assert_type(await conn.send_audio(iter(chunks)), int)
