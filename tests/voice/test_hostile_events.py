"""A server event with a field of the wrong JSON type never breaks receiving.

A realistic conversation (a spoken answer, a function call, barge-in, a truncation, a
deletion, a format change) is received again and again with one to three fields of some
events replaced by values of other JSON types or removed, through the whole receive path
of a default connection: decode, history and barge-in (with a playback tracker, audio kept
or not), telemetry, handlers. ``recv`` returns each event (or raises the SDK's own error);
nothing else may escape, and the history still reads afterwards.

Found by running this very loop: ``response.function_call_arguments.delta``/``.done`` with
a list or a dict as ``item_id`` raised ``TypeError: unhashable type`` from the history, and
a ``response.done`` whose ``output`` was a number ``TypeError: 'int' object is not
iterable``.
"""

from __future__ import annotations

import base64
import copy
import json
import random
from collections.abc import Iterator
from typing import Any

import pytest

from realtime_ext import OpenAIError
from realtime_ext.conversation import Conversation
from realtime_ext.telemetry import Telemetry, measure
from realtime_ext.voice import PlaybackTracker, Voice

AUDIO = base64.b64encode(b"\x01\x00" * 2400).decode()  # 100 ms of PCM16 at 24 kHz
R, A, F, U = "resp_1", "item_a", "item_f", "item_u"


def _conversation() -> list[dict[str, Any]]:
    part = {"type": "audio", "transcript": ""}
    message = {"id": A, "type": "message", "role": "assistant", "status": "in_progress"}
    call = {"id": F, "type": "function_call", "call_id": "call_1", "name": "get_weather"}
    response = {"id": R, "object": "realtime.response", "status": "in_progress", "output": []}
    delta = {"response_id": R, "item_id": A, "output_index": 0, "content_index": 0}
    return [
        {"type": "session.created", "event_id": "e", "session": {"type": "realtime"}},
        {
            "type": "session.updated",
            "event_id": "e",
            "session": {"type": "realtime", "audio": {"output": {"format": {"type": "audio/pcm"}}}},
        },
        {
            "type": "input_audio_buffer.speech_started",
            "event_id": "e",
            "audio_start_ms": 10,
            "item_id": U,
        },
        {
            "type": "input_audio_buffer.speech_stopped",
            "event_id": "e",
            "audio_end_ms": 900,
            "item_id": U,
        },
        {
            "type": "conversation.item.added",
            "event_id": "e",
            "previous_item_id": None,
            "item": {
                "id": U,
                "type": "message",
                "role": "user",
                "content": [{"type": "input_audio"}],
            },
        },
        {
            "type": "conversation.item.input_audio_transcription.delta",
            "event_id": "e",
            "item_id": U,
            "content_index": 0,
            "delta": "what's the",
        },
        {
            "type": "conversation.item.input_audio_transcription.completed",
            "event_id": "e",
            "item_id": U,
            "content_index": 0,
            "transcript": "what's the weather?",
        },
        {"type": "response.created", "event_id": "e", "response": response},
        {
            "type": "response.output_item.added",
            "event_id": "e",
            "response_id": R,
            "output_index": 0,
            "item": message,
        },
        {
            "type": "conversation.item.added",
            "event_id": "e",
            "previous_item_id": U,
            "item": message,
        },
        {"type": "response.content_part.added", "event_id": "e", **delta, "part": part},
        *[{"type": "response.output_audio.delta", "event_id": "e", **delta, "delta": AUDIO}] * 3,
        *[
            {
                "type": "response.output_audio_transcript.delta",
                "event_id": "e",
                **delta,
                "delta": "Sunny",
            }
        ]
        * 2,
        {"type": "output_audio_buffer.started", "event_id": "e", "response_id": R},
        {
            "type": "input_audio_buffer.speech_started",
            "event_id": "e",
            "audio_start_ms": 1500,
            "item_id": "item_u2",
        },
        {
            "type": "conversation.item.truncated",
            "event_id": "e",
            "item_id": A,
            "content_index": 0,
            "audio_end_ms": 150,
        },
        {"type": "response.output_audio.done", "event_id": "e", **delta},
        {
            "type": "response.output_audio_transcript.done",
            "event_id": "e",
            **delta,
            "transcript": "Sunny",
        },
        {"type": "response.content_part.done", "event_id": "e", **delta, "part": part},
        {
            "type": "response.output_item.added",
            "event_id": "e",
            "response_id": R,
            "output_index": 1,
            "item": call,
        },
        {
            "type": "response.function_call_arguments.delta",
            "event_id": "e",
            "response_id": R,
            "item_id": F,
            "output_index": 1,
            "call_id": "call_1",
            "delta": '{"city":',
        },
        {
            "type": "response.function_call_arguments.done",
            "event_id": "e",
            "response_id": R,
            "item_id": F,
            "output_index": 1,
            "call_id": "call_1",
            "name": "get_weather",
            "arguments": '{"city": "Paris"}',
        },
        {
            "type": "conversation.item.done",
            "event_id": "e",
            "item": {**message, "status": "completed"},
        },
        {
            "type": "response.done",
            "event_id": "e",
            "response": {
                **response,
                "status": "completed",
                "output": [{**message, "status": "completed"}, {**call, "status": "completed"}],
                "usage": {"total_tokens": 5, "input_tokens": 2, "output_tokens": 3},
            },
        },
        {
            "type": "rate_limits.updated",
            "event_id": "e",
            "rate_limits": [{"name": "tokens", "limit": 10, "remaining": 5, "reset_seconds": 1.5}],
        },
        {"type": "conversation.item.deleted", "event_id": "e", "item_id": U},
        {
            "type": "error",
            "event_id": "e",
            "error": {"type": "invalid_request_error", "message": "m"},
        },
    ]


