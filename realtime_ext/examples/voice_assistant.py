"""A voice assistant over the Realtime WebSocket: microphone in, speaker out, barge-in that
truncates at what you heard, a tool, and the conversation history printed at the end.

Talk to it (needs ``pip install 'realtime-ext[sounddevice]'``; Ctrl-C to stop)::

    export OPENAI_API_KEY=sk-...
    python -m realtime_ext.examples.voice_assistant

Offline, against the bundled fake server (server VAD modelled from signal energy), with WAV
files instead of devices: ``--demo-input`` writes a WAV in which the user asks something,
then talks over the answer. With ``--fake`` the WAV's user takes turns as a person would:
each utterance after the first waits until the assistant's answer has been heard for half a
second (playback drives it, not a timetable, so a slow machine cannot reorder the turns)::

    python -m realtime_ext.examples.voice_assistant --fake --demo-input in.wav --output out.wav
    python -m realtime_ext.examples.voice_assistant --fake --input in.wav --output out.wav
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import math
import sys
import time
import wave
from array import array
from collections.abc import Iterable, Sequence
from pathlib import Path

from realtime_ext import APITimeoutError, AsyncRealtimeClient
from realtime_ext.audio import Microphone, Speaker, WavSource
from realtime_ext.connection import AsyncRealtimeConnection
from realtime_ext.conversation import ResponseLostEvent
from realtime_ext.testing import FakeRealtimeServer, FakeSpeaker, sine_pcm16
from realtime_ext.tools import ToolRegistry
from realtime_ext.voice import AsyncVoice, Interruption, PlaybackTracker

__all__ = ["converse", "main", "registry", "send_taking_turns", "write_demo_input"]

registry: ToolRegistry = ToolRegistry()

LISTEN_MS = 500
"""In ``--fake`` mode, how much of an answer the WAV's user hears before talking again."""
TURN_GAP_MS = 500
"""Quiet that ends an utterance (the fake server's default ``silence_duration_ms``)."""
TURN_TIMEOUT = 30.0
"""Seconds the WAV's user waits for an answer before talking anyway (none may come)."""
SPEECH_LEVEL = 0.05
"""RMS level (0..1 of full scale) above which a chunk is speech (the fake VAD's default)."""


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


def _is_speech(chunk: bytes) -> bool:
    samples = array("h", chunk[: len(chunk) // 2 * 2])
    if sys.byteorder == "big":
        samples.byteswap()
    if not samples:
        return False
    return math.sqrt(sum(s * s for s in samples) / len(samples)) / 32768 > SPEECH_LEVEL


async def send_taking_turns(
    conn: AsyncRealtimeConnection, chunks: Iterable[bytes], chunk_ms: int, heard: asyncio.Event
) -> None:
    """Stream PCM16 ``chunks`` at speaking pace; before each utterance that follows a finished
    turn, wait until ``heard`` is set (the answer was heard for a while), then clear it.

    Example::

        await send_taking_turns(conn, WavSource("in.wav").chunks(), 20, heard)
    """
    loop = asyncio.get_running_loop()
    start, sent_ms, quiet_ms, spoken = loop.time(), 0, 0, False
    for chunk in chunks:
        if _is_speech(chunk):
            if spoken and quiet_ms >= TURN_GAP_MS:
                # Wait on playback, not on a timetable: under load the answer can start
                # late, and speech sent before it plays would interrupt nothing.
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(heard.wait(), TURN_TIMEOUT)
                start = loop.time() - sent_ms / 1000  # pace on from here, not in a burst
            heard.clear()
            spoken, quiet_ms = True, 0
        else:
            quiet_ms += chunk_ms
        await conn.input_audio_buffer.append(audio=chunk)
        sent_ms += chunk_ms
        delay = start + sent_ms / 1000 - loop.time()
        if delay > 0:
            await asyncio.sleep(delay)


async def converse(
    conn: AsyncRealtimeConnection,
    tracker: PlaybackTracker,
    *,
    input_wav: Path | None,
    speaker: FakeSpeaker | Speaker,
    log: list[str],
    take_turns: bool = False,
) -> None:
    """Stream the input, play the answers, barge in, until the input ends and all is said.

    ``take_turns`` (the ``--fake`` demo): the WAV's user waits to hear the answer before
    each later utterance (see :func:`send_taking_turns`) instead of keeping to the file's
    timing.

    Example::

        await converse(conn, tracker, input_wav=Path("in.wav"), speaker=FakeSpeaker(tracker),
                       log=[])
    """
    speaker.attach(conn)
    heard = asyncio.Event()  # the answer playing now was heard for LISTEN_MS
    answered: set[str] = set()

    def on_interrupted(cut: Interruption) -> None:
        if cut.audio_end_ms is None:  # an earlier session's reply: stopped, not truncated
            log.append(f"[barge-in: stopped {cut.item_id} after {cut.played_ms} ms]")
        else:
            log.append(f"[barge-in: cut {cut.item_id} at {cut.audio_end_ms} ms]")

    async def ask_again(lost: ResponseLostEvent) -> None:
        # The line dropped mid-reply; the reconnect gave a new session the conversation.
        # The speaker dropped what it still held of the reply: ask for it again.
        log.append(f"[reply lost to a dropped line (close {lost.close_code}): asked again]")
        await conn.response.create()

    conn.on("interrupted", on_interrupted)
    conn.on("response.lost", ask_again)
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
        if input_wav is not None and take_turns:
            source = WavSource(input_wav)
            await send_taking_turns(conn, source.chunks(), source.chunk_ms, heard)
        elif input_wav is not None:
            await WavSource(input_wav, realtime=True).asend_to(conn)
        else:
            async with Microphone().attach(conn) as mic:  # in the session's input format
                await mic.asend_to(conn)

    async def play() -> None:
        # Pumps the fake speaker; for any speaker, tells the WAV's user an answer was heard.
        while True:
            if isinstance(speaker, FakeSpeaker):
                speaker.pump()
            state = tracker.get_state()
            item_id = state["current_item_id"]
            if item_id and item_id not in answered and (state["elapsed_ms"] or 0) >= LISTEN_MS:
                answered.add(item_id)
                heard.set()
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
            server.script.next_response(function_call=("get_time", {}))
            # Long enough that a slow machine still talks over it, not after it.
            server.script.next_response(
                text="It is noon. Here is a long story about the weather.", audio_ms=3000
            )
            server.script.next_response(text="Sure, I will stop.", audio_ms=600)
            client = AsyncRealtimeClient(api_key="sk-fake", base_url=server.base_url)
        else:
            client = AsyncRealtimeClient()
        tracker = PlaybackTracker()
        speaker: FakeSpeaker | Speaker = FakeSpeaker(tracker) if args.output else Speaker(tracker)
        voice = AsyncVoice(playback=tracker)  # barge-in and history, attached as it opens
        async with client, client.connect(model="gpt-realtime", extensions=[voice]) as conn:
            with speaker if isinstance(speaker, Speaker) else contextlib.nullcontext():
                await converse(
                    conn,
                    tracker,
                    input_wav=args.input,
                    speaker=speaker,
                    log=log,
                    take_turns=args.fake,
                )
            log.append("--- history ---")
            log.append(voice.history.transcript())
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
