"""Microphone in, speaker out, for WebRTC calls (``pip install 'realtime-ext[sounddevice]'``).

Optional and not used by the tests (CI has no sound card). Example::

    from realtime_ext.webrtc.devices import microphone, play

    async with client.webrtc.connect(model="gpt-realtime", audio_in=microphone()) as call:
        await play(call.audio_out)  # until the call ends
"""

from __future__ import annotations

import asyncio
import importlib
from collections.abc import AsyncIterator
from typing import Any

from realtime_ext._errors import RealtimeError

from ._audio import SAMPLE_RATE, AudioOutput

INSTALL_HINT = "pip install 'realtime-ext[sounddevice]'"


class SoundDeviceUnavailableError(RealtimeError, ImportError):
    """The microphone and speaker helpers need the optional ``sounddevice`` package."""


def _sounddevice() -> Any:
    try:
        return importlib.import_module("sounddevice")
    except (ImportError, OSError) as exc:  # OSError: PortAudio itself is missing
        raise SoundDeviceUnavailableError(
            f"microphone/speaker need sounddevice and PortAudio ({INSTALL_HINT}): {exc}"
        ) from None


async def microphone(
    *, sample_rate: int = SAMPLE_RATE, chunk_ms: int = 20, device: Any = None
) -> AsyncIterator[bytes]:
    """Mono PCM16 chunks from the default (or given) input device, for ``audio_in=``.

    Example::

        async with client.webrtc.connect(audio_in=microphone()) as call: ...
    """
    sd = _sounddevice()
    loop = asyncio.get_running_loop()
    queue: asyncio.Queue[bytes] = asyncio.Queue()

    def on_audio(data: Any, frames: int, time: Any, status: Any) -> None:
        loop.call_soon_threadsafe(queue.put_nowait, bytes(data))

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
