"""A realistic, recorded mix of server events (the JSON text frames a client decodes).

Recorded from :class:`realtime_ext.testing.FakeRealtimeServer` with a plain ``websockets``
client: ``session.created``, three spoken answers and one function call, each ending in a
``response.done`` with usage, then ``rate_limits.updated`` (asked of the fake:
``rate_limits_updated=True``; it sends none by default, as the real API in every recorded
session, but issue 19 states the mix with it, and it is this event's template). The fake
server sends 100 ms audio chunks; the real one sends smaller ones, so each
``response.output_audio.delta`` is split into 100/3 ms pieces (1600 bytes of 24 kHz PCM16,
2136 base64 characters; ``bench.py --audio-bytes`` sets another size, up to the fake's
4,800). Event shapes, order and sizes are the same on every run (only the random ids
differ).

The deltas are then shaped to the mix the receive goal is stated for (issue 19): per
response, 60% audio deltas, 30% transcript deltas and 10% ``rate_limits.updated``, plus the
response's lifecycle events (``response.created`` ... ``response.done``, the item and part
events). The transcript is cut into smaller deltas (the real server sends a few characters
each) and ``rate_limits.updated`` is repeated, all spread evenly over the audio.

Example:
    >>> from bench_lib.event_mix import record
    >>> frames = record()  # doctest: +SKIP
    >>> frames[0][:30]  # doctest: +SKIP
    '{"type": "session.created", "e'
"""

from __future__ import annotations

import base64
import itertools
import json
from collections import Counter
from pathlib import Path

AUDIO_PIECE_BYTES = 1600
MIXES: dict[str, int | None] = {"recorded": None, "audio100": 4800}
"""The mixes the receive rows run on, by name: the PCM bytes of their audio deltas (24 kHz
PCM16: 48 per ms; ``None``: ``bench.py --audio-bytes``, by default 100/3 ms pieces).
``audio100`` is the same recording in the same shares with whole 100 ms deltas (4,800 bytes,
6,400 base64 characters): where bytes weigh more than events (issue 35: the receive goal
must hold on any realistic mix)."""
MIX_LABELS = {"recorded": "", "audio100": " (audio 100 ms mix)"}
"""What the rows of each mix add to their names (the recorded mix keeps the plain ones)."""
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


def _split_audio(frame: str, size: int = AUDIO_PIECE_BYTES) -> list[str]:
    event = json.loads(frame)
    if event.get("type") != "response.output_audio.delta":
        return [frame]
    pcm = base64.b64decode(event["delta"])
    if len(pcm) <= size:
        return [frame]
    pieces = []
    for index in range(0, len(pcm), size):
        piece = dict(event, event_id=f"{event['event_id']}_{index // size}")
        piece["delta"] = base64.b64encode(pcm[index : index + size]).decode()
        pieces.append(json.dumps(piece))
    return pieces


SHARES = {"audio": 60, "transcript": 30, "rate_limits": 10}  # percent of the delta stream
_AUDIO = "response.output_audio.delta"
_TRANSCRIPT = "response.output_audio_transcript.delta"
_RATE_LIMITS = "rate_limits.updated"


def _spread(streams: list[list[str]]) -> list[str]:
    """Interleave the streams evenly (each keeps its order)."""
    keyed = [
        ((index + 0.5) / len(stream), rank, frame)
        for rank, stream in enumerate(streams)
        for index, frame in enumerate(stream)
    ]
    return [frame for _, _, frame in sorted(keyed, key=lambda item: item[:2])]


def _shape_response(frames: list[str], rate_limits: str | None) -> list[str]:
    """One response's frames with deltas in the ``SHARES`` proportions (lifecycle kept)."""
    kinds = [json.loads(frame)["type"] for frame in frames]
    audio = [f for f, kind in zip(frames, kinds, strict=True) if kind == _AUDIO]
    transcripts = [
        json.loads(f) for f, kind in zip(frames, kinds, strict=True) if kind == _TRANSCRIPT
    ]
    if not audio or not transcripts or rate_limits is None:
        return frames
    first = min(i for i, kind in enumerate(kinds) if kind in (_AUDIO, _TRANSCRIPT))
    before = [f for i, f in enumerate(frames[:first]) if kinds[i] not in (_AUDIO, _TRANSCRIPT)]
    after = [
        f for i, f in enumerate(frames) if i >= first and kinds[i] not in (_AUDIO, _TRANSCRIPT)
    ]
    text = "".join(event["delta"] for event in transcripts)
    count = max(1, min(len(text), round(len(audio) * SHARES["transcript"] / SHARES["audio"])))
    cuts = [len(text) * index // count for index in range(count + 1)]
    template = transcripts[0]
    pieces = [
        json.dumps(dict(template, event_id=f"{template['event_id']}_t{i}", delta=text[a:b]))
        for i, (a, b) in enumerate(itertools.pairwise(cuts))
    ]
    have = sum(kind == _RATE_LIMITS for kind in kinds)
    wanted = round(len(audio) * SHARES["rate_limits"] / SHARES["audio"])
    limits = json.loads(rate_limits)
    extra = [
        json.dumps(dict(limits, event_id=f"{limits['event_id']}_r{i}"))
        for i in range(max(0, wanted - have))
    ]
    return before + _spread([audio, pieces, extra]) + after


def shape(frames: list[str]) -> list[str]:
    """The recorded frames with each spoken response shaped to ``SHARES``."""
    rate_limits = next((f for f in frames if json.loads(f)["type"] == _RATE_LIMITS), None)
    out: list[str] = []
    response: list[str] = []
    for frame in frames:
        response.append(frame)
        if json.loads(frame)["type"] == "response.done":
            out += _shape_response(response, rate_limits)
            response = []
    return out + response


def record(audio_bytes: int = AUDIO_PIECE_BYTES) -> list[str]:
    """Talk to a fresh fake server and return every server frame it sent, in order, its
    audio deltas cut to ``audio_bytes`` of PCM each (at most the fake's own 100 ms, 4,800
    bytes: the mix's audio then arrives as the fake sends it)."""
    from websockets.sync.client import connect

    from realtime_ext.testing import FakeRealtimeServer

    frames: list[str] = []
    with FakeRealtimeServer(rate_limits_updated=True) as server:
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
    return shape([piece for frame in frames for piece in _split_audio(frame, audio_bytes)])


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
