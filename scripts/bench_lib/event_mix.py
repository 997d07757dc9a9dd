"""A realistic, recorded mix of server events (the JSON text frames a client decodes).

Recorded from :class:`realtime_ext.testing.FakeRealtimeServer` with a plain ``websockets``
client: ``session.created``, three spoken answers and one function call, each ending in a
``response.done`` with usage. The fake server sends 100 ms audio chunks; the real one sends
smaller ones, so each ``response.output_audio.delta`` is split into 100/3 ms pieces (1600
bytes of 24 kHz PCM16, 2136 base64 characters). Event shapes, order and sizes are the same
on every run (only the random ids differ).

Example:
    >>> from bench_lib.event_mix import record
    >>> frames = record()  # doctest: +SKIP
    >>> frames[0][:30]  # doctest: +SKIP
    '{"type": "session.created", "e'
"""

from __future__ import annotations

import base64
import json
from collections import Counter
from pathlib import Path

AUDIO_PIECE_BYTES = 1600
ANSWERS = [
    ("Sure. It is sunny in Paris this afternoon, with a light breeze from the west.", 3000),
    ("You are welcome. Anything else I can help you with today?", 2000),
    ("The meeting starts at ten, in the small room on the second floor.", 2500),
]
FUNCTION_CALL = ("get_weather", {"city": "Paris", "unit": "celsius"})
USER_TURN = {
    "type": "conversation.item.create",
    "item": {
        "type": "message",
        "role": "user",
        "content": [{"type": "input_text", "text": "What is the weather like?"}],
    },
}


def _split_audio(frame: str) -> list[str]:
    event = json.loads(frame)
    if event.get("type") != "response.output_audio.delta":
        return [frame]
    pcm = base64.b64decode(event["delta"])
    pieces = []
    for index in range(0, len(pcm), AUDIO_PIECE_BYTES):
        piece = dict(event, event_id=f"{event['event_id']}_{index // AUDIO_PIECE_BYTES}")
        piece["delta"] = base64.b64encode(pcm[index : index + AUDIO_PIECE_BYTES]).decode()
        pieces.append(json.dumps(piece))
    return pieces


def record() -> list[str]:
    """Talk to a fresh fake server and return every server frame it sent, in order."""
    from websockets.sync.client import connect

    from realtime_ext.testing import FakeRealtimeServer

    frames: list[str] = []
    with FakeRealtimeServer() as server:
        script = server.script
        script.next_response(function_call=FUNCTION_CALL)
        for text, audio_ms in ANSWERS:
            script.next_response(text=text, audio_ms=audio_ms)
        headers = {"Authorization": "Bearer sk-bench-not-a-real-key"}
        with connect(server.realtime_url(), additional_headers=headers, open_timeout=5) as ws:
            frames.append(str(ws.recv(timeout=5)))
            for _ in range(1 + len(ANSWERS)):
                ws.send(json.dumps(USER_TURN))
                ws.send(json.dumps({"type": "response.create"}))
                while True:
                    frame = str(ws.recv(timeout=5))
                    frames.append(frame)
                    if json.loads(frame)["type"] == "response.done":
                        break
    return [piece for frame in frames for piece in _split_audio(frame)]


def composition(frames: list[str]) -> dict[str, int]:
    """How many events of each type the mix holds (printed in the JSON for the record)."""
    return dict(Counter(json.loads(frame)["type"] for frame in frames).most_common())


def write(path: Path, frames: list[str]) -> None:
    """Store the mix one frame per line, for the child interpreters of the memory bench."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(frame + "\n" for frame in frames), encoding="utf-8")


def read(path: Path) -> list[str]:
    """Load a mix written by :func:`write`."""
    return path.read_text(encoding="utf-8").splitlines()
