"""Size and replay speed of recorded five-turn Realtime sessions (voice and text).

Records each session with the unmodified ``openai`` package through the recording proxy
(upstream: a local fake server standing in for the API), then replays the cassette with
``FakeRealtimeServer(cassette=...)`` and times the whole replayed session (median of 5).

    .venv/bin/python scripts/measure_cassettes.py
"""

from __future__ import annotations

import base64
import statistics
import sys
import tempfile
import time
import warnings
from pathlib import Path

import openai

from realtime_ext.testing import FakeRealtimeServer
from realtime_ext.testing._audio import sine_pcm16

KEY = "sk-proj-measure-0123456789abcdef"
TURNS = 5


def session(base_url: str, voice: bool) -> int:
    """A five-turn session: a second of speech (or a text message) and a response per turn."""
    client = openai.OpenAI(api_key=KEY, base_url=base_url)
    events = 0
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        with client.realtime.connect(model="gpt-realtime") as conn:
            conn.session.update(
                session={
                    "type": "realtime",
                    "output_modalities": ["audio"] if voice else ["text"],
                    "audio": {"input": {"transcription": {"model": "gpt-4o-transcribe"}}},
                }
            )
            for turn in range(TURNS):
                if voice:
                    pcm = sine_pcm16(1000, frequency=200.0 + 40 * turn)
                    for i in range(0, len(pcm), 4800):  # 100 ms chunks, as apps stream them
                        chunk = base64.b64encode(pcm[i : i + 4800]).decode()
                        conn.input_audio_buffer.append(audio=chunk)
                    conn.input_audio_buffer.commit()
                else:
                    conn.conversation.item.create(
                        item={
                            "type": "message",
                            "role": "user",
                            "content": [{"type": "input_text", "text": f"Question {turn}?"}],
                        }
                    )
                conn.response.create()
                for event in conn:
                    events += 1
                    if event.type == "response.done":
                        break
    return events


def measure(voice: bool, folder: Path) -> dict[str, object]:
    path = folder / ("voice.jsonl" if voice else "text.jsonl")
    with FakeRealtimeServer(api_key=KEY) as upstream:
        if voice:
            for _ in range(TURNS):
                upstream.script.next_response(
                    text="It is sunny and warm in Paris today.", audio_ms=2000
                )
        with FakeRealtimeServer(
            cassette=path, record_mode="all", upstream=upstream.base_url
        ) as rec:
            events = session(rec.base_url, voice)
    times = []
    for _ in range(5):
        started = time.perf_counter()
        with FakeRealtimeServer(cassette=path) as replay:
            session(replay.base_url, voice)
            assert not replay.cassette_mismatches, replay.cassette_mismatches
        times.append(time.perf_counter() - started)
    text = path.read_text()
    return {
        "session": "voice (1 s in, 2 s out per turn)" if voice else "text",
        "server events": events,
        "lines": len(text.splitlines()),
        "bytes": len(text.encode()),
        "replay s (median of 5, incl. server start)": round(statistics.median(times), 3),
    }


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        for voice in (True, False):
            print(measure(voice, Path(folder)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