# Values of every JSON type, and the ids and kinds the code looks things up by.
VALUES: list[object] = [
    None,
    True,
    0,
    -1,
    1.5,
    10**30,
    -(10**20),
    1e308,
    "",
    "x",
    [],
    {},
    [1, "a"],
    {"a": 1},
    "audio",
    "message",
    A,
    F,
]


def _paths(value: object, prefix: tuple[object, ...] = ()) -> Iterator[tuple[object, ...]]:
    yield prefix
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _paths(item, (*prefix, index))


def _mutated(event: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    event = copy.deepcopy(event)
    places = [p for p in _paths(event) if p and p != ("type",)]
    for _ in range(rng.randint(1, 3)):
        place = rng.choice(places)
        parent: Any = event
        try:
            for key in place[:-1]:
                parent = parent[key]
            if rng.random() < 0.15 and isinstance(parent, dict):
                del parent[place[-1]]
            else:
                parent[place[-1]] = copy.deepcopy(rng.choice(VALUES))
        except (KeyError, IndexError, TypeError):
            pass  # an earlier change removed or replaced the way there
    return event


class _Sink:
    close_code: int | None = None
    close_reason: str | None = None

    def __init__(self, messages: list[bytes]) -> None:
        self._messages = iter(messages)

    def send_text(self, data: str) -> None:
        pass  # barge-in sends response.cancel and conversation.item.truncate

    def recv_message(self, timeout: float | None) -> bytes:
        return next(self._messages)

    def close(self, code: int = 1000, reason: str = "") -> None:
        pass


@pytest.mark.parametrize("seed", range(4))
def test_mistyped_fields_never_break_receiving(seed: int) -> None:
    rng = random.Random(seed)
    events = _conversation()
    for _ in range(150):
        messages = [
            json.dumps(_mutated(e, rng) if rng.random() < 0.3 else e).encode() for e in events
        ]
        tracker = PlaybackTracker()
        conn = Conversation(_Sink(messages))
        measure(conn, Telemetry.of(True))
        voice = conn.add_extension(Voice(playback=tracker, keep_audio=rng.random() < 0.5))
        conn.on("error", lambda event: None)
        for message in messages:
            try:
                conn.recv()
            except OpenAIError:
                pass  # the SDK's own error for an event it cannot take
            except Exception as exc:
                pytest.fail(f"{type(exc).__name__}: {exc} on {message[:200]!r}")
        voice.history.transcript()
        assert all(isinstance(item.id, str) for item in voice.history)
        tracker.on_play_ms(A, 0, 10)
