"""Voice measurements (issue 22): barge-in reaction time and history memory per hour.

Run: ``PYTHONPATH=.:generated .venv/bin/python scripts/bench_lib/voice.py``.

- Reaction time: from the moment the client's receive returns the raw
  ``input_audio_buffer.speech_started`` message to the moment the
  ``conversation.item.truncate`` has been written to the socket (decode, barge-in logic,
  encode, send), over a real WebSocket to the fake server, sync and async.
- History memory: one simulated hour of conversation (turns of 5 s of user speech with
  a transcript and 10 s of assistant audio with its transcript, as real deltas) fed to
  ``HistoryTracker``; retained memory measured with ``tracemalloc``.
"""

from __future__ import annotations

import asyncio
import base64
import gc
import statistics
import time
import tracemalloc
from collections.abc import Callable
from typing import Any

from realtime_ext import AsyncRealtimeClient, Extension, RealtimeClient
from realtime_ext.testing import FakeRealtimeServer
from realtime_ext.testing._audio import sine_pcm16
from realtime_ext.voice import AsyncVoice, PlaybackTracker, Voice
from realtime_ext.voice._history import HistoryTracker

SESSION = {
    "type": "realtime",
    "audio": {"input": {"turn_detection": {"type": "server_vad", "create_response": False}}},
}
SPEECH = sine_pcm16(100)
SILENCE = bytes(4800 * 7)  # past the 500 ms default silence_duration_ms


class _Stamp(Extension):
    """An extension timing speech_started (arrival) -> truncate (sent)."""

    def __init__(self) -> None:
        self.arrived = 0.0
        self.samples: list[float] = []

    def sent(self, payload: dict[str, Any]) -> None:
        if payload.get("type") == "conversation.item.truncate":
            self.samples.append(time.perf_counter() - self.arrived)


class _Timed:
    """The connection's transport, noting when a speech_started message is received."""

    def __init__(self, inner: Any, stamp: _Stamp) -> None:
        self._inner, self._stamp = inner, stamp

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)

    def _mark(self, message: str | bytes) -> str | bytes:
        if b"speech_started" in (message if isinstance(message, bytes) else message.encode()):
            self._stamp.arrived = time.perf_counter()
        return message

    def recv_message(self, timeout: float | None = None) -> str | bytes:
        return self._mark(self._inner.recv_message(timeout))


class _AsyncTimed(_Timed):
    async def recv_message(self, timeout: float | None = None) -> str | bytes:  # type: ignore[override]
        return self._mark(await self._inner.recv_message(timeout))


def _wrap_recv(conn: Any, stamp: _Stamp, is_async: bool) -> None:
    # The conversation core owns the transport; wrap it there to stamp arrival times.
    core = conn._core
    core.transport = (_AsyncTimed if is_async else _Timed)(core.transport, stamp)


def reaction_sync(rounds: int) -> list[float]:
    stamp = _Stamp()
    with FakeRealtimeServer() as server:
        tracker = PlaybackTracker()
        with (
            RealtimeClient(api_key="sk-test", base_url=server.base_url) as client,
            client.connect(model="gpt-realtime", extensions=[Voice(playback=tracker)]) as conn,
        ):
            _wrap_recv(conn, stamp, False)
            conn.add_extension(stamp)
            conn.session.update(session=SESSION)
            for _ in range(rounds):
                server.script.next_response(text="An answer", audio_ms=1000)
                conn.response.create()
                done = conn.run_until("response.done", timeout=10).to_dict()
                tracker.on_play_ms(done["response"]["output"][0]["id"], 0, 300)
                conn.send_audio(SPEECH)
                conn.run_until("conversation.item.truncated", timeout=10)
                conn.send_audio(SILENCE)
                conn.run_until("input_audio_buffer.committed", timeout=10)
    return stamp.samples


