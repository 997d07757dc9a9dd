"""Async translation sessions over WebSocket: handlers (once/off/run), typed-send
validation, ``send_audio`` from a WAV path; and the explicit WebSocket keywords."""

from __future__ import annotations

import wave
from pathlib import Path
from typing import Any

import pytest

from realtime_ext import AsyncRealtimeClient, RealtimeClient
from realtime_ext.events import InvalidEventError
from realtime_ext.testing import FakeRealtimeServer
from realtime_ext.testing._audio import sine_pcm16
from realtime_ext.translation import TranslationTranscript, frames

T = 10.0
WITH_INPUT = {
    "audio": {
        "output": {"language": "es"},
        "input": {"transcription": {"model": "gpt-realtime-whisper"}},
    }
}
FRAME = sine_pcm16(200)


async def test_async_once_off_and_run(server: FakeRealtimeServer) -> None:
    deltas: list[str] = []
    firsts: list[str] = []
    dropped: list[str] = []
    async with (
        AsyncRealtimeClient(api_key="sk-test", base_url=server.base_url) as client,
        client.translations.connect(session=WITH_INPUT) as conn,
    ):

        async def on_delta(event: Any) -> None:
            deltas.append(event.delta)

        conn.on("session.output_transcript.delta", on_delta)
        conn.once("session.input_transcript.delta", lambda e: firsts.append(e.delta))
        conn.on("session.output_audio.delta", lambda e: dropped.append("audio"))
        assert conn.off("session.output_audio.delta") == 1  # every handler of the type
        conn.on("session.closed", lambda e: deltas.append("<closed>"))
        await conn.run_until("session.updated", timeout=T)
        await conn.session.input_audio_buffer.append(audio=FRAME * 3)
        await conn.session.close()
        await conn.dispatch_events()  # until the server closes the socket after session.closed
    assert deltas == ["Hola", " cómo", " estás", "<closed>"]
    assert firsts == ["Hello"] and dropped == []
    assert conn.close_code == 1000


async def test_async_typed_sends_validate_before_the_wire(server: FakeRealtimeServer) -> None:
    async with (
        AsyncRealtimeClient(api_key="sk-test", base_url=server.base_url) as client,
        client.translations.connect() as conn,
    ):
        assert (await conn.recv(T)).type == "session.created"
        with pytest.raises(InvalidEventError, match="unknown keyword"):
            await conn.session.close(reason="x")  # type: ignore[call-arg]
        with pytest.raises(InvalidEventError, match="audio"):
            await conn.session.input_audio_buffer.append(audio=123)  # type: ignore[arg-type]
        with pytest.raises(InvalidEventError, match="noise_reduction"):
            await conn.session.update(session={"audio": {"input": {"noise_reduction": "loud"}}})
        await conn.session.update(session={"audio": {"output": {"language": "fr"}}})
        assert (await conn.recv(T)).type == "session.updated"
    # Nothing invalid reached the server: the update, then the graceful close on exit.
    assert [e["type"] for e in server.received[0]] == ["session.update", "session.close"]


async def test_async_send_audio_from_a_wav_path(server: FakeRealtimeServer, tmp_path: Path) -> None:
    path = tmp_path / "speech.wav"
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(24_000)
        wav.writeframes(sine_pcm16(500))  # 2.5 frames of 200 ms
    async with (
        AsyncRealtimeClient(api_key="sk-test", base_url=server.base_url) as client,
        client.translations.connect(session=WITH_INPUT) as conn,
    ):
        transcript = conn.add_extension(TranslationTranscript())
        await conn.run_until("session.updated", timeout=T)
        assert await conn.send_audio(frames(path)) == 3  # the last frame is shorter
        rest = await conn.close(timeout=T)
    assert rest[-1].type == "session.closed"
    appends = [e for e in server.received[0] if e["type"] == "session.input_audio_buffer.append"]
    assert len(appends) == 3
    assert transcript.target.startswith("Hola")


def test_websocket_keywords_are_those_of_client_connect(server: FakeRealtimeServer) -> None:
    with (
        RealtimeClient(api_key="sk-test", base_url=server.base_url) as client,
        client.translations.connect(
            compression=None, ping_interval=None, close_timeout=2.0, max_queue=4
        ) as conn,
    ):
        assert conn.recv(T).type == "session.created"
        # The socket was opened with them (the conversation's transport carries the socket).
        ws = conn.transport.websocket  # type: ignore[attr-defined]
        assert ws.close_timeout == 2.0 and ws.ping_interval is None
