"""WebRTC: call setup time on loopback and audio frames per second through the Python client.

Each call goes through ``AsyncWebRTC(client).connect`` against the fake server's aiortc peer on
127.0.0.1: offer (ICE gathering), ``POST /realtime/calls``, answer, then ICE, DTLS and SCTP
until ``oai-events`` is open. Audio is measured twice: frames per second of the client's
audio path (PCM -> Opus -> RTP payload and back to 24 kHz PCM, unpaced: the CPU headroom
over the 50 frames/s one call needs) and frames received per second of response audio
during a live call (real time: 50/s means nothing lost or late).

``openai`` has no WebRTC client, so the rows carry our figures only (ratio n/a).

Example:
    >>> from bench_lib.webrtc_call import run
    >>> [item.name for item in run(calls=1, frames=10)][0]
    'WebRTC call setup (offer to oai-events open)'
"""

from __future__ import annotations

import asyncio
import time

from realtime_ext.webrtc import AsyncWebRTC

from .report import Item, Measure

NOTE = "openai has no WebRTC client: our figure only"
SPEECH_MS = 2000


async def _calls(count: int) -> tuple[list[float], list[float]]:
    from realtime_ext import AsyncRealtimeClient
    from realtime_ext.testing import FakeRealtimeServer

    setups: list[float] = []
    rates: list[float] = []
    with FakeRealtimeServer() as server:
        async with AsyncRealtimeClient(api_key="sk-bench", base_url=server.base_url) as client:
            for index in range(count):
                started = time.perf_counter()
                async with AsyncWebRTC(client).connect() as call:
                    setups.append((time.perf_counter() - started) * 1000)
                    if index == 0:
                        continue  # the first call also pays one-time imports and setup
                    server.script.next_response(text="bench", audio_ms=SPEECH_MS)
                    await call.response.create()
                    await call.run_until("output_audio_buffer.started", timeout=60)
                    before, begun = call.audio_out.frames, time.perf_counter()
                    await call.run_until("output_audio_buffer.stopped", timeout=60)
                    received = call.audio_out.frames - before
                    rates.append(received / (time.perf_counter() - begun))
    return setups[1:] or setups, rates


def _codec_path(frames: int) -> float:
    """Frames/s of the client's audio path without real-time pacing (encode + decode)."""
    import av
    from aiortc.codecs import get_decoder, get_encoder
    from aiortc.jitterbuffer import JitterFrame
    from aiortc.rtcrtpparameters import RTCRtpCodecParameters

    from realtime_ext.webrtc._audio import AudioSource, _frame

    opus = RTCRtpCodecParameters(
        mimeType="audio/opus", clockRate=48000, channels=2, payloadType=111
    )
    encoder, decoder = get_encoder(opus), get_decoder(opus)
    resampler = av.AudioResampler(format="s16", layout="mono", rate=24000)
    source = AudioSource(None, sample_rate=24000)
    pcm = bytes(source.frame_bytes)
    started = time.perf_counter()
    produced = 0
    for index in range(frames):
        payloads, _ = encoder.encode(_frame(pcm, source, index * 480))
        for payload in payloads:
            for decoded in decoder.decode(JitterFrame(data=payload, timestamp=index * 960)):
                for out in resampler.resample(decoded):
                    produced += len(bytes(out.planes[0]))
    elapsed = time.perf_counter() - started
    if produced == 0:
        raise RuntimeError("the audio path produced no PCM")
    return frames / elapsed


def run(*, calls: int, frames: int) -> list[Item]:
    """Setup time (ms, median over ``calls`` calls) and audio frames per second."""
    setups, rates = asyncio.run(_calls(max(2, calls)))
    rows = [
        Item(
            "WebRTC call setup (offer to oai-events open)",
            "ms",
            Measure(setups),
            None,
            baseline="n/a",
            note=NOTE,
            extra={"calls": len(setups), "transport": "loopback, aiortc on both sides"},
        ),
        Item(
            "WebRTC audio path frames/s (client, unpaced)",
            "frames/s",
            Measure([_codec_path(frames)]),
            None,
            baseline="n/a",
            note=NOTE,
            extra={"frames": frames, "frame_ms": 20, "path": "PCM->Opus->PCM 24 kHz"},
        ),
        Item(
            "WebRTC call audio frames/s received",
            "frames/s",
            Measure(rates),
            None,
            baseline="n/a",
            note="real time: 50/s is every 20 ms frame on time",
            extra={"speech_ms": SPEECH_MS},
        ),
    ]
    return rows