async def reaction_async(rounds: int) -> list[float]:
    stamp = _Stamp()
    with FakeRealtimeServer() as server:
        tracker = PlaybackTracker()
        async with (
            AsyncRealtimeClient(api_key="sk-test", base_url=server.base_url) as client,
            client.connect(model="gpt-realtime", extensions=[AsyncVoice(playback=tracker)]) as conn,
        ):
            _wrap_recv(conn, stamp, True)
            conn.add_extension(stamp)
            await conn.session.update(session=SESSION)
            for _ in range(rounds):
                server.script.next_response(text="An answer", audio_ms=1000)
                await conn.response.create()
                done = (await conn.run_until("response.done", timeout=10)).to_dict()
                tracker.on_play_ms(done["response"]["output"][0]["id"], 0, 300)
                await conn.send_audio(SPEECH)
                await conn.run_until("conversation.item.truncated", timeout=10)
                await conn.send_audio(SILENCE)
                await conn.run_until("input_audio_buffer.committed", timeout=10)
    return stamp.samples


def _hour_of_events(minutes: int = 60) -> Any:
    """Events of ``minutes`` of conversation: 15 s turns (5 s user, 10 s assistant)."""
    audio_delta = base64.b64encode(bytes(4800)).decode()  # 100 ms PCM16 24 kHz
    previous = None
    yield {"type": "session.created", "session": {"id": "sess_1"}}
    for turn in range(minutes * 4):
        user, assistant = f"item_u{turn}", f"item_a{turn}"
        yield {
            "type": "conversation.item.added",
            "previous_item_id": previous,
            "item": {
                "id": user,
                "type": "message",
                "role": "user",
                "content": [{"type": "input_audio", "transcript": None}],
            },
        }
        yield {
            "type": "conversation.item.input_audio_transcription.completed",
            "item_id": user,
            "content_index": 0,
            "transcript": "Could you tell me what the weather is like this afternoon?",
        }
        yield {
            "type": "response.output_item.added",
            "response_id": f"resp_{turn}",
            "item": {"id": assistant, "type": "message", "role": "assistant", "content": []},
        }
        yield {
            "type": "response.content_part.added",
            "item_id": assistant,
            "content_index": 0,
            "part": {"type": "audio"},
        }
        for i in range(100):  # 10 s of audio, ~25 words of transcript
            yield {
                "type": "response.output_audio.delta",
                "item_id": assistant,
                "content_index": 0,
                "delta": audio_delta,
            }
            if i % 4 == 0:
                yield {
                    "type": "response.output_audio_transcript.delta",
                    "item_id": assistant,
                    "content_index": 0,
                    "delta": "sunny ",
                }
        previous = assistant


def history_memory(minutes: int = 60, **options: Any) -> tuple[int, int]:
    """(retained bytes, items) after ``minutes`` fed to a HistoryTracker(**options)."""
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    tracker = HistoryTracker(**options)
    for event in _hour_of_events(minutes):
        tracker.received(event)
    gc.collect()
    after = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    return after - before, len(tracker.history)


def _summary(name: str, samples: list[float]) -> str:
    ms = sorted(s * 1000 for s in samples)
    p95 = ms[int(len(ms) * 0.95) - 1]
    return (
        f"{name}: median {statistics.median(ms):.3f} ms, p95 {p95:.3f} ms, "
        f"max {ms[-1]:.3f} ms over {len(ms)} barge-ins"
    )


def main(rounds: int = 200, out: Callable[[str], None] = print) -> None:
    out(_summary("reaction sync ", reaction_sync(rounds)))
    out(_summary("reaction async", asyncio.run(reaction_async(rounds))))
    mb = 2**20
    for label, options in (
        ("history, no audio         ", {}),
        ("history, audio (32 MiB cap)", {"keep_audio": True}),
        ("history, audio (no cap)   ", {"keep_audio": True, "max_audio_bytes": 2**40}),
    ):
        size, items = history_memory(**options)
        out(f"{label}: {size / mb:.1f} MiB per hour ({items} items)")


if __name__ == "__main__":
    main()
