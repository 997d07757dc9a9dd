"""Translation measurements (issue 20) on the fake server, WebSocket and WebRTC.

Run: ``PYTHONPATH=.:generated .venv/bin/python scripts/bench_lib/translation.py``.

- Setup: from ``client.translations.connect(...)`` (or
  ``AsyncWebRTC(client).connect_translation(...)``) being called to ``session.created`` received.
- First output: from the first 200 ms frame sent (``session.input_audio_buffer.append``
  written) to the first ``session.output_transcript.delta`` received. Over WebRTC the
  speech normally travels as RTP, paced in real time: the first frame is only complete
  200 ms after the audio starts, so that path is reported from the moment the data channel
  opened (audio starts flowing then) and includes those 200 ms; the data-channel append
  path is reported too (the same measure as the WebSocket).

Medians over ``RUNS`` sessions; the fake server runs in this process (its thread), so the
numbers are the SDK's and the loopback's, not the API's.
"""

from __future__ import annotations

import asyncio
import statistics
import time

from realtime_ext import AsyncRealtimeClient, RealtimeClient
from realtime_ext.testing import FakeRealtimeServer
from realtime_ext.testing._audio import sine_pcm16
from realtime_ext.webrtc import AsyncWebRTC

RUNS = 20
FRAME = sine_pcm16(200)
ES = {"audio": {"output": {"language": "es"}}}
T = 30.0


def _ms(samples: list[float]) -> str:
    return f"median {statistics.median(samples) * 1000:.1f} ms (min {min(samples) * 1000:.1f})"


def websocket_sync(server: FakeRealtimeServer) -> tuple[list[float], list[float]]:
    setup: list[float] = []
    first: list[float] = []
    with RealtimeClient(api_key="sk-bench", base_url=server.base_url) as client:
        for _ in range(RUNS):
            start = time.perf_counter()
            with client.translations.connect(session=ES) as conn:
                conn.run_until("session.created", timeout=T)
                setup.append(time.perf_counter() - start)
                conn.run_until("session.updated", timeout=T)
                sent = time.perf_counter()
                conn.session.input_audio_buffer.append(audio=FRAME)
                conn.run_until("session.output_transcript.delta", timeout=T)
                first.append(time.perf_counter() - sent)
    return setup, first


def openai_sync(server: FakeRealtimeServer) -> tuple[list[float], list[float]]:
    """The same measure through the official openai package (for the ratio)."""
    import base64

    import openai

    audio = base64.b64encode(FRAME).decode()
    setup: list[float] = []
    first: list[float] = []
    client = openai.OpenAI(api_key="sk-bench", base_url=server.base_url)
    for _ in range(RUNS):
        start = time.perf_counter()
        with client.realtime.translations.connect(model="gpt-realtime-translate") as conn:
            conn.session.update(session=ES)  # type: ignore[arg-type]
            for event in conn:
                if event.type == "session.created":
                    setup.append(time.perf_counter() - start)
                elif event.type == "session.updated":
                    break
            sent = time.perf_counter()
            conn.session.input_audio_buffer.append(audio=audio)
            for event in conn:
                if event.type == "session.output_transcript.delta":
                    first.append(time.perf_counter() - sent)
                    break
            conn.session.close()
            for event in conn:
                if event.type == "session.closed":
                    break
    return setup, first


async def websocket_async(server: FakeRealtimeServer) -> tuple[list[float], list[float]]:
    setup: list[float] = []
    first: list[float] = []
    async with AsyncRealtimeClient(api_key="sk-bench", base_url=server.base_url) as client:
        for _ in range(RUNS):
            start = time.perf_counter()
            async with client.translations.connect(session=ES) as conn:
                await conn.run_until("session.created", timeout=T)
                setup.append(time.perf_counter() - start)
                await conn.run_until("session.updated", timeout=T)
                sent = time.perf_counter()
                await conn.session.input_audio_buffer.append(audio=FRAME)
                await conn.run_until("session.output_transcript.delta", timeout=T)
                first.append(time.perf_counter() - sent)
    return setup, first


async def webrtc(server: FakeRealtimeServer) -> dict[str, list[float]]:
    out: dict[str, list[float]] = {"setup": [], "channel": [], "rtp": [], "append": []}
    async with AsyncRealtimeClient(api_key="sk-bench", base_url=server.base_url) as client:
        for _ in range(RUNS // 2):
            start = time.perf_counter()
            async with AsyncWebRTC(client).connect_translation(audio_in=sine_pcm16(400)) as call:
                opened = time.perf_counter()
                out["channel"].append(call.timings.connected)
                await call.run_until("session.created", timeout=T)
                out["setup"].append(time.perf_counter() - start)
                await call.run_until("session.output_transcript.delta", timeout=T)
                out["rtp"].append(time.perf_counter() - opened)
            # The data-channel path on a silent call (RTP silence produces no output).
            async with AsyncWebRTC(client).connect_translation() as call:
                await call.run_until("session.created", timeout=T)
                sent = time.perf_counter()
                await call.session.input_audio_buffer.append(audio=FRAME)
                await call.run_until("session.output_transcript.delta", timeout=T)
                out["append"].append(time.perf_counter() - sent)
    return out


def main() -> None:
    with FakeRealtimeServer() as server:
        setup, first = websocket_sync(server)
        print(f"WebSocket sync   setup {_ms(setup)}; first frame -> first delta {_ms(first)}")
        theirs_setup, theirs_first = openai_sync(server)
        print(
            f"openai sync      setup {_ms(theirs_setup)}; first frame -> first delta "
            f"{_ms(theirs_first)}"
        )
        ratio_setup = statistics.median(setup) / statistics.median(theirs_setup)
        ratio_first = statistics.median(first) / statistics.median(theirs_first)
        print(f"ratio ours/openai (sync): setup {ratio_setup:.2f}, first delta {ratio_first:.2f}")
        setup, first = asyncio.run(websocket_async(server))
        print(f"WebSocket async  setup {_ms(setup)}; first frame -> first delta {_ms(first)}")
        rtc = asyncio.run(webrtc(server))
        print(
            f"WebRTC           setup {_ms(rtc['setup'])} (data channel open {_ms(rtc['channel'])})"
        )
        print(f"WebRTC           appended frame -> first delta {_ms(rtc['append'])}")
        print(f"WebRTC           RTP speech: channel open -> first delta {_ms(rtc['rtp'])}")


if __name__ == "__main__":
    main()
