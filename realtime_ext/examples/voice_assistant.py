"""A voice assistant over the Realtime WebSocket: microphone in, speaker out, barge-in that
truncates at what you heard, a tool, and the conversation history printed at the end.

Talk to it (needs ``pip install 'realtime-ext[sounddevice]'``; Ctrl-C to stop)::

    export OPENAI_API_KEY=sk-...
    python -m realtime_ext.examples.voice_assistant

Offline, against the bundled fake server (server VAD modelled from signal energy), with WAV
files instead of devices: ``--demo-input`` writes a WAV in which the user asks something,
then talks over the answer::

    python -m realtime_ext.examples.voice_assistant --fake --demo-input in.wav --output out.wav
    python -m realtime_ext.examples.voice_assistant --fake --input in.wav --output out.wav
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import time
import wave
from collections.abc import Sequence
from pathlib import Path

from realtime_ext import APITimeoutError, AsyncRealtimeClient, PlaybackTracker
from realtime_ext.audio import FakeSpeaker, Microphone, Speaker, WavSource
from realtime_ext.connection import AsyncRealtimeConnection
from realtime_ext.testing import FakeRealtimeServer, sine_pcm16
from realtime_ext.tools import ToolRegistry
from realtime_ext.voice import Interruption

__all__ = ["converse", "main", "registry", "write_demo_input"]

registry: ToolRegistry = ToolRegistry()


@registry.register
def get_time() -> str:
    """The current time (HH:MM, local)."""
    return time.strftime("%H:%M")


def write_demo_input(path: str | Path) -> Path:
    """A 3.5 s WAV: a question (0.0-0.6 s), silence, the user talking over the answer
    (1.6-2.1 s), silence. A tone stands in for speech: the fake server's VAD hears energy.
    """
    rate = 24_000
    silence = bytes(rate * 2 // 1000)  # 1 ms
    pcm = sine_pcm16(600) + silence * 1000 + sine_pcm16(500, frequency=330) + silence * 1400
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(pcm)
    return Path(path)


async def converse(
    conn: AsyncRealtimeConnection,
    tracker: PlaybackTracker,
    *,
    input_wav: Path | None,
    speaker: FakeSpeaker | Speaker,
    log: list[str],
) -> None:
    """Stream the input, play the answers, barge in, until the input ends and all is said."""
    speaker.attach(conn)

    def on_interrupted(cut: Interruption) -> None:
        log.append(f"[barge-in: cut {cut.item_id} at {cut.audio_end_ms} ms]")

    conn.on("interrupted", on_interrupted)
    conn.run_tools(registry, timeout=10)
    await conn.session.update(
        session={
            "type": "realtime",
            "instructions": "You are a friendly voice assistant. Be brief.",
            "tools": registry.tools,
            "audio": {"input": {"turn_detection": {"type": "server_vad"}}},
        }
    )

    async def feed() -> None:
        if input_wav is not None:
            await WavSource(input_wav, realtime=True).asend_to(conn)
        else:
            async with Microphone() as mic:
                await mic.asend_to(conn)

    async def play() -> None:
        while isinstance(speaker, FakeSpeaker):
            speaker.pump()
            await asyncio.sleep(0.01)

    feeding = asyncio.create_task(feed())
    playing = asyncio.create_task(play())
    busy = False
    try:
        while True:
            try:
                event = await conn.recv(timeout=0.25)
            except APITimeoutError:
                if feeding.done() and not busy and speaker.buffered_ms == 0:
                    break  # the input is over and everything was said
                continue
            await conn.dispatch(event)
            if event.type == "response.created":
                busy = True
            elif event.type == "response.done":
                busy = False
            elif event.type == "input_audio_buffer.speech_started":
                log.append("[user speaking]")
    finally:
        for task in (feeding, playing):
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        feeding_error = None if feeding.cancelled() else feeding.exception()
        if feeding_error is not None:
            raise feeding_error


async def run(args: argparse.Namespace) -> list[str]:
    log: list[str] = []
    server = FakeRealtimeServer().start() if args.fake else None
    try:
        if server is not None:
            server.script.detect_speech()
            server.script.next_response(function_call=("get_time", {}))
            server.script.next_response(
                text="It is noon. Here is a long story about the weather.", audio_ms=2000
            )
            server.script.next_response(text="Sure, I will stop.", audio_ms=600)
            client = AsyncRealtimeClient(api_key="sk-fake", base_url=server.base_url)
        else:
            client = AsyncRealtimeClient()
        tracker = PlaybackTracker()
        speaker: FakeSpeaker | Speaker = FakeSpeaker(tracker) if args.output else Speaker(tracker)
        async with client, client.connect(model="gpt-realtime", playback=tracker) as conn:
            with speaker if isinstance(speaker, Speaker) else contextlib.nullcontext():
                await converse(conn, tracker, input_wav=args.input, speaker=speaker, log=log)
            log.append("--- history ---")
            log.append(conn.history.transcript())
        if isinstance(speaker, FakeSpeaker) and args.output:
            speaker.save_wav(args.output)
    finally:
        if server is not None:
            server.stop()
    return log


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point (see the module docstring for the options)."""
    parser = argparse.ArgumentParser(prog="python -m realtime_ext.examples.voice_assistant")
    parser.add_argument("--fake", action="store_true", help="run against the fake server")
    parser.add_argument("--input", type=Path, help="a WAV file instead of the microphone")
    parser.add_argument("--output", type=Path, help="write the audio played to this WAV")
    parser.add_argument("--demo-input", type=Path, help="write a demo input WAV and use it")
    args = parser.parse_args(argv)
    if args.demo_input is not None:
        args.input = write_demo_input(args.demo_input)
    try:
        log = asyncio.run(run(args))
    except KeyboardInterrupt:
        return 130
    print("\n".join(log))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
