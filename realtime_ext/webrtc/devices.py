"""Microphone in, speaker out, for WebRTC calls (``pip install 'realtime-ext[sounddevice]'``).

Optional and not used by the tests (CI has no sound card). Example::

    from realtime_ext.webrtc.devices import microphone, play

    async with AsyncWebRTC(client).connect(model="gpt-realtime", audio_in=microphone()) as call:
        await play(call.audio_out)  # until the call ends
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

from realtime_ext import SoundDeviceUnavailableError as SoundDeviceUnavailableError
from realtime_ext.provider import load_sounddevice

from ._audio import SAMPLE_RATE, AudioOutput

__all__ = ["SoundDeviceUnavailableError", "microphone", "play"]

_sounddevice = load_sounddevice


MAX_QUEUED_CHUNKS = 100
"""Microphone chunks held for a consumer that is not reading (the oldest go first)."""


async def microphone(
    *, sample_rate: int = SAMPLE_RATE, chunk_ms: int = 20, device: Any = None
) -> AsyncIterator[bytes]:
    """Mono PCM16 chunks from the default (or given) input device, for ``audio_in=``.

    Example::

        async with AsyncWebRTC(client).connect(audio_in=microphone()) as call: ...
    """
    sd = _sounddevice()
    loop = asyncio.get_running_loop()
    # Bounded: a consumer that stalls keeps the latest ~2 s of audio (100 x 20 ms chunks),
    # dropping the oldest, rather than the queue growing for as long as the stall lasts.
    queue: asyncio.Queue[bytes] = asyncio.Queue(maxsize=MAX_QUEUED_CHUNKS)

    def put_latest(chunk: bytes) -> None:
        if queue.full():
            queue.get_nowait()
        queue.put_nowait(chunk)

    def on_audio(data: Any, frames: int, time: Any, status: Any) -> None:
        loop.call_soon_threadsafe(put_latest, bytes(data))

    stream = sd.RawInputStream(
        samplerate=sample_rate,
        channels=1,
        dtype="int16",
        blocksize=sample_rate * chunk_ms // 1000,
        device=device,
        callback=on_audio,
    )
    with stream:
        while True:
            yield await queue.get()


async def play(audio_out: AudioOutput, *, device: Any = None) -> None:
    """Play a call's response audio on the default (or given) output device until it ends.

    Example::

        await play(call.audio_out)
    """
    sd = _sounddevice()
    stream = sd.RawOutputStream(samplerate=SAMPLE_RATE, channels=1, dtype="int16", device=device)
    with stream:
        async for pcm in audio_out:
            # write() blocks until the device takes the frame: keep it off the event loop.
            await asyncio.to_thread(stream.write, pcm)
